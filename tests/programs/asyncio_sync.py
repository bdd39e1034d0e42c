# asyncio.Event, Lock and Semaphore between tasks.
import asyncio


async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "released")


async def locked_work(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.01)
        log.append(name + " out")


async def limited(sem, name, log):
    async with sem:
        log.append(name)
        await asyncio.sleep(0.1)


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("a", "b")]
    await asyncio.sleep(0.1)
    print("is_set", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print(await event.wait())
    event.clear()
    print("cleared", event.is_set())
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked_work(lock, n, log) for n in "xyz"))
    print(log)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    print(lock.locked())
    lock.release()
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(limited(sem, "s%d" % i, log) for i in range(5)))
    print(log, sem.locked())
    cond = asyncio.Condition()
    items = []

    async def consume():
        async with cond:
            await cond.wait_for(lambda: items)
            print("condition item", items.pop())

    c = asyncio.create_task(consume())
    await asyncio.sleep(0)
    async with cond:
        items.append("ready")
        cond.notify()
    await c


asyncio.run(main())
