# a deterministic queue simulation with a linear congruential generator
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
rng = LCG(42)
print([rng.randint(1, 6) for _ in range(12)])
queue = []
served = []
clock = 0
next_id = 1
busy_until = 0
current = None
while clock < 60:
    if rng.randint(1, 10) <= 4:
        queue.append((next_id, clock))
        next_id += 1
    if current is not None and clock >= busy_until:
        served.append(current)
        current = None
    if current is None and queue:
        cid, arrived = queue.pop(0)
        current = (cid, arrived, clock)
        busy_until = clock + rng.randint(1, 4)
    if clock % 10 == 0:
        print(f't={clock:2d} queue={[c for c, _ in queue]} serving={current[0] if current else None}')
    clock += 1
waits = [start - arrived for _, arrived, start in served]
print('served', len(served), 'waiting', len(queue), 'arrived', next_id - 1)
print('waits', waits)
print('max wait', max(waits), 'mean wait', round(sum(waits) / len(waits), 3))
