def f(items, limit):
    total = 0
    for item in items:
        if item is None:
            continue
        if not item or item > limit:
            break
        total += item
    else:
        total = -1
    while total > 10 and limit:
        total //= 2
    return total if total else None
