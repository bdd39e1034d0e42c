# time: the clocks advance, have the right types, and sleep waits.
import time

t0, n0 = time.time(), time.time_ns()
print(type(t0).__name__, type(n0).__name__, t0 > 1.6e9, n0 > 1.6e18)
print(abs(t0 - n0 / 1e9) < 5)

p0, m0 = time.perf_counter(), time.monotonic()
pn0, mn0 = time.perf_counter_ns(), time.monotonic_ns()
time.sleep(0.02)
p1, m1 = time.perf_counter(), time.monotonic()
pn1, mn1 = time.perf_counter_ns(), time.monotonic_ns()
print("perf_counter waited", 0.015 <= p1 - p0 < 2, 15_000_000 <= pn1 - pn0 < 2_000_000_000)
print("monotonic waited", 0.015 <= m1 - m0 < 2, 15_000_000 <= mn1 - mn0 < 2_000_000_000)

c0 = time.process_time()
total = 0
for i in range(200000):
    total += i * i
c1 = time.process_time()
print("process_time", c1 >= c0, type(time.process_time_ns()).__name__, total)
print("thread_time", time.thread_time() >= 0, time.thread_time_ns() >= 0)

time.sleep(0)
time.sleep(1e-3)
time.sleep(False)
print("sleep returns", time.sleep(0))

readings = [time.monotonic() for _ in range(100)]
print("monotonic never goes back", all(a <= b for a, b in zip(readings, readings[1:])))

print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1, type(time.clock_gettime_ns(1)).__name__)
print(time.clock_getres(time.CLOCK_MONOTONIC), time.tzset())

def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("sleep(-1)", time.sleep, -1)
attempt("sleep('a')", time.sleep, "a")
attempt("sleep()", time.sleep)
attempt("sleep(nan)", time.sleep, float("nan"))
attempt("time(1)", time.time, 1)
attempt("perf_counter(1)", time.perf_counter, 1)
attempt("clock_gettime()", time.clock_gettime)
attempt("clock_gettime('a')", time.clock_gettime, "a")
attempt("clock_gettime(999)", time.clock_gettime, 999)
attempt("clock_gettime_ns(1.5)", time.clock_gettime_ns, 1.5)
attempt("tzset(1)", time.tzset, 1)
