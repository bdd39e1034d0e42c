# conversions between int, float and str, round trips and failures
for s in ['0', '-0', '+7', '  42\n', '1_000', '0042', '٣', '12345678901234567890']:
    print(repr(s), int(s))
for s in ['1.5', '', ' ', '1e3', '0x10', '12a', '--1', '1 2', '_1', 'None']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
for s in ['1.5', '-.5', '1e3', 'inf', '-nan', '1_0.5', '  3  ', '1e', 'abc', '0x1']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
for base, s in [(2, '1011'), (8, '17'), (16, 'DEADbeef'), (36, 'peppy'), (0, '0b11'), (0, '0o17'), (0, '0xff'), (16, '0x1f')]:
    print(base, s, int(s, base))
for n in [0, 7, -7, 3.0, -2.5, 1e20, 10 ** 20, True, 1 / 3]:
    print(repr(n), str(n), repr(str(n)), int(n), float(n))
print(int(str(2 ** 100)) == 2 ** 100, float(str(0.1)) == 0.1, float(repr(1 / 3)) == 1 / 3)
print(str(123).zfill(6), str(-5).rjust(4, '0'), int('0' * 5), int('-' + '9' * 3))
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
try:
    float({})
except TypeError as e:
    print('TypeError:', e)
