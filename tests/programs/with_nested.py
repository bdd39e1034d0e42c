# nested with blocks, exit order, a timer-like context that records events
log = []
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append('<' + self.name + '>')
        return self.name.upper()
    def __exit__(self, *info):
        log.append('</' + self.name + '>')
with Tag('html') as h:
    with Tag('body') as b:
        for i in range(2):
            with Tag(f'p{i}') as p:
                log.append(p + b + h)
print(''.join(log))
log.clear()
with Tag('a') as a, Tag('b') as b, Tag('c'):
    log.append(a + b)
print(log)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.backup = dict(self.store)
        return self.store
    def __exit__(self, t, v, tb):
        if t is not None:
            self.store.clear()
            self.store.update(self.backup)
            print('rolled back because', t.__name__, v)
            return True
        print('committed')
store = {'a': 1}
with Transaction(store) as s:
    s['b'] = 2
print(store)
with Transaction(store) as s:
    s['c'] = 3
    s['a'] = 100
    raise RuntimeError('failure')
print(store)
class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        print('depth', Reentrant.depth)
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r:
    with r:
        with r:
            pass
print('final depth', Reentrant.depth)
