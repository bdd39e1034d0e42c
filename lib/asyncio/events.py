"""The event loop: a FIFO of ready callbacks and a heap of timers over a virtual clock."""

_running_loop = None
_event_loop = None


def _heap_push(heap, item):
    """Adds item to the binary min-heap `heap` (a list)."""
    heap.append(item)
    pos = len(heap) - 1
    while pos > 0:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _heap_pop(heap):
    """Removes and returns the smallest item of the heap."""
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    pos = 0
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < last:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = last
    return top


class Handle:
    """A callback with its arguments, scheduled on a loop; cancel() keeps it from running."""

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        """Keeps the callback from running."""
        self._cancelled = True
        self._callback = None
        self._args = None

    def cancelled(self):
        """Whether cancel() was called."""
        return self._cancelled

    def _run(self):
        """Runs the callback; an exception goes to the loop's exception handler."""
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({"message": "Exception in callback", "exception": exc, "handle": self})

    def __repr__(self):
        return "<%s%s>" % (type(self).__name__, " cancelled" if self._cancelled else "")


class TimerHandle(Handle):
    """A Handle due at a time of the loop's clock; ordered by (time, scheduling order)."""

    def __init__(self, when, seq, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._seq = seq
        self._scheduled = False

    def __lt__(self, other):
        """Earlier first; among equal times, the one scheduled first."""
        if self._when != other._when:
            return self._when < other._when
        return self._seq < other._seq

    def when(self):
        """The time the callback is due."""
        return self._when

    def cancel(self):
        """Keeps the callback from running (the loop drops it from its heap later)."""
        if not self._cancelled:
            self._loop._timer_cancelled_count += 1
        super().cancel()


class AbstractEventLoop:
    """The base class of event loops."""


class EventLoop(AbstractEventLoop):
    """An event loop: ready callbacks run in order, timers when the clock reaches them."""

    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._clock = 0.0
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._timer_cancelled_count = 0
        self._tasks = []
        self._exception_handler = None
        self._debug = False

    def time(self):
        """The loop's (virtual) clock, in seconds."""
        return self._clock

    def call_soon(self, callback, *args, context=None):
        """Runs callback(*args) in a later iteration of the loop, after those already ready."""
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        """Runs callback(*args) after `delay` seconds."""
        return self.call_at(self._clock + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Runs callback(*args) when the clock reaches `when`."""
        self._check_closed()
        self._seq += 1
        timer = TimerHandle(when, self._seq, callback, args, self, context)
        _heap_push(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def create_future(self):
        """A new Future of this loop."""
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Wraps a coroutine in a Task that starts on the next iteration."""
        self._check_closed()
        from .tasks import Task
        return Task(coro, loop=self, name=name)

    def _check_closed(self):
        """RuntimeError once the loop is closed."""
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def is_running(self):
        """Whether the loop is running."""
        return _running_loop is self

    def is_closed(self):
        """Whether close() was called."""
        return self._closed

    def stop(self):
        """Stops the loop after the current iteration."""
        self._stopping = True

    def close(self):
        """Closes the loop (it must not be running)."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def run_forever(self):
        """Runs iterations until stop() is called."""
        global _running_loop
        self._check_closed()
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if _running_loop is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            _running_loop = None

    def run_until_complete(self, future):
        """Runs the loop until the future (or coroutine, made a task) is done; its result."""
        self._check_closed()
        from .tasks import ensure_future
        from .futures import isfuture
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop_cb)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_stop_loop_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    async def shutdown_asyncgens(self):
        """Nothing to do: async generators are not tracked."""

    async def shutdown_default_executor(self):
        """Nothing to do: there is no executor."""

    def _run_once(self):
        """One iteration: due timers become ready, then the ready callbacks run."""
        scheduled = self._scheduled
        if len(scheduled) > 100 and self._timer_cancelled_count * 2 > len(scheduled):
            kept = [h for h in scheduled if not h._cancelled]
            scheduled.clear()
            for h in kept:
                _heap_push(scheduled, h)
            self._timer_cancelled_count = 0
        while scheduled and scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            _heap_pop(scheduled)._scheduled = False
        if not self._ready and not self._stopping and scheduled:
            # Nothing else can happen before the next timer: the clock jumps to it, and a
            # microsecond past it, as a real loop wakes up a little late (so timers due at
            # the same ideal time fire in the order a real clock gives them).
            if scheduled[0]._when > self._clock:
                self._clock = scheduled[0]._when + 1e-06
        end_time = self._clock + 1e-09
        while scheduled:
            if scheduled[0]._when >= end_time:
                break
            handle = _heap_pop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        if not self._ready and not scheduled and not self._stopping:
            raise RuntimeError("peppy asyncio: every task waits and no timer is pending (deadlock)")
        ntodo = len(self._ready)
        todo = self._ready[:ntodo]
        del self._ready[:ntodo]
        for handle in todo:
            if not handle._cancelled:
                handle._run()

    def set_exception_handler(self, handler):
        """Sets the handler of errors in callbacks (None: the default one)."""
        self._exception_handler = handler

    def get_exception_handler(self):
        """The exception handler set, or None."""
        return self._exception_handler

    def default_exception_handler(self, context):
        """Writes the error's message to stderr, as CPython's logger does."""
        import sys
        msg = context.get("message") or "Unhandled exception in event loop"
        exc = context.get("exception")
        sys.stderr.write(msg + ("\n%s: %s\n" % (type(exc).__name__, exc) if exc is not None else "\n"))

    def call_exception_handler(self, context):
        """Calls the exception handler with the context dict."""
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def get_debug(self):
        """The debug flag."""
        return self._debug

    def set_debug(self, enabled):
        """Sets the debug flag (it changes nothing here)."""
        self._debug = enabled


def _stop_loop_cb(fut):
    """Stops the future's loop (run_until_complete's callback)."""
    fut.get_loop().stop()


def _get_running_loop():
    """The running loop, or None."""
    return _running_loop


def get_running_loop():
    """The running loop; RuntimeError outside one."""
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    """The running loop, else the current one (made on first use)."""
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = EventLoop()
    return _event_loop


def set_event_loop(loop):
    """Makes loop the current one."""
    global _event_loop
    _event_loop = loop


def new_event_loop():
    """A new event loop."""
    return EventLoop()
