# single inheritance: overriding, super(), class attributes looked up along the MRO
class Animal:
    sound = '...'
    legs = 4
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
    def describe(self):
        return f'{self.kind()} with {self.legs} legs'
    def __repr__(self):
        return f'{type(self).__name__}({self.name!r})'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, a kind of ' + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + '!' * self.age
class Bird(Animal):
    sound = 'tweet'
    legs = 2
    def kind(self):
        return 'bird'
pets = [Animal('generic'), Dog('rex'), Puppy('bit', 3), Bird('tweety')]
for p in pets:
    print(repr(p), p.speak(), p.kind(), p.describe(), sep=' | ')
print(isinstance(pets[2], Dog), isinstance(pets[2], Animal), isinstance(pets[3], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Bird, object))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Dog.sound, Puppy.sound, Puppy.legs)
print(pets[2].age, pets[2].name, vars(pets[2]))
class Base:
    def __init__(self, **kw):
        self.base_kw = kw
        print('Base init', kw)
class Child(Base):
    def __init__(self, a, **kw):
        print('Child init', a)
        super().__init__(**kw)
        self.a = a
c = Child(1, x=2)
print(c.a, c.base_kw)
print(isinstance(c, (int, Base)), type(c).__name__, type(c).__mro__[1].__name__)
