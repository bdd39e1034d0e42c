# set, dict and generator comprehensions with conditions and nesting
text = 'the cat and the hat sat on the mat'
words = text.split()
lengths = {w: len(w) for w in words}
print(lengths)
first_pos = {}
for i, w in enumerate(words):
    first_pos.setdefault(w, i)
print(first_pos)
print(sorted({len(w) for w in words}), {len(w) for w in words if len(w) > 2})
counts = {w: words.count(w) for w in words}
print(counts)
print({w: c for w, c in counts.items() if c > 1})
g = (w.upper() for w in words if w.endswith('at'))
print(next(g), next(g), list(g))
print(sum(len(w) for w in words), max((len(w), w) for w in words))
grid = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(grid)
inverted = {}
for k, v in grid.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print([sum(row) for row in [[c for c in range(r)] for r in range(6)]])
print({i % 4: i for i in range(10)})
print(list(zip(*[(i, i * i) for i in range(5)])))
nested = {outer: {inner: outer * inner for inner in range(outer)} for outer in range(4)}
print(nested)
