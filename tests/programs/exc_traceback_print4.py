class E(Exception):
    def __str__(self):
        return "custom text"
class F(Exception):
    def __init__(self):
        super().__init__("a", 2)
try:
    raise E()
except E as e:
    print(str(e), repr(e))
try:
    raise F()
except F as e:
    print(str(e), repr(e))
import sys
def gen():
    yield 1
    raise StopIteration("x")
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
raise F()
