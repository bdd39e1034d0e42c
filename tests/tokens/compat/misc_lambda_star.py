f = lambda *a, **k: (a, k)
print(*a, **k)
def g(a, /, b, *, c): pass
