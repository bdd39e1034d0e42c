# open() with encodings and error handlers: UTF-8 by default, latin-1 and ASCII, strict
# errors (UnicodeDecodeError / UnicodeEncodeError), replace and ignore; under /tmp.
try:
    from os import remove
except ImportError:
    remove = None

p = "/tmp/peppy_io_open_encoding.txt"
with open(p, "w") as f:
    print(f.write("na\u00efve \u4e2d\u6587 \U0001F600\n"), f.encoding, f.errors)
raw = open(p, "rb").read()
print(raw, len(raw), repr(open(p).read()), open(p).read(7))
with open(p, "w", encoding="latin-1") as f:
    print(f.write("caf\u00e9 \u00ff\n"), f.encoding, repr(f))
print(open(p, "rb").read(), repr(open(p, encoding="latin-1").read()), open(p, encoding="latin-1").read(4))
print(repr(open(p, encoding="utf-8", errors="replace").read()))
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("\u20ac")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
with open(p, "wb") as f:
    f.write(b"ok\xffok\n")
print(repr(open(p, errors="replace").read()), repr(open(p, errors="ignore").read()))
try:
    open(p).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
for enc in ["nope", "utf_8", "UTF8", "Latin1"]:
    try:
        with open(p, encoding=enc, errors="ignore") as f:
            print(enc, repr(f.read()))
    except LookupError as e:
        print("LookupError", e)
if remove:
    remove(p)
