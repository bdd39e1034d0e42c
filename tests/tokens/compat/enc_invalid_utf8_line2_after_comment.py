# comment
x = 'ÿ'
