# unbounded recursion raises RecursionError, which can be caught; recursion works afterwards
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(isinstance(RecursionError(), RuntimeError))
def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)
print(countdown(500))
class Loop:
    def __init__(self):
        self.other = self
    def depth(self):
        return 1 + self.other.depth()
try:
    Loop().depth()
except RecursionError as e:
    print(type(e).__name__, e)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(countdown(900))
print('done')
