# formatting floats with format(), f-strings and %
x = 3.14159265358979
for spec in ['', '.2f', '.0f', '10.3f', '<10.2f', '^12.4f', '+.3f', 'e', '.3e', 'E',
             'g', '.3g', '%', '.1%', ',.2f', '010.2f', '_.1f', '.10g', '.1f', '-^9.1f']:
    print(repr(spec), repr(format(x, spec)), repr(format(-x, spec)))
big = 1234567.891
print(f'{big:,}', f'{big:,.1f}', f'{big:e}', f'{big:g}', f'{big:.10g}')
print(f'{0.000012345:g}', f'{1e20:g}', f'{1e-5:f}', f'{2.5:.0f}', f'{3.5:.0f}')
print(str(1e-5), str(1e16), str(123456789.123456789))
print('%.3f' % 2.0005, '%e' % 12345.6789, '%g' % 0.0001, '%10.4f|' % -3.14159)
print(format(-0.0, '.1f'), format(float('inf'), '.2f'), format(float('nan'), '>6'))
print(round(2.5), round(3.5), round(-1.5), round(0.125, 2), round(0.375, 2))
for v in [0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 1e-10, 123456.0]:
    print(v, f'{v:.1f}', f'{v:.2e}', f'{v:g}', round(v, 1))
print(format(1.0, ''), format(1e16, ''), format(1.5, 'f'), format(2, 'f'), format(7, '.2e'))
