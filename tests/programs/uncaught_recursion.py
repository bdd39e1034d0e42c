# ends with an uncaught RecursionError
def walk(node):
    return walk(node + 1) + 1
def safe_depth(n):
    return 0 if n == 0 else 1 + safe_depth(n - 1)
print('safe depth', safe_depth(200))
try:
    walk(0)
except RecursionError as e:
    print('caught once:', e)
print('about to recurse without a handler')
walk(0)
