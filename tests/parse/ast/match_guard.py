match x:
    case n if n > 0:
        pass
    case [a, b] if a == b:
        pass
    case Point(x=x) if x in range(10) and not y:
        pass
    case _ if (z := f()):
        pass
    case _ if lambda: 1:
        pass
