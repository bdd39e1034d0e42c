def counter(start=0, *, step=1):
    n = start
    def bump():
        nonlocal n
        n += step
        return n
    return bump, [i * n for i in range(3) if i], (c for c in "ab"), lambda k=1: k + n
