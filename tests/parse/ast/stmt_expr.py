x
f()
a.b
1
"not a docstring because it is second"
x + y
(yield_ := 3)
...
