if a:
    if b:
        c
  # x

    # y
d
