if True and not False or None:
    lambda x: x
async def f():
    await g()
match x:
    case _:
        pass
yield from z
