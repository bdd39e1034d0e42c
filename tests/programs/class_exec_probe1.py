# Class and data-model behaviours, snippet by snippet (part 1): each runs with
# exec() in a fresh namespace; its output or its exception is printed.
snippets = [
    "class A: pass\nprint(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.__dict__.get('__module__'), type(A.__dict__).__name__)\n",
    "class A:\n    x = 1\nA.y = 2\ndel A.x\nprint(hasattr(A, 'x'), A.y, sorted(k for k in vars(A) if not k.startswith('__')))\n",
    "class A: pass\ntry:\n    del A.nothing\nexcept AttributeError as e:\n    print(e)\ntry:\n    A.__dict__['x'] = 1\nexcept TypeError as e:\n    print(e)\n",
    'class A:\n    def f(self): return 1\nprint(A.f.__qualname__, A().f.__func__ is A.f, A().f.__self__.__class__.__name__, type(A.f).__name__)\n',
    'class A:\n    def f(self): return 1\na = A()\na.f = lambda: 2\nprint(a.f(), A.f(a))\n',
    "class A:\n    __x = 1\n    def get(self): return self.__x\nprint(A().get(), A._A__x, hasattr(A, '__x'))\n",
    'class A:\n    def __init__(self): self.__p = 5\na = A()\nprint(a._A__p, vars(a))\n',
    'class A:\n    pass\nprint(A() == A(), A() != A(), bool(A()), hash(A()) is not None, repr(A())[:12])\n',
    'class A(object, metaclass=type): pass\nprint(type(A), A.__bases__)\n',
    'class A: pass\nclass B(A): pass\nprint(B.__subclasses__(), A.__subclasses__())\n',
    'class A: pass\nprint(A.__init__ is object.__init__, A.__new__ is object.__new__, A.__repr__ is object.__repr__)\n',
    'class A:\n    def __eq__(self, o): return True\nprint(A.__hash__, A() == 1, 1 == A(), [A()] == [2])\n',
    'class A:\n    __hash__ = object.__hash__\n    def __eq__(self, o): return True\nprint(type(hash(A())).__name__)\n',
    "class A:\n    def __repr__(self): return 'A!'\nprint(str(A()), [A()], {A(): 1} if False else (A(),), f'{A()}', '%s' % A())\n",
]
for i, src in enumerate(snippets):
    print('--', i)
    try:
        exec(src, {})
    except Exception as ex:
        print('!!', type(ex).__name__, ex)
