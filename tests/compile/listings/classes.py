class Base:
    kind: str = "base"
    def __init__(self, v):
        self.__v = v
class Child(Base, metaclass=type):
    """A child."""
    def __init__(self, v):
        super().__init__(v)
    @property
    def twice(self):
        return self._Base__v * 2
