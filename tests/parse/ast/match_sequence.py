match x:
    case [a, b]:
        pass
    case (a, b):
        pass
    case a, b:
        pass
    case a, *rest:
        pass
    case [a, *rest]:
        pass
    case [*_]:
        pass
    case [*_, last]:
        pass
    case (first, *_, last):
        pass
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case a,:
        pass
    case [[a, b], (c, d)]:
        pass
    case [1, 2, *others, 3]:
        pass
    case *a, b:
        pass
    case [a, b,]:
        pass
