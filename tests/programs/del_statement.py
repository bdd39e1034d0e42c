# del on names, list items, slices, dict keys, attributes; errors after deletion
x = 10
y = [x, 20]
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
print(y)
a = list(range(10))
del a[0]
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class Obj:
    cls_attr = 'class'
o = Obj()
o.v = 1
o.w = 2
del o.v
print(vars(o), hasattr(o, 'v'), o.cls_attr)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
p, q, r = 1, 2, 3
del p, q
print(r, 'p' in dir(), 'r' in dir())
nested = {'k': [1, {'z': 0, 'keep': 1}]}
del nested['k'][1]['z']
print(nested)
def local_del():
    v = 'local'
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print(local_del())
lst = [1, 2, 3]
alias = lst
del lst
print(alias)
try:
    del alias[5]
except IndexError as e:
    print(type(e).__name__, e)
