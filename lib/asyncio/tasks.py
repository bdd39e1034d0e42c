"""Tasks (coroutines driven by the loop) and the functions over them: run, create_task,
sleep, gather, wait_for, wait, shield, as_completed, timeout."""

from . import events
from .exceptions import CancelledError, InvalidStateError
from .futures import Future, isfuture, _set_result_unless_cancelled

ALL_COMPLETED = "ALL_COMPLETED"
FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"

_task_counter = 0
_current_tasks = {}


def iscoroutine(obj):
    """Whether obj is a coroutine object."""
    return type(obj).__name__ == "coroutine"


def iscoroutinefunction(func):
    """Whether func is an `async def` function."""
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)


class Task(Future):
    """A coroutine run by the event loop, step by step, as a Future of its result."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        _task_counter += 1
        self._name = "Task-%d" % _task_counter if name is None else str(name)
        self._coro = coro
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        self._loop._tasks.append(self)

    def __repr__(self):
        return "<Task %s name=%r coro=<%s()>>" % (self._state.lower(), self._name, self._coro.__qualname__)

    def get_coro(self):
        """The task's coroutine."""
        return self._coro

    def get_name(self):
        """The task's name ("Task-N" unless given)."""
        return self._name

    def set_name(self, value):
        """Renames the task."""
        self._name = str(value)

    def set_result(self, result):
        """Not allowed on a task."""
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        """Not allowed on a task."""
        raise RuntimeError("Task does not support set_exception operation")

    def cancelling(self):
        """How many cancellation requests are pending."""
        return self._num_cancels_requested

    def uncancel(self):
        """Takes back one cancellation request; how many remain."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        """Requests cancellation: CancelledError is thrown into the coroutine."""
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _finish(self):
        """Forgets a finished task."""
        if self in self._loop._tasks:
            self._loop._tasks.remove(self)

    def _step(self, exc=None):
        """Runs the coroutine up to its next suspension."""
        if self.done():
            raise InvalidStateError("_step(): already done: %r, %r" % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            self._finish()
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._finish()
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._finish()
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            self._finish()
            Future.set_exception(self, error)
        else:
            self._handle_yield(result)
        finally:
            _current_tasks.pop(self._loop, None)

    def _handle_yield(self, result):
        """What the coroutine yielded: a future to wait for, or None (yield once)."""
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if result.get_loop() is not self._loop:
                err = RuntimeError("Task %r got Future %r attached to a different loop" % (self, result))
                self._loop.call_soon(self._step, err)
            elif blocking:
                if result is self:
                    self._loop.call_soon(self._step, RuntimeError("Task cannot await on itself: %r" % (self,)))
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                err = RuntimeError("yield was used instead of yield from in task %r with %r" % (self, result))
                self._loop.call_soon(self._step, err)
        elif result is None:
            self._loop.call_soon(self._step)
        else:
            self._loop.call_soon(self._step, RuntimeError("Task got bad yield: %r" % (result,)))

    def _wakeup(self, future):
        """The awaited future is done: resume with its result or exception."""
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def current_task(loop=None):
    """The task running now (None outside tasks)."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of the loop's tasks not yet done."""
    if loop is None:
        loop = events.get_running_loop()
    return set(t for t in loop._tasks if not t.done())


def ensure_future(obj, *, loop=None):
    """A future as it is, a coroutine wrapped in a task, an awaitable made a task."""
    if isfuture(obj):
        if loop is not None and loop is not obj.get_loop():
            raise ValueError("The future belongs to a different loop than the one specified as the loop argument")
        return obj
    if iscoroutine(obj):
        if loop is None:
            loop = events.get_event_loop()
        return loop.create_task(obj)
    if hasattr(type(obj), "__await__"):
        async def _wrap():
            return await obj
        return ensure_future(_wrap(), loop=loop)
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


def create_task(coro, *, name=None, context=None):
    """Schedules the coroutine as a task of the running loop."""
    loop = events.get_running_loop()
    return loop.create_task(coro, name=name)


class _Yield:
    """An awaitable that gives the loop one turn (sleep(0))."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspends the task for `delay` seconds of the loop's clock; returns result."""
    if delay <= 0:
        await _Yield()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    """gather()'s future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        """Cancels every child not yet done."""
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of results of the awaitables, in their order."""
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer
    children = []
    arg_to_fut = {}
    loop = None
    nfinished = 0
    outer = None

    def _done_callback(fut):
        """One child is done: fail fast, or finish with every result."""
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    res = CancelledError("" if child._cancel_message is None else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        key = id(arg)
        if key not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._log_destroy_pending = False
            arg_to_fut[key] = (fut, arg)
        children.append(arg_to_fut[key][0])
    nfuts = len(arg_to_fut)
    seen = set()
    for child in children:
        if id(child) not in seen:
            seen.add(id(child))
            child.add_done_callback(_done_callback)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _release_waiter(waiter, *args):
    """Wakes up wait_for()'s waiter."""
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    """Cancels fut and waits until it is done."""
    loop = events.get_running_loop()
    waiter = loop.create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """The result of fut, or TimeoutError (fut cancelled) after `timeout` seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures/tasks in fs; returns (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: %s" % (return_when,))
    loop = events.get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        """One more is done: wake the waiter when the condition holds."""
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def shield(arg):
    """A future of arg's result that cancelling does not pass on to arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done(inner):
        """Copies inner's outcome to outer."""
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done(outer):
        """outer was cancelled: stop copying."""
        if not inner.done():
            inner.remove_done_callback(_inner_done)

    inner.add_done_callback(_inner_done)
    outer.add_done_callback(_outer_done)
    return outer


def as_completed(fs, *, timeout=None):
    """Coroutines giving the results of fs in the order they complete."""
    loop = events.get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in set(fs)]
    done = []
    waiters = []

    def _on_completion(f):
        """One is done: hand it to the next waiting coroutine."""
        todo.remove(f)
        done.append(f)
        if waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)

    async def _wait_for_one():
        """The result of the next future to complete."""
        if not done:
            w = loop.create_future()
            waiters.append(w)
            await w
        return done.pop(0).result()

    for f in todo:
        f.add_done_callback(_on_completion)
    for _ in range(len(todo)):
        yield _wait_for_one()


def run(main, *, debug=None):
    """Runs the coroutine in a new event loop, cancels what is left, closes the loop."""
    if events._get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = events.new_event_loop()
    events.set_event_loop(loop)
    try:
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            events.set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    """Cancels the loop's remaining tasks and lets them finish."""
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))


class Timeout:
    """asyncio.timeout(): cancels the task at a deadline; TimeoutError at the exit."""

    def __init__(self, when):
        self._when = when
        self._state = "created"
        self._handler = None
        self._task = None
        self._cancelling = 0

    def when(self):
        """The deadline (loop time) or None."""
        return self._when

    def reschedule(self, when):
        """Moves the deadline."""
        self._when = when
        if self._handler is not None:
            self._handler.cancel()
            self._handler = None
        if when is not None:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._handler = loop.call_soon(self._on_timeout)
            else:
                self._handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Whether the deadline passed."""
        return self._state in ("expiring", "expired")

    async def __aenter__(self):
        self._state = "entered"
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handler is not None:
            self._handler.cancel()
            self._handler = None
        if self._state == "expiring":
            self._state = "expired"
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == "entered":
            self._state = "exited"
        return None

    def _on_timeout(self):
        """The deadline: cancel the task."""
        self._task.cancel()
        self._state = "expiring"
        self._handler = None


def timeout(delay):
    """A context manager that raises TimeoutError if its body runs past delay seconds."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)
