# while/for with else, break and continue
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print('n', n)
else:
    print('while done', n)
i = 0
while True:
    i += 1
    if i > 100:
        break
    if i % 17 == 0:
        print('found', i)
        break
else:
    print('never')
for x in range(2, 30):
    for d in range(2, x):
        if x % d == 0:
            print(x, 'equals', d, '*', x // d)
            break
    else:
        print(x, 'is prime')
for x in []:
    print('no')
else:
    print('empty else runs')
count = 0
while count < 3:
    count += 1
else:
    print('count', count)
k = 10
while k:
    k -= 3
    if k < 0:
        print('negative', k)
        break
else:
    print('reached zero')
