# Conway's game of life on a small torus: sets of tuples, neighbour counting
def step(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % w, (y + dy) % h)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}
def show(live, w, h):
    for y in range(h):
        print(''.join('#' if (x, y) in live else '.' for x in range(w)))
W, H = 10, 8
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(7, 5), (7, 6), (7, 7)}
live = glider | blinker
for gen in range(5):
    print('generation', gen, 'cells', len(live))
    show(live, W, H)
    live = step(live, W, H)
for gen in range(5, 40):
    live = step(live, W, H)
print('generation 40 cells', len(live), sorted(live))
