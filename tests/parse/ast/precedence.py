a + b * c
(a + b) * c
a * b + c
a - b - c
a - (b - c)
a ** b ** c
(a ** b) ** c
-a ** b
(-a) ** b
a ** -b
~a + b
not a == b
not a and b
a or b and c
(a or b) and c
a | b ^ c & d
a & b ^ c | d
a << b + c
a + b << c
a < b | c
a | b < c
x if a or b else y
lambda: a if b else c
a * b @ c / d // e % f
a + b - c + d
a == b and c != d or e < f
a is not b or not c in d
-a * +b
~-+a
await_ ** -1
x or y or z
x and y and z
x and y or z and w
a if b else c if d else e
(a if b else c) if d else e
