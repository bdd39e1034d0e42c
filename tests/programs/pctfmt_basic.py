# printf-style formatting with %
print('%s and %s' % ('this', 'that'))
print('%d items cost %.2f' % (3, 9.5))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %o %#x %#o %e %E %g %G' % (255, 255, 8, 255, 8, 12345.678, 0.000123, 1e-10, 1e20))
print('%10.3f|%-10.1f|%.0f|%f' % (3.14159, 2.71828, 2.5, 1 / 3))
print('%s %r %a' % ('é', 'é', 'é'))
print('%c%c%c' % (72, 'i', 33))
print('100%% sure, %s' % 'yes')
print('%(name)s is %(age)d years' % {'name': 'Ann', 'age': 30})
print('%s' % [1, 2], '%s' % (1,), '%s %s' % ([1], (2, 3)))
print('%*d|%-*d|%.*f' % (6, 7, 6, 7, 2, 3.14159))
print('%i %u' % (12, 13), '%.3s' % 'abcdef', '%5s|%-5s|' % ('ab', 'cd'))
print('%d' % 3.99, '%d' % -3.99, '%s' % 3.0, '%r' % 'q', '%s' % None)
print('%.2e' % 0, '%g' % 100000, '%g' % 1000000, '%g' % 0.0001, '%g' % 0.00001)
rows = [('apple', 3, 0.5), ('kiwi', 12, 0.25)]
for name, qty, price in rows:
    print('%-8s %3d @ %5.2f = %6.2f' % (name, qty, price, qty * price))
for fmt, arg in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(k)s', 5)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print(b'%d bytes %s' % (5, b'ok'))
