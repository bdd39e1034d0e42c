del a
del a, b
del a.b
del a[0]
del a[1:2]
del a.b[c].d
del (a)
del (a, b)
del [a, b]
del (a, [b, c])
del a, (b), [c]
del a,
del (a), b.c, d[e]
