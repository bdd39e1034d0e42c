'a'
"a"
''
""
'it\'s'
"say \"hi\""
"it's"
'say "hi"'
u'unicode prefix'
U"upper"
'a' 'b'
x = 'value'
f('arg', key="kw")
