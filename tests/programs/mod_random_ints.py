# random: randrange/randint/choice/shuffle/sample draw exactly as CPython's random.py.
import random

random.seed(12345)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 15) for _ in range(8)])
print([random.randrange(0, 100, 7) for _ in range(8)])
print([random.randrange(100, 0, -3) for _ in range(8)])
print([random.randint(-3, 3) for _ in range(12)])
print(random.randrange(10**30), random.randint(-2**70, 2**70))

print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
deck = list(range(15))
random.shuffle(deck)
print(deck)
word = list("shuffle")
random.shuffle(word)
print("".join(word))

print(random.sample(range(100), 10))
print(random.sample("abcdefghij", 4))
print(random.sample(range(10**7), 6))       # the set-based branch
print(random.sample([1, 2, 3], k=3, counts=[3, 2, 1]))
print(sorted(random.sample(range(30), 30)) == list(range(30)))

r = random.Random(99)
print(r.randint(1, 6), r.randint(1, 6), r.choice("HT"), r.randrange(1, 1000, 2))

# two instances with the same seed agree; the module's functions are separate
a, b = random.Random("same"), random.Random("same")
print([a.randrange(50) for _ in range(6)] == [b.randrange(50) for _ in range(6)])
print(a.random() == b.random(), type(a).__name__, isinstance(a, random.Random))
