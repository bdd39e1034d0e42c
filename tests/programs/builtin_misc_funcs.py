print(callable(len), callable(None), callable(lambda: 0))
class O: pass
o = O()
print(getattr(o, "x", 5), hasattr(o, "x"))
setattr(o, "x", 1); print(getattr(o, "x")); delattr(o, "x"); print(hasattr(o, "x"))
try:
    getattr(o, "x")
except AttributeError as e:
    print("AttributeError:", e)
print(type(id(o)).__name__, id(o) == id(o), hash(1) == hash(1.0), hash("") == 0, hash(-1), hash(-2), hash(2**61 - 1), hash(2**61))
print(ascii("héllo\n"), ascii([1, "ü"]), ascii("\U0001f600"))
print(bin(2**100), oct(-2**80), hex(2**64))
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max("a", "bb", key=len), min([], default="empty"), max([1, 5, 3], key=lambda x: -x))
print(min([(1, "b"), (1, "a")]), max([1, 3, 3.0]), min((x for x in [5, 4])))
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([], [])]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True), sorted("bca", reverse=True))
print(sorted([3, 1, 2]), sorted((1.5, -1, 0)), sorted({}))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)))
print(list(zip([1, 2], "ab")), list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "a"])), list(enumerate("ab", start=1)), list(reversed([1, 2])), any([]), all([]))
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 6)
except TypeError as e:
    print("TypeError:", e)
print(divmod(-7, -2), pow(2, 10), pow(-2, 3, 5), abs(-0.0), round(-0.0), chr(9731), ord("☃"))
print(isinstance(True, int), issubclass(bool, int), type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(repr(NotImplemented), repr(...), bool(NotImplemented) if False else "", slice(1, 2), slice(5).indices(3) if False else slice(1, 10, 2).indices(5))
print(len(dir()) > 0, "__name__" in dir(), "__name__" in vars())
print(format(12, "#x"), int.__name__, str.__qualname__, len.__name__, repr(len), repr(int), repr(O)[:16])
print(hash((1, 2)) == hash((1, 2)), hash(frozenset()) , type(hash(1.5)).__name__)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
