# c
x = 1  # d
