# ends with an uncaught TypeError: unsupported operand type(s) for +: 'int' and 'str'
def add_all(items):
    total = 0
    for it in items:
        total = total + it
        print('running total', total)
    return total
print(add_all([1, 2, 3]))
print(add_all([0.5, True]))
print(add_all([]))
print(add_all([1, 2, '3']))
print('not reached')
