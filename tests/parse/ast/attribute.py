a.b
a.b.c.d
(a).b
(a.b).c
a().b
a[0].b
1 .real
1.0.real
"".join
b"".decode
(1).bit_length()
a.b = c
del a.b
f().g().h()
a . b
a.\
b
x = a.b.c
(a
 .b
 .c)
