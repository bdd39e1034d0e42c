# comparisons across types: numbers, strings, sequences, sets, None
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.0 == True)
print('abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', '' < 'a', 'a' < 'B')
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [1, 2] == [1, 2])
print((1, 'a') < (1, 'b'), (2,) > (1, 99), (1, 2) == (1, 2), (1, 2) != (1, 2.0))
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1, 2} == {2, 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 3} > {1}, {1, 2} < {3})
print(None == None, None == 0, None != False, None is None)
print(1 != 2, 'a' != 'a', 3 >= 3, 3 <= 2)
print(max('apple', 'pear', 'fig'), min([3, 1], [2, 9], [3, 0]))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(1e16 == 10 ** 16, 2 ** 60 + 1 == float(2 ** 60 + 1), 0.5 == 1 / 2)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, [1] == [1.0], (0,) == (False,))
for a, b in [(1, 2), (2, 1), (2, 2), (1.5, 1), (-1, -1.0)]:
    print(a, b, a < b, a <= b, a > b, a >= b, a == b, a != b)
print([1, [2, 3]] < [1, [2, 4]], 'a' * 3 == 'aaa', [0] * 2 == [0, 0])
print(list(range(3)) == [0, 1, 2], range(3) == [0, 1, 2], (1, 2) == [1, 2])
for bad in [(1, 'a'), ([1], (1,)), (None, 1), ({1}, 1), ('x', None)]:
    try:
        print(bad[0] < bad[1])
    except TypeError as e:
        print(type(e).__name__, e)
