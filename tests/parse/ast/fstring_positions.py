x = f'{a}'
y = f'abc {a + b} def {c.d}'
z = call(f'{x}', f"{y!r}")
f'{a}' f'{b}'
w = f'{a}' 'b' f'{c}'
v = f"é{a}"
u = f"{a}é{b}"
t = f'{ a }'
s = (
    f'{a}'
    f'{b}'
)
r = f'{a}{b}{c}'
q = f'{x:{y}}'
