def f(a: int) -> int:
    pass
def f(a: int = 1, *args: str, b: float, c: "x" = 2, **kw: dict) -> None:
    pass
def f(a: int, /, b: int, *, c: int) -> list[int]:
    pass
def f() -> a.b:
    pass
def f(x: lambda: 1) -> (yield_ if y else z):
    pass
def f(*args: *Ts):
    pass
def f(*args: *tuple[int, ...]) -> None:
    pass
def f(a: list[int] = [], b: dict[str, int] = {}):
    pass
