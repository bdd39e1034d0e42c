# Task.cancel: CancelledError inside the task, cleanup in finally, cancelled() state.
import asyncio


async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(10)
        print(name, "woke up")
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise
    finally:
        print(name, "cleanup")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    return "survived"


async def main():
    t = asyncio.create_task(sleeper("t1"))
    await asyncio.sleep(0.1)
    print("cancel returns", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print(t.cancelled(), t.done(), t.cancel())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    early = asyncio.create_task(sleeper("never-started"))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before running")
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    leftover = asyncio.create_task(sleeper("leftover"))
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")
