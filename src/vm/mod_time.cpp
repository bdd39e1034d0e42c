// mod_time.cpp: the time module (built into the VM): the clocks (time, perf_counter,
// monotonic, process_time, thread_time and their _ns forms), sleep, the struct_time type
// (a tuple subclass with named fields, tm_zone and tm_gmtoff), gmtime, localtime,
// mktime, strftime, asctime, ctime and the time zone constants, with CPython's checks
// and messages.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <regex>
#include <string>
#include <vector>

#include "objects/core.hpp"
#include "vm/modules.hpp"
#include "vm/modutil.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

// ---------------------------------------------------------------- struct_time
// A struct_time: a 9-item tuple with two more fields kept outside the items.
struct StructTime : Tuple {
  Value zone;    // owned; null means None
  Value gmtoff;  // owned; null means None
};

Type g_struct_time;

const char* const kFields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",
                               "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};

// A struct_time from 9 items (stolen) and the zone and offset (stolen, may be null).
Value make_struct_time(const Value* items, Value zone, Value gmtoff) {
  Value list = make_list(9);
  for (int k = 0; k < 9; ++k) as_list(list)->items[k] = items[k];
  Value t = TupleType->new_fn(&g_struct_time, &list, 1, nullptr);
  decref(list);
  if (!t) {
    xdecref(zone), xdecref(gmtoff);
    return t;
  }
  static_cast<StructTime*>(t.obj())->zone = zone;
  static_cast<StructTime*>(t.obj())->gmtoff = gmtoff;
  return t;
}

// time.struct_time(sequence): 9 to 11 items (the last two are tm_zone and tm_gmtoff).
Value struct_time_new(Type*, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"sequence", "dict"};
  Value a[2];
  if (!parse_args("struct_time", args, nargs, kw, names, 2, 1, a)) return Value();
  Type* st = type_of(a[0]);
  if (!st->getitem || is_dict(a[0])) return raise(TypeErrorType, "constructor requires a sequence");
  Value seq = tuple_from_iterable(a[0]);
  if (!seq) return seq;
  std::size_t n = as_tuple(seq)->length;
  if (n < 9 || n > 11) {
    decref(seq);
    return raise(TypeErrorType, std::string("time.struct_time() takes an ") + (n < 9 ? "at least 9" : "at most 11") +
                                    "-sequence (" + std::to_string(n) + "-sequence given)");
  }
  Value items[9];
  for (int k = 0; k < 9; ++k) items[k] = newref(as_tuple(seq)->items[k]);
  Value zone = n > 9 ? newref(as_tuple(seq)->items[9]) : Value();
  Value off = n > 10 ? newref(as_tuple(seq)->items[10]) : Value();
  decref(seq);
  return make_struct_time(items, zone, off);
}

// Frees a struct_time.
void struct_time_dealloc(Object* o) {
  auto* s = static_cast<StructTime*>(o);
  xdecref(s->zone);
  xdecref(s->gmtoff);
  s->zone = s->gmtoff = Value();
  TupleType->dealloc(o);
}

// repr: time.struct_time(tm_year=2023, ..., tm_isdst=0)
Value struct_time_repr(Value self) {
  Tuple* t = as_tuple(self);
  std::string s = "time.struct_time(";
  for (std::size_t k = 0; k < 9 && k < t->length; ++k) {
    Value r = repr(t->items[k]);
    if (!r) return r;
    if (k) s += ", ";
    s += kFields[k];
    s += "=";
    s += str_utf8_ref(as_str(r));
    decref(r);
  }
  return make_str_utf8(s + ")");
}

// The named fields (tm_year ... tm_isdst), tm_zone and tm_gmtoff.
template <int K>
Value struct_time_field(Value self) {
  return newref(as_tuple(self)->items[K]);
}
// tm_zone (None when unknown)
Value struct_time_zone(Value self) {
  Value z = static_cast<StructTime*>(self.obj())->zone;
  return newref(z ? z : None());
}
// tm_gmtoff (None when unknown)
Value struct_time_gmtoff(Value self) {
  Value z = static_cast<StructTime*>(self.obj())->gmtoff;
  return newref(z ? z : None());
}

// Setting a field: struct_time's fields are read-only members.
int struct_time_readonly(Value, Value) {
  raise(AttributeErrorType, "readonly attribute");
  return -1;
}

// A struct_time from a C struct tm.
Value struct_time_from_tm(const std::tm& tm) {
  Value items[9] = {make_int(tm.tm_year + 1900LL), make_int(tm.tm_mon + 1), make_int(tm.tm_mday),
                    make_int(tm.tm_hour),          make_int(tm.tm_min),     make_int(tm.tm_sec),
                    make_int((tm.tm_wday + 6) % 7), make_int(tm.tm_yday + 1), make_int(tm.tm_isdst)};
  Value zone = tm.tm_zone ? make_str_utf8(tm.tm_zone) : Value();
  return make_struct_time(items, zone, make_int(tm.tm_gmtoff));
}

// ---------------------------------------------------------------- conversions
// A timestamp argument as time_t (CPython's floor rounding); false with an error set.
bool to_time_t(Value v, std::time_t& out) {
  if (is_float(v)) {
    double d = as_float(v)->value;
    if (std::isnan(d)) {
      raise(ValueErrorType, "Invalid value NaN (not a number)");
      return false;
    }
    d = std::floor(d);
    if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18)) {
      raise(OverflowErrorType, "timestamp out of range for platform time_t");
      return false;
    }
    out = static_cast<std::time_t>(d);
    return true;
  }
  Value i = index_to_int(v);
  if (!i) return false;
  std::int64_t x;
  bool ok = int_to_int64(i, x);
  decref(i);
  if (!ok) {
    raise(OverflowErrorType, "timestamp out of range for platform time_t");
    return false;
  }
  out = static_cast<std::time_t>(x);
  return true;
}

// Raises OSError(errno, strerror(errno)).
Value raise_errno(int err) {
  Value args[2] = {make_int(err), make_str_utf8(std::strerror(err))};
  Value e = call(val(OSErrorType), args, 2);
  decref(args[0]), decref(args[1]);
  if (!e) return e;
  set_error(e);
  decref(e);
  return Value();
}

// The current time (or the argument) as a timestamp for gmtime/localtime/ctime.
bool seconds_arg(const Value* args, std::size_t nargs, std::time_t& out) {
  if (nargs == 0 || is_none(args[0])) {
    out = std::time(nullptr);
    return true;
  }
  return to_time_t(args[0], out);
}

// A C int from a time tuple item (CPython's "i" format).
bool int_item(Value v, int& out) {
  if (is_float(v)) {
    raise(TypeErrorType, "'float' object cannot be interpreted as an integer");
    return false;
  }
  std::int64_t x;
  if (!index_value(v, x, OverflowErrorType)) return false;
  if (x > 2147483647 || x < -2147483648LL) {
    raise(OverflowErrorType, std::string("signed integer is ") + (x > 0 ? "greater than maximum" : "less than minimum"));
    return false;
  }
  out = static_cast<int>(x);
  return true;
}

// A struct tm from a time tuple or struct_time (CPython's gettmarg); `illegal` is the
// message for a tuple of the wrong size.
bool tuple_to_tm(Value v, std::tm& tm, const char* illegal) {
  if (!is_tuple(v)) {
    raise(TypeErrorType, "Tuple or struct_time argument required");
    return false;
  }
  Tuple* t = as_tuple(v);
  if (t->length != 9) {
    raise(TypeErrorType, illegal);
    return false;
  }
  int f[9];
  for (int k = 0; k < 9; ++k)
    if (!int_item(t->items[k], f[k])) return false;
  std::memset(&tm, 0, sizeof tm);
  tm.tm_year = f[0] - 1900;
  tm.tm_mon = f[1] - 1;
  tm.tm_mday = f[2];
  tm.tm_hour = f[3];
  tm.tm_min = f[4];
  tm.tm_sec = f[5];
  tm.tm_wday = (f[6] + 1) % 7;
  tm.tm_yday = f[7] - 1;
  tm.tm_isdst = f[8];
  if (type_of(v) == &g_struct_time) {
    auto* st = static_cast<StructTime*>(v.obj());
    static std::string zone_text;  // tm_zone must outlive the struct tm's use
    if (st->zone && is_str(st->zone)) {
      zone_text = str_utf8_ref(as_str(st->zone));
      tm.tm_zone = zone_text.c_str();
    }
    std::int64_t off = 0;
    if (st->gmtoff && is_int(st->gmtoff) && int_to_int64(st->gmtoff, off)) tm.tm_gmtoff = off;
  }
  return true;
}

// CPython's checktm: zero month/day/yday mean the first; the others must be in range.
bool check_tm(std::tm& tm) {
  if (tm.tm_mon == -1) {
    tm.tm_mon = 0;
  } else if (tm.tm_mon < 0 || tm.tm_mon > 11) {
    raise(ValueErrorType, "month out of range");
    return false;
  }
  if (tm.tm_mday == 0) {
    tm.tm_mday = 1;
  } else if (tm.tm_mday < 0 || tm.tm_mday > 31) {
    raise(ValueErrorType, "day of month out of range");
    return false;
  }
  const char* bad = tm.tm_hour < 0 || tm.tm_hour > 23  ? "hour out of range"
                    : tm.tm_min < 0 || tm.tm_min > 59  ? "minute out of range"
                    : tm.tm_sec < 0 || tm.tm_sec > 61  ? "seconds out of range"
                    : tm.tm_wday < 0                   ? "day of week out of range"
                                                       : nullptr;
  if (bad) {
    raise(ValueErrorType, bad);
    return false;
  }
  if (tm.tm_yday == -1) {
    tm.tm_yday = 0;
  } else if (tm.tm_yday < 0 || tm.tm_yday > 365) {
    raise(ValueErrorType, "day of year out of range");
    return false;
  }
  return true;
}

// "Sun Jun 20 23:21:05 1993" (asctime's fixed format).
Value asctime_text(const std::tm& tm) {
  static const char* const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[80];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", days[tm.tm_wday], months[tm.tm_mon], tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec, 1900LL + tm.tm_year);
  return make_str_ascii(buf);
}

// PyArg_ParseTuple's count check: "f() takes at most 1 argument (2 given)".
bool tuple_args(const char* name, std::size_t nargs, Tuple* kw, std::size_t min, std::size_t max) {
  if (!no_kwargs(name, kw)) return false;
  if (nargs >= min && nargs <= max) return true;
  std::size_t n = nargs < min ? min : max;
  raise(TypeErrorType, std::string(name) + "() takes " + (nargs < min ? "at least " : "at most ") + std::to_string(n) +
                           " argument" + (n == 1 ? "" : "s") + " (" + std::to_string(nargs) + " given)");
  return false;
}

// ---------------------------------------------------------------- clocks
// Reads a clock in nanoseconds.
std::int64_t clock_ns(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}
// Reads a clock in seconds (as CPython: the nanoseconds divided by 1e9).
double clock_seconds(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

// A clock function: the clock Id read in seconds (a float) or nanoseconds (an int).
template <clockid_t Id, bool Ns, const char* const* Name>
Value clock_fn(Value, const Value*, std::size_t nargs, Tuple* kw) {
  std::string q = std::string("time.") + *Name;
  if (!no_kwargs(q.c_str(), kw) || !check_exact(q.c_str(), nargs, 0)) return Value();
  return Ns ? make_int(clock_ns(Id)) : make_float(clock_seconds(Id));
}
constexpr const char* kTime = "time";
constexpr const char* kTimeNs = "time_ns";
constexpr const char* kPerf = "perf_counter";
constexpr const char* kPerfNs = "perf_counter_ns";
constexpr const char* kMono = "monotonic";
constexpr const char* kMonoNs = "monotonic_ns";
constexpr const char* kProc = "process_time";
constexpr const char* kProcNs = "process_time_ns";
constexpr const char* kThread = "thread_time";
constexpr const char* kThreadNs = "thread_time_ns";

// sleep(secs)
Value time_sleep(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("sleep", kw) || !check_exact("time.sleep", nargs, 1)) return Value();
  double secs;
  if (is_float(args[0])) {
    secs = as_float(args[0])->value;
    if (std::isnan(secs)) return raise(ValueErrorType, "Invalid value NaN (not a number)");
  } else {
    Value i = index_to_int(args[0]);
    if (!i) return i;
    bool ok = int_to_double(i, secs);
    decref(i);
    if (!ok) return Value();
  }
  if (secs < 0) return raise(ValueErrorType, "sleep length must be non-negative");
  if (secs > 9.2e9) return raise(OverflowErrorType, "timestamp too large to convert to C _PyTime_t");
  timespec req{static_cast<std::time_t>(secs), static_cast<long>((secs - std::floor(secs)) * 1e9)};
  while (nanosleep(&req, &req) != 0 && errno == EINTR) {
  }
  return newref(None());
}

// gmtime([secs]) / localtime([secs])
Value broken_down(const char* name, const Value* args, std::size_t nargs, Tuple* kw, bool local) {
  if (!tuple_args(name, nargs, kw, 0, 1)) return Value();
  std::time_t t;
  if (!seconds_arg(args, nargs, t)) return Value();
  std::tm tm{};
  errno = 0;
  if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) return raise_errno(errno ? errno : EOVERFLOW);
  return struct_time_from_tm(tm);
}
// gmtime([secs])
Value time_gmtime(Value, const Value* a, std::size_t n, Tuple* kw) { return broken_down("gmtime", a, n, kw, false); }
// localtime([secs])
Value time_localtime(Value, const Value* a, std::size_t n, Tuple* kw) { return broken_down("localtime", a, n, kw, true); }

// The struct tm of an optional time tuple argument (localtime() when absent).
bool tm_arg(const char* illegal, const Value* args, std::size_t nargs, std::size_t index, std::tm& tm) {
  if (nargs > index) return tuple_to_tm(args[index], tm, illegal);
  std::time_t now = std::time(nullptr);
  localtime_r(&now, &tm);
  return true;
}

// mktime(t): the timestamp of a local time tuple.
Value time_mktime(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("mktime", kw) || !check_exact("time.mktime", nargs, 1)) return Value();
  std::tm tm{};
  if (!tuple_to_tm(args[0], tm, "mktime(): illegal time tuple argument")) return Value();
  tm.tm_wday = -1;
  std::time_t t = std::mktime(&tm);
  if (t == static_cast<std::time_t>(-1) && tm.tm_wday == -1)
    return raise(OverflowErrorType, "mktime argument out of range");
  return make_float(static_cast<double>(t));
}

// strftime(format[, t])
Value time_strftime(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!tuple_args("strftime", nargs, kw, 1, 2)) return Value();
  if (!is_str(args[0])) return raise(TypeErrorType, "strftime() argument 1 must be str, not " + type_name(args[0]));
  std::tm tm{};
  if (!tm_arg("strftime(): illegal time tuple argument", args, nargs, 1, tm) || !check_tm(tm)) return Value();
  if (tm.tm_isdst < -1) tm.tm_isdst = -1;
  if (tm.tm_isdst > 1) tm.tm_isdst = 1;
  const std::string& fmt = str_utf8_ref(as_str(args[0]));
  if (fmt.find('\0') != std::string::npos) return raise(ValueErrorType, "embedded null character");
  if (fmt.empty()) return make_str_ascii("");
  // strftime() returns 0 both for "too small" and for an empty result: grow up to a bound.
  for (std::size_t size = 256; size <= 256 * fmt.size() + 1024; size *= 2) {
    std::vector<char> buf(size);
    std::size_t n = std::strftime(buf.data(), size, fmt.c_str(), &tm);
    if (n > 0 || size > 256 * fmt.size()) return make_str_utf8(std::string_view(buf.data(), n));
  }
  return make_str_ascii("");
}

// asctime([t])
Value time_asctime(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("asctime", kw) || !check_args("asctime", nargs, 0, 1)) return Value();
  std::tm tm{};
  if (!tm_arg("asctime(): illegal time tuple argument", args, nargs, 0, tm) || !check_tm(tm)) return Value();
  return asctime_text(tm);
}

// ctime([secs]): asctime(localtime(secs))
Value time_ctime(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!tuple_args("ctime", nargs, kw, 0, 1)) return Value();
  std::time_t t;
  if (!seconds_arg(args, nargs, t)) return Value();
  std::tm tm{};
  errno = 0;
  if (!localtime_r(&t, &tm)) return raise_errno(errno ? errno : EOVERFLOW);
  return asctime_text(tm);
}

// The clock id argument of clock_gettime/clock_getres; false with an error set.
bool clock_id_arg(const char* name, const Value* args, std::size_t nargs, Tuple* kw, clockid_t& out) {
  if (!no_kwargs(name, kw)) return false;
  if (nargs != 1) {
    raise(TypeErrorType, std::string(name) + "() takes exactly 1 argument (" + std::to_string(nargs) + " given)");
    return false;
  }
  int id;
  if (!int_item(args[0], id)) return false;
  out = static_cast<clockid_t>(id);
  return true;
}

// clock_gettime(clk_id) / clock_gettime_ns(clk_id) / clock_getres(clk_id)
Value clock_query(const char* name, const Value* args, std::size_t nargs, Tuple* kw, int what) {
  clockid_t id;
  if (!clock_id_arg(name, args, nargs, kw, id)) return Value();
  timespec ts{};
  if ((what == 2 ? clock_getres(id, &ts) : clock_gettime(id, &ts)) != 0) return raise_errno(errno);
  if (what == 1) return make_int(static_cast<std::int64_t>(ts.tv_sec) * 1000000000LL + ts.tv_nsec);
  return make_float(static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9);
}
Value time_clock_gettime(Value, const Value* a, std::size_t n, Tuple* kw) { return clock_query("clock_gettime", a, n, kw, 0); }
// clock_gettime_ns(clk_id)
Value time_clock_gettime_ns(Value, const Value* a, std::size_t n, Tuple* kw) {
  return clock_query("clock_gettime_ns", a, n, kw, 1);
}
// clock_getres(clk_id)
Value time_clock_getres(Value, const Value* a, std::size_t n, Tuple* kw) { return clock_query("clock_getres", a, n, kw, 2); }

// Sets timezone, altzone, daylight and tzname in the module from the C library's zone
// (as CPython: from January 1st and July 1st of this year).
void put_zone_constants(Value mod) {
  std::time_t now = std::time(nullptr);
  std::tm year{};
  localtime_r(&now, &year);
  std::tm jan{}, jul{};
  std::time_t t_jan = now - (static_cast<std::time_t>(year.tm_yday) * 86400 + year.tm_hour * 3600 + year.tm_min * 60);
  std::time_t t_jul = t_jan + 181 * 86400;
  localtime_r(&t_jan, &jan);
  localtime_r(&t_jul, &jul);
  long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
  std::string janname = jan.tm_zone ? jan.tm_zone : "", julname = jul.tm_zone ? jul.tm_zone : "";
  bool southern = janzone < julzone;
  module_put(mod, "timezone", make_int(southern ? julzone : janzone));
  module_put(mod, "altzone", make_int(southern ? janzone : julzone));
  module_put(mod, "daylight", make_int(janzone != julzone));
  Value n1 = make_str_utf8(southern ? julname : janname), n2 = make_str_utf8(southern ? janname : julname);
  module_put(mod, "tzname", tuple_pack({n1, n2}));
  decref(n1), decref(n2);
}

// The latest time module object (owned: tzset() may outlive the import), for tzset().
Value g_time_module;

// tzset(): re-reads TZ and updates the zone constants.
Value time_tzset(Value, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("tzset", kw) || !check_exact("time.tzset", nargs, 0)) return Value();
  tzset();
  if (g_time_module) put_zone_constants(g_time_module);
  return newref(None());
}

// ---------------------------------------------------------------- strptime
// time.strptime as CPython's _strptime does it in the C locale: the format becomes a
// regular expression (the same alternatives per directive, case-insensitive), the match
// fills the fields, and the date's missing parts are computed the same way.

// Days since 0001-01-01 plus one (datetime.date.toordinal) of a valid date.
std::int64_t to_ordinal(std::int64_t y, int m, int d) {
  static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  std::int64_t py = y - 1;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return py * 365 + py / 4 - py / 100 + py / 400 + before[m - 1] + (m > 2 && leap ? 1 : 0) + d;
}
// Whether y is a leap year.
bool is_leap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
// The days of month m of year y.
int month_days(std::int64_t y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}
// datetime.date(y, m, d)'s checks; false with ValueError set.
bool check_date(std::int64_t y, int m, int d) {
  if (y < 1 || y > 9999) {
    raise(ValueErrorType, "year " + std::to_string(y) + " is out of range");
    return false;
  }
  if (m < 1 || m > 12) {
    raise(ValueErrorType, "month must be in 1..12");
    return false;
  }
  if (d < 1 || d > month_days(y, m)) {
    raise(ValueErrorType, "day is out of range for month");
    return false;
  }
  return true;
}
// datetime.date.fromordinal(n) as year, month, day; false with ValueError set.
bool from_ordinal(std::int64_t n, std::int64_t& y, int& m, int& d) {
  if (n < 1 || n > to_ordinal(9999, 12, 31)) {
    raise(ValueErrorType, n < 1 ? "ordinal must be >= 1" : "year 10000 is out of range");
    return false;
  }
  y = (n - 1) / 366 + 1;
  while (to_ordinal(y + 1, 1, 1) <= n) ++y;
  m = 1;
  while (m < 12 && to_ordinal(y, m + 1, 1) <= n) ++m;
  d = static_cast<int>(n - to_ordinal(y, m, 1) + 1);
  return true;
}

const char* const kFullDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
const char* const kAbbrDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const char* const kFullMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                   "july",    "august",   "september", "october", "november", "december"};
const char* const kAbbrMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

// The regular expression of a list of words: longest first, as _strptime's __seqToRE.
std::string words_re(std::vector<std::string> words) {
  std::stable_sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out = "(";
  bool first = true;
  for (const std::string& w : words) {
    if (w.empty()) continue;
    if (!first) out += "|";
    first = false;
    for (char c : w) {
      if (std::strchr("\\.^$*+?()[]{}|", c)) out += '\\';
      out += c;
    }
  }
  return out + ")";
}

// The time zone names strptime's %Z knows (lowercase): without and with daylight saving.
void zone_names(std::vector<std::string>& plain, std::vector<std::string>& saving) {
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  plain = {"utc", "gmt", lower(tzname[0])};
  saving.clear();
  if (daylight) saving.push_back(lower(tzname[1]));
}

// Translates a strptime format to a regular expression; `order` gets the directive of
// each capturing group. False with ValueError set for a bad directive.
bool format_to_re(const std::string& fmt, std::string& re, std::vector<char>& order) {
  std::vector<std::string> plain, saving;
  zone_names(plain, saving);
  for (std::size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c != '%') {
      if (std::isspace(static_cast<unsigned char>(c))) {
        while (i + 1 < fmt.size() && std::isspace(static_cast<unsigned char>(fmt[i + 1]))) ++i;
        re += "\\s+";
      } else {
        if (std::strchr("\\.^$*+?()[]{}|", c)) re += '\\';
        re += c;
      }
      continue;
    }
    if (i + 1 >= fmt.size()) {
      raise(ValueErrorType, "stray % in format '" + fmt + "'");
      return false;
    }
    char d = fmt[++i];
    std::string sub;
    switch (d) {
      case 'd': sub = "(3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])"; break;
      case 'f': sub = "([0-9]{1,6})"; break;
      case 'H': sub = "(2[0-3]|[0-1]\\d|\\d)"; break;
      case 'I': sub = "(1[0-2]|0[1-9]|[1-9])"; break;
      case 'G': case 'Y': sub = "(\\d\\d\\d\\d)"; break;
      case 'j': sub = "(36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])"; break;
      case 'm': sub = "(1[0-2]|0[1-9]|[1-9])"; break;
      case 'M': sub = "([0-5]\\d|\\d)"; break;
      case 'S': sub = "(6[0-1]|[0-5]\\d|\\d)"; break;
      case 'U': case 'W': sub = "(5[0-3]|[0-4]\\d|\\d)"; break;
      case 'w': sub = "([0-6])"; break;
      case 'u': sub = "([1-7])"; break;
      case 'V': sub = "(5[0-3]|0[1-9]|[1-4]\\d|\\d)"; break;
      case 'y': sub = "(\\d\\d)"; break;
      case 'z': sub = "([+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z)"; break;
      case 'A': sub = words_re({kFullDays, kFullDays + 7}); break;
      case 'a': sub = words_re({kAbbrDays, kAbbrDays + 7}); break;
      case 'B': sub = words_re({kFullMonths, kFullMonths + 12}); break;
      case 'b': sub = words_re({kAbbrMonths, kAbbrMonths + 12}); break;
      case 'p': sub = words_re({"am", "pm"}); break;
      case 'Z': {
        std::vector<std::string> all = plain;
        all.insert(all.end(), saving.begin(), saving.end());
        sub = words_re(all);
        break;
      }
      case '%': re += '%'; continue;
      case 'c': case 'x': case 'X': {
        std::string inner, expanded = d == 'c' ? "%a %b %d %H:%M:%S %Y" : d == 'x' ? "%m/%d/%y" : "%H:%M:%S";
        if (!format_to_re(expanded, inner, order)) return false;
        re += inner;
        continue;
      }
      default:
        raise(ValueErrorType, std::string("'") + d + "' is a bad directive in format '" + fmt + "'");
        return false;
    }
    re += sub;
    order.push_back(d);
  }
  return true;
}

// Parses the digits of a matched group.
int digits(const std::string& s) {
  int v = 0;
  for (char c : s)
    if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
  return v;
}
// The index of a lowercase word in a list.
int word_index(const char* const* words, int n, const std::string& w) {
  for (int k = 0; k < n; ++k)
    if (w == words[k]) return k;
  return 0;
}

// strptime(string, format="%a %b %d %H:%M:%S %Y")
Value time_strptime(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!tuple_args("strptime", nargs, kw, 1, 2)) return Value();
  for (std::size_t k = 0; k < nargs; ++k)
    if (!is_str(args[k])) {
      Value tr = repr(val(type_of(args[k])));
      std::string t = tr ? str_utf8_ref(as_str(tr)) : "";
      xdecref(tr);
      return raise(TypeErrorType, "strptime() argument " + std::to_string(k) + " must be str, not " + t);
    }
  const std::string& data = str_utf8_ref(as_str(args[0]));
  std::string fmt = nargs > 1 ? str_utf8_ref(as_str(args[1])) : "%a %b %d %H:%M:%S %Y";
  std::string pattern;
  std::vector<char> order;
  if (!format_to_re(fmt, pattern, order)) return Value();
  auto quoted = [](Value s) {
    Value r = repr(s);
    std::string out = r ? str_utf8_ref(as_str(r)) : "";
    xdecref(r);
    return out;
  };
  std::smatch m;
  bool found = false;
  std::string lowered = data;
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (data.size() <= 4096) {
    try {
      std::regex rx(pattern, std::regex::ECMAScript | std::regex::icase);
      found = std::regex_search(lowered, m, rx, std::regex_constants::match_continuous);
    } catch (const std::exception&) {
      found = false;
    }
  }
  if (!found) {
    Value f = nargs > 1 ? newref(args[1]) : make_str_utf8(fmt);
    std::string msg = "time data " + quoted(args[0]) + " does not match format " + quoted(f);
    decref(f);
    return raise(ValueErrorType, msg);
  }
  if (static_cast<std::size_t>(m.length(0)) != lowered.size()) {
    Value rest = make_str_utf8(data.substr(static_cast<std::size_t>(m.length(0))));
    std::string msg = "unconverted data remains: " + str_utf8_ref(as_str(rest));
    decref(rest);
    return raise(ValueErrorType, msg);
  }
  std::int64_t year = -1, iso_year = -1;
  int month = 1, day = 1, hour = 0, minute = 0, second = 0, tz = -1;
  int iso_week = -1, week_of_year = -1, week_start = -1, weekday = -1, julian = -1;
  bool has_gmtoff = false;
  std::int64_t gmtoff = 0;
  std::string zone, ampm;
  bool have_zone = false;
  for (std::size_t k = 0; k < order.size(); ++k)
    if (order[k] == 'p') ampm = m.str(k + 1);
  for (std::size_t k = 0; k < order.size(); ++k) {
    std::string g = m.str(k + 1);
    switch (order[k]) {
      case 'y': year = digits(g); year += year <= 68 ? 2000 : 1900; break;
      case 'Y': year = digits(g); break;
      case 'G': iso_year = digits(g); break;
      case 'm': month = digits(g); break;
      case 'B': month = word_index(kFullMonths, 12, g) + 1; break;
      case 'b': month = word_index(kAbbrMonths, 12, g) + 1; break;
      case 'd': day = digits(g); break;
      case 'H': hour = digits(g); break;
      case 'I':
        hour = digits(g);
        if (ampm.empty() || ampm == "am") {
          if (hour == 12) hour = 0;
        } else if (hour != 12) {
          hour += 12;
        }
        break;
      case 'M': minute = digits(g); break;
      case 'S': second = digits(g); break;
      case 'A': weekday = word_index(kFullDays, 7, g); break;
      case 'a': weekday = word_index(kAbbrDays, 7, g); break;
      case 'w': weekday = digits(g); weekday = weekday == 0 ? 6 : weekday - 1; break;
      case 'u': weekday = digits(g) - 1; break;
      case 'j': julian = digits(g); break;
      case 'U': case 'W': week_of_year = digits(g); week_start = order[k] == 'U' ? 6 : 0; break;
      case 'V': iso_week = digits(g); break;
      case 'z': {
        std::string z = m.str(k + 1);
        has_gmtoff = true;
        if (z == "z") break;
        std::string orig = data.substr(static_cast<std::size_t>(m.position(k + 1)), z.size());
        if (z.size() > 3 && z[3] == ':') {
          z.erase(3, 1);
          if (z.size() > 5) {
            if (z[5] != ':') return raise(ValueErrorType, "Inconsistent use of : in " + orig);
            z.erase(5, 1);
          }
        }
        gmtoff = digits(z.substr(1, 2)) * 3600 + digits(z.substr(3, 2)) * 60 + (z.size() >= 7 ? digits(z.substr(5, 2)) : 0);
        if (z[0] == '-') gmtoff = -gmtoff;
        break;
      }
      case 'Z': {
        have_zone = true;
        zone = data.substr(static_cast<std::size_t>(m.position(k + 1)), static_cast<std::size_t>(m.length(k + 1)));
        std::vector<std::string> plain, saving;
        zone_names(plain, saving);
        std::string found_zone = m.str(k + 1);
        for (int v = 0; v < 2; ++v) {
          const std::vector<std::string>& names = v == 0 ? plain : saving;
          if (std::find(names.begin(), names.end(), found_zone) == names.end()) continue;
          if (!(std::string(tzname[0]) == tzname[1] && daylight && found_zone != "utc" && found_zone != "gmt")) tz = v;
          break;
        }
        break;
      }
      default: break;
    }
  }
  if (year < 0 && iso_year >= 0) {
    if (iso_week < 0 || weekday < 0)
      return raise(ValueErrorType, "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                                   "directive ('%A', '%a', '%w', or '%u').");
    if (julian >= 0)
      return raise(ValueErrorType, "Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                                   "Use '%Y' instead.");
  } else if (week_of_year < 0 && iso_week >= 0) {
    if (weekday < 0)
      return raise(ValueErrorType, "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                                   "directive ('%A', '%a', '%w', or '%u').");
    return raise(ValueErrorType, "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year "
                                 "'%G' instead.");
  }
  bool leap_fix = false;
  if (year < 0 && month == 2 && day == 29) {
    year = 1904;
    leap_fix = true;
  } else if (year < 0) {
    year = 1900;
  }
  if (julian < 0 && weekday >= 0) {
    bool computed = false;
    if (week_of_year >= 0) {
      if (!check_date(year, 1, 1)) return Value();
      int first = static_cast<int>((to_ordinal(year, 1, 1) + 6) % 7);
      int dow = weekday;
      if (week_start != 0) {
        first = (first + 1) % 7;
        dow = (dow + 1) % 7;
      }
      int week0 = (7 - first) % 7;
      julian = week_of_year == 0 ? 1 + dow - first : 1 + week0 + 7 * (week_of_year - 1) + dow;
      computed = true;
    } else if (iso_year >= 0 && iso_week >= 0) {
      if (!check_date(iso_year, 1, 4)) return Value();
      int correction = static_cast<int>((to_ordinal(iso_year, 1, 4) + 6) % 7) + 1 + 3;
      std::int64_t ordinal = iso_week * 7 + weekday + 1 - correction;
      if (ordinal < 1) {
        ordinal += to_ordinal(iso_year, 1, 1);
        iso_year -= 1;
        if (!check_date(iso_year, 1, 1)) return Value();
        ordinal -= to_ordinal(iso_year, 1, 1);
      }
      year = iso_year;
      julian = static_cast<int>(ordinal);
      computed = true;
    }
    if (computed && julian <= 0) {
      year -= 1;
      julian += is_leap(year) ? 366 : 365;
    }
  }
  if (julian < 0) {
    if (!check_date(year, month, day)) return Value();
    julian = static_cast<int>(to_ordinal(year, month, day) - to_ordinal(year, 1, 1) + 1);
  } else {
    if (!check_date(year, 1, 1)) return Value();
    if (!from_ordinal(julian - 1 + to_ordinal(year, 1, 1), year, month, day)) return Value();
  }
  if (weekday < 0) weekday = static_cast<int>((to_ordinal(year, month, day) + 6) % 7);
  if (leap_fix) year = 1900;
  Value items[9] = {make_int(year),   make_int(month),   make_int(day),    make_int(hour), make_int(minute),
                    make_int(second), make_int(weekday), make_int(julian), make_int(tz)};
  return make_struct_time(items, have_zone ? make_str_utf8(zone) : Value(), has_gmtoff ? make_int(gmtoff) : Value());
}

// Sets up struct_time once.
void init_struct_time() {
  static bool done = false;
  if (done) return;
  done = true;
  type_init(&g_struct_time, "struct_time", TupleType, sizeof(StructTime), TF_TUPLE_SUBCLASS | TF_GC);
  g_struct_time.module = "time";
  g_struct_time.new_fn = struct_time_new;
  g_struct_time.dealloc = struct_time_dealloc;
  g_struct_time.repr = struct_time_repr;
  add_getset(&g_struct_time, "tm_year", struct_time_field<0>, struct_time_readonly);
  add_getset(&g_struct_time, "tm_mon", struct_time_field<1>, struct_time_readonly);
  add_getset(&g_struct_time, "tm_mday", struct_time_field<2>, struct_time_readonly);
  add_getset(&g_struct_time, "tm_hour", struct_time_field<3>, struct_time_readonly);
  add_getset(&g_struct_time, "tm_min", struct_time_field<4>, struct_time_readonly);
  add_getset(&g_struct_time, "tm_sec", struct_time_field<5>, struct_time_readonly);
  add_getset(&g_struct_time, "tm_wday", struct_time_field<6>, struct_time_readonly);
  add_getset(&g_struct_time, "tm_yday", struct_time_field<7>, struct_time_readonly);
  add_getset(&g_struct_time, "tm_isdst", struct_time_field<8>, struct_time_readonly);
  add_getset(&g_struct_time, "tm_zone", struct_time_zone, struct_time_readonly);
  add_getset(&g_struct_time, "tm_gmtoff", struct_time_gmtoff, struct_time_readonly);
  type_add(&g_struct_time, "n_sequence_fields", make_int(9));
  type_add(&g_struct_time, "n_fields", make_int(11));
  type_add(&g_struct_time, "n_unnamed_fields", make_int(0));
  type_ready(&g_struct_time);
}

}  // namespace

// The time module.
Value make_time_module() {
  init_struct_time();
  tzset();
  Value mod = new_module("time");
  module_put_fn(mod, "time", clock_fn<CLOCK_REALTIME, false, &kTime>);
  module_put_fn(mod, "time_ns", clock_fn<CLOCK_REALTIME, true, &kTimeNs>);
  module_put_fn(mod, "perf_counter", clock_fn<CLOCK_MONOTONIC, false, &kPerf>);
  module_put_fn(mod, "perf_counter_ns", clock_fn<CLOCK_MONOTONIC, true, &kPerfNs>);
  module_put_fn(mod, "monotonic", clock_fn<CLOCK_MONOTONIC, false, &kMono>);
  module_put_fn(mod, "monotonic_ns", clock_fn<CLOCK_MONOTONIC, true, &kMonoNs>);
  module_put_fn(mod, "process_time", clock_fn<CLOCK_PROCESS_CPUTIME_ID, false, &kProc>);
  module_put_fn(mod, "process_time_ns", clock_fn<CLOCK_PROCESS_CPUTIME_ID, true, &kProcNs>);
  module_put_fn(mod, "thread_time", clock_fn<CLOCK_THREAD_CPUTIME_ID, false, &kThread>);
  module_put_fn(mod, "thread_time_ns", clock_fn<CLOCK_THREAD_CPUTIME_ID, true, &kThreadNs>);
  module_put_fn(mod, "sleep", time_sleep);
  module_put_fn(mod, "gmtime", time_gmtime);
  module_put_fn(mod, "localtime", time_localtime);
  module_put_fn(mod, "mktime", time_mktime);
  module_put_fn(mod, "strftime", time_strftime);
  module_put_fn(mod, "asctime", time_asctime);
  module_put_fn(mod, "ctime", time_ctime);
  module_put(mod, "struct_time", newref(val(&g_struct_time)));
  module_put_fn(mod, "clock_gettime", time_clock_gettime);
  module_put_fn(mod, "clock_gettime_ns", time_clock_gettime_ns);
  module_put_fn(mod, "clock_getres", time_clock_getres);
  module_put_fn(mod, "tzset", time_tzset);
  module_put_fn(mod, "strptime", time_strptime);
  const struct {
    const char* name;
    clockid_t id;
  } clocks[] = {{"CLOCK_REALTIME", CLOCK_REALTIME},   {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
                {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID}, {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
                {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW}, {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
                {"CLOCK_TAI", CLOCK_TAI}};
  for (const auto& c : clocks) module_put(mod, c.name, make_int(c.id));
  put_zone_constants(mod);
  xdecref(g_time_module);
  g_time_module = newref(mod);
  return mod;
}

}  // namespace peppy::vm
