None
True
False
...
x = None
x = True
x = False
x is None
x is not True
f(None, True, False)
[None, True, False, ...]
{None: True}
