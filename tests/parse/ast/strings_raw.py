r'raw'
R'raw'
r"\n"
r'\''
r"\""
r'\x41'
r'\N{EM DASH}'
rb'\x00'
Rb'\n'
bR'\t'
BR"\\"
rB'x'
br'\d+'
r'a\
b'
r'\\'
r'''raw
triple \n'''
