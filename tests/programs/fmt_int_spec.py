for spec in ["", "d", "5d", "<5", ">5", "^5", "*^7", "+d", "-d", " d", "05d", "+05d", ",", "_", ",d", "_x", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "c", "n", "=+8", "010,", "e", ".2e", "f", ".1%", "g", "E", "G", "F"]:
    out = []
    for v in [0, 42, -42, 1234567, 65]:
        try:
            out.append(repr(format(v, spec)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), " ".join(out))
print(format(2**70, ","), format(-2**70, "_x"), format(True, "d"), format(True, ""), format(True, ">5"))
for bad in ["s", ".2d", ",b", "=s", "#c", "+c", "z"]:
    try:
        format(5, bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
try:
    format(5, ",_")
except ValueError as e:
    print("ValueError:", e)
