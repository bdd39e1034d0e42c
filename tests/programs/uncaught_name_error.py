# ends with an uncaught NameError for a name that was never assigned
def compute(n):
    total = 0
    for i in range(n):
        total += i
    print('total is', total)
    return totl_value_never_defined
try:
    compute(2)
except NameError as e:
    print('caught', e)
compute(4)
print('not reached')
