# identity versus equality, and __eq__ / __lt__ defined by classes
a = [1, 2]
b = a
c = [1, 2]
print(a == b, a is b, a == c, a is c, a is not c)
b.append(3)
print(a, c, a == c)
x = None
print(x is None, x == None, x is not None)
print(True is True, (1 == 1) is True, type(1) is int, type(True) is bool)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __repr__(self):
        return f'Money({self.cents})'
m1, m2, m3 = Money(100), Money(100), Money(250)
print(m1 == m2, m1 is m2, m1 != m3, m1 < m3, m3 > m1, m1 <= m2, m3 >= m1)
print(m1 == 100, 100 == m1, m1 != 'x')
print(sorted([Money(5), Money(1), Money(3)]), max(m1, m3), min([m3, m1]))
print(m1 in [m2], [m1] == [m2], (m1,) == (m3,))
class Always:
    def __eq__(self, other):
        return True
print(Always() == 1, 1 == Always(), Always() != 2, None == Always())
class Plain:
    pass
p = Plain()
q = Plain()
print(p == p, p == q, p != q, p in [q], p in [p])
