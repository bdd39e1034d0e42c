# with statements using a class with __enter__/__exit__
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with Resource('a') as r:
    print('inside', r.name)
with Resource('x') as x, Resource('y') as y:
    print('both', x.name, y.name)
try:
    with Resource('err'):
        raise ValueError('oops')
except ValueError as e:
    print('propagated', e)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print('suppressed', t.__name__, v)
            return True
        return False
with Suppress(KeyError) as nothing:
    print('value bound by as:', nothing)
    {}['missing']
    print('not reached')
print('after suppress')
def f():
    with Resource('ret'):
        return 'returned'
print(f())
for i in range(3):
    with Resource(f'loop{i}'):
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
try:
    with Suppress(KeyError):
        raise IndexError('not suppressed')
except IndexError as e:
    print('escaped', e)
