def read(path):
    with open(path) as f:
        yield from f

def counter(start):
    count = start
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump

async def fetch(session, url):
    async with session.get(url) as r:
        return await r.text()
