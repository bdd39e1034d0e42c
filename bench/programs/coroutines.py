# bench: plain coroutine objects, no event loop: a recursive `async def` Fibonacci whose
# leaves await a hand-written awaitable that suspends, driven from outside by send();
# prints the results and how many times the chain suspended
FIB_N, ROUNDS = 23, 12


class Suspend:
    # an awaitable that suspends the whole await chain once, handing out `tag`
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        reply = yield self.tag
        return reply


async def fibonacci(n):
    # suspends once at every leaf; the driver's reply is the leaf's value
    if n <= 1:
        return await Suspend(n)
    return await fibonacci(n - 1) + await fibonacci(n - 2)


def drive(coro):
    # sends each suspension's tag back as its value until the coroutine returns
    suspensions = 0
    value = None
    while True:
        try:
            value = coro.send(value)
        except StopIteration as stop:
            return stop.value, suspensions
        suspensions += 1


for r in range(ROUNDS):
    print(drive(fibonacci(FIB_N + r % 3)))
