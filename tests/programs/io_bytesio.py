# io.BytesIO: bytes in memory: read/readline/write/seek/truncate, iteration, errors.
import io

b = io.BytesIO(b"abc\ndef\nghi")
print(b.read(2), b.readline(), b.tell(), b.read(), b.read())
b.seek(0)
print(list(b), b.seek(0), b.readlines(), b.seek(-3, 2), b.read(), b.seek(-1, 1))
w = io.BytesIO()
print(w.write(b"hello"), w.write(bytearray(b" world")), w.getvalue(), w.tell())
w.seek(10)
w.write(b"!")
print(w.getvalue(), w.truncate(5), w.getvalue(), w.tell())
w.seek(0)
w.write(b"J")
w.writelines([b"1", b"2"])
print(w.getvalue(), w.read1(2), w.readline(1), w.read(None))
with io.BytesIO(b"ctx") as c:
    print(c.read(), c.closed, c.readable(), c.seekable())
print(c.closed)
data = io.BytesIO()
for i in range(5):
    data.write(bytes([65 + i]) * (i + 1))
data.seek(0)
total = 0
while True:
    chunk = data.read(4)
    if not chunk:
        break
    total += len(chunk)
    print(chunk, end=" ")
print(total)
checks = [
    lambda: io.BytesIO().write("x"),
    lambda: io.BytesIO("x"),
    lambda: io.BytesIO().seek(-1),
    lambda: io.BytesIO().seek(0, 3),
    lambda: io.BytesIO().truncate(-1),
    lambda: io.BytesIO().read("a"),
    lambda: c.read(),
    lambda: c.getvalue(),
    lambda: c.write(b"x"),
    lambda: c.tell(),
]
for check in checks:
    try:
        check()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
f = open("/tmp/peppy_io_bytesio_kinds.txt", "w")
g = open("/tmp/peppy_io_bytesio_kinds.txt", "rb")
for obj in [f, g, io.StringIO(), io.BytesIO()]:
    print(type(obj).__name__, isinstance(obj, io.IOBase), isinstance(obj, io.TextIOBase),
          isinstance(obj, io.BufferedIOBase), isinstance(obj, io.RawIOBase))
f.close()
g.close()
try:
    from os import remove
    remove("/tmp/peppy_io_bytesio_kinds.txt")
except ImportError:
    pass
