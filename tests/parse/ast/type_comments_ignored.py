# Type comments are plain comments for ast.parse without type_comments=True.
x = []  # type: list[int]
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
def g(a, b):  # type: (int, str) -> bool
    return True
for i in range(3):  # type: int
    pass
with open("f") as fh:  # type: IO[str]
    pass
import os  # type: ignore
y = 1  # type: ignore[assignment]
