a = 'it\'s'
b = "say \"hi\""
c = '\\'
d = r'\''
e = 'tab\there'
