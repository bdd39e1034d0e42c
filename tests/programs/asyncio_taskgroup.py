# asyncio.TaskGroup: tasks awaited together, the first failure cancels the rest, errors as a group.
import asyncio
async def ok(n, d):
    await asyncio.sleep(d)
    print("ok", n)
    return n
async def bad(n, d):
    await asyncio.sleep(d)
    print("bad", n)
    raise ValueError(n)
async def slow(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow", n, "cancelled")
        raise
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1, 0.2))
        t2 = tg.create_task(ok(2, 0.1))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("a"))
            tg.create_task(bad(1, 0.1))
            tg.create_task(bad(2, 0.1))
            tg.create_task(ok(3, 0.05))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print("caught", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("b"))
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("body error", repr(eg))
    tg = asyncio.TaskGroup()
    co = ok(9, 0)
    try:
        tg.create_task(co)
    except RuntimeError as e:
        print("RuntimeError:", e.args[0].split(" ")[0])
    co.close()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(5, 0.1))
asyncio.run(main())
