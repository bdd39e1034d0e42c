def f():
    if a:
        while b:
            for c in d:
                pass
x = 1
class C:
    def m(self):
        if a:
            return
    y = 2
z = 3
if a:
    if b:
        if c:
            pass
        else:
            pass
    elif d:
        pass
else:
    pass
