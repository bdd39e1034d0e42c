match x:
    case a:
        pass
match x:
    case _:
        pass
match x:
    case [a, _, b]:
        pass
    case (_):
        pass
    case (a):
        pass
