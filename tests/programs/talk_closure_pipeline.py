# x = y + 4 through closures, generators, lambdas and recursion
def make(k):
    def add(y):
        x = y + k
        return x
    return add
add4 = make(4)
print(add4(1), make(-4)(1), [make(i)(10) for i in range(3)])
def gen(ys):
    for y in ys:
        x = y + 4
        yield x
print(list(gen(range(3))), sum(gen([10, 20])))
lam = lambda y: y + 4
print(lam(0), list(map(lam, [1, 2, 3])))
def rec(y, n):
    if n == 0:
        return y
    x = y + 4
    return rec(x, n - 1)
print(rec(0, 10), rec(0.5, 3))
def with_default(y=38):
    x = y + 4
    return x
print(with_default(), with_default(0), with_default(y=-4))
counter = {'calls': 0}
def counted(y):
    counter['calls'] += 1
    x = y + 4
    return x
v = 0
while v < 30:
    v = counted(v)
print(v, counter)
