# Class and data-model behaviours, snippet by snippet (part 2): each runs with
# exec() in a fresh namespace; its output or its exception is printed.
snippets = [
    "class A:\n    def __str__(self): return 'strA'\nprint(repr(A())[:10], str(A()), [A()][0].__str__())\n",
    "class A:\n    def __getitem__(self, k): return k\na = A()\nprint(a[1], a[1:2], a[1, 2], a[...], a[:, ::2], a['x'])\n",
    'class A:\n    def __len__(self): return 2 ** 70\ntry:\n    len(A())\nexcept OverflowError as e:\n    print(e)\n',
    'class A:\n    def __iter__(self):\n        yield 1\n        yield 2\nprint(list(A()), tuple(A()), set(A()), dict.fromkeys(A()), sum(A()), [*A()], sorted(A(), reverse=True))\n',
    'class A:\n    def __call__(self, x): return x * 2\nprint(list(map(A(), [1, 2])), sorted([3, 1], key=A()))\n',
    "class Meta(type):\n    def __call__(cls, *a, **k):\n        return 'intercepted'\nclass A(metaclass=Meta):\n    pass\nprint(A(), type(A).__name__)\n",
    "class Meta(type):\n    def __new__(m, name, bases, ns):\n        ns['added'] = name.lower()\n        return super().__new__(m, name, bases, ns)\nclass A(metaclass=Meta): pass\nclass B(A): pass\nprint(A.added, B.added, type(B).__name__)\n",
    "class Meta(type):\n    def __repr__(cls): return f'<class {cls.__name__} via Meta>'\nclass A(metaclass=Meta): pass\nprint(A, repr(A), [A])\n",
    "class Meta(type):\n    attr = 'meta-attr'\n    def meth(cls): return 'meta-meth ' + cls.__name__\nclass A(metaclass=Meta): pass\nprint(A.attr, A.meth())\ntry:\n    A().attr\nexcept AttributeError as e:\n    print(e)\n",
    "A = type('A', (), {'__init__': lambda self, v: setattr(self, 'v', v), '__repr__': lambda self: f'A({self.v})'})\nprint(A(3), A.__qualname__)\n",
    'class A:\n    @staticmethod\n    def __new__(cls, *a):\n        return object.__new__(cls)\n    def __init__(self, x): self.x = x\nprint(A(4).x)\n',
    'class A:\n    def __init_subclass__(cls, flag=False):\n        cls.flag = flag\nclass B(A, flag=True): pass\nclass C(A): pass\nprint(B.flag, C.flag)\n',
    "class D:\n    def __set_name__(self, owner, name):\n        print('set_name', owner.__name__, name)\nclass A:\n    x = D()\n    y = D()\nA.z = D()\nprint('done')\n",
    "class A:\n    __slots__ = ()\ntry:\n    A().x = 1\nexcept AttributeError as e:\n    print(e)\nprint(A.__slots__, hasattr(A(), '__dict__'))\n",
]
for i, src in enumerate(snippets):
    print('--', i)
    try:
        exec(src, {})
    except Exception as ex:
        print('!!', type(ex).__name__, ex)
