# Generators in garbage cycles: the collector closes them (their finally blocks run),
# which frees their frames; CPython 3.11 then counts what the closing did not free.
import gc

gc.collect()


def holder(box):
    try:
        yield box
        yield 2
    finally:
        print("finally of holder, box has", len(box))


box = []
g = holder(box)
box.append(g)
print(next(g) is box)
del g, box
print("collected", gc.collect())


def self_ref():
    me = yield "started"
    try:
        yield me
    finally:
        print("finally of self_ref")


g = self_ref()
print(next(g))
print(g.send(g) is g)
del g
print("collected", gc.collect())

box = []
g = holder(box)
box.append(g)
del g, box
print("unstarted, collected", gc.collect())


class Owner:
    def __init__(self):
        self.gen = self.run()
        next(self.gen)

    def run(self):
        try:
            while True:
                yield self
        finally:
            print("finally of Owner.run")


o = Owner()
o.extra = [o]
del o
print("collected", gc.collect())
done = [x for x in holder([1, 2])]
print(done, gc.collect())
