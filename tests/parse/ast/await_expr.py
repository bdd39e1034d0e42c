async def f():
    await x
    await f()
    await a.b
    y = await z
    y = await a + await b
    y = -await x
    y = await x ** 2
    y = (await x) ** 2
    y = [await x for x in y]
    y = await (await x)
    return f(await x, key=await y)
    await x[0]
    await x.y.z()
