x = !y
z = a ! b
