async def f():
    pass
async def g(a, b=1, *args, c, **kw) -> int:
    await x
    return await y
@decorator
async def h():
    await asyncio.sleep(0)
class C:
    async def method(self):
        result = await self.other()
        return result
async def nested():
    async def inner():
        await z
    def sync():
        pass
