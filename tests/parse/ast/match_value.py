match x:
    case A.B:
        pass
    case a.b.c:
        pass
    case Color.RED | Color.GREEN:
        pass
    case [A.B, c.d]:
        pass
    case {A.B: a.b}:
        pass
