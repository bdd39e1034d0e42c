b = b"hello world"
print(b.hex(), b.hex(":"), b.hex("-", 2), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
print(b.upper(), b.title(), b.split(), b.partition(b" "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"he"), b.center(15, b"*"), b.zfill(13), b.strip(b"hd"), b.decode(), b[0], b[0:2], list(b[:3]))
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba += b"!"
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode())
ba.insert(0, 48); ba.remove(100); ba.reverse()
print(ba, ba.find(b"c"), ba * 2, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
del ba[0:2]
print(ba, ba.hex(), bytearray.fromhex("4142"), ba.upper(), ba.isalpha())
try:
    ba.append(256)
except ValueError as e:
    print("ValueError:", e)
try:
    bytes([300])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(bytes(3), bytes([65, 66]), bytes("x", "ascii"), b"a" * 3, b"%d" % 5, b"ab" < b"b", b"x" in b"xy", 120 in b"xy")
print(b"a,b".split(b","), b" ".join([b"a", b"b"]), b"AbC".lower(), b"abc".translate(bytes.maketrans(b"a", b"z")))
print(b"\x00\xff\n'\"", repr(b"'"), b"abc".isalnum(), b"  ".isspace(), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"a\nb".splitlines(), b"abc".removeprefix(b"a"), b"abc".endswith((b"c",)), b"xyz".index(b"y"), b"x".islower())
mv = memoryview(b"abcd")
print(mv[0], bytes(mv[1:3]), len(mv), mv.tobytes(), mv.tolist(), mv.readonly, mv.nbytes)
mv2 = memoryview(bytearray(b"xyz"))
mv2[0] = 65
print(mv2.obj, mv2.readonly, mv2[::2].tobytes(), mv2 == b"Ayz")
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\xff", "big", signed=True), (255).to_bytes(1, "big"), int.from_bytes([1, 2], "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(bytes.fromhex("41").decode(), b"abc".rpartition(b"b"), b"a\tb".expandtabs(4), b"abc".swapcase(), b"hello".capitalize())
