a = (1, 2.5, -0.0, 1e+16, 0.1, 2j, 1.5+2j)
b = ('it\'s', "say \"hi\"", 'both \' and "', 'tab\there\n', 'caf\xe9 \u20ac \U0001f600', '\ud800')
c = (b'\x00\xff', b"'", None, True, False, ..., 123456789012345678901234567890)
d = x in {1, 2, 3}
e = ((1, (2, ())),)
f = -5
g = inf = float('inf')
