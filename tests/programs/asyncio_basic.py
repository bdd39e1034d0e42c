# asyncio.run, create_task, sleep ordering, Task result/done, get_running_loop.
import asyncio


async def worker(name, delay, log):
    log.append(name + " start")
    await asyncio.sleep(delay)
    log.append(name + " end")
    return name.upper()


async def main():
    log = []
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    t1 = asyncio.create_task(worker("a", 0.3, log))
    t2 = asyncio.create_task(worker("b", 0.1, log))
    t3 = asyncio.create_task(worker("c", 0.2, log), name="third")
    print(t1.done(), t3.get_name())
    print(await t1, await t2, await t3)
    print(log)
    print(t1.done(), t1.result(), t2.cancelled())
    co = worker("x", 0, [])
    print(asyncio.current_task() is not None, asyncio.iscoroutine(co), asyncio.iscoroutine(worker))
    co.close()
    await asyncio.sleep(0)
    r = await asyncio.sleep(0.5, result="slept")
    print(r)
    return "main result"


print(asyncio.run(main()))


async def ticker(n, label):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)


async def interleave():
    await asyncio.gather(ticker(3, "x"), ticker(2, "y"))


asyncio.run(interleave())
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
