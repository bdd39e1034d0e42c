# Redirecting sys.stdout / sys.stderr to StringIO objects and files: print() follows the
# current sys.stdout, and the originals come back from sys.__stdout__.
import io
import sys

buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2)
print("second line", end="")
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()))

err = io.StringIO()
old_err = sys.stderr
sys.stderr = err
print("to stderr", file=sys.stderr)
sys.stderr.write("direct\n")
sys.stderr = old_err
print(repr(err.getvalue()))


def capture(fn, *args):
    saved = sys.stdout
    sys.stdout = out = io.StringIO()
    try:
        fn(*args)
    finally:
        sys.stdout = saved
    return out.getvalue()


text = capture(lambda n: [print(i * i) for i in range(n)], 4)
print(text.split(), len(text))
path = "/tmp/peppy_io_redirect.txt"
with open(path, "w") as f:
    sys.stdout = f
    print("into the file")
    print("twice")
    sys.stdout = sys.__stdout__
print(open(path).read().splitlines())
sys.stdout = None
print("dropped")
sys.stdout = sys.__stdout__
print("back", sys.stdout is sys.__stdout__)
try:
    from os import remove
    remove(path)
except ImportError:
    pass
