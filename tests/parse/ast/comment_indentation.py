def f():
    x = 1
# comment at column 0 inside the function body
    y = 2
        # over-indented comment
    return x + y
  # under-indented comment at end of block
z = 3
if z:
    pass
    # trailing comment in block

w = 4
