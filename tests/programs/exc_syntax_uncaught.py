# SyntaxErrors from compile()/exec()/eval(): attributes, then an uncaught one.
for src in ["x = $", "(1,\n2 +)", "ab\u00e9 c\u00e9", "def f(:\n pass", "a b c"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(e.args)
try:
    compile("ab\u00e9 c\u00e9".encode(), "f.py", "exec")
except SyntaxError as e:
    print(e.args, str(e))
try:
    eval("lambda: (yield)")
except SyntaxError as e:
    print(e.msg)
print("now uncaught")
eval("1 +\n")
