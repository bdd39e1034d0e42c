a = 1
a = b = c = 2
x = y
x = (1)
x = f(y)
obj = None
