s = "The quick brown fox"
print(s.split(None, 2), s.rsplit(None, 2), s.split("o"), s.rsplit("o", 1), " a  b ".split(" "), "".split(), "".split(","))
print(s.count("o", 13), s.count("o", 0, 13), s.find("o", 13, 100), s.rfind("o", 0, 13), s.index("q", 0), s.startswith("quick", 4), s.endswith(("fox", "dog")))
print("é€😀".encode("utf-8"), "é€".encode("ascii", "xmlcharrefreplace"), "é€".encode("ascii", "backslashreplace"), "é".encode("latin-1"))
print(b"\xc3\xa9\xff".decode("utf-8", "replace"), b"\xc3\xa9\xff".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"), b"abc".decode("ascii"), b"\xff".decode("utf-8", "backslashreplace"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print("١٢٣".isdecimal(), "١٢٣".isdigit(), int("١٢٣"), "Ⅻ".isnumeric(), "Ⅻ".isdigit(), "⁵".isdigit(), "⁵".isdecimal(), float("١.٥"))
print("ǅungla".title(), "ǅ".istitle(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ΣΑΣ ΟΔΟΣ".lower(), "ß".swapcase())
print("a,b;c".replace(",", ";").split(";"), "x".join(["1", "2", "3"]), "abc".partition("b"), "a-b-c".rpartition("-"))
print("%-8s|%8s|" % ("ab", "cd"), "{:-^9}".format("mid"), "{0:>{1}}".format("r", 4), "{!a}".format("é"), "{0!r:>8}".format("q"))
print("Hello {name}, you are {age:d}".format(name="Ann", age=30), "{0}{1}{0}".format("a", "b"), "{:,}".format(1234567), "{:_b}".format(255))
print("{:%}".format(0.25), "{:.2%}".format(1/3), "{:e}".format(12345.6789), "{:g}".format(0.00001234), "{:10.4}".format(3.14159265), "{:.3}".format("abcdef"))
print("{0.real} {0.imag}".format(3+4j), "{[1]}".format([5, 6]), "{[k]}".format({"k": "v"}), "{:>5}".format(None) if False else "")
print(str.upper("x"), str.join(",", "ab"), "abc".__contains__("b"), "abc".__len__(), "a".__add__("b"), "ab".__mul__(2), "ab".__getitem__(1))
print("   indented\n  text".splitlines(), "tab\there".expandtabs(10), "CamelCaseString".swapcase(), "hello"[-3:], "hello"[::-2])
print(sorted("hello world"), "".join(sorted("cba")), "abc" * 0, -1 * "x", "a" < "aa" < "b", "Z" < "a", max("apple", "Apple"))
print("ab".ljust(1), "x".center(4, "-"), "x".center(5, "-"), "xy".center(5, "-"), "42".rjust(5, "0"), "-3".zfill(4), "+3".zfill(4), "3".zfill(-1))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\\"), repr("\x7f\x80\xa0\u200b"), ascii("\x7f\x80\xa0\u200b"), repr("\ud800"))
print(str(1 == 1), str(None), str([1, "a"]), str({"a": (1,)}), str({1, 2}) if False else "", str(frozenset()), str(range(3)), str(slice(None)))
print("{:c}".format(97), "{:5c}|".format(97), "%c" % 0x1F600, "{:#o}".format(8), "{:#b}".format(-5), "{:+#x}".format(255), "{:08.3f}".format(-3.14159))
print("a\x00b".split("\x00"), "x".isprintable(), "\n".isprintable(), "".isprintable(), "A1_".isidentifier(), "class".isidentifier(), "1".isalnum())
