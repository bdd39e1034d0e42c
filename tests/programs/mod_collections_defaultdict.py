# collections.defaultdict and OrderedDict: factories, __missing__, reprs, order.
from collections import defaultdict, OrderedDict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups.default_factory, "z" in groups, groups.get("z"), len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), isinstance(counts, dict))
print(repr(defaultdict()), defaultdict(int, {1: 2}, x=3))
c = counts.copy()
c["q"] += 5
print(type(c).__name__, c["q"], "q" in counts)
plain = defaultdict(None)
try:
    plain["missing"]
except KeyError as exc:
    print("KeyError", exc)
try:
    defaultdict(1)
except TypeError as exc:
    print("TypeError", exc)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(nested["a"]["b"], list(nested), counts == {"m": 1, "i": 4, "s": 4, "p": 2})
counts.default_factory = list
print(counts["new"], counts.default_factory)

od = OrderedDict(a=1, b=2, c=3)
print(od, OrderedDict())
od.move_to_end("a")
print(list(od))
od.move_to_end("c", last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as exc:
    print("KeyError", exc)
try:
    od.move_to_end("zz")
except KeyError as exc:
    print("KeyError", exc)
x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
print(x == y, x == dict(y), dict(x) == y, x != y, isinstance(x, dict))
print(x.copy(), list(reversed(x)), OrderedDict.fromkeys("ab", 0))
