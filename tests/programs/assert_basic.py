# assert statements that pass, and failing ones caught
def check(x):
    assert isinstance(x, int), f'not an int: {x!r}'
    assert x >= 0, 'negative'
    return x * 2
print(check(3), check(0))
for bad in ['s', -1, 2.5]:
    try:
        check(bad)
    except AssertionError as e:
        print('AssertionError', e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args, str(e) == '')
try:
    assert [], ['a', 'list', 'message']
except AssertionError as e:
    print(e.args[0], type(e.args[0]).__name__)
calls = []
def msg():
    calls.append(1)
    return 'evaluated'
assert True, msg()
print('message not evaluated when passing:', calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
assert (1, 2) == (1, 2)
assert 'x' in 'xyz' and len('xyz') == 3
print('all passed')
