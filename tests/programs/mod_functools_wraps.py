# functools.wraps / update_wrapper: copied metadata, __wrapped__, custom attribute lists.
import functools


def logged(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return inner


@logged
def greet(name, punct="!"):
    "Say hello."
    return "hello " + name + punct


greet.tag = "v1"
print(greet("bob"), greet("amy", punct="?"))
print(greet.__name__, greet.__doc__, greet.__qualname__, greet.__wrapped__.__name__)
print(greet.__module__, greet.tag)


def source():
    "source doc"


source.extra = {"k": 1}


def target():
    pass


r = functools.update_wrapper(target, source)
print(r is target, target.__name__, target.__doc__, target.extra, target.__wrapped__ is source)


def t2():
    pass


functools.update_wrapper(t2, source, assigned=("__doc__",), updated=())
print(t2.__name__, t2.__doc__, hasattr(t2, "extra"), t2.__wrapped__ is source)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


class Plain:
    pass


def wrapper():
    pass


functools.update_wrapper(wrapper, Plain())
print(wrapper.__name__, wrapper.__wrapped__.__class__.__name__)


def counted(fn):
    @functools.wraps(fn)
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner


@counted
def double(x):
    return 2 * x


print(double(2), double(3), double.calls, double.__name__)
