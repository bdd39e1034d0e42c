# ends with an uncaught ValueError from int()
lines = ['10', ' 20 ', '-3', '4_0', 'forty']
total = 0
try:
    int('')
except ValueError as e:
    print('caught', e)
for line in lines:
    n = int(line)
    total += n
    print(repr(line), n, total)
print('not reached')
