x = 'a' 'b'"c"
y = 'a'b
z = b'x'rb'y'
