# bench_richards: bench/programs/richards.py with smaller parameters: Richards' operating-system simulation: an idle task, a worker, two handlers and
# two devices pass packets through a priority scheduler; prints the packet/hold counts
IDLE, WORKER, HANDLER_A, HANDLER_B, DEV_A, DEV_B = range(6)
K_DEV, K_WORK = 0, 1
ROUNDS = 15


class Packet:
    def __init__(self, link, ident, kind):
        self.link, self.ident, self.kind, self.datum, self.data = link, ident, kind, 0, [0] * 4

    def append_to(self, queue):
        # appends self at the end of queue (a chain of packets); returns the new head
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, s, ident, prio, queue, waiting):
        self.s, self.ident, self.prio, self.queue = s, ident, prio, queue
        self.pending, self.waiting, self.holding = queue is not None, waiting, False
        self.link, s.tasks, s.table[ident] = s.tasks, self, self

    def run(self):
        # takes the next packet when waiting for one, then runs the task's step
        pkt = None
        if self.pending and self.waiting and not self.holding:
            pkt = self.queue
            self.queue = pkt.link
            self.pending, self.waiting = self.queue is not None, False
        self.s.current = self
        return self.step(pkt)

    def add_packet(self, pkt, old):
        # queues pkt on self; returns the task to run next
        if self.queue is None:
            self.queue, self.pending = pkt, True
            if self.prio > old.prio:
                return self
        else:
            pkt.append_to(self.queue)
        return old


class Idle(Task):
    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.s.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.s.release(DEV_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.s.release(DEV_B)


class Worker(Task):
    def step(self, pkt):
        if pkt is None:
            return self.s.wait()
        self.dest = HANDLER_A if self.dest == HANDLER_B else HANDLER_B
        pkt.ident, pkt.datum = self.dest, 0
        for i in range(4):
            self.count = self.count + 1 if self.count < 26 else 1
            pkt.data[i] = 64 + self.count
        return self.s.queue_packet(pkt)


class Handler(Task):
    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devs = pkt.append_to(self.devs)
        if self.work is not None:
            w = self.work
            if w.datum < 4:
                if self.devs is not None:
                    d = self.devs
                    self.devs = d.link
                    d.datum = w.data[w.datum]
                    w.datum += 1
                    return self.s.queue_packet(d)
            else:
                self.work = w.link
                return self.s.queue_packet(w)
        return self.s.wait()


class Device(Task):
    def step(self, pkt):
        if pkt is None:
            if self.held is None:
                return self.s.wait()
            pkt, self.held = self.held, None
            return self.s.queue_packet(pkt)
        self.held = pkt
        self.s.checksum = (self.s.checksum * 31 + pkt.datum) % 1000003
        return self.s.hold()


class Scheduler:
    def __init__(self):
        self.tasks, self.table, self.current = None, [None] * 6, None
        self.queued = self.holds = self.checksum = 0

    def hold(self):
        self.holds += 1
        self.current.holding = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.table[ident]
        t.holding = False
        return t if t.prio > self.current.prio else self.current

    def queue_packet(self, pkt):
        t = self.table[pkt.ident]
        self.queued += 1
        pkt.link, pkt.ident = None, self.current.ident
        return t.add_packet(pkt, self.current)

    def schedule(self):
        t = self.tasks
        while t is not None:
            if t.holding or (not t.pending and t.waiting):
                t = t.link
            else:
                t = t.run()


def richards(count):
    s = Scheduler()
    idle = Idle(s, IDLE, 0, None, False)
    idle.count, idle.control = count, 1
    work = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
    w = Worker(s, WORKER, 1000, work, True)
    w.dest, w.count = HANDLER_A, 0
    for ident, prio, dev in ((HANDLER_A, 2000, DEV_A), (HANDLER_B, 3000, DEV_B)):
        q = Packet(Packet(Packet(None, dev, K_DEV), dev, K_DEV), dev, K_DEV)
        h = Handler(s, ident, prio, q, True)
        h.work = h.devs = None
    for ident, prio in ((DEV_A, 4000), (DEV_B, 5000)):
        Device(s, ident, prio, None, True).held = None
    s.schedule()
    return s.queued, s.holds, s.checksum


total = 0
for r in range(ROUNDS):
    q, h, c = richards(1000 + 50 * r)
    total += q + h + c
print(q, h, c, total)
