# closures: counters with nonlocal, late binding, cells shared between closures
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
print(inc(), inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders
print([a(10) for a in make_adders()])
def make_adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in make_adders_fixed()])
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner()
    x = 'changed'
    return middle()
print(outer())
def multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = multiplier(2), multiplier(3)
print(double(7), triple(7), double('ab'), list(map(triple, [1, 2])))
print(double.__closure__[0].cell_contents, double.__name__, double.__qualname__)
def accumulate():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulate()
for v in [1, 2, 3, 4]:
    print('acc', acc(v))
def fib_gen_closure():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
step = fib_gen_closure()
print([step() for _ in range(10)])
