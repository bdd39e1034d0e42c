# min/max with key and default, sum with start, on various iterables
people = [('ann', 31, 5.5), ('bob', 25, 6.1), ('cy', 40, 5.9), ('di', 25, 5.2)]
print(min(people), max(people))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(min(people, key=lambda p: p[2])[0], max(people, key=lambda p: (p[1], p[0]))[0])
print(max(p[2] for p in people), min(p[1] for p in people), sum(p[1] for p in people))
print(min([], default=None), max((), default=0), min('hello'), max('hello', key=ord))
print(min(1, 2, 3, key=lambda v: -v), max('ab', 'b', 'abc'), max([1, 2], [1, 2, 0]))
print(sum([]), sum([], 5), sum([1.5, 2.5]), sum([1, 2.5]), sum(range(1, 11), start=-55))
print(sum(x * x for x in range(10)), sum([[1, 2], [3]], []), sum(((1,), (2,)), ()))
print(max({3: 'a', 9: 'b'}), max({3: 'a', 9: 'b'}.values()), min({5, 1, 9}))
ties = ['bb', 'aa', 'cc']
print(max(ties, key=len), min(ties, key=len))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
scores = {'math': 90, 'art': 72, 'music': 85, 'gym': 90}
best = max(scores, key=scores.get)
worst = min(scores.items(), key=lambda kv: kv[1])
print(best, worst, sum(scores.values()) / len(scores))
