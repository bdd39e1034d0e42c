# except*: matching, wrapping naked exceptions, re-raising the rest, raising in handlers.
import sys
def show(label, f):
    try:
        f()
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))
def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("caught V", repr(e), repr(sys.exc_info()[1]))
    except* TypeError as e:
        print("caught T", repr(e))
show("t1", t1)
def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("V only")
show("t2", t2)
def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked caught", repr(e), repr(e.exceptions[0]))
show("t3", t3)
def t4():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise
show("t4", t4)
def t5():
    try:
        raise TypeError("naked2")
    except* ValueError:
        print("no")
show("t5", t5)
def t6():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
show("t6", t6)
def t7():
    try:
        raise ValueError
    except* 5:
        pass
show("t7", t7)
def t8():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("both", repr(e))
show("t8", t8)
def t10():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            raise RuntimeError("wrapped") from e
    except ExceptionGroup as g:
        print(repr(g), repr(g.exceptions[0].__cause__), g.exceptions[1])
show("t10", t10)
def t11():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        e.add_note("note")
        raise
show("t11", t11)
