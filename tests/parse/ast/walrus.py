(x := 1)
(y := f(x))
f(y := 2)
[y := 1, 2]
{a := 1, b := 2}
if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
if x := f():
    pass
a[b := 1]
[y := f(x), y ** 2]
[y for x in data if (y := f(x)) is not None]
print((z := 3), z)
x = (y := 4)
(a := (b := 5))
f(x, (y := 6), z=(w := 7))
lambda: (x := 1)
assert (v := 1)
