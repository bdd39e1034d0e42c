# bytes and bytearray basics
b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(list(b), bytes([104, 105]), bytes(3), b'a' + b'b', b'ab' * 2)
print(b.upper(), b.replace(b'l', b'L'), b.split(b'l'), b.find(b'l'), b'l' in b, 108 in b)
print(b.decode(), 'héllo'.encode('utf-8'), 'héllo'.encode('utf-8').decode('utf-8'))
print(b.hex(), bytes.fromhex('414243'), b'\x00\xff\n\t\\', b"it's", b'"q"')
ba = bytearray(b'abc')
ba.append(100)
ba[0] = 65
print(ba, len(ba), bytes(ba), ba[1])
ba.extend(b'xyz')
print(ba, ba.pop(), ba)
print(b == b'hello', b < b'help', b'abc'.startswith(b'ab'), b' x '.strip())
print(repr(b'\x7f\x80'), b'A'[0], chr(b'A'[0]), ord('A').to_bytes(1, 'big'))
for x in b'hi!':
    print(x, hex(x))
print(b'-'.join([b'a', b'b', b'c']), b'a,b'.split(b','), b'abc'.count(b'b'))
print(type(b).__name__, type(ba).__name__, isinstance(b, bytes), b'' == bytes())
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
