match x:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case a.b.Point(x, y):
        pass
    case str() | bytes():
        pass
    case int(value):
        pass
    case Point(x=[1, 2], y={"a": b}):
        pass
    case Outer(Inner(a), key=Inner(b=c)):
        pass
    case Point(x, y,):
        pass
    case Point(x=1,):
        pass
    case Point(_, _):
        pass
