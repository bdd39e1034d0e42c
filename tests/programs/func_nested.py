# nested functions, functions as values, returning several values, docstrings
def outer(n):
    def helper(k):
        return k * n
    def twice(fn, v):
        return fn(fn(v))
    return twice(helper, 3), helper(1)
print(outer(2), outer(-1))
def apply_all(fns, value):
    return [fn(value) for fn in fns]
print(apply_all([abs, str, bool, lambda v: v * 2], -3))
def documented():
    """Return the answer."""
    return 42
print(documented(), documented.__doc__, documented.__name__)
def no_return():
    x = 1
print(no_return(), type(no_return()).__name__)
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return None
print([early(n) for n in [0, 5, 10, 50]])
def counter_factory():
    def make(label):
        count = 0
        def tick():
            nonlocal count
            count += 1
            return f'{label}:{count}'
        return tick
    return make
make = counter_factory()
t1, t2 = make('a'), make('b')
print(t1(), t1(), t2(), t1())
def pipeline(*stages):
    def run(x):
        for s in stages:
            x = s(x)
        return x
    return run
p = pipeline(lambda x: x + 1, lambda x: x * 10, str, lambda s: s + '!')
print(p(1), p(-1))
funcs = {'upper': str.upper, 'len': len, 'rev': lambda s: s[::-1]}
for name, fn in funcs.items():
    print(name, fn('Hello'))
def recurse_inner(n):
    def go(k):
        return 0 if k == 0 else k + go(k - 1)
    return go(n)
print(recurse_inner(100))
