# random: CPython's exact sequences for int, big, negative, str and bytes seeds.
import random

for seed in [0, 1, 42, -42, 2**100, 12345678901234567890, True, 3.5]:
    random.seed(seed)
    print(repr(seed), random.random(), random.random())
    print("  bits", random.getrandbits(1), random.getrandbits(32), random.getrandbits(64), random.getrandbits(100))

for seed in ["", "hello", "héllo wörld", b"abc", bytearray(b"xyz")]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))

random.seed("text", version=1)
print("version 1", random.random())
random.seed(b"text", version=1)
print("version 1 bytes", random.random())

# seeding again restarts the sequence
random.seed(2024)
first = [random.random() for _ in range(5)]
random.seed(2024)
print(first == [random.random() for _ in range(5)])

# a long run crosses many regenerations of the state
random.seed(5)
total = 0
for _ in range(5000):
    total ^= random.getrandbits(32)
print("xor of 5000 words", total)
print(random.getrandbits(0), random.getrandbits(1000) % 10**12)
