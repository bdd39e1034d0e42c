# and/or return an operand and stop evaluating as soon as the result is known
log = []
def t(name):
    log.append('t' + name)
    return True
def f(name):
    log.append('f' + name)
    return False
def show(result):
    print(result, log)
    log.clear()
show(t('1') and t('2'))
show(f('1') and t('2'))
show(t('1') or t('2'))
show(f('1') or t('2'))
show(f('1') or f('2') or t('3') or t('4'))
show(t('1') and f('2') and t('3'))
show(not t('1') or t('2'))
show(t('1') and (f('2') or t('3')))
show(f('1') and t('2') or t('3'))
show(t('1') or t('2') and f('3'))
print(0 or 'default', '' or [] or None, 5 and 6, 0 and 1 / 0, [] and 1)
print(1 or 1 / 0, None or 0, 'a' and 'b' and 'c', 0.0 or -0.0)
x = None
name = x or 'anon'
print(name)
y = [1, 2]
print(y and y[0], [] and [][0])
z = 1 if t('c') else 2
print(z, log)
log.clear()
z = 1 if f('c') else 2
print(z, log)
log.clear()
if f('a') and t('b'):
    print('no')
elif t('c') or t('d'):
    print('elif', log)
while t('w') and f('x'):
    pass
print(log)
print(all(t(str(i)) for i in range(3)), log)
log.clear()
print(any(f(str(i)) or i == 1 for i in range(5)), log)
