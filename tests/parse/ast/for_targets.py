for a, b in c:
    pass
for (a, b) in c:
    pass
for [a, b] in c:
    pass
for a, *b in c:
    pass
for [a, *b] in c:
    pass
for a.b in c:
    pass
for a[0] in c:
    pass
for (a), ((b), c) in d:
    pass
for a, in b:
    pass
for i, (k, v) in enumerate(d.items()):
    pass
