# defaults, keyword arguments, *args, **kwargs, keyword-only, positional-only
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Di'))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
def f(a, b=2, *args, c, d=4, **kw):
    print('a', a, 'b', b, 'args', args, 'c', c, 'd', d, 'kw', kw)
f(1, c=3)
f(1, 5, 6, 7, c=8, e=9, z=0)
f(*[1, 2, 3], **{'c': 4, 'extra': 5})
f(1, *(2, 3), 4, c=5, **{'d': 6}, g=7)
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(1, 2, start=10), total(*range(5)))
def kwonly(*, key, value=None):
    return key, value
print(kwonly(key=1), kwonly(value=2, key=3))
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, 3), posonly(1, 2, c=3))
def both(a, /, b, *, c):
    return a * 100 + b * 10 + c
print(both(1, 2, c=3), both(1, b=2, c=3))
def kw_collide(a, /, **kw):
    return a, kw
print(kw_collide(1, a=2))
print(f.__name__, greet.__defaults__, kwonly.__kwdefaults__)
def describe(**info):
    for k, v in info.items():
        print(' ', k, '=', v)
describe(x=1, y='two', z=[3])
def default_eval(x=len('abc') * 2):
    return x
print(default_eval(), default_eval(0))
