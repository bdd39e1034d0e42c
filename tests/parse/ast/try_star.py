try:
    f()
except* E:
    pass
try:
    f()
except* E as eg:
    handle(eg)
except* (A, B) as eg:
    pass
except* C:
    pass
try:
    f()
except* ValueError:
    pass
else:
    g()
finally:
    h()
try:
    f()
except* a.b.c:
    pass
try:
    f()
except *E:
    pass
