f(a,)
f(a, b,)
f(*a,)
f(**a,)
f(a=1,)
def g(a,): pass
def g(a, b=1,): pass
def g(*a,): pass
def g(**a,): pass
def g(a, /,): pass
def g(*, a,): pass
lambda a,: 0
lambda *a,: 0
[1,]
{1,}
{1: 2,}
(1,)
a[1,]
a[1:2,]
from a import (b,)
from a import (b, c,)
class C(B,): pass
x = 1,
del a,
for x, in y: pass
with (a, b,): pass
global g
