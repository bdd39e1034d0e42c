# asyncio.Queue: producers and consumers, task_done/join, bounded queues, nowait errors.
import asyncio


async def producer(q, name, n):
    for i in range(n):
        await q.put((name, i))
        print("put", name, i, "size", q.qsize())
    print("producer", name, "done")


async def consumer(q, name, seen):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01)
        seen.append((name, item))
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    seen = []
    workers = [asyncio.create_task(consumer(q, "w%d" % i, seen)) for i in range(2)]
    await asyncio.gather(producer(q, "p", 5), producer(q, "r", 2))
    await q.join()
    print(seen)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(q.empty(), q.full(), q.maxsize)
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    print(small.get_nowait())
    try:
        small.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        small.task_done()
        small.task_done()
    except ValueError as e:
        print("ValueError:", e)
    pq = asyncio.PriorityQueue()
    for v in (5, 1, 4, 2):
        pq.put_nowait(v)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for v in "abc":
        await lq.put(v)
    print([await lq.get() for _ in range(3)])


asyncio.run(main())
