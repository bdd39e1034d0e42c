# character codes and base conversions, round trips
for c in 'Az09 ~\t':
    code = ord(c)
    print(repr(c), code, hex(code), oct(code), bin(code), chr(code) == c)
print(''.join(chr(ord('a') + i) for i in range(26)))
print(''.join(chr(c) for c in range(0x3b1, 0x3b1 + 5)))
for n in [0, 1, 7, 8, 255, 256, -1, -256, 2 ** 40, 10 ** 20]:
    print(n, hex(n), oct(n), bin(n), int(hex(n), 16) == n, int(bin(n), 2) == n, int(oct(n), 8) == n)
print(f'{255:#x} {255:#o} {255:#b} {255:X}', '%x %o %X %#x' % (255, 255, 255, 255))
word = 'Peppy'
codes = [ord(c) for c in word]
print(codes, sum(codes), bytes(codes), ''.join(map(chr, codes)))
print(hex(sum(c << (8 * i) for i, c in enumerate(codes))))
print(ord('é'), chr(233), '\xe9' == 'é', '\u00e9' == chr(233))
