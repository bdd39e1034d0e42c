a == b
a != b
a < b
a <= b
a > b
a >= b
a is b
a is not b
a in b
a not in b
a < b < c
a < b <= c > d >= e == f != g
a is b is not c in d not in e
(a < b) < c
a < (b < c)
x == (y == z)
1 < x < 10
a not   in b
a is   not b
a not in (b not in c)
