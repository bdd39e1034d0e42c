# The gc module's functions: enable/disable, thresholds, collect's generations,
# is_tracked, referents and referrers, DEBUG_SAVEALL, freeze, and CPython's errors.
import gc

print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
for i in range(5000):
    l = [i]
    l.append(l)
del l
print("disabled, collected", gc.collect())
gc.enable()
print(gc.isenabled())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
for gen in (0, 1, 2):
    c = [gen]
    c.append(c)
    del c
    print("generation", gen, gc.collect(gen), gc.collect(generation=gen))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked(gc))
t = (1, 2)
u = ([],)
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(print))
box = ["x", (1, 2)]
print(sorted(map(repr, gc.get_referents(box))), gc.get_referents(1, "s"))
holder = {"key": box}
print([type(r).__name__ for r in gc.get_referrers(box) if r is holder])
print(any(o is holder for o in gc.get_objects()), gc.get_objects(0) is not None)
print(sorted(gc.get_stats()[0]), len(gc.get_stats()))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
z = [0]
z.append(z)
del z
print(gc.collect(), len(gc.garbage), gc.garbage[0][0])
gc.set_debug(0)
gc.garbage.clear()
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count(), gc.garbage, gc.callbacks)
for bad in (lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("x"),
            lambda: gc.collect(1, 2), lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
            lambda: gc.set_threshold("a"), lambda: gc.get_threshold(1), lambda: gc.is_tracked(),
            lambda: gc.enable(1), lambda: gc.get_objects(5), lambda: gc.set_threshold(2 ** 40)):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
