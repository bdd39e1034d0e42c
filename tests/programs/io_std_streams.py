# The standard streams as file objects: write/writelines return values, attributes,
# print(file=sys.stdout), flush, and the stream types' names.
import sys

n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.writelines(["one\n", "two\n", "three\n"])
print(sys.stdout.name, sys.stdout.mode, sys.stdout.closed, sys.stdout.writable(), sys.stdout.readable())
print(sys.stderr.name, sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdin.writable())
print(sys.stdout.encoding, type(sys.stdout).__name__, type(sys.stdout).__module__)
print("to stdout", file=sys.stdout, flush=True)
print("a", "b", sep="", end="!\n", file=sys.stdout)
sys.stdout.flush()
try:
    sys.stdout.write(5)
except TypeError as exc:
    print("TypeError", exc)
try:
    sys.stdout.writelines([b"x"])
except TypeError as exc:
    print("TypeError", exc)
lines = ["%s=%d\n" % (k, v) for k, v in sorted({"x": 1, "y": 2}.items())]
sys.stdout.writelines(lines)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
