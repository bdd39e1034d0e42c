# comprehension variables do not leak; walrus in a comprehension binds outside
x = 'outer'
result = [x for x in range(3)]
print(result, x)
gen_val = list(x * 2 for x in 'ab')
print(gen_val, x)
n = 5
print([n * i for i in range(3)])
def f():
    k = 3
    return [k * j for j in range(k)]
print(f())
print([(i, j) for i in range(3) for j in range(i)])
total = 0
vals = [total := total + v for v in [1, 2, 3, 4]]
print(vals, total)
print({k: [k * m for m in range(2)] for k in range(3)})
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs2])
print(any(v > 3 for v in [1, 5]), [v for v in []])
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row if v != 2])
i = 'unchanged'
[i for i in range(10)]
{i: i for i in range(3)}
{i for i in range(3)}
print(i)
def g():
    data = [1, 2, 3]
    return [d + len(data) for d in data]
print(g())
if any((found := v) > 2 for v in [1, 2, 3, 4]):
    print('found', found)
y = 10
gen = (y * k for k in range(3))
y = 20
print(list(gen))
