width, prec, val = 12, 3, 3.14159265
items = {"pi": val, "e": 2.71828}
print(f"[{val:{width}.{prec}f}] [{val:<{width}}] [{val:^{width}.{prec}e}] [{val:{'+'}.2f}]")
print(f"{'left':<{width}}|{'right':>{width}}|{'mid':^{width}}|")
for name, v in items.items():
    print(f"{name:>4} = {v:{'08'}.{prec + 1}f} {v!r:>12} {name!a} {name!s:_^8}")
print(f"{val=}", f"{val = :.2f}", f"{width*2=}", f"{items['pi']=:.1f}", f"{'x'=!r:>6}")
x = 255
print(f"{x:#x} {x:#o} {x:#b} {x:08b} {x:,} {x:_} {x:x>10} {x:^+10} {-x:=10} {x:c}")
print(f"{1e6:,.2f} {1234.5:_.1f} {0.000123:.2e} {12345678:.3g} {-0.0:+.1f} {1.5:%} {0.5:.0%}")
print(f"{True} {True!r} {None!s} {[1, 2]} {(1,)!r} {{}} {{{x}}} {'a' + 'b'} {x if x > 3 else 0}")
print(f"{'nested {} braces'} {len(f'{x}')} {f'{x:{width}}'!r}")
d = {"a": {"b": [10, 20]}}
print(f"{d['a']['b'][1]:05d} {d!r:.10} {str(d)[:5]:>7}")
class P:
    def __format__(self, spec): return f"P<{spec}>"
p = P()
print(f"{p} {p:abc} {p:{width}} {p!r:>5}"[:30] if False else f"{p} {p:abc} {p:{width}}")
print(format(p, "x"), "{:zz}".format(p), "{0:{1}}".format(p, "q"))
print(f"{3+4j} {3+4j:.2f} {complex(1, -1):>12} {1j:g}")
print(format(12.5, "010.3f"), format(-12.5, "010.3f"), format(12.5, "<010.3f"), format(1e100, ".3"), format(1.0, ".0"), format(0.1, ".20f"))
print(format(123456789, "e"), format(5, ".3e"), format(-5, "+08.2f"), format(10**20, ".2e"), format(2**64, ","))
print("{:>{w}.{p}}".format("truncated", w=8, p=4), "{0:{fill}{align}{width}}".format("z", fill="*", align="^", width=5))
try:
    f"{x:{'bad'}}"
except ValueError as e:
    print("ValueError:", e)
try:
    format(3.5, "x")
except ValueError as e:
    print("ValueError:", e)
try:
    "{:=}".format("s")
except ValueError as e:
    print("ValueError:", e)
