try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("second") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("nocontext") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e = ValueError("x")
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
e2 = RuntimeError("y").with_traceback(None)
print(e2.__traceback__)
try:
    raise KeyError("a")
except KeyError as ke:
    saved = ke
e3 = IndexError("z").with_traceback(saved.__traceback__)
print(e3.__traceback__ is saved.__traceback__)
try:
    raise ValueError("bad") from 5
except TypeError as e:
    print("TypeError:", e)
e4 = ValueError()
e4.__cause__ = KeyError("c")
print(e4.__suppress_context__, repr(e4.__cause__))
try:
    e4.__cause__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    e4.__context__ = "s"
except TypeError as e:
    print("TypeError:", e)
def f():
    try:
        raise ValueError("inner")
    finally:
        pass
try:
    f()
except ValueError as e:
    n = 0
    t = e.__traceback__
    while t:
        n += 1
        t = t.tb_next
    print("depth", n)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e.__cause__))
