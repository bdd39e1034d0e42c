f(*a)
f(*a, *b, c)
f(*a.b, *c[0], *d())
[*a]
[*a, *b, c]
(*a,)
(*a, *b)
{*a}
{*a, 1, *b}
*a, b = c
x = *a, *b
a[*b]
a[*b, c]
a[c, *b]
a[1:2, *b]
a[*b] = 1
for x in *a, *b: pass
print(*args, sep="")
[*range(3), *"abc"]
f(*[1, 2], **{"a": 1})
x = [*a, *(b or c)]
