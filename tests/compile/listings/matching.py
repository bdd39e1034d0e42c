def f(cmd):
    match cmd:
        case ["go", direction] | ["move", direction]:
            return direction
        case {"x": x, "y": y, **rest} if x > 0:
            return x, y, rest
        case Point(x=0, y=yy) as p:
            return p, yy
        case [1, *_, 2] | None:
            return 1
        case _:
            return 0
