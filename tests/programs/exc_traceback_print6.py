# An exception whose __context__ is set by hand: printed with the
# "During handling" separator, since __suppress_context__ is False.
# (Only the last line is compared by the harness.)
try:
    raise ValueError("one")
except ValueError as e:
    e.__suppress_context__ = False
    err = KeyError("two")
    err.__context__ = e
    raise err
