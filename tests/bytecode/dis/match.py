def where(point):
    match point:
        case (0, 0):
            return "origin"
        case {"x": x, **rest}:
            return x
        case Point(x=0, y=y) | [y, *_]:
            return y
        case str() if point:
            return point
        case _:
            raise ValueError(point) from None
