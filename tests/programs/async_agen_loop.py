# Async generators and async comprehensions driven by asyncio, with timers in between.
import asyncio


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks", delay, "closed")


async def merge(*gens):
    out = []

    async def drain(g):
        async for v in g:
            out.append(v)

    await asyncio.gather(*(drain(g) for g in gens))
    return out


async def main():
    print([v async for v in ticks(3, 0.1)])
    print(await merge(ticks(3, 0.1), ticks(2, 0.17)))
    g = ticks(10, 0.01)
    async for v in g:
        if v == 2:
            break
    await g.aclose()
    print({v: v * v async for v in ticks(3, 0)})
    total = 0
    async with asyncio.timeout(1):
        async for v in ticks(4, 0.2):
            total += v
    print("total", total)


asyncio.run(main())
