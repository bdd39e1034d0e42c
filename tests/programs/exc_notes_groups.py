try:
    raise ValueError("base")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second note")
    print(e.__notes__)
class MyErr(Exception):
    pass
def chain():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError:
        print("caught KeyError")
        raise
try:
    chain()
except KeyError as e:
    print("re-raised", repr(e))
def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    else:
        return "else"
    finally:
        print("g finally")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
h()
try:
    try:
        raise TypeError("a")
    finally:
        raise ValueError("b")
except ValueError as e:
    print(repr(e), repr(e.__context__))
e = ValueError("with note")
e.add_note("shown in traceback")
raise e
