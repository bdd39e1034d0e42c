def f():
    return *a, *b
def g():
    yield *a,
    yield *a, *b
    x = yield *a, b
for x in *a,:
    pass
x = *a, *b
x[*a] = *b,
a, b = *c, *d
