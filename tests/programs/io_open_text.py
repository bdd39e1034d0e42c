# open() in text mode: write/append/read, readline/readlines/iteration, seek/tell,
# print(file=), newline handling, UTF-8, reprs; the file goes under /tmp and is removed.
try:
    from os import remove
except ImportError:
    remove = None

path = "/tmp/peppy_io_open_text.txt"
with open(path, "w") as f:
    print(repr(f), f.mode, f.encoding, f.closed, f.name == path)
    print(f.write("hello\nworld\n"), f.tell())
    print("third", 3, file=f)
    f.writelines(["a\n", "b\n"])
print(f.closed, repr(f))
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline(3)), f.readlines())
with open(path, "rt") as f:
    for i, line in enumerate(f):
        print(i, repr(line), end=" | ")
    print(f.mode)
with open(path, "a") as f:
    f.write("appended\n")
with open(path, "r+") as f:
    print(f.read(5), f.tell(), f.seek(0))
    f.write("HELLO")
    f.seek(0)
    print(f.read().split())
    print(f.truncate(5), f.seek(0, 2))
with open(path, "w", encoding="utf-8") as f:
    f.write("caf\u00e9 \u20ac\r\nline2\rline3\n")
with open(path, encoding="utf-8") as f:
    print(repr(f.read()), repr(f))
with open(path, newline="") as f:
    print(f.readlines())
with open(path, newline="\r") as f:
    print(f.readlines())
with open(path) as f:
    print(f.read(3), f.read(2), repr(f.read(4)), f.readable(), f.writable(), f.seekable())
with open(path, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(path, newline="") as f:
    print(repr(f.read()))
f = open(path, "w")
f.write("written when the last reference goes")
del f
print(open(path).read())
lines = ["%d squared is %d\n" % (i, i * i) for i in range(4)]
with open(path, "w") as f:
    f.writelines(lines)
with open(path) as f:
    print(sum(1 for _ in f), [l.split()[-1] for l in open(path)])
if remove:
    remove(path)
