# classic loop algorithms: Collatz, multiplication table, sieve, binary search
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = 0
best_n = 0
for n in range(1, 3000):
    c = collatz_len(n)
    if c > best:
        best = c
        best_n = n
        print('new best', n, c)
print(best_n, best)
for i in range(1, 6):
    print(' '.join(f'{i * j:3}' for j in range(1, 6)))
N = 100
sieve = [True] * (N + 1)
sieve[0] = sieve[1] = False
p = 2
while p * p <= N:
    if sieve[p]:
        for m in range(p * p, N + 1, p):
            sieve[m] = False
    p += 1
primes = [i for i, ok in enumerate(sieve) if ok]
print(primes)
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
for t in [2, 47, 97, 50, 1, 100]:
    print(t, bsearch(primes, t))
