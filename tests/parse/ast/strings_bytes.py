b''
b'abc'
B"abc"
b'a' b'b'
b'\x00\x7f\x80\xff'
b"\n\r\t"
b'''triple
bytes'''
b'it\'s'
rb'a' b'b'
x = b'a' + b'b'
