# decorators: plain wrapper functions, decorator factories, stacking, registration
def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('return', fn.__name__, result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
add(a=1, b=4)
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bo'))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def plain(x):
    return x * 2
decorated = trace(plain)
print(decorated(21))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a():
    pass
@register
def b():
    pass
print(registry, a(), b.__name__)
@trace
@repeat(2)
def sq(x):
    return x * x
print(sq(4))
def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(*args):
    return len(args)
print([noop(*range(i)) for i in range(4)], noop.calls)
