# bench: all solutions of the 8-queens puzzle, two ways:
#   1. every permutation of the columns (a recursive generator), kept when no two
#      queens share a diagonal (set sizes);
#   2. backtracking with sets of used columns and diagonals.
# Both must find the same 92 solutions; done ROUNDS times; prints the count and a checksum.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            p.insert(0, items[i])
            yield p


def queens_by_permutation(n):
    cols = list(range(n))
    for p in permutations(cols):
        if n == len({p[i] + i for i in cols}) == len({p[i] - i for i in cols}):
            yield tuple(p)


def queens_by_backtracking(n):
    solutions = []
    placed = []
    used_cols = set()
    used_up = set()
    used_down = set()

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for c in range(n):
            if c in used_cols or row + c in used_up or row - c in used_down:
                continue
            placed.append(c)
            used_cols.add(c)
            used_up.add(row + c)
            used_down.add(row - c)
            place(row + 1)
            placed.pop()
            used_cols.remove(c)
            used_up.remove(row + c)
            used_down.remove(row - c)

    place(0)
    return solutions


def checksum(solutions):
    total = 0
    for k, s in enumerate(solutions):
        for row, c in enumerate(s):
            total = (total * 31 + (k + 1) * (row + 1) * (c + 1)) % 1_000_000_007
    return total


N = 8
ROUNDS = 10
for _ in range(ROUNDS):
    by_perm = list(queens_by_permutation(N))
    by_back = queens_by_backtracking(N)
print("solutions", len(by_perm), len(by_back), "same", sorted(by_perm) == sorted(by_back))
print("first", by_perm[0], "last", by_perm[-1])
print("checksum", checksum(by_perm), checksum(sorted(by_back)))
