# f-strings: expressions, alignment, precision, nested specs, = debugging
x = 42
y = 3.14159
name = 'World'
items = [1, 2, 3]
print(f'Hello, {name}!')
print(f'{x} {y} {x + 1} {x * 2 = }')
print(f'{x:>10}|{x:<10}|{x:^10}|')
print(f'{y:.3f} {y:10.2f}| {y:e} {y:.0f}')
print(f'{name!r} {name!s} {name!a} {"é"!a}')
print(f'{items} {items[0]} {items[-1]} {len(items)}')
print(f'{x:08b} {x:x} {x:#X} {x:o}')
print(f'{{braces}} {x} {{{x}}}')
print(f'{"nested"} {"a" if x > 0 else "b"}')
width = 8
prec = 2
print(f'{y:{width}.{prec}f}|{name:>{width}}|')
d = {'key': 'value'}
print(f"{d['key']} {d}")
print(f'{x=}, {y=:.2f}, {name=!r}, {name=}')
for i in range(3):
    print(f'row {i}: {i * i:3d} {"*" * i}')
print(f'{1_000_000:,} {0.5:%} {-x:+} {x:+}')
print(f'''multi
{x}line''')
print(f'{x}' f'{y}' 'plain' f'{name}')
print(f'{[i * 2 for i in items]} {sum(items)} {(lambda v: v + 1)(x)}')
print(f'{x!s:>5}|{x!r:<5}|{str(x):^5}|')
