# names in class bodies: class scope is not visible from methods or comprehensions
x = 'module'
class A:
    x = 'class'
    y = x + '!'
    def method(self):
        return x
    def method2(self):
        return self.x
    z = [x for _ in range(1)]
print(A.y, A().method(), A().method2(), A.z)
class B:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [i * 2 for i in items]
    try:
        bad = [i * total for i in items]
    except NameError as e:
        err = str(e)
print(B.total, B.doubled, B.err)
def f():
    local = 'function local'
    class C:
        seen = local
        def m(self):
            return local
    return C.seen, C().m()
print(f())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 10
for _ in range(3):
    c = Counter()
print(Counter.count, c.count)
class Outer:
    class Inner:
        value = 5
    ref = Inner.value + 1
print(Outer.ref, Outer.Inner.value, Outer.Inner.__qualname__)
