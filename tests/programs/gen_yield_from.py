# yield from: delegation, return values from sub-generators, recursive generators
def inner(n):
    for i in range(n):
        yield i
    return n * 10
def outer():
    r = yield from inner(3)
    print('inner returned', r)
    r2 = yield from inner(2)
    yield r + r2
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4], 5], [[6]], 7])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1, 2], range(3), (x for x in 'z'))))
def tree(depth, prefix=''):
    yield prefix or 'root'
    if depth:
        yield from tree(depth - 1, prefix + 'L')
        yield from tree(depth - 1, prefix + 'R')
print(list(tree(2)))
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest
print(list(permutations('abc')))
print(sum(1 for _ in permutations(list(range(6)))))
def inorder(t):
    if t is not None:
        left, val, right = t
        yield from inorder(left)
        yield val
        yield from inorder(right)
t = ((None, 1, None), 2, ((None, 3, None), 4, (None, 5, None)))
print(list(inorder(t)))
