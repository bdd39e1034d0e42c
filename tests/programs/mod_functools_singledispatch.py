# functools.singledispatch: registration by class, by annotation and by call, dispatch
# along the MRO, registry, methods, and register()'s errors.
from functools import singledispatch


@singledispatch
def describe(x):
    "Describe a value."
    return "object " + repr(x)


@describe.register
def _(x: int):
    return "int %d" % x


@describe.register(list)
def _(x):
    return "list of %d" % len(x)


describe.register(str, lambda x: "str " + x.upper())


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register(Animal)
def _(x):
    return "animal " + type(x).__name__


print(describe(1), describe(True), describe([1, 2]), describe("hi"), describe(1.5))
print(describe(Dog()), describe(Animal()), describe(None))
print(describe.__name__, describe.__doc__, describe.__wrapped__.__name__)
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.__wrapped__)
print(sorted(k.__name__ for k in describe.registry), Animal in describe.registry)
for bad in [lambda: describe.register(1), lambda: describe.register(list, 5) and describe.register(5, len), lambda: describe()]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError", exc)


class Shapes:
    @singledispatch
    def area(self, shape):
        return 0

    @area.register(tuple)
    def _(self, shape):
        return shape[0] * shape[1]


s = Shapes()
print(s.area((3, 4)), s.area("x"))
