# SystemExit with a string: the string goes to stderr and the exit status is 1
try:
    raise SystemExit(0)
except SystemExit as e:
    print('caught SystemExit', e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    raise SystemExit
except BaseException as e:
    print('caught again', type(e).__name__, e.code)
print('now exiting')
raise SystemExit('fatal: giving up')
