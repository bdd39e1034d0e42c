# the talk's example at module level: global names, then inside a loop and a class
y = 38
x = y + 4
print(x)
y = x
x = y + 4
print(x, y)
xs = []
for y in range(5):
    x = y + 4
    xs.append(x)
print(xs, x, y)
class Adder:
    def __init__(self, y):
        self.y = y
    def run(self):
        self.x = self.y + 4
        return self.x
a = Adder(10)
print(a.run(), a.x, a.y)
data = {'y': 1}
data['x'] = data['y'] + 4
print(data)
y = [1, 2]
try:
    x = y + 4
except TypeError as e:
    print(type(e).__name__, e)
y = 'ab'
try:
    x = y + 4
except TypeError as e:
    print(type(e).__name__, e)
