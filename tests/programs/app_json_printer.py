# a recursive pretty-printer for nested data, with type dispatch and escaping
def dump(value, indent=0):
    pad = '  ' * indent
    if value is None:
        return 'null'
    if value is True or value is False:
        return 'true' if value else 'false'
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = '"'
        for ch in value:
            if ch == '"':
                out += '\\"'
            elif ch == '\\':
                out += '\\\\'
            elif ch == '\n':
                out += '\\n'
            elif ord(ch) < 32 or ord(ch) > 126:
                out += '\\u%04x' % ord(ch)
            else:
                out += ch
        return out + '"'
    if isinstance(value, (list, tuple)):
        if not value:
            return '[]'
        items = [pad + '  ' + dump(v, indent + 1) for v in value]
        return '[\n' + ',\n'.join(items) + '\n' + pad + ']'
    if isinstance(value, dict):
        if not value:
            return '{}'
        items = [pad + '  ' + dump(str(k)) + ': ' + dump(v, indent + 1) for k, v in value.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    raise TypeError(f'cannot dump {type(value).__name__}')
doc = {
    'name': 'peppy',
    'version': (0, 1),
    'stages': ['tokenize', 'parse', 'compile', 'run'],
    'done': {'tokenize': True, 'parse': True, 'run': False},
    'score': 99.5,
    'notes': 'say "hi"\nback\\slash é',
    'empty': [[], {}],
    'missing': None,
}
print(dump(doc))
try:
    dump({'bad': {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
