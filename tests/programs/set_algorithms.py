# sets in small algorithms: primes, graph reachability, unique elements
n = 60
composites = {i * j for i in range(2, n) for j in range(2, n // i + 1) if i * j <= n}
primes = sorted(set(range(2, n + 1)) - composites)
print(primes)
edges = {1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: set(), 6: {1}, 7: {8}, 8: set()}
def reach(start):
    seen = {start}
    todo = [start]
    while todo:
        node = todo.pop()
        for nxt in sorted(edges[node]):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen
for s in (1, 5, 7):
    print(s, sorted(reach(s)))
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(len(a), len(set(a)), sorted(set(a)))
order_kept = list(dict.fromkeys(a))
print(order_kept)
evens = {x for x in a if x % 2 == 0}
odds = set(a) - evens
print(sorted(evens), sorted(odds), evens & odds, sorted(evens | odds))
squares = {i * i for i in range(20)}
pairs = sorted((x, y) for x in squares for y in squares if x < y and x + y in squares)
print(pairs[:6], len(pairs))
print(set('abc') == set('cba'), len(set('mississippi')), sorted(set('mississippi')))
