class Recorder(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
ns = Recorder()
exec("a = 1\nb = a + 1", {}, ns)
print(dict(ns))
class Mapping:
    def __init__(self): self.d = {"x": 10}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
m = Mapping()
exec("y = x * 2\ndel x", {}, m)
print(m.d)
print(eval("x + 1", {}, {"x": 41}), eval("len(s)", {"s": "abc"}))
code = compile("result = 6 * 7", "calc.py", "exec")
g = {}
print(exec(code, g), g["result"], eval(code, g), eval(compile("2 ** 10", "e", "eval")))
def f():
    local_v = 5
    return eval("local_v * 2"), exec("local_v = 99"), local_v
print(f())
g2 = {"__builtins__": {"len": len}}
print(eval("len('ab')", g2))
try:
    eval("print('x')", g2)
except NameError as e:
    print("NameError:", e)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recorder()
class WithRecorder(metaclass=Meta):
    x = 1
    y = x + 1
print(WithRecorder.y)
src = "def fn(a):\n    return a * 3\nvalue = fn(4)\n"
scope = {}
exec(src, scope)
print(scope["value"], scope["fn"].__name__, scope["fn"].__module__ if "__name__" in scope else "no module", "__builtins__" in scope)
try:
    exec(compile("raise ValueError('in compiled')", "compiled.py", "exec"))
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ValueError:", e, tb.tb_lineno)
x = 3
exec("x = x + 1")
print(x)
def outer():
    z = 1
    def inner():
        return eval("z")
    return inner
try:
    print(outer()())
except NameError as e:
    print("NameError:", e)
