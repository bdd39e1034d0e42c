import asyncio


async def fetch(session, url, *, retries=3):
    for attempt in range(retries):
        try:
            async with session.get(url) as resp:
                if resp.status == 200:
                    return await resp.text()
        except* (ConnectionError, TimeoutError) as eg:
            await asyncio.sleep(2 ** attempt)
    raise RuntimeError(f"giving up on {url!r}")


async def crawl(urls):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(None, u)) for u in urls]
    results = {t.get_name(): t.result() async for t in aiter_(tasks)}
    return results


async def gen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)


async def consume():
    total = 0
    async for value in gen():
        total += value
    return [v async for v in gen() if v % 2 == 0], total
