# bench: Hexiom, a hexagonal tile puzzle: numbered tiles go on a hexagon of cells so that
# every tile's number is how many tiles touch it. Puzzles are made from random layouts
# (a seeded LCG); a backtracking solver with bound checks counts every solution
RADIUS, PUZZLES = 2, 60
UNDECIDED, EMPTY = -2, -1


def make_board(radius):
    # the cells of a hexagon (axial coordinates) and each cell's neighbour indices
    cells = [(q, r) for r in range(-radius, radius + 1) for q in range(-radius, radius + 1)
             if abs(q + r) <= radius]
    index = {c: i for i, c in enumerate(cells)}
    neigh = []
    for q, r in cells:
        around = [(q + 1, r), (q - 1, r), (q, r + 1), (q, r - 1), (q + 1, r - 1), (q - 1, r + 1)]
        neigh.append([index[c] for c in around if c in index])
    return cells, neigh


class Solver:
    def __init__(self, neigh, counts, empties, locked):
        self.neigh, self.counts, self.empties = neigh, counts, empties
        self.board = [UNDECIDED] * len(neigh)
        for cell, value in locked.items():
            self.board[cell] = value
            if value == EMPTY:
                self.empties -= 1
            else:
                self.counts[value] -= 1
        self.first = None

    def consistent(self, cell):
        # every tile at or next to cell can still see exactly its number of tiles
        board, neigh = self.board, self.neigh
        for c in [cell] + neigh[cell]:
            v = board[c]
            if v < 0:
                continue
            placed = unknown = 0
            for n in neigh[c]:
                if board[n] >= 0:
                    placed += 1
                elif board[n] == UNDECIDED:
                    unknown += 1
            if placed > v or placed + unknown < v:
                return False
        return True

    def search(self, cell):
        # the number of solutions with cells before `cell` fixed
        board = self.board
        while cell < len(board) and board[cell] != UNDECIDED:
            cell += 1
        if cell == len(board):
            if self.first is None:
                self.first = board[:]
            return 1
        found = 0
        if self.empties:
            self.empties -= 1
            board[cell] = EMPTY
            if self.consistent(cell):
                found += self.search(cell + 1)
            self.empties += 1
        for v in range(7):
            if self.counts[v]:
                self.counts[v] -= 1
                board[cell] = v
                if self.consistent(cell):
                    found += self.search(cell + 1)
                self.counts[v] += 1
        board[cell] = UNDECIDED
        return found


def make_puzzle(neigh, seed):
    # a random layout of tiles: its tile counts, empty count and one locked tile
    state, n = seed, len(neigh)
    filled = [False] * n
    for _ in range(n * 2 // 3):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        filled[(state >> 8) % n] = True
    values = [sum(filled[m] for m in neigh[c]) if filled[c] else EMPTY for c in range(n)]
    counts = [0] * 7
    for v in values:
        if v >= 0:
            counts[v] += 1
    first_tile = filled.index(True)
    return counts, values.count(EMPTY), {first_tile: values[first_tile]}


cells, neigh = make_board(RADIUS)
for seed in range(PUZZLES):
    counts, empties, locked = make_puzzle(neigh, seed)
    solver = Solver(neigh, counts[:], empties, locked)
    found = solver.search(0)
    print(seed, counts, empties, found, "".join("." if v < 0 else str(v) for v in solver.first))
