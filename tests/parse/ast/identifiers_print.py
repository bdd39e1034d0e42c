print
print()
print(x)
print(x, y, sep="", end="\n")
print("hello")
print = 3
x.print
x = print
print, = a
def print(*a):
    pass
del print
exec = 1
exec("code")
nonlocal_ = 1
