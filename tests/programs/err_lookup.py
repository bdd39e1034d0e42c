# IndexError, KeyError, NameError, AttributeError messages
def show(fn):
    try:
        fn()
    except (IndexError, KeyError, NameError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
show(lambda: [1, 2, 3][3])
show(lambda: [][0])
show(lambda: [1, 2, 3][-4])
show(lambda: (1, 2)[2])
show(lambda: 'abc'[3])
show(lambda: range(3)[3])
show(lambda: {'a': 1}['x'])
show(lambda: {1: 'a'}[2])
show(lambda: {(1, 2): 0}[(2, 1)])
show(lambda: {'k': 0}[None])
show(lambda: x_undefined)
show(lambda: some_function())
show(lambda: (5).foo)
show(lambda: 'text'.nope)
show(lambda: [].push(1))
show(lambda: None.value)
show(lambda: {}.iteritems())
class C:
    def __init__(self):
        self.present = 1
show(lambda: C().absent)
show(lambda: C.absent)
show(lambda: set().pop())
show(lambda: [].pop())
show(lambda: {}.popitem())
d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    d[('t', 1)]
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    d['']
except KeyError as e:
    print(repr(e), e.args, str(e))
