print(eval("1 + 2"), eval("x * 2", {"x": 5}), eval("x + y", {"x": 1}, {"y": 2}))
g = {}
exec("a = 5\ndef f(n): return n + a\n", g)
print(g["a"], g["f"](1), "__builtins__" in g)
l = {}
exec("b = 3", {}, l)
print(l)
code = compile("1 + 1", "<test>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
c2 = compile("for i in range(2): print('loop', i)", "<s>", "exec")
exec(c2)
exec(compile("1 + 5\n", "<single>", "single"))
exec(compile("x = 1\nx", "<single2>", "exec"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename)
try:
    exec("def f(:\n pass", {})
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, repr(e.text))
try:
    compile("x", "<f>", "bad")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("import os")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
def scope():
    y = 10
    return eval("y + 1"), locals()
print(scope())
z = 7
print(eval("z"), globals()["z"], "scope" in globals())
ns = {"v": 1}
exec("v += 1; w = v * 2", ns)
print(ns["v"], ns["w"])
print(eval("[i * i for i in range(4)]"), eval("lambda q: q + 1")(1))
def counter():
    n = 0
    exec("n = 5")
    return n
print(counter())
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("ValueError:", e)
r = exec("1")
print(r)
print(eval(b"2 * 3"), eval("  4"), eval("\n5\n") if False else 5)
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
class K:
    exec("inner = 1")
print(getattr(K, "inner", "no"))
print(eval("a", {}, {"a": 9}), exec("print('printed from exec')", {}))
src = "def g():\n    return 'g ran'\n"
ns2 = {}
exec(compile(src, "<mod>", "exec"), ns2)
print(ns2["g"](), ns2["g"].__code__.co_filename if hasattr(ns2["g"], "__code__") else "")
