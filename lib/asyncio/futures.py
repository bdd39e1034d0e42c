"""Future: a result that will be set later, with callbacks and cancellation."""

from . import events
from .exceptions import CancelledError, InvalidStateError

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    """Whether obj is a Future (or looks like one)."""
    return getattr(type(obj), "_asyncio_future_blocking", None) is not None and obj._asyncio_future_blocking is not None


class Future:
    """A value or exception set later; awaiting it waits until it is done."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else events.get_event_loop()
        self._callbacks = []

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                state += " exception=" + repr(self._exception)
            else:
                state += " result=" + repr(self._result)
        return "<%s %s>" % (type(self).__name__, state)

    def get_loop(self):
        """The loop the future belongs to."""
        return self._loop

    def _make_cancelled_error(self):
        """The CancelledError to raise for a cancelled future."""
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        exc = CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        """Cancels the future (if still pending) and schedules its callbacks."""
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        """Schedules every done callback (in the order they were added)."""
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        """Whether the future was cancelled."""
        return self._state == _CANCELLED

    def done(self):
        """Whether the future has a result, an exception, or was cancelled."""
        return self._state != _PENDING

    def result(self):
        """The result; raises the exception set, CancelledError, or InvalidStateError."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        """The exception set (None if a result was set)."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Calls fn(future) once done (scheduled at once if already done)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        """Removes every registration of fn; returns how many there were."""
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        """Sets the result and schedules the callbacks."""
        if self._state != _PENDING:
            raise InvalidStateError("%s: %r" % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        """Sets the exception and schedules the callbacks."""
        if self._state != _PENDING:
            raise InvalidStateError("%s: %r" % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        """Suspends the awaiting task until the future is done; its result."""
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    """Sets fut's result unless it was cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)
