# time: localtime, mktime and ctime agree with each other (whatever the time zone).
import time

for ts in [0, 86400 * 365, 1234567890, 1700000000, 2**31 - 1]:
    lt = time.localtime(ts)
    back = time.mktime(lt)
    print(ts, back == ts, type(back).__name__, len(lt), lt.tm_gmtoff == -(time.altzone if lt.tm_isdst > 0 else time.timezone))
    print("  ctime is asctime of localtime:", time.ctime(ts) == time.asctime(lt))

lt = time.localtime(1234567890.9)
print(time.mktime(lt) == 1234567890, lt.tm_sec == time.gmtime(1234567890.9).tm_sec)
now = time.localtime()
print(type(now).__name__, 1970 < now.tm_year < 3000, 1 <= now.tm_mon <= 12, time.localtime(None)[0] == now[0])
print(abs(time.mktime(now) - time.time()) < 5, len(time.ctime()), len(time.ctime(None)))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, -1)) == time.mktime(time.localtime(time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, -1)))))
# mktime normalizes out-of-range fields
a = time.mktime((2020, 1, 32, 0, 0, 0, 0, 0, -1))
b = time.mktime((2020, 2, 1, 0, 0, 0, 0, 0, -1))
print("normalized", a == b)

print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname), all(isinstance(n, str) for n in time.tzname))
print(time.timezone % 60 == 0, -50400 <= time.timezone <= 50400)

def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("mktime(5)", time.mktime, 5)
attempt("mktime short", time.mktime, (1, 2, 3))
attempt("mktime()", time.mktime)
attempt("ctime('x')", time.ctime, "x")
attempt("ctime 2 args", time.ctime, 1, 2)
attempt("localtime 2 args", time.localtime, 1, 2)
attempt("localtime nan", time.localtime, float("nan"))
