if x:
    s = 'a\
  b'
    t = 1
