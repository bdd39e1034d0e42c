# bench: Go on a small (SIZE x SIZE) board played by Monte Carlo tree search (UCT): each move runs GAMES
# random playouts from the current position through a growing tree; captures, no suicide,
# simple ko, area scoring. Random numbers come from a seeded LCG; prints the game
import math

SIZE, GAMES, MOVES = 7, 120, 8
EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI = 4.5


def neighbours(p):
    x, y = p % SIZE, p // SIZE
    out = []
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        if 0 <= x + dx < SIZE and 0 <= y + dy < SIZE:
            out.append(p + dx + dy * SIZE)
    return out


NEIGH = [neighbours(p) for p in range(SIZE * SIZE)]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        # a number in range(n) from a 48-bit linear congruential generator
        self.state = (self.state * 25214903917 + 11) & 0xFFFFFFFFFFFF
        return (self.state >> 17) % n


class Board:
    def __init__(self):
        self.cells, self.colour, self.ko, self.passes = [EMPTY] * (SIZE * SIZE), BLACK, -1, 0

    def copy(self):
        b = Board.__new__(Board)
        b.cells, b.colour, b.ko, b.passes = self.cells[:], self.colour, self.ko, self.passes
        return b

    def group(self, p):
        # the stones of p's group and whether it has a liberty
        cells, colour = self.cells, self.cells[p]
        stones, todo, free = {p}, [p], False
        while todo:
            q = todo.pop()
            for r in NEIGH[q]:
                c = cells[r]
                if c == EMPTY:
                    free = True
                elif c == colour and r not in stones:
                    stones.add(r)
                    todo.append(r)
        return stones, free

    def play(self, p):
        # plays p (or PASS) for the side to move; False, board unchanged, when illegal
        if p == PASS:
            self.passes += 1
            self.ko, self.colour = -1, 3 - self.colour
            return True
        cells = self.cells
        if cells[p] != EMPTY or p == self.ko:
            return False
        me, other = self.colour, 3 - self.colour
        cells[p] = me
        captured = []
        for q in NEIGH[p]:
            if cells[q] == other:
                stones, free = self.group(q)
                if not free:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        if not captured and not self.group(p)[1]:
            cells[p] = EMPTY
            return False
        self.ko = captured[0] if len(captured) == 1 else -1
        self.colour, self.passes = other, 0
        return True

    def is_eye(self, p, colour):
        for q in NEIGH[p]:
            if self.cells[q] != colour:
                return False
        return True

    def candidates(self):
        # empty points that are not the mover's own eyes
        return [p for p in range(SIZE * SIZE)
                if self.cells[p] == EMPTY and not self.is_eye(p, self.colour)]

    def random_move(self, rng):
        moves = self.candidates()
        n = len(moves)
        if n:
            start = rng.below(n)
            for i in range(n):
                p = moves[(start + i) % n]
                if self.play(p):
                    return p
        self.play(PASS)
        return PASS

    def winner(self):
        # area scoring: stones plus empty points bordered by one colour only
        score = [0, 0, 0]
        for p in range(SIZE * SIZE):
            c = self.cells[p]
            if c == EMPTY:
                around = {self.cells[q] for q in NEIGH[p]}
                if len(around) == 1:
                    c = around.pop()
            score[c] += 1
        return BLACK if score[BLACK] > score[WHITE] + KOMI else WHITE


class Node:
    def __init__(self, move, parent, player):
        self.move, self.parent, self.player = move, parent, player
        self.children, self.untried, self.wins, self.visits = [], None, 0, 0

    def best_child(self):
        log_n = math.log(self.visits)
        return max(self.children,
                   key=lambda c: c.wins / c.visits + math.sqrt(2 * log_n / c.visits))


def uct_move(board, games, rng):
    root = Node(PASS, None, 3 - board.colour)
    for g in range(games):
        b, node = board.copy(), root
        while node.untried is not None and not node.untried and node.children:
            node = node.best_child()
            b.play(node.move)
        if node.untried is None:
            node.untried = b.candidates()
        if node.untried:
            m = node.untried.pop(rng.below(len(node.untried)))
            mover = b.colour
            if b.play(m):
                child = Node(m, node, mover)
                node.children.append(child)
                node = child
        steps = 0
        while b.passes < 2 and steps < 3 * SIZE * SIZE:
            b.random_move(rng)
            steps += 1
        win = b.winner()
        while node is not None:
            node.visits += 1
            if node.player == win:
                node.wins += 1
            node = node.parent
    if not root.children:
        return PASS
    return max(root.children, key=lambda c: c.visits).move


rng, board, moves = Rng(2023), Board(), []
for i in range(MOVES):
    m = uct_move(board, GAMES, rng)
    if not board.play(m):
        board.play(PASS)
        m = PASS
    moves.append(m)
print(moves)
for y in range(SIZE):
    print("".join(".XO"[board.cells[y * SIZE + x]] for x in range(SIZE)))
print("winner by playout scoring:", "XO"[board.winner() - 1])
