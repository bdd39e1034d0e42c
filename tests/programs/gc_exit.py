# At exit, as in CPython: cycles already unreachable are finalized first, then the main
# module's names are cleared (those with one leading underscore first), then the
# cycles that leaves behind are collected, so every __del__ runs once.
import gc

gc.disable()


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


lost = D("lost cycle")
lost.me = lost
del lost
first = D("first")
_private = D("_private")
cyclic = D("cyclic")
cyclic.me = cyclic
pair_a, pair_b = D("pair a"), D("pair b")
pair_a.other, pair_b.other = pair_b, pair_a
last = D("last")


def uses_globals():
    return first


holder = [D("in a list")]
__dunder = D("__dunder")
print("end of the program", uses_globals().name)
