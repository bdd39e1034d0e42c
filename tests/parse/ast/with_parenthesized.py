with (a):
    pass
with (a) as b:
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (a as b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a, b,):
    pass
with (
    open("a") as a,
    open("b") as b,
    open("c"),
):
    pass
with (yield_):
    pass
with (a, b) as (c, d):
    pass
with (a) as b, (c) as d:
    pass
