x = 1
if x:
    y = 2
    z = (3,
         4)
s = '''a
b'''
t = f'''{x}
'''
u = 'a\
b'
