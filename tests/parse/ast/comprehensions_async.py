async def f():
    [x async for x in y]
    {x async for x in y}
    {k: v async for k, v in y}
    (x async for x in y)
    [x async for x in y if x]
    [x for x in y async for z in x]
    [x async for x in y for z in x]
    [await x for x in y]
    [x for x in y if await x]
    [x async for x in y async for z in x]
    [x for x in await y]
    g = (await x async for x in y)
