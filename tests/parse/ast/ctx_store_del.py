(a, b)[0] = 1
a[b, c] = d
a[b.c] = d
a.b[c].d = e
[a.b, (c[d], *e)] = f
del (a[b], [c.d])
del a[b, c]
for a[b.c], (d, e.f) in g: pass
with h as (a[b], c.d): pass
[x for x.a, x[b] in y]
x = y = z[0] = w.a = 1
(a, b), c = d
