f(x for x in y)
f(x for x in y if x)
f((x for x in y))
f((x for x in y), 1)
f(1, (x for x in y))
sum(i * i for i in range(10))
any(x > 0 for row in m for x in row)
f(key=(x for x in y))
f(*(x for x in y))
dict((k, v) for k, v in items)
f(x for x in y)(z)
f(
    x
    for x in y
)
