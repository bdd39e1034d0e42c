# collections.ChainMap: lookups through several mappings, writes to the first, new_child,
# parents, repr, KeyError messages; a scoped-variables example.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg), list(cfg), sorted(cfg.items()))
print(cfg.get("missing"), cfg.get("color", "x"), "user" in cfg, "nope" in cfg, dict(cfg))
cfg["color"] = "blue"
print(cli, defaults["color"], cfg["color"])
del cfg["color"]
print(cfg["color"], cfg.maps[0])
for op in [lambda: cfg["nope"], lambda: cfg.__delitem__("user"), lambda: ChainMap({}).popitem(),
           lambda: ChainMap({}).pop("x")]:
    try:
        op()
    except KeyError as exc:
        print("KeyError", exc)
print(cfg.pop("debug"), cfg.pop("zzz", "default"), cfg)
child = cfg.new_child()
child["local"] = 1
print(child, child.parents == cfg, child.parents)
print(cfg.new_child({"x": 1}), cfg.new_child(y=2).maps[0])
print(ChainMap(), bool(ChainMap({})), bool(ChainMap({}, {"a": 1})), ChainMap({"a": 1}) == {"a": 1})
c2 = cfg.copy()
c2["new"] = True
print("new" in cfg, "new" in c2, sorted(c2.keys()), sorted(c2.values(), key=str))


def lookup(scopes, name):
    try:
        return scopes[name]
    except KeyError:
        return "undefined"


globals_ = {"x": 1, "y": 2}
scope = ChainMap({}, globals_)
inner = scope.new_child({"x": 10})
print(lookup(inner, "x"), lookup(inner, "y"), lookup(inner, "z"), lookup(scope, "x"))
inner.maps[0]["z"] = 3
print(inner, len(inner))
from collections import deque, defaultdict, OrderedDict, Counter
import functools


def typed(q: deque[int], c: Counter[str]) -> defaultdict[str, list[int]]:
    return c


print(typed.__annotations__["return"], deque[int], OrderedDict[str, int], ChainMap[str, int])
print(functools.partial[int], functools.cached_property[int], Counter[str].__origin__ is Counter)
