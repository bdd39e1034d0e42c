async def f(session, urls):
    async with session as s:
        async for chunk in s.stream():
            await s.write(chunk)
    return [await g(u) async for u in urls]
async def gen():
    yield 1
