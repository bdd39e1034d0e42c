# open() in binary mode: bytes in and out, BufferedReader/Writer/Random, seek from the
# end, tell, truncate, iteration over lines; the file goes under /tmp and is removed.
try:
    from os import remove
except ImportError:
    remove = None

path = "/tmp/peppy_io_open_binary.bin"
with open(path, "wb") as f:
    print(repr(f), f.mode, f.write(b"bin\x00\xff\n"), f.write(bytearray(b"line2\n")), f.tell())
with open(path, "rb") as f:
    print(repr(f), f.mode, f.read(3), f.read(2), f.readline(), f.tell())
    print(f.seek(-3, 2), f.read(), f.seek(1), f.read(1), f.seek(1, 1), f.read())
with open(path, "rb") as f:
    print(list(f))
with open(path, "ab") as f:
    print(f.mode, f.write(b"tail"), f.tell())
with open(path, "r+b") as f:
    print(repr(f), f.mode, f.read(3))
    f.seek(0)
    f.write(b"BIN")
    print(f.truncate(8), f.seek(0), f.read())
with open(path, "rb") as f:
    data = f.read()
print(data, len(data), data.hex())
with open(path, "wb") as f:
    for i in range(256):
        f.write(bytes([i]))
with open(path, "rb") as f:
    f.seek(250)
    print(list(f.read()), f.read(), f.readlines())
    f.seek(0)
    chunks = []
    while True:
        c = f.read(100)
        if not c:
            break
        chunks.append(len(c))
    print(chunks)
with open(path, "w+b") as f:
    f.write(b"abc\ndef")
    f.seek(0)
    print(f.readlines(), f.mode)
with open(path, "rb") as f:
    for op in [lambda: f.write(b"x"), lambda: f.read("x")]:
        try:
            op()
        except Exception as exc:
            print(type(exc).__name__, exc)
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as exc:
        print("TypeError", exc)
    try:
        f.read()
    except OSError as exc:
        print(type(exc).__name__, exc)
if remove:
    remove(path)
