# str.format with positional/keyword fields, attribute/index access, specs
print('{:>10}|'.format('right'))
print('{:<10}|'.format('left'))
print('{:^10}|'.format('mid'))
print('{:*^11}|'.format('mid'))
print('{:5d}|{:<5d}|{:05d}'.format(42, 42, 42))
print('{:+d} {:+d} {: d} {: d}'.format(5, -5, 5, -5))
print('{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}'.format(255, 255, 8, 5, 255, 8, 5))
print('{:,} {:_} {:,.2f} {:_x}'.format(1234567, 1234567, 1234567.891, 0xFFFFFFFF))
print('{0} {1} {0}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[0]} {0[1]} {1[k]}'.format(['x', 'y'], {'k': 'v'}))
print('{!r} {!s} {!a}'.format('hi', 'hi', 'héllo'))
print('{{literal}} {}'.format(1))
print('{:.3}'.format('abcdef'), '{:10.3}|'.format('abcdef'))
print('{:e}'.format(0.00012345), '{:.2%}'.format(0.256), '{:c}'.format(65))
class P:
    def __init__(self):
        self.x = 3
        self.y = 4
p = P()
print('{0.x},{0.y}'.format(p), '{p.x}'.format(p=p))
print('{:{w}}|{:>{w}}|'.format('a', 'b', w=4))
for n in [0, 7, -7, 1000, 123456789]:
    print('{:>12,d} {:<8x} {:^8o}|'.format(n, n, n))
print('{:=+8d}|{:=8d}|{:0=8d}'.format(42, -42, -42))
print('{:>6s}|{:6}|{:<6}|'.format('ab', 12, 12))
try:
    '{} {}'.format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{:d}'.format('x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    '{missing}'.format(other=1)
except KeyError as e:
    print(type(e).__name__, e)
