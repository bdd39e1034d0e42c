# imppkg_errors.deep_raise: raises from a function called by the module's body.
def check(n):
    if n > 2:
        raise KeyError("too deep: " + str(n))
    return check(n + 1)


check(0)
