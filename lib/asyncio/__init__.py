"""asyncio for peppy: an event loop with a virtual clock, futures, tasks and the usual
synchronisation primitives, written for this project (not CPython's code). Programs see
the same order of events as under CPython's asyncio; time advances only when every
task waits, straight to the next timer (asyncio.sleep(10) returns at once), plus a
microsecond of lateness per wake-up, as a real clock has."""

from .exceptions import CancelledError, InvalidStateError, TimeoutError, QueueEmpty, QueueFull
from .events import (AbstractEventLoop, EventLoop, Handle, TimerHandle, get_event_loop, get_running_loop,
                     new_event_loop, set_event_loop, _get_running_loop)
from .futures import Future, isfuture
from .tasks import (Task, all_tasks, as_completed, create_task, current_task, ensure_future, gather,
                    iscoroutine, iscoroutinefunction, run, shield, sleep, wait, wait_for, timeout, Timeout,
                    ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION)
from .locks import Condition, Event, Lock, Semaphore, BoundedSemaphore
from .queues import Queue, LifoQueue, PriorityQueue
from .taskgroups import TaskGroup
