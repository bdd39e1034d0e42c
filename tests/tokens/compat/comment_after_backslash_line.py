x = 1 + \
    2  # two
