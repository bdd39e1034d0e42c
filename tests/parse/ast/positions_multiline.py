x = (1 +
     2)
y = f(a,
      b,
      c=3)
z = [
    1,
    2,
]
if (a and
        b):
    pass
def g(
    a,
    b=1,
    *args,
    **kw
):
    return (a
            + b)
w = {
    "k": [
        1,
    ],
}
v = a if (
    b
) else c
u = lambda: (
    1
)
t = x[
    1:2,
    3
]
s = not \
    x
class C(
    Base,
):
    pass
