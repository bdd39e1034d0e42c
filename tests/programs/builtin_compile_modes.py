for s, mode in [("1 +\n", "eval"), ("(1,\n2 +)", "eval"), ("x = (1,\n2 +)\n", "exec"), ("a b", "single"), ("if 1:\n  x\n y", "exec"), ("x = $", "exec"), ("x = 1", "eval"), ("import os", "eval"), ("", "eval"), ("  x=1", "exec"), ("return 5", "exec"), ("a\0b", "exec")]:
    try:
        compile(s, "<s>", mode)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    compile("1\n2", "<s>", "single")
except SyntaxError as e:
    print("SyntaxError:", e)
for src in ["1", "None", "'a'", "x = 5", "x", "[x, x]"]:
    exec(compile(src, "<s>", "single"))
import sys
print(sys.displayhook(5), _)
c = compile("def f(a, b=1):\n  return a\n", "fn.py", "exec")
print(c.co_name, c.co_filename, c.co_names)
def f(a, b=1, *c, d, **e):
    x = a
    return lambda: x
co = f.__code__
print(co.co_name, co.co_varnames, co.co_argcount, co.co_kwonlyargcount, co.co_cellvars, co.co_freevars, f(1, d=2).__code__.co_freevars)
