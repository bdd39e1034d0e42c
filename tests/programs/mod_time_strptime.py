# time: strptime parses as CPython's _strptime (C locale): directives, defaults, errors.
import time
tests = [
    ('2023-11-14 22:13:20', '%Y-%m-%d %H:%M:%S'), ('14 Nov 23', '%d %b %y'), ('Tuesday March 5 2024', '%A %B %d %Y'),
    ('12 AM', '%I %p'), ('12 pm', '%I %p'), ('3 PM', '%I %p'), ('2024 60', '%Y %j'), ('2024 10 1', '%Y %U %w'),
    ('2024 0 3', '%Y %W %w'), ('Thu Jan  1 00:00:00 1970', '%c'), ('01/02/03', '%x'), ('23:59:60', '%X'),
    ('  5', '%d'), (' 5', '%d'), ('+0130', '%z'), ('-01:30:15', '%z'), ('Z', '%z'), ('UTC', '%Z'),
    ('gmt', '%Z'), ('1.5', '%S.%f'), ('29 Feb', '%d %b'), ('abc', '%Y'), ('2020x', '%Y'), ('2020', '%Q'),
    ('2020', '%Y%'), ('30 Feb 2020', '%d %b %Y'), ('Mon', '%a'), ('5', '%u'), ('Tue Nov 14 22:13:20 2023',),
    ('2024 1 1', '%G %V %u'), ('2021 53 7', '%G %V %u'), ('2024', '%G'), ('10', '%V'), ('5 1', '%V %u'),
    ('1 Jan 70', '%d %b %y'), ('1 Jan 68', '%d %b %y'), ('a.b(c)', 'a.b(c)'), ('x  y', 'x y'), ('xy', 'x y'),
    ('0009-1-1', '%Y-%m-%d'), ('0000', '%Y'), ('2020 366', '%Y %j'), ('2021 366', '%Y %j'), ('%', '%%'),
    ('JANUARY', '%B'), ('+01:3015', '%z'), ('2023', '%Y %j %U'), ('', ''), ('x', ''),
]
for t in tests:
    try:
        r = time.strptime(*t)
        print(r, r.tm_zone, r.tm_gmtoff)
    except Exception as e: print(type(e).__name__, e)
for bad in [(1,), ('a', 2)]:
    try: time.strptime(*bad)
    except Exception as e: print(type(e).__name__, e)
