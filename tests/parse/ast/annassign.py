x: int
x: int = 1
(x): int = 2
(y): str
a.b: int
a.b: int = 3
(a.b): int = 4
a[0]: float
a[1]: float = 5.0
x: list[int] = []
x: "forward" = None
t: tuple = 1, 2
def g():
    z: int = yield
    w: int = yield 1
    v: tuple = *a, b
