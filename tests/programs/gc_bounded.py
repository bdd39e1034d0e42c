# A loop making a million cyclic objects runs in bounded memory: automatic collections
# (generation 0's threshold of 700 allocations) free the garbage as it goes.
import gc

gc.collect()
base = len(gc.get_objects())


class Node:
    def __init__(self, i):
        self.me = self
        self.i = i


for i in range(1000000):
    n = Node(i)
del n
print("tracked objects bounded:", len(gc.get_objects()) - base < 20000)

live = 0
most = 0


class Counted:
    def __init__(self):
        global live, most
        live += 1
        most = max(most, live)
        self.cycle = [self]

    def __del__(self):
        global live
        live -= 1


for i in range(100000):
    Counted()
print("live objects bounded:", most < 5000)
gc.collect()
print("all freed:", live == 0)
stats = gc.get_stats()
print("collections ran:", stats[0]["collections"] > 100, stats[0]["collected"] > 100000)


def chain(n):
    def step(k):
        return step if k else None
    return step(n)


for i in range(200000):
    chain(i)
print("closures bounded:", len(gc.get_objects()) - base < 20000)
