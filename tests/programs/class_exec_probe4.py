# Class and data-model behaviours, snippet by snippet (part 4): each runs with
# exec() in a fresh namespace; its output or its exception is printed.
snippets = [
    "class A:\n    def __bool__(self): raise ValueError('no bool')\ntry:\n    if A(): pass\nexcept ValueError as e:\n    print(e)\n",
    'class A:\n    def __contains__(self, x): return 1\nprint(3 in A(), 3 not in A())\n',
    "class A:\n    def __index__(self): return 2\nprint(bin(A()), [1, 2, 3][A():], 'abcd'[A()], divmod(7, 2))\n",
    'class A:\n    def __hash__(self): return 2 ** 100\nprint(hash(A()) == hash(2 ** 100))\n',
    'class A(Exception):\n    def __init__(self, x):\n        self.x = x\ntry:\n    raise A(5)\nexcept A as e:\n    print(e.args, e.x, str(e), repr(e))\n',
    'class A(Exception):\n    def __init__(self, a, b):\n        super().__init__(a)\n        self.b = b\ne = A(1, 2)\nprint(e.args, str(e), repr(e), e.b)\n',
    "class A(Exception):\n    def __repr__(self): return 'custom repr'\nprint(repr(A()), str(A('m')))\n",
    "class E(KeyError): pass\nprint(str(E('k')), repr(E('k')), str(E()), str(E(1, 2)))\n",
    "try:\n    raise Exception('a', 'b')\nexcept Exception as e:\n    print(e, e.args, len(e.args))\n",
    "try:\n    raise TypeError\nexcept TypeError as e:\n    print(repr(e), str(e) == '')\n",
    "class A(Exception): pass\nclass B(A): pass\ntry:\n    raise B('x')\nexcept (KeyError, A) as e:\n    print('caught', type(e).__name__)\n",
    'try:\n    raise 5\nexcept TypeError as e:\n    print(e)\n',
    'try:\n    raise int\nexcept TypeError as e:\n    print(e)\n',
    'class NotExc: pass\ntry:\n    try:\n        raise ValueError\n    except NotExc:\n        pass\nexcept TypeError as e:\n    print(e)\n',
]
for i, src in enumerate(snippets):
    print('--', i)
    try:
        exec(src, {})
    except Exception as ex:
        print('!!', type(ex).__name__, ex)
