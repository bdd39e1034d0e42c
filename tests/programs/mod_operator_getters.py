# operator: itemgetter, attrgetter (dotted names) and methodcaller, with their reprs.
import operator as op

rows = [("bob", 30, "b"), ("amy", 25, "a"), ("cat", 35, "c")]
print(sorted(rows, key=op.itemgetter(1)))
print(list(map(op.itemgetter(0, 2), rows)))
print(op.itemgetter("k")({"k": 5}), op.itemgetter(slice(None, 2))("hello"))
print(op.itemgetter(1), op.itemgetter(1, "a"), op.itemgetter((1, 2)))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class Box:
    def __init__(self, corner, name):
        self.corner = corner
        self.name = name

boxes = [Box(Point(3, 1), "c"), Box(Point(1, 2), "a"), Box(Point(2, 0), "b")]
print([b.name for b in sorted(boxes, key=op.attrgetter("corner.x"))])
print([b.name for b in sorted(boxes, key=op.attrgetter("corner.y"))])
print(op.attrgetter("name", "corner.x")(boxes[0]))
print(op.attrgetter("corner.x"), op.attrgetter("a", "b.c"))

up = op.methodcaller("upper")
split = op.methodcaller("split", ",", maxsplit=1)
print(up("shout"), split("a,b,c"), op.methodcaller("count", "a")("banana"))
print(up, split, op.methodcaller("f", 1, "x", key=[1]))
print(type(up).__name__, type(op.itemgetter(0)), type(op.attrgetter("x")).__name__)

getters = [op.itemgetter(i) for i in range(3)]
print([g("xyz") for g in getters])
print(sorted(["b", "A", "c"], key=op.methodcaller("lower")))
