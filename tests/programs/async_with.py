# async with: __aenter__/__aexit__, suppressing exceptions, and the protocol errors.
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None, exc)
        return self.suppress


class NoExit:
    async def __aenter__(self):
        return 1


class BadEnter:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        return False


async def main():
    async with Resource("a") as v:
        print("body", v)
    async with Resource("outer") as o, Resource("inner", suppress=True) as i:
        print("two", o, i)
        raise ValueError("swallowed")
    print("after suppress")
    try:
        async with Resource("b"):
            raise KeyError("kept")
    except KeyError as e:
        print("caught", repr(e))
    for bad in (NoExit(), 3, BadEnter()):
        try:
            async with bad:
                pass
        except TypeError as e:
            print("TypeError:", e)
    for n in range(3):
        async with Resource("loop" + str(n)):
            if n == 1:
                continue
            print("loop body", n)
    return "finished"


print(run(main()))
