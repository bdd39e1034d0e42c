# ends with an uncaught IndexError: list index out of range
def nth_pairs(xs):
    out = []
    for i in range(len(xs)):
        out.append((xs[i], xs[i + 1]))
        print('pair', out[-1])
    return out
try:
    nth_pairs([])
    print('empty list is fine')
    nth_pairs([1])
except IndexError as e:
    print('caught', e)
nth_pairs([1, 2, 3, 4])
print('not reached')
