x = 1 + \
    2
if a and \
   b:
    pass
assert x, \
    'msg'
with a as b, \
     c as d:
    pass
y = \
\
3
