# counter_mod: counts how often its body ran (importlib.reload runs it again in the
# same module object, where _count survives).
try:
    _count += 1
except NameError:
    _count = 1
STATE = "fresh"


def loads():
    return _count
