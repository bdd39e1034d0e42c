# asyncio.gather: order of results, return_exceptions, the first error propagating.
import asyncio


async def job(n, fail=False):
    await asyncio.sleep(0.01 * (5 - n))
    print("job", n, "finishing")
    if fail:
        raise ValueError("job %d failed" % n)
    return n * n


async def main():
    print(await asyncio.gather(*(job(i) for i in range(5))))
    results = await asyncio.gather(job(1), job(2, fail=True), job(3), return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.gather(job(1), job(4, fail=True))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(1)
    print(await asyncio.gather())
    t = asyncio.create_task(job(0))
    same = await asyncio.gather(t, t)
    print(same)

    async def never():
        await asyncio.sleep(100)

    g = asyncio.gather(never(), never())
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())


asyncio.run(main())
