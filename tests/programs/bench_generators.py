# bench_generators: bench/programs/generators.py with smaller parameters: generator pipelines: a binary tree walked in order by recursive `yield from`,
# a chain of filtering and mapping generators over it, and a generator driven by send;
# prints checksums
TREE_DEPTH, ROUNDS = 9, 4


class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right

    def __iter__(self):
        # in-order walk, one `yield from` level per tree level
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    # a balanced tree over the values lo..hi-1
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def windowed_sums(it, width):
    # sums of each run of `width` consecutive items
    window = []
    for x in it:
        window.append(x)
        if len(window) == width:
            yield sum(window)
            del window[0]


def accumulator():
    # a running total fed with send(); yields the total after each value
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def run(depth):
    tree = build(0, 2 ** depth)
    walked = 0
    for v in tree:
        walked += v
    piped = sum(windowed_sums(squares(evens(numbers(2 ** depth))), 3)) % 1000000007
    acc = accumulator()
    next(acc)
    last = 0
    for v in tree:
        last = acc.send(v & 255)
    try:
        acc.send(None)
    except StopIteration as stop:
        last += stop.value
    gen_count = sum(1 for _ in (x for x in tree if x % 3 == 0))
    return walked, piped, last, gen_count


for r in range(ROUNDS):
    print(run(TREE_DEPTH + r % 2))
