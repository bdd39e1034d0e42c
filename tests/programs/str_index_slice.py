# string indexing and slicing, negative indices, steps, out-of-range slices
s = 'Hello, World!'
print(s[0], s[-1], s[7], s[-6])
print(s[0:5], s[7:], s[:5], s[-6:-1], s[::2], s[::-1], s[1::3])
print(repr(s[100:]), s[-100:3], repr(s[5:2]), s[::-2], s[-1:-6:-1])
print(len(s), len(''), len('\n\t'), len('héllo'), len('日本語'))
for i in range(-3, 3):
    print(i, repr(s[i]))
print(s[2:10:3], s[10:2:-3])
t = 'abcdefghij'
for start in (None, 2, -3):
    for stop in (None, 5, -1):
        for step in (None, 2, -1):
            print(start, stop, step, repr(t[start:stop:step]))
print('x' in s, 'World' in s, 'world' in s, '' in s)
print(s.index('o'), s.rindex('o'), s.count('l'), s.count(''))
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'h'
except TypeError as e:
    print(type(e).__name__, e)
u = 'ünïcödé'
print(u[1], u[-2:], u[::-1], u.upper())
