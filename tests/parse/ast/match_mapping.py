match x:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": 1, "b": b}:
        pass
    case {"a": 1, **rest}:
        pass
    case {**rest}:
        pass
    case {1: a, 2.5: b, -3: c, 1+2j: d, b"k": e, None: f, True: g}:
        pass
    case {A.B: x, "c": [y, *z]}:
        pass
    case {"nested": {"deep": v}}:
        pass
    case {"a": 1,}:
        pass
    case {"a": 1, **rest,}:
        pass
