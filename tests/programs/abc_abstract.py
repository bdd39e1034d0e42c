# Abstract methods: __abstractmethods__, the instantiation error, implementing them in
# subclasses, abstract properties/classmethods/staticmethods, update_abstractmethods.
import abc

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def name(self): ...
    @property
    @abc.abstractmethod
    def sides(self): ...
    def describe(self):
        return f"{self.name()} with {self.sides} sides, area {self.area()}"

print(sorted(Shape.__abstractmethods__), type(Shape).__name__)
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)

class Half(Shape):
    def area(self): return 4
try:
    Half()
except TypeError as e:
    print(e)

class Square(Half):
    sides = 4
    def name(self): return "square"
print(Square.__abstractmethods__, Square().describe())

class Odd(abc.ABC):
    @abc.abstractclassmethod
    def make(cls): ...
    @abc.abstractstaticmethod
    def helper(): ...
    @abc.abstractproperty
    def value(self): ...
print(sorted(Odd.__abstractmethods__))
class Even(Odd):
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def helper(): return 42
    value = 7
print(Even.make(), Even.helper(), Even().value, Even.__abstractmethods__)

class Plain(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self): ...
try:
    Plain()
except TypeError as e:
    print(e)
Plain.run = lambda self: "ran"
try:
    Plain()
except TypeError as e:
    print("still abstract:", e)
abc.update_abstractmethods(Plain)
print(Plain().run(), Plain.__abstractmethods__)
class NotAbc: pass
print(abc.update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, '__abstractmethods__'))
f = abc.abstractmethod(lambda: 0)
print(f.__isabstractmethod__, isinstance(abc.abstractproperty(), property))
class Manual: pass
Manual.__abstractmethods__ = frozenset({'zeta', 'alpha', 'mid'})
try:
    Manual()
except TypeError as e:
    print(e)
Manual.__abstractmethods__ = frozenset()
print(type(Manual()).__name__)
