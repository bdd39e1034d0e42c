name = 'x'
s = f'hello {name}!'
t = F"{1 + 2}"
