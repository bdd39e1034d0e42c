f(a,  # first
  # between
  b)  # after
