# An exception escaping asyncio.run: the program ends with it (its last line checked).
import asyncio


async def fails(n):
    await asyncio.sleep(0.1 * n)
    raise KeyError("task %d" % n)


async def main():
    print("starting")
    results = await asyncio.gather(fails(1), fails(2), return_exceptions=True)
    print([repr(r) for r in results])
    await fails(3)
    print("not reached")


asyncio.run(main())
