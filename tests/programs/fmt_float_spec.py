vals = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e20, 1.5e-7, 123456789.0, float("inf"), float("-inf"), float("nan"), 2.5, 0.125]
specs = ["", "f", ".2f", "10.3f", "<10.1f", "^12.2e", "+.3g", "e", "E", ".0e", "g", "G", ".3g", "#.3g", "#g", "%", ".1%", ",.2f", "_.3f", "012.4f", "=+12.2f", "n", ".10g", "#.0f", ".0f", "F", " f", "r" if False else "", "*>15,.1f"]
for v in vals:
    print(" ".join(repr(format(v, s)) for s in specs))
print(format(1e300, ",.0f")[:40])
print(f"{3.14159:{'>'}{10}.{3}f}")
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1234.5678, -2), round(5, -1), round(15, -1), round(25, -1))
print(round(1e20), round(0.1 + 0.2, 10), round(-1.005, 2), type(round(2.5)), type(round(2.5, 0)))
try:
    format(1.0, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.0, "c")
except ValueError as e:
    print("ValueError:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(format(1/3, ".17g"), format(2/3, ".30f"), format(1e-320, "e"))
