# random: the float distributions, choices, state save/restore and subclasses.
import random

random.seed(777)
print(random.uniform(1, 3), random.uniform(-1.5, 1.5))
print(random.triangular(), random.triangular(0, 10, 2), random.triangular(3, 3, 3))
print(random.gauss(), random.gauss(5, 2), random.gauss(5, 2))
print(random.normalvariate(), random.normalvariate(10, 0.5))
print(random.expovariate(2), random.lognormvariate(0, 1))
print(random.gammavariate(2.5, 1), random.gammavariate(0.5, 2), random.gammavariate(1.0, 3))
print(random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
print(random.randbytes(6))

print(random.choices("abc", k=6))
print(random.choices([1, 2, 3], [5, 1, 1], k=8))
print(random.choices("ab", cum_weights=[0.3, 1.0], k=5))
print(random.choices(range(5), weights=[0, 0, 1, 0, 0], k=3))

state = random.getstate()
print(state[0], len(state[1]), state[2] is None or type(state[2]).__name__)
x = [random.random() for _ in range(3)]
random.setstate(state)
print(x == [random.random() for _ in range(3)])

class Fixed(random.Random):
    """random() overridden: randrange and choice follow it (no getrandbits)."""
    def random(self):
        return 0.625

f = Fixed(1)
print(f.randrange(100), f.choice("abcdefgh"), f.uniform(0, 8), f.choices("xyz", k=3))

class Counting(random.Random):
    """getrandbits overridden: _randbelow calls it."""
    calls = 0
    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)

c = Counting(3)
print(c.randrange(1000), c.choice(range(77)), Counting.calls)
