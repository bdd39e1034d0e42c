# match with literal patterns, or-patterns, capture and wildcard
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 'hello':
            return 'greeting'
        case True:
            return 'true'
        case None:
            return 'none'
        case 2.5:
            return 'two and a half'
        case b'raw':
            return 'bytes'
        case other:
            return f'other: {other!r}'
for v in [0, 1, 3, 4, -1, 'hello', 'bye', True, False, None, 2.5, 1.0, b'raw', [], 0.0]:
    print(repr(v), '->', describe(v))
def http(status):
    match status:
        case 200 | 201 | 204:
            return 'ok'
        case 301 | 302:
            return 'redirect'
        case 404:
            return 'not found'
        case _:
            return 'error' if status >= 500 else 'unknown'
print([http(s) for s in (200, 204, 302, 404, 500, 418)])
command = 'stop'
match command:
    case 'go':
        print('going')
    case 'stop':
        print('stopping')
print('after match')
match 42:
    case 41:
        print('no')
print('no case matched, nothing printed')
