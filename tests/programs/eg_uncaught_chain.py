# An exception group raised from another exception, with nested groups and many members.
class AppError(Exception):
    pass


def collect():
    errors = [ValueError(i) for i in range(17)]
    errors.append(ExceptionGroup("nested", [TypeError("deep"), ExceptionGroup("deeper", [KeyError(1)])]))
    return errors


try:
    raise AppError("setup failed")
except AppError as e:
    print("raising group")
    raise ExceptionGroup("grp", collect()) from e
