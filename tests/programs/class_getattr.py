# getattr/setattr/hasattr/delattr and __getattr__ fallback
class Config:
    defaults = {'color': 'red', 'size': 3}
    def __init__(self):
        self.name = 'cfg'
    def __getattr__(self, item):
        if item in Config.defaults:
            return Config.defaults[item]
        raise AttributeError(f'no setting {item!r}')
c = Config()
print(c.name, c.color, c.size, getattr(c, 'size'), getattr(c, 'missing', 'dflt'))
print(hasattr(c, 'color'), hasattr(c, 'nope'), hasattr(c, 'name'))
setattr(c, 'color', 'blue')
print(c.color, Config.defaults['color'], vars(c))
delattr(c, 'color')
print(c.color)
try:
    c.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
for i, attr in enumerate(['alpha', 'beta', 'gamma']):
    setattr(p, attr, i * 10)
print(sorted(vars(p).items()), p.beta)
print([getattr(p, a) for a in ('alpha', 'gamma')])
del p.alpha
print(hasattr(p, 'alpha'), getattr(p, 'alpha', None))
try:
    delattr(p, 'alpha')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.undefined
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr('abc', 'upper')(), getattr(5, 'bit_length')(), getattr([], 'append').__name__)
try:
    getattr(5, 'foo')
except AttributeError as e:
    print(type(e).__name__, e)
class Slots:
    __slots__ = ('a',)
s = Slots()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(s.a)
