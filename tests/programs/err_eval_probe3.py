# Errors of built-in operations, expression by expression (part 3): each is
# run with exec() and its exception (type and message) printed.
cases = [
    'sorted(None)',
    "'x'.join(1)",
    "', '.join([1])",
    "'abc'.split(1)",
    "'abc'.replace(1, 2)",
    "'abc'.startswith(['a'])",
    "'abc'.strip(1)",
    "'a'.center()",
    "'a'.center(1, 2)",
    "'{0}'.format",
    "'{'.format(1)",
    "'}'.format(1)",
    "'{0:}'.format()",
    "'{:s}'.format(1)",
    "'{:d}'.format(1.5)",
    "'{:,s}'.format('a')",
    "'{!s:d}'.format('a')",
    "'%d' % None",
    "'%s %s' % (1,)",
    "'%s' % (1, 2)",
    "'%(k)s' % 1",
    "'%(k)s' % {}",
    "'%z' % 1",
    "'%.2' % 1",
    "b'%s' % 1",
    "int.from_bytes('x', 'big')",
    "(1).to_bytes(-1, 'big')",
    "float.fromhex('x')",
    "bytes.fromhex('gg')",
    "bytes.fromhex('1')",
    "'x'.encode(1)",
    "b'x'.decode(1)",
    'list.sort([3, 1], key=1)',
    "[3, 'a'].sort()",
    '[1, 2].sort(reverse=None)',
    'sorted([{}, {}])',
    'min([[], ()])',
    "max('')",
]
for src in cases:
    try:
        exec(src, {})
        print(src, 'ok')
    except Exception as ex:
        print(src, '!!', type(ex).__name__, ex)
