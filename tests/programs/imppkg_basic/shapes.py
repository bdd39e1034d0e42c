# imppkg_basic.shapes: a submodule with a class and a function.
print("shapes runs as", __name__, "in package", __package__)


def area(w, h):
    return w * h


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return area(self.side, self.side)
