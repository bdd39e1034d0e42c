try:
    pass
except:
    pass
try:
    f()
except E:
    g()
try:
    f()
except E as e:
    g(e)
try:
    f()
except (A, B):
    pass
except (C, D) as e:
    pass
except E:
    pass
except:
    raise
try:
    f()
except E:
    pass
else:
    h()
try:
    f()
except E:
    pass
else:
    h()
finally:
    i()
try:
    f()
except a.b.E as e: pass
except A or B: pass
