# recursion: factorial, fibonacci, hanoi, mutual recursion, power set, permutations
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
def perms(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out
print([fact(i) for i in range(12)], fact(25))
print([fib(i) for i in range(20)])
moves = []
hanoi(4, 'A', 'C', 'B', moves)
print(len(moves), moves[:5])
print(ackermann(2, 3), ackermann(3, 3))
print(is_even(10), is_odd(7), is_even(301))
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
print(power_set([1, 2, 3]))
print(perms([1, 2, 3]), len(perms(list(range(6)))))
def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0
print(depth([]), depth([1, [2, [3]], [[[]]]]))
