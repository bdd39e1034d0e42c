# operator: item access, sequences, length_hint and call.
import operator as op

data = [10, 20, 30, 40]
print(op.getitem(data, 1), op.getitem(data, slice(1, 3)), op.getitem({"k": "v"}, "k"))
op.setitem(data, 0, 99)
op.delitem(data, -1)
print(data)
d = {}
op.setitem(d, "a", 1)
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d)
print(op.contains([1, 2], 2), op.contains("abc", "d"), op.contains({"x": 1}, "x"))
print(op.countOf([1, 2, 1, 1], 1), op.countOf("banana", "a"), op.indexOf("abc", "c"), op.indexOf([3, 4], 4))
print(op.concat([1], [2]), op.concat("ab", "cd"), op.concat((1,), (2, 3)))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2, 3])), op.length_hint(iter(range(7))))
print(op.length_hint(x for x in []), op.length_hint(5, 12))

class Hint:
    def __length_hint__(self):
        return 42

class NoHint:
    def __length_hint__(self):
        return NotImplemented

print(op.length_hint(Hint()), op.length_hint(NoHint(), 3))
print(op.call(len, "abcd"), op.call(dict, a=1), op.call(max, 3, 9, 4))

it = iter([5, 6, 7])
next(it)
print(op.length_hint(it), list(it))
