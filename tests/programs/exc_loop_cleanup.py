# exceptions inside loops and comprehensions; break/continue/return through finally
def process(items):
    results = []
    for item in items:
        try:
            if item < 0:
                raise ValueError(f'negative: {item}')
            if item == 0:
                continue
            if item > 100:
                break
            results.append(100 // item)
        except ValueError as e:
            results.append(str(e))
        finally:
            results.append('f')
    return results
print(process([5, -1, 0, 20, 200, 7]))
def find_first_bad(rows):
    for i, row in enumerate(rows):
        try:
            total = sum(row)
        except TypeError:
            return i
        finally:
            print('checked row', i)
    return -1
print(find_first_bad([[1, 2], [3], [4, 'x'], [5]]))
def safe_map(fn, xs):
    out = []
    for x in xs:
        try:
            out.append(fn(x))
        except (ZeroDivisionError, ValueError) as e:
            out.append(type(e).__name__)
    return out
print(safe_map(lambda v: 12 // v, [1, 0, 3, 0, -4]))
print(safe_map(int, ['1', 'x', '3', '', '-7']))
count = 0
while True:
    try:
        count += 1
        if count == 5:
            raise StopIteration('manual stop')
    except StopIteration as e:
        print('stopped at', count, e)
        break
i = 0
while i < 3:
    try:
        i += 1
        if i == 2:
            continue
        print('iter', i)
    finally:
        print('cleanup', i)
