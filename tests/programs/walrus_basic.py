# assignment expressions in if/while/comprehensions and calls
data = [3, 8, 1, 9, 4, 1, 7]
if (n := len(data)) > 3:
    print('long list', n)
while (item := data.pop()) != 1:
    print('popped', item)
print(data, item)
print([y for x in range(6) if (y := x * x) % 2 == 0], y)
def f(v):
    print('f called with', v)
    return v * 2
vals = [r for v in range(4) if (r := f(v)) > 2]
print(vals)
text = 'key=value'
if (pos := text.find('=')) != -1:
    print(text[:pos], text[pos + 1:])
chunks = iter(['ab', 'cd', '', 'ef'])
while chunk := next(chunks):
    print('chunk', chunk)
print((z := 10) + z, z)
total = 0
print([total := total + i for i in range(1, 6)], total)
def first_long(words):
    for w in words:
        if (length := len(w)) > 4:
            return w, length
    return None, length
print(first_long(['hi', 'hello', 'hey']), first_long(['a', 'bb']))
print(max(stats := [4, 1, 9]), stats)
