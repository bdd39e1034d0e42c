# asyncio.wait_for and asyncio.timeout: results in time, TimeoutError and cancellation.
import asyncio


async def slow(delay, value):
    try:
        await asyncio.sleep(delay)
        return value
    except asyncio.CancelledError:
        print("slow", value, "cancelled")
        raise


async def main():
    print(await asyncio.wait_for(slow(0.1, "fast"), timeout=1))
    try:
        await asyncio.wait_for(slow(2, "late"), timeout=0.5)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow(0.1, "no limit"), None))
    try:
        async with asyncio.timeout(0.2):
            await slow(1, "in timeout block")
    except TimeoutError:
        print("timeout block expired")
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0.1)
    print("expired?", cm.expired())
    try:
        await asyncio.wait_for(slow(1, "zero"), 0)
    except TimeoutError:
        print("zero timeout")
    task = asyncio.create_task(slow(0.3, "task"))
    done, pending = await asyncio.wait([task], timeout=0.1)
    print(len(done), len(pending))
    done, pending = await asyncio.wait([task])
    print(len(done), len(pending), task.result())


asyncio.run(main())
