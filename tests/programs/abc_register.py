# ABCMeta.register: virtual subclasses, isinstance/issubclass through them, the cache
# token, cycles and non-class arguments, subclasses of registered ABCs.
import abc

class Animal(abc.ABC):
    @abc.abstractmethod
    def speak(self): ...
class Dog(Animal):
    def speak(self): return "woof"
class Robot:
    def speak(self): return "beep"

print(issubclass(Robot, Animal), isinstance(Robot(), Animal))
token = abc.get_cache_token()
print(Animal.register(Robot) is Robot)
print(abc.get_cache_token() != token, type(token).__name__)
print(issubclass(Robot, Animal), isinstance(Robot(), Animal), Animal in Robot.__mro__)
print(issubclass(Dog, Animal), isinstance(Dog(), Animal), issubclass(int, Animal))

class Toy(Robot): pass
print(issubclass(Toy, Animal), isinstance(Toy(), Animal))

@Animal.register
class Cat:
    pass
print(Cat.__name__, issubclass(Cat, Animal), isinstance(Cat(), Animal))
token2 = abc.get_cache_token()
print(Animal.register(Dog) is Dog, abc.get_cache_token() == token2)

class Pet(Animal): pass
Pet.register(float)
print(issubclass(float, Pet), issubclass(float, Animal), isinstance(1.5, Animal), issubclass(int, Pet))

for bad in (1, "str", Robot()):
    try:
        Animal.register(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    Pet.register(Animal)
except RuntimeError as e:
    print("RuntimeError:", e)
print(Animal.register(Animal) is Animal)
try:
    issubclass(3, Animal)
except TypeError as e:
    print("TypeError:", e)

class Base(abc.ABC): pass
class Mid(Base): pass
Base.register(list)
print([issubclass(t, Base) for t in (list, tuple, Mid, bool)])
print(isinstance([], Base), isinstance((), Base), isinstance(Mid(), Base))
Mid.register(tuple)
print(issubclass(tuple, Base), issubclass(tuple, Mid), issubclass(list, Mid))

class Spoof:
    __class__ = Robot
print(isinstance(Spoof(), Animal), type(Spoof()).__name__)
