# random: the distributions compute with their parameters' own arithmetic, as random.py.
import random

random.seed(31)
print(random.gauss(10, 0), random.gauss(1, 2), random.normalvariate(5, 0), random.normalvariate(2**60, 1))
print(random.triangular(1, 1), random.triangular(2, 2, 2), random.triangular(1, 3, 3), random.triangular(high=5))
print(random.uniform(2, 2), random.uniform(10, 0), random.expovariate(1), random.expovariate(0.5))
print(random.paretovariate(1), random.weibullvariate(2, 1), random.lognormvariate(0, 0.25))
print(random.randbytes(3), random.randbytes(True), random.randbytes(0))

class Meters:
    """A number-like class: the results keep its type where random.py's arithmetic does."""
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Meters(self.v + (other.v if isinstance(other, Meters) else other))
    __radd__ = __add__
    def __rmul__(self, other):
        return Meters(other * self.v)
    def __sub__(self, other):
        return Meters(self.v - other.v)
    def __repr__(self):
        return f"Meters({self.v})"

print(random.gauss(Meters(100), 2), random.normalvariate(Meters(1), 1))

def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("gauss str mu", random.gauss, "a", 1)
attempt("gauss str sigma", random.gauss, 0, "s")
attempt("normalvariate list", random.normalvariate, [1], 1)
attempt("expovariate 0", random.expovariate, 0)
attempt("expovariate str", random.expovariate, "x")
attempt("lognormvariate str", random.lognormvariate, "a", 0)
attempt("lognormvariate big", random.lognormvariate, 1000, 0)
attempt("triangular zero width", random.triangular, 5, 5, 1)
attempt("triangular str", random.triangular, "a", "b", "c")
attempt("paretovariate 0", random.paretovariate, 0)
attempt("weibullvariate str", random.weibullvariate, "a", 1)
attempt("randbytes -1", random.randbytes, -1)
attempt("randbytes float", random.randbytes, 1.5)
attempt("randbytes str", random.randbytes, "a")
attempt("betavariate 0", random.betavariate, 0, 1)
