class Base:
    def __init__(self, x):
        self.x = x
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def st():
        return "static"
    @property
    def val(self):
        return self.x * 2
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get("tag", "none")
        print("Base.__init_subclass__", cls.__name__, kw)
class Child(Base, tag="kid"):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    @classmethod
    def make(cls, v):
        obj = super().make(v)
        return obj
    @property
    def val(self):
        return super().val + 1
    def __init_subclass__(cls, **kw):
        print("Child.__init_subclass__", cls.__name__)
        super().__init_subclass__(**kw)
    def __init__(self, x, y=0):
        super(Child, self).__init__(x)
        self.y = y
class GrandChild(Child, tag="gc"):
    pass
c = Child.make(5)
print(type(c).__name__, c.x, c.y, c.val, Child.tag, GrandChild.tag)
print(super(Child, c).val)
s = super(Child, c)
print(type(s).__name__)
print(s.__self__ is c, s.__thisclass__ is Child, s.__self_class__ is Child)
def outer():
    class Inner(Base):
        def get(self):
            return [super().val for _ in range(2)]
    try:
        return Inner(4).get()
    except TypeError as e:
        return "TypeError: " + str(e)
print(outer())
class M(Base):
    def g(self):
        def h():
            return super().val
        return h
try:
    M(1).g()()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
print(super(Child, GrandChild).make.__self__ is Child)
