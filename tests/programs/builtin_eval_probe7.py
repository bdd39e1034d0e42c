# Built-in functions, methods and formatting, expression by expression (part 7):
# each is evaluated with eval() and its repr or its exception printed.
cases = [
    "format(0.375, '.2f')",
    "format(1e23, '')",
    "format(1e23, 'g')",
    "format(1e-5, '')",
    "format(123.0, '')",
    "format(-0.0, '')",
    "format(float('nan'), '+')",
    "format(3.0, 'r')",
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as ex:
        print(src, '!!', type(ex).__name__, ex)
