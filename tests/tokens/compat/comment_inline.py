x = 1  # set x
y = 2# tight
