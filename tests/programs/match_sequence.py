# sequence patterns: fixed length, star patterns, nested, type distinctions
def shape(seq):
    match seq:
        case []:
            return 'empty'
        case [x]:
            return f'one: {x}'
        case [x, y]:
            return f'two: {x}, {y}'
        case [0, *rest]:
            return f'starts with 0, rest {rest}'
        case [first, *middle, last]:
            return f'first {first}, middle {middle}, last {last}'
for s in [[], [1], (1, 2), [0, 5, 6], [1, 2, 3, 4], range(3), 'ab', (9, 8, 7)]:
    print(repr(s), '->', shape(s))
def parse(cmd):
    match cmd.split():
        case ['go', direction]:
            return ('move', direction)
        case ['pick', 'up', item] | ['take', item]:
            return ('take', item)
        case ['drop', *items] if items:
            return ('drop', tuple(items))
        case ['quit' | 'exit']:
            return ('quit',)
        case _:
            return ('unknown', cmd)
for c in ['go north', 'pick up lamp', 'take key', 'drop a b c', 'drop', 'quit', 'exit', 'dance now']:
    print(repr(c), parse(c))
def points(p):
    match p:
        case (0, 0):
            return 'origin'
        case (0, y):
            return f'on y axis at {y}'
        case (x, 0):
            return f'on x axis at {x}'
        case ((a, b), (c, d)):
            return f'segment {a},{b} to {c},{d}'
        case (x, y):
            return f'point {x},{y}'
        case _:
            return 'not a point'
for p in [(0, 0), (0, 5), (3, 0), (2, 3), ((1, 2), (3, 4)), [7, 8], (1, 2, 3), 'xy']:
    print(p, '->', points(p))
