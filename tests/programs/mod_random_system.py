# random: SystemRandom draws from the OS (only ranges and shapes are deterministic).
import random
s = random.SystemRandom()
print(type(s).__name__, isinstance(s, random.Random), type(s).__mro__[0:2])
xs = [s.random() for _ in range(1000)]
print(all(0 <= x < 1 for x in xs), len(set(xs)) > 990)
print(all(0 <= s.getrandbits(10) < 1024 for _ in range(100)), s.getrandbits(0), len(s.randbytes(5)))
print(all(1 <= s.randint(1, 6) <= 6 for _ in range(100)), sorted(s.sample(range(10), 10)) == list(range(10)))
print(s.choice("a"), 0 <= s.uniform(0, 1) <= 1, s.seed(5))
l = list(range(20)); s.shuffle(l); print(sorted(l) == list(range(20)))
for f in [s.getstate, lambda: s.setstate(1), lambda: s.getrandbits(-1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(0 <= s.randrange(10**30) < 10**30, type(s.gauss()).__name__, len(s.choices("abc", k=4)))
