import os.path as p
from sys import argv, path

class Point:
    """A point."""
    x: int = 0

    def __init__(self, x, *, y=2, **kw):
        self.x = x
        super().__init__(**kw)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

squares = [i * i for i in range(10) if i]
names = {k: v for k, v in zip('ab', 'cd')}
label = f"{squares!r:>10} and {names}"
key = lambda item: item[1:-1:2]
del squares[0], key
