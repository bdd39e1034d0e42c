# except* handlers that raise: the raised and the unhandled parts leave as one group.
import sys

print("start")
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
except* ValueError:
    print("handling", repr(sys.exception()))
    raise KeyError("x")
except* OSError as e:
    print("os", repr(e))
