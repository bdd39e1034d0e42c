if a:
    if b:
        if c:
            d = 1
e = 2
