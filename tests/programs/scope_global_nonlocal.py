# global and nonlocal declarations, shadowing, UnboundLocalError
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def read_global():
    return counter * 10
print(read_global())
def make_global():
    global created
    created = 'yes'
make_global()
print(created)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
        inner()
        return x
    r = mid()
    return x, r
print(outer())
x = 'global x'
def shadow():
    x = 'local x'
    return x
print(shadow(), x)
def unbound():
    try:
        print(y_local)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y_local = 1
    return y_local
print(unbound())
def unbound_global():
    try:
        counter += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound_global()
def outer2():
    v = 'enclosing'
    def g():
        global v
        return v
    return g()
v = 'module'
print(outer2())
def loop_nonlocal():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(loop_nonlocal())
