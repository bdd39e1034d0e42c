def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)} if x > 0:
            return click(x, y)
        case {"type": "key", "key": str(k) | bytes(k)}:
            return key(k)
        case [Point(x=0, y=0), *others] as pts:
            return pts
        case Shape(kind=("circle" | "ellipse") as kind, size=[w, h, *_]):
            return kind, w, h
        case int(n) | float(n) if n < 0:
            return -n
        case {"nested": [{"a": [1, *rest]}, *_], **kw}:
            return rest, kw
        case -1 | 0 | 1:
            return None
        case Color.RED | Color.BLUE as c:
            return c
        case _:
            raise ValueError(event)
