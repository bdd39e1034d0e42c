# time: strftime, asctime and their checks of the time tuple.
import time

t = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%a %A %b %B %j %p %y %% %Z %w %U %e", t))
print(time.strftime("%c | %x | %X | %D | %R | %T", t))
print(time.strftime("", t) == "", time.strftime("plain text", t), time.strftime("%Y" * 20, t)[:12])
print(time.strftime("%Y-%m-%d", (2020, 2, 29, 0, 0, 0, 5, 60, 0)))
print(time.strftime("%Y %m %d %j", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%H:%M:%S", (2000, 1, 1, 23, 59, 61, 0, 1, 0)))
print(time.strftime("héllo %Y wörld", t))
print(time.asctime(t))
print(time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.asctime(time.gmtime(0)), "|", time.asctime((5, 7, 4, 1, 2, 3, 6, 1, 0)))
print(len(time.asctime()), len(time.ctime()), time.strftime("%Y") == time.strftime("%Y", time.localtime()))

def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("short tuple", time.strftime, "%Y", (1, 2, 3))
attempt("not a tuple", time.strftime, "%Y", 5)
attempt("format int", time.strftime, 5)
attempt("month 13", time.strftime, "%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
attempt("day 32", time.strftime, "%Y", (2020, 1, 32, 0, 0, 0, 0, 1, 0))
attempt("hour 24", time.strftime, "%Y", (2020, 1, 1, 24, 0, 0, 0, 1, 0))
attempt("minute 60", time.strftime, "%Y", (2020, 1, 1, 0, 60, 0, 0, 1, 0))
attempt("second 62", time.strftime, "%Y", (2020, 1, 1, 0, 0, 62, 0, 1, 0))
attempt("weekday -2", time.strftime, "%Y", (2020, 1, 1, 0, 0, 0, -2, 1, 0))
attempt("yday 367", time.strftime, "%Y", (2020, 1, 1, 0, 0, 0, 0, 367, 0))
attempt("str item", time.strftime, "%Y", (2020, 1, 1, 0, 0, 0, 0, 1, "x"))
attempt("float item", time.strftime, "%Y", (2020.0, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("strftime()", time.strftime)
attempt("strftime 3 args", time.strftime, "a", 1, 2)
attempt("asctime short", time.asctime, (1,))
attempt("asctime 2 args", time.asctime, 1, 2)
