# ends with an uncaught AttributeError: 'int' object has no attribute 'foo'
class Box:
    def __init__(self, content):
        self.content = content
    def size(self):
        return len(str(self.content))
boxes = [Box('str'), Box([1, 2]), Box(7)]
for b in boxes:
    print(type(b.content).__name__, b.size(), hasattr(b.content, 'foo'))
try:
    boxes[0].content.foo
except AttributeError as e:
    print('caught', e)
print(boxes[2].content.foo)
print('not reached')
