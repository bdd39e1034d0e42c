(x for x in y)
(x for x in y if x)
(x for x in y for z in x)
((x, y) for x in a if x for y in b if y)
g = (x * 2 for x in range(10))
((x for x in y) for y in z)
(x
 for x in y)
