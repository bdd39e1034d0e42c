# ExceptionGroup / BaseExceptionGroup: constructor checks, attributes, split, subgroup, derive.
tests = [
    ("one arg", lambda: ExceptionGroup("m")),
    ("three args", lambda: ExceptionGroup("m", [], 3)),
    ("int message", lambda: ExceptionGroup(1, [ValueError()])),
    ("not a sequence", lambda: ExceptionGroup("m", 5)),
    ("empty", lambda: ExceptionGroup("m", [])),
    ("not an exception", lambda: ExceptionGroup("m", [ValueError(), 1])),
    ("base in EG", lambda: ExceptionGroup("m", [KeyboardInterrupt()])),
    ("BEG of Exceptions", lambda: BaseExceptionGroup("m", [ValueError(1)])),
    ("BEG of base", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()])),
    ("tuple", lambda: ExceptionGroup("m", (ValueError(1), TypeError(2)))),
    ("set", lambda: ExceptionGroup("m", {ValueError(1)})),
    ("keywords", lambda: ExceptionGroup(message="m", exceptions=[ValueError()])),
]
for name, make in tests:
    try:
        r = make()
        print(name, "->", type(r).__name__, repr(r), "|", r, "|", r.message, r.exceptions, r.args)
    except Exception as e:
        print(name, "!!", type(e).__name__, e)


class MyEG(ExceptionGroup):
    pass


class MyBEG(BaseExceptionGroup):
    pass


try:
    MyEG("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
print(type(MyBEG("m", [ValueError()])).__name__, repr(MyEG("x", [ValueError(2)])))
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.split((TypeError, KeyError)))
print(eg.subgroup(OSError), eg.split(OSError)[0], eg.split(OSError)[1] is eg)
print(eg.subgroup(ExceptionGroup) is eg, eg.subgroup(lambda e: True) is eg)
print(repr(eg.derive([ValueError(9)])))
for bad in (5, (ValueError, 3)):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    eg.message = "new"
except AttributeError as e:
    print("AttributeError:", e)
print([c.__name__ for c in ExceptionGroup.__mro__])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
e = ExceptionGroup("x", [ValueError(), TypeError()])
e.add_note("a note")
try:
    raise e
except ExceptionGroup as caught:
    part = caught.split(ValueError)[0]
    print(part.__notes__, part.__traceback__ is caught.__traceback__, part.__notes__ is caught.__notes__)
