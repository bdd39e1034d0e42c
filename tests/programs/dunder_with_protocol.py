class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, type(tb).__name__)
        return self.suppress
with CM("a") as x, CM("b", True) as y:
    print("body", x, y)
    raise ValueError("v")
print("after")
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("suppressed by truthy str")
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
class EnterFails:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with EnterFails():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb): raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except KeyError as e:
    print("KeyError:", e, "context:", repr(e.__context__))
def gen_return():
    with CM("r"):
        return "returned"
print(gen_return())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
class Reusable:
    count = 0
    def __enter__(self):
        Reusable.count += 1
        return Reusable.count
    def __exit__(self, *a): return False
r = Reusable()
with r as first:
    with r as second:
        print(first, second)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
