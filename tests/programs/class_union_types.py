# PEP 604 unions (int | str) and generic aliases (list[int]).
u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, str | int | None)
print(isinstance(3, u), isinstance("s", u), isinstance(3.0, u), isinstance(None, int | None))
print(issubclass(bool, u), issubclass(float, u), issubclass(type(None), int | None))
print(u == (str | int), u == (int | float), (int | int) is int, hash(u) == hash(str | int), u | float)
print(list[int] | None, dict[str, int] | list[str], (int | str) | (float | int))
class A: pass
class B(A): pass
print(A | B, isinstance(B(), A | None), issubclass(B, int | A), (A | B).__args__ == (A, B))
for bad in [lambda: int | 5, lambda: 5 | int, lambda: "x" | int, lambda: isinstance(1, list[int]),
            lambda: isinstance(1, int | list[int]), lambda: issubclass(int, list[int] | None)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
def check(value: int | str | None) -> str:
    match value:
        case int() | str():
            return type(value).__name__
        case None:
            return "none"
print(check(1), check("x"), check(None), check.__annotations__["value"])
print(list[int], list[int].__origin__, list[int].__args__, tuple[int, ...], dict[str, list[int]])
print(list[int] == list[int], list[int] == list[str], list[int]([1, 2]), type(list[int]()).__name__)
print(isinstance([], list), type[int], set[frozenset[int]])
aliases = {int | str: "union", list[int]: "alias"}
print(aliases[str | int], aliases[list[int]])
