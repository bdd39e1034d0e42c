for b in [b"hello World", bytearray(b"  mixed Case\tx  "), b"", b"-42", b"a\r\nb\rc\n\nd"]:
    print(repr(b))
    print(" ", b.center(15, b"*"), b.ljust(14, b"."), b.rjust(14), b.zfill(6), b.center(3))
    print(" ", b.capitalize(), b.swapcase(), b.title(), b.istitle(), b.isascii())
    print(" ", b.lstrip(), b.rstrip(), b.lstrip(b" hm"), b.rstrip(b"x "), b.strip(b"-"))
    print(" ", b.partition(b"l"), b.rpartition(b"l"), b.partition(b"zz"), b.rpartition(b"zz"))
    print(" ", b.rsplit(), b.rsplit(None, 1), b.rsplit(b"l"), b.rsplit(b"l", 1), b.split(b"l", 1))
    print(" ", b.splitlines(), b.splitlines(True), b.expandtabs(), b.expandtabs(4))
    print(" ", b.removeprefix(b"he"), b.removesuffix(b"ld"), b.removeprefix(b""), type(b.title()).__name__)
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"aabbcc".translate(None, b"b"), bytearray(b"cab").translate(t, b"a"))
print(bytearray.maketrans(b"a", b"b")[97], b"Title Case Words".istitle(), b"NOT title".istitle(), b"\x80".isascii())
for call in [lambda: b"x".center(5, "y"), lambda: b"x".center(5, b"yz"), lambda: b"x".zfill("a"),
             lambda: b"x".translate(b"ab"), lambda: b"x".partition(b""), lambda: bytes.maketrans(b"a", b"bc"),
             lambda: b"x".removeprefix("a"), lambda: b"x".lstrip("a"), lambda: b"x".rsplit(b""), lambda: b"x".ljust()]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
mv = memoryview(bytearray(b"abcdef"))
mv[1:3] = b"XY"
mv[-1] = 0x5a
print(mv.tobytes(), mv.obj, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides)
ro = mv.toreadonly()
print(ro.readonly, mv.readonly, ro[0], ro[1:3].tobytes(), ro[1:3].readonly)
for call in [lambda: ro.__setitem__(0, 1), lambda: mv.__setitem__(0, 256), lambda: mv.__setitem__(0, "a"),
             lambda: mv.__setitem__(slice(0, 2), b"x"), lambda: mv.__setitem__(9, 1), lambda: mv.__delitem__(0),
             lambda: memoryview(b"ab").__setitem__(0, 1), lambda: memoryview("s")]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
with memoryview(b"xyz") as m:
    print(m[0], bytes(m), m.hex(), list(m))
print(mv[::2].tobytes(), bytes(mv), bytearray(mv), mv == b"aXYdeZ", len(mv))
