# time: gmtime's struct_time (a tuple with named fields) and its constructor.
import time

t = time.gmtime(1700000000.7)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[:3], tuple(t))
print(type(t), type(t).__mro__, isinstance(t, tuple))
year, month, *rest = t
print(year, month, rest)

print(time.gmtime(0))
print(time.gmtime(-1))
print(time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0), time.gmtime(86400 * 366)[:3])
print(time.gmtime(951782400), time.gmtime(4102444800)[:6])   # leap day 2000, year 2100
for ts in [1e9, 2**31, 1234567890]:
    g = time.gmtime(ts)
    print(ts, g.tm_year, g.tm_yday, g.tm_wday)

s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, s.tm_gmtoff, s == (2020, 1, 2, 3, 4, 5, 6, 7, 0), hash(s) == hash(tuple(s)))
s2 = time.struct_time([2020, 1, 2, 3, 4, 5, 6, 7, 0, "UTC", 3600])
print(s2, s2.tm_zone, s2.tm_gmtoff, len(s2), s2 < (2021,))
print(sorted([time.gmtime(100), time.gmtime(50)])[0].tm_sec, max(time.gmtime(0)))

def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("short", time.struct_time, (1, 2))
attempt("long", time.struct_time, tuple(range(12)))
attempt("not a sequence", time.struct_time, 5)
attempt("gmtime('a')", time.gmtime, "a")
attempt("gmtime(1e300)", time.gmtime, 1e300)
attempt("gmtime(nan)", time.gmtime, float("nan"))
attempt("gmtime(1, 2)", time.gmtime, 1, 2)
attempt("field set", setattr, t, "tm_year", 1)
