if x:
    y = 1
# col 0
    z = 2
w = 3
