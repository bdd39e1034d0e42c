# ends with a failing assert that carries a message
def mean(xs):
    assert len(xs) > 0, 'mean of empty list'
    return sum(xs) / len(xs)
print(mean([1, 2, 3]))
print(mean([4]))
assert mean([2, 4]) == 3
try:
    assert mean([1]) == 2, f'mean was {mean([1])}'
except AssertionError as e:
    print('caught', e)
print('asserts so far passed')
print(mean([]))
print('not reached')
