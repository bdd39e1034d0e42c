# peek_main: imports __main__ (the running script) and reads a name from it.
import __main__

SEEN = __main__.MARK
RUNS = getattr(__main__, "RUNS", 0) + 1
__main__.RUNS = RUNS
