def f(n):
    total = 0
    for i in range(n):
        if i % 2 == 0 and i > 3:
            continue
        elif i == 7 or not i:
            break
        total += i
    else:
        total = -1
    while total > 100:
        total //= 2
    return total if total else None
