# exceptions crossing function calls, nested handlers, finally ordering
trail = []
def level3(x):
    trail.append('enter3')
    try:
        return 10 // x
    finally:
        trail.append('finally3')
def level2(x):
    trail.append('enter2')
    try:
        return level3(x) + 1
    except TypeError:
        trail.append('type2')
        return -2
    finally:
        trail.append('finally2')
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        trail.append('zero1')
        return str(e)
for arg in [5, 0, 'a']:
    trail.clear()
    print(repr(arg), level1(arg), trail)
def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally')
for v in gen_cleanup():
    print('got', v)
    break
try:
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise TypeError('second')
        except TypeError as inner:
            print('inner handler', inner, type(inner.__context__).__name__)
        print('still in outer handler')
        raise
except ValueError as outer:
    print('outer handler got', outer)
def count_errors(values):
    errors = {}
    for v in values:
        try:
            1 / v
            int(v)
            [0][v]
        except Exception as e:
            name = type(e).__name__
            errors[name] = errors.get(name, 0) + 1
    return errors
print(count_errors([0, 1, 0.5, 'x', 2, 0, None, 1.0]))
