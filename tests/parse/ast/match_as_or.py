match x:
    case [a] as b:
        pass
    case 1 | 2 | 3:
        pass
    case (1 | 2) as n:
        pass
    case ([a, b] | (a, b)) as pair:
        pass
    case Point(x=0) as p:
        pass
    case {"a": 1 as one}:
        pass
    case [1 | 2 as one_or_two, *_]:
        pass
    case "a" | "b" | None | True:
        pass
    case (x | y) | z:
        pass
    case _ as whole:
        pass
