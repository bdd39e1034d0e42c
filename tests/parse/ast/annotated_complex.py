x: int | None = None
y: "A" | "B"
z: list[dict[str, tuple[int, ...]]] = []
w: Callable[[int], str]
def f(a: int | None = None, *, b: "B" = ...) -> "C":
    v: Final = 1
    return v
class C:
    attr: ClassVar[int] = 0
    other: int
    self_ref: "C"
u: (int) = 1
t: lambda: 1 = 2
s: [int] = []
