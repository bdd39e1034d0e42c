# Each statement here is rejected by CPython's compiler (symtable or codegen),
# but ast.parse accepts it: the parser must not reject it.
__debug__ = 1
def f(__debug__): pass
f(__debug__=1)
nonlocal x
return 1
await x
yield
yield from y
def f(a, a): pass
break
continue
f(x=1, x=2)
from __future__ import braces
async def f(): yield from x
[x async for x in y]
def f():
    x = 1
    global x
class C: nonlocal x
def f(a, *, b, **a): pass
x = 1
from __future__ import annotations
def g():
    from os import *
[(yield) for x in y]
[i := 0 for i in range(3)]
lambda: (await x)
class D:
    [y := 1 for x in z]
[x for x in (y := z)]
