# format specs applied to numbers and strings in f-strings
nums = [0, 1, -1, 3.5, -2.25, 1234.5678, 1e-3, 10 ** 6]
for n in nums:
    print(f'[{n:>10}] [{n:<10}] [{n:^10}] [{n:10.2f}] [{n:+.1e}] [{n:g}]')
words = ['a', 'ab', 'abcdef']
for w in words:
    print(f'[{w:>5}] [{w:<5}] [{w:^5}] [{w:_^7}] [{w:.2}] [{w!r:>8}]')
for i in [5, 255, 4096, -42]:
    print(f'[{i:6d}] [{i:06d}] [{i:x}] [{i:#o}] [{i:b}] [{i:,}] [{i:=+8}] [{i % 26 + 65:c}]')
print(f'{12345.6789:,.2f} {0.1234:.1%} {100:e} {100:.2e}')
for align in '<>^':
    for fill in ' *0':
        spec = fill + align + '7'
        print(repr(spec), f'[{"ab":{spec}}] [{12:{spec}}]')
print(f'{True:>6}|{None!s:>6}|{3 + 4j}|{(3 + 4j):>10}|')
