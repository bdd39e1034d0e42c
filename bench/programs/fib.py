# bench: naive recursive Fibonacci, fib(30) (1.6 million calls), done ROUNDS times
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


ROUNDS = 6
results = [fib(30) for _ in range(ROUNDS)]
print("fib(30) =", results[0], "rounds", len(results), "all equal", len(set(results)) == 1)
