# sorting: sorted() and list.sort with key and reverse, stability
words = ['banana', 'Apple', 'cherry', 'date', 'fig', 'Elderberry', 'apple']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
nums.sort(key=lambda n: n * n)
print(nums)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a'), (2, 'm')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[1], reverse=True)
print(pairs)
records = [{'name': 'x', 'age': 30}, {'name': 'y', 'age': 25}, {'name': 'z', 'age': 30}]
for r in sorted(records, key=lambda r: r['age']):
    print(r['name'], r['age'])
for r in sorted(records, key=lambda r: r['age'], reverse=True):
    print(r['name'], r['age'])
print(sorted('hello world'))
print(sorted([3.5, 1, 2.25, -1, True]), sorted([[2, 1], [1, 2], [1]]))
m = [[3, 'c'], [1, 'a'], [2, 'b']]
m.sort()
print(m, m[::-1])
print(sorted({3: 1, 1: 2, 2: 3}), sorted((9, 8, 7)), sorted(range(5, 0, -1)))
data = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
print(sorted(data, key=lambda t: t[1], reverse=True))
big = [(i * 7919) % 1000 for i in range(200)]
big.sort()
print(big[:10], big[-5:], all(big[i] <= big[i + 1] for i in range(len(big) - 1)))
print(sorted(big, key=lambda v: (v % 10, -v))[:8])
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(type(e).__name__, e)
