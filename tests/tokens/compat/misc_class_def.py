class A(B, metaclass=M):
    x: int = 0

    def m(self) -> 'A':
        return self
