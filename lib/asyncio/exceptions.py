"""The exceptions of asyncio (TimeoutError is the built-in one, as in Python 3.11)."""

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The Task or Future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state of the Future."""


class QueueEmpty(Exception):
    """get_nowait() on an empty Queue."""


class QueueFull(Exception):
    """put_nowait() on a full Queue."""
