"""TaskGroup (Python 3.11): tasks started in an `async with` block are all awaited at its
end; the first failure cancels the others and the parent, and the failures leave the
block together as a BaseExceptionGroup("unhandled errors in a TaskGroup", [...])."""

from . import events
from .exceptions import CancelledError
from .tasks import current_task


def _is_fatal(exc):
    """SystemExit and KeyboardInterrupt leave the group as themselves."""
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """A group of tasks awaited together at the end of `async with`."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        return "<TaskGroup tasks=%d errors=%d%s>" % (len(self._tasks), len(self._errors or ()),
                                                     " cancelling" if self._aborting else "")

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup %r has been already entered" % (self,))
        self._entered = True
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError("TaskGroup %r cannot determine the parent task" % (self,))
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _is_fatal(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancel = exc if et is CancelledError else None
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            propagate_cancel = None
        if et is not None and not self._aborting:
            self._abort()
        # Wait for every task (the wait itself may be cancelled more than once).
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as cancelled:
                if not self._aborting:
                    propagate_cancel = cancelled
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancel and not self._errors:
            raise propagate_cancel
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None

    def create_task(self, coro, *, name=None, context=None):
        """Starts coro as a task of the group."""
        if not self._entered:
            raise RuntimeError("TaskGroup %r has not been entered" % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError("TaskGroup %r is finished" % (self,))
        if self._aborting:
            raise RuntimeError("TaskGroup %r is shutting down" % (self,))
        task = self._loop.create_task(coro)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks.append(task)
        return task

    def _abort(self):
        """Cancels every task not done."""
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        """A task ended: record its error; the first error aborts the group."""
        if task in self._tasks:
            self._tasks.remove(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _is_fatal(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({"message": "Task %r has errored out but its parent task %r is "
                                               "already completed" % (task, self._parent_task),
                                               "exception": exc, "task": task})
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Stop what the parent runs inside the block; __aexit__ takes the
            # cancellation back.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
