# Class and data-model behaviours, snippet by snippet (part 5): each runs with
# exec() in a fresh namespace; its output or its exception is printed.
snippets = [
    "e = ValueError('x')\nprint(e.with_traceback(None) is e, e.__class__.__name__, e.__reduce__() if False else '', isinstance(e, BaseException))\n",
    'print(BaseException().args, BaseException(1).args, Exception(*range(3)).args)\n',
    "print(repr(StopIteration()), StopIteration(1, 2).value, repr(StopAsyncIteration('x')))\n",
    'class A:\n    def __iter__(self): return self\n    def __next__(self): raise StopIteration\nprint(list(A()))\n',
    'def f():\n    class Local:\n        def m(self): return __class__\n    return Local\nL = f()\nprint(L().m() is L, L.__qualname__)\n',
]
for i, src in enumerate(snippets):
    print('--', i)
    try:
        exec(src, {})
    except Exception as ex:
        print('!!', type(ex).__name__, ex)
