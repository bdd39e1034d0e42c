# Pattern matching on the collections types: namedtuples by class and position, deques
# as sequences, ChainMap and the dict subclasses as mappings (no __missing__ calls).
from collections import namedtuple, deque, OrderedDict, Counter, defaultdict, ChainMap

Point = namedtuple("Point", "x y")


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case (a, b):
            return f"plain pair {a},{b}"
        case _:
            return "unknown"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), (4, 5), "no"]:
    print(where(p))
values = [deque([1, 2]), deque([1, 2, 3]), deque(), Counter(a=1), defaultdict(int, a=1),
          ChainMap({"b": 2}, {"c": 3}), ChainMap({"z": 1}), OrderedDict(b=2, d=4)]
for v in values:
    match v:
        case [a, b]:
            print("pair", a, b)
        case [a, *rest]:
            print("head", a, rest)
        case {"b": 0}:
            print("b is zero")
        case {"b": 2, **others}:
            print("b is two, others", others)
        case {"a": 1}:
            print("a is one")
        case _:
            print("other", type(v).__name__, v)
dd = defaultdict(list)
match dd:
    case {"missing": _}:
        print("matched")
    case _:
        print("no match, still empty:", dict(dd))
