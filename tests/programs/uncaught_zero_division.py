# ends with an uncaught ZeroDivisionError raised two calls deep
def average(xs):
    return sum(xs) / len(xs)
def report(groups):
    for name, xs in groups:
        print(name, average(xs))
groups = [('a', [1, 2, 3]), ('b', [10]), ('c', [2.5, 3.5]), ('empty', []), ('never', [1])]
print('start')
report(groups)
print('not reached')
