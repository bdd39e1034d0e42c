def f():
    return 1
# comment

g = 2
