def f(y): x = y + 4; return x
