a < b > c <= d >= e == f != g
x is not y
x not in y
