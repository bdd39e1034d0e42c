# bench: a 20-million-iteration loop of small-int arithmetic in one function
# (every value stays below 2**25, so a VM with a small-int fast path never leaves it)
def main(n):
    acc = 1
    for i in range(n):
        acc = (acc * 3 + i) % 65521
    return acc


print("acc", main(20_000_000))
