'a' 'b'
'a' "b" '''c''' """d"""
('a'
 'b'
 'c')
x = ('first '
     "second "
     'third')
u'a' 'b'
'a' u'b'
r'\n' '\n'
'a' \
'b'
f('a'
  'b')
[
    "one"
    "two",
    "three",
]
