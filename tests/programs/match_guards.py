# guards, as-patterns, value patterns with dotted names, match in a loop
class Color:
    RED = 'red'
    GREEN = 'green'
    BLUE = 'blue'
def classify(n):
    match n:
        case int(x) if x < 0:
            return 'negative'
        case 0:
            return 'zero'
        case int(x) if x % 2 == 0:
            return 'even'
        case int():
            return 'odd'
        case _:
            return 'not int'
print([classify(v) for v in [-5, 0, 4, 7, 'q']])
def paint(c):
    match c:
        case Color.RED:
            return 'stop'
        case Color.GREEN:
            return 'go'
        case str() as other:
            return 'unknown color ' + other
print(paint('red'), paint('green'), paint('blue'), paint(Color.BLUE))
def fizz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return 'FizzBuzz'
        case (0, _):
            return 'Fizz'
        case (_, 0):
            return 'Buzz'
        case _:
            return str(n)
print(' '.join(fizz(i) for i in range(1, 21)))
def tokens(text):
    out = []
    for tok in text.split():
        match tok:
            case '+' | '-' | '*' | '/' as op:
                out.append(('op', op))
            case t if t.isdigit():
                out.append(('num', int(t)))
            case t if t.isidentifier():
                out.append(('name', t))
            case t:
                out.append(('junk', t))
    return out
print(tokens('x + 12 * y - 3 ? / z9'))
def evaluate(expr):
    match expr:
        case ('num', v):
            return v
        case ('add', l, r):
            return evaluate(l) + evaluate(r)
        case ('mul', l, r):
            return evaluate(l) * evaluate(r)
        case ('neg', e):
            return -evaluate(e)
print(evaluate(('add', ('num', 2), ('mul', ('num', 3), ('neg', ('num', 4))))))
