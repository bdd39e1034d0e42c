# mapping patterns: required keys, extra keys ignored, **rest, nested values
def handle(event):
    match event:
        case {'type': 'click', 'x': x, 'y': y}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': 'q' | 'Q'}:
            return 'quit key'
        case {'type': 'key', 'key': k, **rest}:
            return f'key {k!r} extra {rest}'
        case {'type': 'resize', 'size': [w, h]}:
            return f'resize {w}x{h}'
        case {'type': t}:
            return f'unhandled {t}'
        case {}:
            return 'no type'
        case _:
            return 'not a mapping'
events = [
    {'type': 'click', 'x': 1, 'y': 2},
    {'type': 'click', 'x': 1, 'y': 2, 'button': 'left'},
    {'type': 'key', 'key': 'Q'},
    {'type': 'key', 'key': 'a', 'shift': True, 'alt': False},
    {'type': 'resize', 'size': [800, 600]},
    {'type': 'resize', 'size': [1]},
    {'type': 'scroll'},
    {'other': 1},
    {},
    [('type', 'click')],
]
for ev in events:
    print(handle(ev))
config = {'server': {'host': 'localhost', 'ports': [80, 443]}, 'debug': True}
match config:
    case {'server': {'host': str(host), 'ports': [first, *others]}, 'debug': bool(dbg)}:
        print('host', host, 'first port', first, 'others', others, 'debug', dbg)
