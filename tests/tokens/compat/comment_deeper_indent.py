if x:
    y = 1
        # deeper
    z = 2
