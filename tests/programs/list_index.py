# list indexing and item assignment, including errors
a = ['a', 'b', 'c', 'd']
print(a[0], a[-1], a[-4], a[3])
a[1] = 'B'
a[-1] = 'D'
print(a)
for i in range(-4, 4):
    print(i, a[i], a.index(a[i]))
try:
    print(a[4])
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[-5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    a['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.0]
except TypeError as e:
    print(type(e).__name__, e)
nums = [10, 20, 30]
nums[0] += 5
nums[-1] *= 2
nums[1] //= 3
print(nums, min(nums), max(nums), sum(nums))
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
x, y, z = [7, 8, 9]
print(x, y, z)
print([1, 2, 3].__len__(), [1, 2] + [3], [0] * 0, [None] * 3)
print(list(enumerate(a)), list(enumerate(a, 1)))
print(a[True], a[False], a[2 ** 1 - 1])
counts = [0] * 5
for v in [1, 3, 3, 4, 1, 1, 0]:
    counts[v] += 1
print(counts)
