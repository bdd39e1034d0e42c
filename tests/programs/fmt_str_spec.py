for spec in ["", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.3", "^^5", "0>6"]:
    print(repr(spec), repr(format("hello", spec)), repr(format("", spec)))
for bad in ["d", "+", ",", "#", "=10"]:
    try:
        format("x", bad)
    except ValueError as e:
        print("ValueError:", e)
w, p = 12, 3
x = 3.14159
print(f"[{x:{w}.{p}f}] [{'ab':{'^'}{w}}] [{42:{'0'}{w}d}]")
print(f"{'nested':{'*'}^{w + 2}}")
d = {"k": 5}
print(f"{d['k']:03d} {d!r} {'a' 'b'} {x!r:>20} {x=} {x = :.2f}")
print(f"{{literal}} {3 + 4} {'x' if x else 'y'} {[1,2][0]}")
print("{} {} {}".format(1, "a", 2.5), "{1} {0}".format("a", "b"), "{x} {y[0]} {z.real}".format(x=1, y=[2], z=3j))
print("{:>8} {:08.3f} {!r:^10} {0!s}".format("a", 1.5, "q"[:1]) if False else "{:>8} {:08.3f} {!r:^10}".format("a", 1.5, "q"))
print("{0[a]} {0[b]}".format({"a": 1, "b": 2}), "{:{}{}}".format("z", ">", 5))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Def(dict):
    def __missing__(self, k): return "?" + k
print("{a}-{zz}".format_map(Def(a=1)))
for bad in ["{", "}", "{0", "{:d}", "{0}{}", "{}{0}"]:
    try:
        bad.format("s")
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    "{x}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "{1}".format(0)
except IndexError as e:
    print("IndexError:", e)
print(format(b"x" if False else "x", "") , format(None, ""), format([1], ""))
try:
    format(None, "s")
except TypeError as e:
    print("TypeError:", e)
