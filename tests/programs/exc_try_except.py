# try/except/else/finally control flow
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print('caught', type(e).__name__, e)
        return None
    else:
        print('no error', result)
        return result
    finally:
        print('finally for', a, b)
print(divide(10, 4))
print(divide(1, 0))
def multi(x):
    try:
        if x == 0:
            raise ValueError('zero')
        if x == 1:
            raise KeyError('one')
        if x == 2:
            return [][1]
        if x == 3:
            return {}['k']
        return 'ok'
    except (ValueError, KeyError) as e:
        return f'value/key: {type(e).__name__} {e}'
    except Exception as e:
        return f'other: {type(e).__name__} {e}'
for i in range(5):
    print(i, multi(i))
try:
    try:
        raise TypeError('inner')
    finally:
        print('inner finally')
except TypeError as e:
    print('outer caught', e)
def finally_return():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(finally_return())
def finally_override():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_override())
try:
    pass
except Exception:
    print('not printed')
else:
    print('else runs')
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
