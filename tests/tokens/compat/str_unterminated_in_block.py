if x:
    y = b'abc
    z = 1
