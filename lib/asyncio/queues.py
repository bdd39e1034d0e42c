"""Queues for tasks: FIFO Queue, LifoQueue, PriorityQueue, with task_done()/join()."""

from . import events
from .exceptions import QueueEmpty, QueueFull
from .locks import Event
from .events import _heap_push, _heap_pop


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        """Makes the storage."""
        self._queue = []

    def _get(self):
        """Takes the next item from the storage."""
        return self._queue.pop(0)

    def _put(self, item):
        """Adds an item to the storage."""
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        """Wakes the first waiter not done."""
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return "<%s maxsize=%r>" % (type(self).__name__, self._maxsize)

    def qsize(self):
        """Number of items in the queue."""
        return len(self._queue)

    @property
    def maxsize(self):
        """The most items the queue holds (0: no limit)."""
        return self._maxsize

    def empty(self):
        """Whether the queue is empty."""
        return not self._queue

    def full(self):
        """Whether the queue holds maxsize items."""
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Adds an item, waiting while the queue is full."""
        while self.full():
            putter = events.get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Adds an item at once; QueueFull if full."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Removes and returns an item, waiting while the queue is empty."""
        while self.empty():
            getter = events.get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        """Removes and returns an item at once; QueueEmpty if empty."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Marks one item taken with get() as processed."""
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Waits until every item put was marked done."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A queue giving the smallest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heap_push(self._queue, item)

    def _get(self):
        return _heap_pop(self._queue)


class LifoQueue(Queue):
    """A queue giving the last item put first."""

    def _get(self):
        return self._queue.pop()
