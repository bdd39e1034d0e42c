# bytes: building, checksums, slicing, bytearray mutation
data = bytes(range(0, 256, 17))
print(data, len(data), sum(data), data[3:6], list(data[-3:]))
chk = 0
for byte in data:
    chk = (chk * 31 + byte) % 65521
print(chk)
ba = bytearray()
for i in range(10):
    ba.append(65 + i)
print(ba, ba.decode(), ba[2:5], bytes(ba[::-1]))
ba[0:3] = b'xyz'
del ba[-2:]
print(ba, len(ba))
ba.insert(0, 33)
ba.reverse()
print(ba, ba.find(b'z'), ba.index(b'y'), ba.count(b'x'))
s = 'Grüße'
enc = s.encode()
print(enc, len(s), len(enc), enc.decode() == s, s.encode('latin-1'), s.encode('ascii', 'replace'))
print(b'%s=%d' % (b'key', 42), b'abc'.upper(), b'Hello'.lower(), b'  pad '.strip(), b'a b'.split())
print(bytes.fromhex('de ad be ef').hex(), b'\x01\x02'.hex('-'), int.from_bytes(b'\x00\x10', 'big'))
print(b'abc' < b'abd', b'b' > b'abc', b'x' * 3, bytes(2) + b'\x01', [b for b in b'AZ'])
print(b'abc'.startswith(b'a'), b'abc'.endswith((b'x', b'c')), b'12'.isdigit(), b'ab'.isalpha())
mv = memoryview(b'abcdef')
print(mv[1], bytes(mv[1:4]), len(mv), mv.tobytes())
