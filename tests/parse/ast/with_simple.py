with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, b:
    pass
with a as b, c:
    pass
with open("f") as f: data = f.read()
with a() as b, c() as d, e() as f:
    pass
