x = 'abc\
def'
y = "one\
two\
three"
z = """triple\
continued"""
w = b'by\
tes'
v = r'raw\
keeps backslash'
u = 'ends with \
'
t = f'fstr\
ing {x}'
