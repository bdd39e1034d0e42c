# list comprehensions: filters, nesting, transposes, aliasing pitfalls
squares = [x * x for x in range(10)]
print(squares)
evens = [x for x in range(20) if x % 2 == 0]
print(evens)
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [v for row in matrix for v in row]
print(flat)
words = ['alpha', 'beta', 'gamma', 'delta']
print([w.upper() for w in words if 'a' in w[1:-1]])
print([len(w) for w in words], [w[0] for w in words])
print([x if x % 3 else 'fizz' for x in range(1, 10)])
print({x: x ** 2 for x in range(5)}, {x % 3 for x in range(10)})
print(sum(x for x in range(101)), max(len(w) for w in words))
nested = [[i, [j for j in range(i)]] for i in range(4)]
print(nested)
print([[0] * 3 for _ in range(2)])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 3] * 3
alias[1][1] = 5
print(alias)
print([i * j for i in range(1, 4) for j in range(i, 4) if (i + j) % 2 == 0])
print([c for c in 'Hello World' if c.isupper()], [(i, c) for i, c in enumerate('abc')])
print([[y for y in range(x)] for x in range(5) if x % 2])
