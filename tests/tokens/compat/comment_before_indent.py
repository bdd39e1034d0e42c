if x:
# c
    y = 1
