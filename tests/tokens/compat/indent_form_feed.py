if x:
    y = 1
    z = 2
w = 3
