class Seq:
    def __init__(self, data): self.data = list(data)
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        return self.data[i]
    def __setitem__(self, i, v):
        print("set", i, v)
    def __delitem__(self, i):
        print("del", i)
s = Seq("abc")
print(len(s), s[0], s[-1], s[1:2], s[::2], s[1:], s[:, 1] if False else "")
s[0] = 1; s[1:3] = [9]; del s[0]; del s[::2]
print(list(s), "b" in s, "z" in s, list(reversed(s)))
for ch in s: print(ch, end=" ")
print()
class It:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(It(3)), sum(It(4)), 2 in It(3))
class Cont:
    def __contains__(self, x): return x == 5
print(5 in Cont(), 4 in Cont(), 4 not in Cont())
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Rev())))
class B1:
    def __bool__(self): return False
class L0:
    def __len__(self): return 0
print(bool(B1()), bool(L0()), not L0(), bool(object()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    n = 5; n[0]
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del object()[0]
except TypeError as e:
    print("TypeError:", e)
class Miss(dict):
    def __missing__(self, k): return k * 2
print(Miss()["ab"], Miss(a=1)["a"])
