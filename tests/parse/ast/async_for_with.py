async def f():
    async for x in y:
        pass
    async for x in y:
        pass
    else:
        done()
    async for a, b in c:
        await d
    async with a:
        pass
    async with a as b:
        pass
    async with a as b, c as d:
        pass
    async with (a as b, c as d):
        pass
    async with (a, b):
        pass
