if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
elif d:
    x = 4
elif e:
    x = 5
else:
    x = 6
if a:
    pass
elif b:
    pass
if a: pass
elif b: pass
elif c: pass
