# open() errors: missing files, directories, bad modes and arguments, closed files,
# unsupported operations (io.UnsupportedOperation is both OSError and ValueError).
import io

try:
    from os import remove
except ImportError:
    remove = None

path = "/tmp/peppy_io_open_errors.txt"
with open(path, "w") as f:
    f.write("data\n")
bad = [
    ("/nonexistent/dir/x.txt",),
    ("missing_file_for_peppy.txt",),
    ("/tmp",),
    ("/tmp", "w"),
    (path, "x"),
    (path, "rr"),
    (path, "rw"),
    (path, "tb"),
    (path, "z"),
    (path, "U"),
    (path, 3),
    (5.5,),
    ([],),
    (path, "rb", -1, "utf-8"),
    (path, "wb", -1, None, None, "\n"),
    (path, "w", 0),
    (path, "r", -1, None, None, "zz"),
]
for args in bad:
    try:
        open(*args)
    except (OSError, ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    open("missing_file_for_peppy.txt")
except FileNotFoundError as exc:
    print(exc.errno, exc.strerror, exc.filename, isinstance(exc, OSError))
f = open(path)
ops = [lambda: f.write("x"), lambda: f.seek(1, 1), lambda: f.seek(-1, 2), lambda: f.truncate()]
for op in ops:
    try:
        op()
    except io.UnsupportedOperation as exc:
        print("UnsupportedOperation", exc, isinstance(exc, ValueError), isinstance(exc, OSError))
f.close()
f.close()
for op in [f.read, f.readline, lambda: f.write("x"), f.tell, lambda: iter(f), f.flush, lambda: next(f)]:
    try:
        op()
    except ValueError as exc:
        print("ValueError", exc)
print(f.closed, io.UnsupportedOperation.__mro__)
with open(path, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as exc:
        print("TypeError", exc)
    try:
        f.read()
    except io.UnsupportedOperation as exc:
        print("UnsupportedOperation", exc)
print(open(path).read() == "")
if remove:
    remove(path)
