# itertools: the filtering and slicing iterators pull items only when asked.
import itertools as it
import operator

def source(n):
    for i in range(n):
        print("  pull", i)
        yield i

s = it.islice(source(10), 2, 7, 2)
print("islice made")
print(list(s))
print(list(it.islice("abcdefg", 3)), list(it.islice("abcdefg", 2, None, 2)), list(it.islice(range(10), 1, 8, 3)))
print(list(it.islice("abc", None)), list(it.islice("abc", 1, None, None)), list(it.islice("abc", 0)))

t = it.takewhile(lambda x: x < 2, source(5))
print("takewhile made")
print(list(t))
d = it.dropwhile(lambda x: x < 2, source(4))
print(next(d), list(d))
print(list(it.filterfalse(lambda x: x % 3, range(10))), list(it.filterfalse(None, [0, 1, "", "a", [], [0]])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), it.cycle([0, 1]))))

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=2)), list(it.accumulate([], initial=9)))
print(list(it.accumulate(["a", "b", "c"])), list(it.accumulate(range(5), func=lambda a, b: a * 10 + b)))

ch = it.chain(source(2), "ab", [None])
print("chain made")
print(list(ch))
print(list(it.chain.from_iterable(["xy", "z", ""])), list(it.chain()))
lazy = it.chain.from_iterable(it.repeat("ab"))
print(list(it.islice(lazy, 5)))

print(list(it.pairwise("abcd")), list(it.pairwise("a")), list(it.pairwise([])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(max, ["ab", [1, 5, 2]])))
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.zip_longest([1], [2, 3], [])))
print(list(it.zip_longest()), list(it.zip_longest("ab")))
