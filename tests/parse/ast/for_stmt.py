for x in y:
    pass
for x in y:
    f(x)
else:
    g()
for x in range(10): pass
for x in *a, *b:
    pass
for x in a, b:
    pass
for x in (yield_ for yield_ in z):
    pass
for x in a if b else c:
    pass
