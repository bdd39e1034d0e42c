# chained comparisons: evaluation order, each operand evaluated once, short-circuit
calls = []
def v(x):
    calls.append(x)
    return x
def show(label, value):
    print(label, value, calls)
    calls.clear()
show('1 < 2 < 3', 1 < 2 < 3)
show('1 < 3 < 2', 1 < 3 < 2)
show('3 > 2 > 1 > 0', 3 > 2 > 1 > 0)
show('1 == 1.0 == True', 1 == 1.0 == True)
show('1 < 2 > 0', 1 < 2 > 0)
show('v chain false early', v(1) < v(0) < v(5))
show('v chain all', v(1) < v(2) < v(3) <= v(3))
show('v chain late false', v(1) < v(2) > v(3) < v(4))
show('is chain', v(None) is None is not v(0))
show('in chain', 1 in [1, 2] in [[1, 2]])
show('not in', 3 not in [1, 2])
one = 1
show('is not', one is not None)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6, 1 < x > 4)
print([1 < i < 4 for i in range(6)])
print([i for i in range(20) if 3 <= i % 7 <= 4])
a, b, c = 1, 2, 2
print(a < b == c, a < b < c, a == b == c, b == c == 2)
def grade(score):
    if 90 <= score <= 100:
        return 'A'
    elif 80 <= score < 90:
        return 'B'
    elif 0 <= score < 80:
        return 'C'
    return '?'
print([grade(s) for s in [100, 95, 90, 89, 80, 79, 0, -1, 101]])
