def inner():
    raise KeyError("missing")
def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("wrapped") from e
try:
    outer()
except RuntimeError as e:
    print("caught", e, repr(e.__cause__))
def during():
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
try:
    during()
except IndexError as e:
    print("context", repr(e.__context__))
class MyErr(Exception):
    def __str__(self):
        return "my custom message"
print("before")
try:
    try:
        raise MyErr()
    except MyErr as e:
        raise ValueError("second") from e
finally:
    print("finally runs")
