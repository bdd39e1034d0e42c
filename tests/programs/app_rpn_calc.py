# a small RPN calculator: tokenizing, a stack, a dispatch dict, error handling
class CalcError(Exception):
    pass
OPS = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
    '/': lambda a, b: a / b,
    '//': lambda a, b: a // b,
    '%': lambda a, b: a % b,
    '^': lambda a, b: a ** b,
}
def parse_number(tok):
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            raise CalcError(f'bad token {tok!r}') from None
def evaluate(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            if len(stack) < 2:
                raise CalcError(f'stack underflow at {tok!r}')
            b = stack.pop()
            a = stack.pop()
            try:
                stack.append(OPS[tok](a, b))
            except ZeroDivisionError as e:
                raise CalcError(f'{a} {tok} {b}: {e}') from e
        elif tok == 'dup':
            stack.append(stack[-1])
        elif tok == 'swap':
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(parse_number(tok))
    if len(stack) != 1:
        raise CalcError(f'{len(stack)} values left: {stack}')
    return stack[0]
exprs = ['3 4 +', '5 1 2 + 4 * + 3 -', '2 10 ^', '2 0.5 ^', '7 2 /', '7 2 //', '-7 2 %',
         '1 0 /', '1 +', '1 2 3', 'x 1 +', '3 dup *', '1 2 swap -', '2 100 ^ 3 %',
         '1.5 2.25 *', '10 3 / 3 *', '0.1 0.2 +']
for e in exprs:
    try:
        print(f'{e!r:24} = {evaluate(e)!r}')
    except CalcError as err:
        print(f'{e!r:24} ! {err}')
