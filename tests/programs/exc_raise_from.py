# raise ... from ..., implicit context, bare raise, raise from None
class ParseError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f'bad number {s!r}') from e
try:
    parse('x1')
except ParseError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__, type(e.__context__).__name__)
print(parse('42'))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('during handling')
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise RuntimeError('b') from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def reraise():
    try:
        raise IndexError('original')
    except IndexError:
        print('logging, then re-raise')
        raise
try:
    reraise()
except IndexError as e:
    print('got again', e)
err = ValueError('stored', 42)
print(err.args, str(err), repr(err))
try:
    raise err
except ValueError as e:
    print(e is err)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == '', e.args)
try:
    raise TypeError('t') from KeyError('k')
except TypeError as e:
    print(repr(e.__cause__), e.__cause__.args)
