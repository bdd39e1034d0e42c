# dict comprehensions, counting, grouping, order after update and re-insertion
squares = {x: x * x for x in range(6)}
print(squares)
inv = {v: k for k, v in squares.items()}
print(inv)
words = ['apple', 'bob', 'cat', 'apple', 'dog', 'cat', 'apple']
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
d = {'b': 1, 'a': 2, 'c': 3}
print(list(d), sorted(d), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
d['a'] = 99
print(d)
del d['b']
d['b'] = 5
print(d)
keys = {i: None for i in [5, 3, 9, 1]}
print(list(keys))
print(dict.fromkeys('xyz', 0), dict.fromkeys([1, 2]))
filtered = {k: v for k, v in counts.items() if v > 1}
print(filtered)
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested, nested[2][2])
print({1: 'int', 1.0: 'float', True: 'bool'})
print(max(counts, key=counts.get), min(counts.values()))
print(list(reversed(d)), list(reversed(d.items())))
big = {}
for i in range(100):
    big[i * 37 % 101] = i
for i in range(0, 100, 3):
    del big[i * 37 % 101]
print(len(big), list(big)[:10], list(big.values())[-5:])
