# io.StringIO: reading, writing, seeking, truncating, iteration, print(file=), closing.
import io

s = io.StringIO("line1\nline2\nline3")
print(repr(s.readline()), repr(s.read(3)), s.tell(), repr(s.read()))
s.seek(0)
print(list(s), s.readline() == "")
s.seek(0)
print(s.readlines(), s.seek(0, 2), s.tell())
out = io.StringIO()
print(out.write("abc"), out.write("\u00e9\u20ac"), out.tell(), out.getvalue())
out.seek(1)
out.write("X")
print(repr(out.getvalue()), out.tell(), repr(out.read()))
out.seek(8)
out.write("!")
print(repr(out.getvalue()), out.truncate(2), repr(out.getvalue()), out.tell())
print("a", 1, [2], sep=", ", end=";\n", file=out)
out.writelines(["x\n", "y\n"])
print(repr(out.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed, c.readable(), c.writable(), c.seekable(), c.isatty())
print(c.closed)
u = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(u.getvalue()), u.readlines())
k = io.StringIO("a\r\nb\rc\n", newline="")
print(k.readlines())
p = io.StringIO("a\r\nb\rc\n")
print(p.readlines())
checks = [
    lambda: io.StringIO().write(3),
    lambda: io.StringIO(3),
    lambda: io.StringIO().seek(-1),
    lambda: io.StringIO().seek(1, 1),
    lambda: io.StringIO().seek(0, 5),
    lambda: io.StringIO().truncate(-1),
    lambda: io.StringIO(newline="x"),
    lambda: io.StringIO().read("a"),
    lambda: c.read(),
    lambda: c.getvalue(),
    lambda: c.write("x"),
]
for check in checks:
    try:
        check()
    except (TypeError, ValueError, OSError) as exc:
        print(type(exc).__name__, exc)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as exc:
    print("UnsupportedOperation", exc)


class Log(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


log = Log()
print("shout", file=log)
log.note = "kept"
print(repr(log.getvalue()), log.note, isinstance(log, io.StringIO))
