# class patterns: positional via __match_args__, keyword attributes, builtin types
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    __match_args__ = ('center', 'r')
    def __init__(self, center, r):
        self.center = center
        self.r = r
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
def area(s):
    match s:
        case Circle(Point(x=0, y=0), r):
            return f'circle at origin, r={r}'
        case Circle(_, r) if r <= 0:
            return 'degenerate circle'
        case Circle(center=Point(x, y), r=r):
            return f'circle at {x},{y} area {3 * r * r}'
        case Rect(w=w, h=h) if w == h:
            return f'square {w * h}'
        case Rect(w=w, h=h):
            return f'rect {w * h}'
        case Point(x, y):
            return f'point {x},{y}'
        case _:
            return 'unknown shape'
shapes = [Circle(Point(0, 0), 2), Circle(Point(1, 1), 0), Circle(Point(1, 2), 3), Rect(3, 3), Rect(2, 5), Point(4, 5), 'x']
for s in shapes:
    print(area(s))
def kind(v):
    match v:
        case bool():
            return 'bool'
        case int(n) if n < 0:
            return 'negative int'
        case int():
            return 'int'
        case float(f):
            return f'float {f}'
        case str() as s if len(s) > 3:
            return 'long str ' + s
        case str(s):
            return 'str ' + s
        case list([x, *_]):
            return f'list starting {x}'
        case dict():
            return 'dict'
        case _:
            return 'other'
for v in [True, -3, 7, 2.5, 'hello', 'hi', [9, 8], [], {'a': 1}, None]:
    print(repr(v), kind(v))
