# Class and data-model behaviours, snippet by snippet (part 3): each runs with
# exec() in a fresh namespace; its output or its exception is printed.
snippets = [
    "class A:\n    __slots__ = ['a', 'b']\na = A()\na.a = 1\nprint(a.a, A.a.__name__, A.a.__qualname__, A.a.__objclass__.__name__, repr(A.a))\ntry:\n    a.b\nexcept AttributeError as e:\n    print(e)\n",
    "class A:\n    __slots__ = ('x',)\nclass B(A):\n    __slots__ = ('x',)\nb = B(); b.x = 5\nprint(b.x)\n",
    "class A:\n    __slots__ = 'x'\n    def __init__(self): self.x = 1\nclass B(A): pass\nb = B(); b.y = 2\nprint(b.x, b.y, b.__dict__)\n",
    'class A(int):\n    __slots__ = ()\nprint(A(5) + 1)\n',
    "class A(tuple):\n    __slots__ = ('x',)\n",
    "class A:\n    def __getattr__(self, name):\n        raise AttributeError(name)\nprint(getattr(A(), 'q', 'dflt'))\ntry:\n    A().zz\nexcept AttributeError as e:\n    print('AE', e)\n",
    "class A:\n    def __getattribute__(self, name):\n        raise AttributeError('custom ' + name)\n    def __getattr__(self, name):\n        return 'fallback ' + name\nprint(A().x)\n",
    "class A:\n    def __getattribute__(self, name):\n        raise KeyError(name)\ntry:\n    A().x\nexcept KeyError as e:\n    print('KeyError', e)\ntry:\n    hasattr(A(), 'x')\nexcept KeyError as e:\n    print('hasattr KeyError', e)\n",
    "class A:\n    def __setattr__(self, name, value):\n        raise AttributeError('read only ' + name)\ntry:\n    A().x = 1\nexcept AttributeError as e:\n    print(e)\n",
    'class A:\n    x = 1\na = A()\na.x = 2\ndel a.x\nprint(a.x)\ntry:\n    del a.x\nexcept AttributeError as e:\n    print(e)\n',
    "class A:\n    def __delattr__(self, n): print('delattr', n)\na = A()\ndel a.foo\nprint('ok')\n",
    "class Base:\n    def __eq__(self, o): return 'Base.eq'\nclass Sub(Base):\n    def __eq__(self, o): return 'Sub.eq'\nprint(Base() == Sub(), Sub() == Base(), Base() != Sub())\n",
    "class A:\n    def __lt__(self, o): return 'A.lt'\nclass B:\n    def __gt__(self, o): return 'B.gt'\nprint(A() < B(), B() > A(), A() > B() if False else '', B() < A() if False else '')\ntry:\n    B() < A()\nexcept TypeError as e:\n    print(e)\n",
    "class A:\n    def __ne__(self, o): return 'custom ne'\nprint(A() != 1, A() == A())\n",
]
for i, src in enumerate(snippets):
    print('--', i)
    try:
        exec(src, {})
    except Exception as ex:
        print('!!', type(ex).__name__, ex)
