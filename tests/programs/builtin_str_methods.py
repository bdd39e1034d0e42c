s = "Hello, World"
print(s.partition(", "), s.rpartition("o"), s.partition("z"), s.rpartition("z"))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4), "\t".expandtabs(0), "x\ty\n\tz".expandtabs(3))
t = str.maketrans("abc", "xyz", "d")
print("abcdd".translate(t), sorted(t.items()), str.maketrans({"a": "1", 98: None}))
print("ß".casefold(), "ΣΑΣ".casefold(), "Straße".lower(), "ß".upper())
print("42".zfill(5), "-42".zfill(5), "+x".zfill(4), "abc".zfill(2))
print("ab".center(7, "*"), "ab".center(6), "ab".ljust(5, "-"), "ab".rjust(5), "abc".center(2))
print("a\nb\r\nc\rd\x0be\x1cf".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("hello world's fine".title(), "aBc DeF".swapcase(), "hello".capitalize(), "HELLO wORLD".capitalize())
print("abc".isidentifier(), "1a".isidentifier(), "_x".isidentifier(), "é".isidentifier(), "".isidentifier())
print("prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"), "x".removeprefix("y"))
print("{a}".format_map({"a": 5}), "a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("  x  ".strip(), "xxaxx".strip("x"), "  x".lstrip(), "x  ".rstrip(), "abcba".strip("ab"))
print("abcabc".find("c"), "abcabc".rfind("c"), "abc".find("z"), "abcabc".index("b", 2), "abcabc".count("bc"), "aaa".count("a", 1))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".rindex("z")
except ValueError as e:
    print("ValueError:", e)
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "abc".startswith("b", 1, 2))
print("-".join(["a", "b"]), "aXbXc".replace("X", "-", 1), "abc".replace("", "|"))
print("123".isdigit(), "½".isnumeric(), "²".isdecimal(), "abc".isalpha(), "ab1".isalnum(), " \t".isspace(), "Ab Cd".istitle(), "abc".islower(), "ABC".isupper(), "abc".isascii(), "\x7f".isprintable(), "é".isascii())
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("a".encode(), "é".encode("utf-8"), "é".encode("latin-1"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("abc"[::-1], "abcdef"[1:5:2], "x" * 3, "ab" < "b", min("bca"), "ß" in "Straße")
print("%s" % "x".ljust(3), "a b".split(" ", -1), "tEST".title(), "they're bill's".title())
print("abc".upper().lower(), str(), str(b"ab"), str(b"ab", "ascii"), str(1.5), repr("it's \"q\""), repr('\x00\t\u1234'))
try:
    "x".zfill()
except TypeError as e:
    print("TypeError:", e)
print("a\u2028b".splitlines(), "abc".rjust(5, "é"), "aaa".replace("a", "b", -1), "AbC".swapcase())
try:
    "abc".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print(str.maketrans("ab", "cd") == {97: 99, 98: 100}, "hello"[1:100], "x".join("abc"))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
