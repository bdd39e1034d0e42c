// modules.cpp: the modules built into the VM and `import` of them: sys (argv, exit,
// the recursion limit, the standard streams, modules, maxsize...) and math. Imports of
// modules from .py files come with the import system (later); any other name is
// CPython's ModuleNotFoundError.
#include <cmath>
#include <string>
#include <vector>

#include "builtins/builtins.hpp"
#include "objects/core.hpp"
#include "vm/runtime.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

std::vector<std::string>& program_argv() {
  static std::vector<std::string> argv;
  return argv;
}

// A new module object named `name` with an empty dict (plus __name__).
Value new_module(const char* name) {
  auto* m = new Module();
  m->type = ModuleType;
  m->dict = make_dict();
  m->name = make_str_utf8(name);
  dict_set(m->dict, Value::object(intern("__name__")), m->name);
  dict_set(m->dict, Value::object(intern("__doc__")), None());
  return Value::object(m);
}

// Sets module.name = value (steals value).
void put(Value module, const char* name, Value value) {
  dict_set(static_cast<Module*>(module.obj())->dict, Value::object(intern(name)), value);
  decref(value);
}

// Adds a built-in function to a module.
void put_fn(Value module, const char* name, NativeFn fn) { put(module, name, make_builtin_function(name, fn)); }

// ---- sys ----
Value sys_exit(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("exit", kw) || !check_args("exit", nargs, 0, 1)) return Value();
  Value e = call(Value::object(SystemExitType), args, nargs, nullptr);
  if (!e) return e;
  set_error(e);
  decref(e);
  return Value();
}
Value sys_getrecursionlimit(Value, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("getrecursionlimit", kw) || !check_args("getrecursionlimit", nargs, 0, 0)) return Value();
  return make_int(thread().recursion_limit);
}
Value sys_setrecursionlimit(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("setrecursionlimit", kw) || !check_args("setrecursionlimit", nargs, 1, 1)) return Value();
  if (!is_int(args[0])) return raise(TypeErrorType, "'" + type_of(args[0])->name + "' object cannot be interpreted as an integer");
  std::int64_t n = 0;
  if (!int_to_int64(args[0], n) || n > 0x7fffffff) return raise(OverflowErrorType, "Python int too large to convert to C int");
  if (n < 1) return raise(ValueErrorType, "recursion limit must be greater or equal than 1");
  Thread& t = thread();
  if (n <= t.depth)
    return raise(RecursionErrorType, "cannot set the recursion limit to " + std::to_string(n) + " at the recursion depth " +
                                         std::to_string(t.depth) + ": the limit is too low");
  t.recursion_limit = static_cast<int>(n);
  return newref(None());
}
Value sys_getrefcount(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("getrefcount", kw) || !check_args("getrefcount", nargs, 1, 1)) return Value();
  return make_int(args[0].is_object() ? args[0].obj()->refcnt : 1 << 30);
}
Value sys_intern(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("intern", kw) || !check_args("intern", nargs, 1, 1)) return Value();
  if (type_of(args[0]) != StrType) return raise(TypeErrorType, "intern() argument must be str, not " + type_of(args[0])->name);
  return newref(Value::object(intern(str_utf8(static_cast<Str*>(args[0].obj())))));
}

// The sys module (made once).
Value sys_module() {
  static Value sys = [] {
    Value m = new_module("sys");
    Value argv = make_list(0);
    for (const std::string& a : program_argv()) {
      Value s = make_str_utf8(a);
      list_append(argv, s);
      decref(s);
    }
    put(m, "argv", argv);
    put_fn(m, "exit", sys_exit);
    put_fn(m, "getrecursionlimit", sys_getrecursionlimit);
    put_fn(m, "setrecursionlimit", sys_setrecursionlimit);
    put_fn(m, "getrefcount", sys_getrefcount);
    put_fn(m, "intern", sys_intern);
    put(m, "maxsize", make_int(INT64_MAX));
    put(m, "byteorder", make_str_utf8("little"));
    put(m, "platform", make_str_utf8("linux"));
    put(m, "version", make_str_utf8("3.11.7 (peppy)"));
    Value vi[5] = {make_int(3), make_int(11), make_int(7), make_str_utf8("final"), make_int(0)};
    put(m, "version_info", make_tuple_from(vi, 5));
    for (Value v : vi) decref(v);
    put(m, "stdout", newref(builtins::std_stdout()));
    put(m, "stderr", newref(builtins::std_stderr()));
    put(m, "stdin", newref(builtins::std_stdin()));
    put(m, "__stdout__", newref(builtins::std_stdout()));
    put(m, "__stderr__", newref(builtins::std_stderr()));
    put(m, "modules", make_dict());
    put(m, "path", make_list(0));
    return m;
  }();
  return sys;
}

// ---- math ----
// A float argument (int or float) of a math function; false with TypeError set.
bool math_arg(const char* fname, Value v, double& out) {
  if (is_float(v)) {
    out = static_cast<objects::Float*>(v.obj())->value;
    return true;
  }
  if (is_int(v)) return int_to_double(v, out);
  raise(TypeErrorType, std::string("must be real number, not ") + type_of(v)->name);
  (void)fname;
  return false;
}

template <double (*F)(double), const char* const* Name>
Value math_unary(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs(*Name, kw) || !check_args(*Name, nargs, 1, 1)) return Value();
  double x;
  if (!math_arg(*Name, args[0], x)) return Value();
  errno = 0;
  double r = F(x);
  if (std::isnan(r) && !std::isnan(x)) return raise(ValueErrorType, "math domain error");
  if (std::isinf(r) && std::isfinite(x)) return raise(OverflowErrorType, "math range error");
  return make_float(r);
}

double m_sqrt(double x) { return x < 0 ? NAN : std::sqrt(x); }
double m_log(double x) { return x <= 0 ? NAN : std::log(x); }
double m_log2(double x) { return x <= 0 ? NAN : std::log2(x); }
double m_log10(double x) { return x <= 0 ? NAN : std::log10(x); }
double m_exp(double x) { return std::exp(x); }
double m_sin(double x) { return std::isinf(x) ? NAN : std::sin(x); }
double m_cos(double x) { return std::isinf(x) ? NAN : std::cos(x); }
double m_tan(double x) { return std::isinf(x) ? NAN : std::tan(x); }
double m_asin(double x) { return std::asin(x); }
double m_acos(double x) { return std::acos(x); }
double m_atan(double x) { return std::atan(x); }
double m_fabs(double x) { return std::fabs(x); }

constexpr const char* kSqrt = "sqrt";
constexpr const char* kLog2 = "log2";
constexpr const char* kLog10 = "log10";
constexpr const char* kExp = "exp";
constexpr const char* kSin = "sin";
constexpr const char* kCos = "cos";
constexpr const char* kTan = "tan";
constexpr const char* kAsin = "asin";
constexpr const char* kAcos = "acos";
constexpr const char* kAtan = "atan";
constexpr const char* kFabs = "fabs";

// math.floor / math.ceil: ints (through the value's own __floor__/__ceil__ for floats).
Value math_floor_ceil(const Value* args, std::size_t nargs, Tuple* kw, bool floor) {
  const char* name = floor ? "floor" : "ceil";
  if (!no_kwargs(name, kw) || !check_args(name, nargs, 1, 1)) return Value();
  if (is_int(args[0])) return newref(args[0]);
  double x;
  if (!math_arg(name, args[0], x)) return Value();
  return int_from_double(floor ? std::floor(x) : std::ceil(x));
}
Value math_floor(Value, const Value* a, std::size_t n, Tuple* kw) { return math_floor_ceil(a, n, kw, true); }
Value math_ceil(Value, const Value* a, std::size_t n, Tuple* kw) { return math_floor_ceil(a, n, kw, false); }

// math.log(x[, base])
Value math_log(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("log", kw) || !check_args("log", nargs, 1, 2)) return Value();
  double x, b = 0;
  if (!math_arg("log", args[0], x)) return Value();
  if (nargs == 2 && !math_arg("log", args[1], b)) return Value();
  if (x <= 0 || (nargs == 2 && b <= 0)) return raise(ValueErrorType, "math domain error");
  double r = std::log(x);
  if (nargs == 2) {
    if (b == 1.0) return raise(ZeroDivisionErrorType, "float division by zero");
    r /= std::log(b);
  }
  return make_float(r);
}

// math.pow, math.atan2, math.hypot, math.fmod, math.copysign: two floats.
template <double (*F)(double, double), const char* const* Name>
Value math_binary(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs(*Name, kw) || !check_args(*Name, nargs, 2, 2)) return Value();
  double x, y;
  if (!math_arg(*Name, args[0], x) || !math_arg(*Name, args[1], y)) return Value();
  double r = F(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return raise(ValueErrorType, "math domain error");
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return raise(OverflowErrorType, "math range error");
  return make_float(r);
}
double m_pow(double x, double y) { return std::pow(x, y); }
double m_atan2(double y, double x) { return std::atan2(y, x); }
double m_hypot(double x, double y) { return std::hypot(x, y); }
double m_fmod(double x, double y) { return y == 0 ? NAN : std::fmod(x, y); }
double m_copysign(double x, double y) { return std::copysign(x, y); }
constexpr const char* kPow = "pow";
constexpr const char* kAtan2 = "atan2";
constexpr const char* kHypot = "hypot";
constexpr const char* kFmod = "fmod";
constexpr const char* kCopysign = "copysign";

// math.isnan / isinf / isfinite
template <int Which>
Value math_is(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  const char* name = Which == 0 ? "isnan" : Which == 1 ? "isinf" : "isfinite";
  if (!no_kwargs(name, kw) || !check_args(name, nargs, 1, 1)) return Value();
  double x;
  if (!math_arg(name, args[0], x)) return Value();
  return newref(boolean(Which == 0 ? std::isnan(x) : Which == 1 ? std::isinf(x) : std::isfinite(x)));
}

// math.gcd(*ints) through the ints' own % (exact for big ints).
Value math_gcd(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("gcd", kw)) return Value();
  Value g = make_int(0);
  for (std::size_t i = 0; i < nargs; ++i) {
    if (!is_int(args[i])) {
      decref(g);
      return raise(TypeErrorType, "'" + type_of(args[i])->name + "' object cannot be interpreted as an integer");
    }
    Value a = newref(args[i]);
    Value b = g;
    // gcd(a, b) by Euclid on absolute values.
    Value aa = objects::binary_op(a, make_int(0), 10);  // a - 0 (a new ref of a)
    decref(a);
    if (!aa) return aa;
    if (int_sign(aa) < 0) {
      Value n = unary_negative(aa);
      decref(aa);
      aa = n;
    }
    while (int_sign(b) != 0) {
      Value r = objects::binary_op(aa, b, 6);  // aa % b
      decref(aa);
      aa = b;
      b = r;
      if (!b) {
        decref(aa);
        return b;
      }
    }
    decref(b);
    g = aa;
  }
  return g;
}

// The math module (made once).
Value math_module() {
  static Value m = [] {
    Value mod = new_module("math");
    put(mod, "pi", make_float(3.141592653589793));
    put(mod, "e", make_float(2.718281828459045));
    put(mod, "tau", make_float(6.283185307179586));
    put(mod, "inf", make_float(INFINITY));
    put(mod, "nan", make_float(NAN));
    put_fn(mod, "sqrt", math_unary<m_sqrt, &kSqrt>);
    put_fn(mod, "log", math_log);
    put_fn(mod, "log2", math_unary<m_log2, &kLog2>);
    put_fn(mod, "log10", math_unary<m_log10, &kLog10>);
    put_fn(mod, "exp", math_unary<m_exp, &kExp>);
    put_fn(mod, "sin", math_unary<m_sin, &kSin>);
    put_fn(mod, "cos", math_unary<m_cos, &kCos>);
    put_fn(mod, "tan", math_unary<m_tan, &kTan>);
    put_fn(mod, "asin", math_unary<m_asin, &kAsin>);
    put_fn(mod, "acos", math_unary<m_acos, &kAcos>);
    put_fn(mod, "atan", math_unary<m_atan, &kAtan>);
    put_fn(mod, "fabs", math_unary<m_fabs, &kFabs>);
    put_fn(mod, "floor", math_floor);
    put_fn(mod, "ceil", math_ceil);
    put_fn(mod, "pow", math_binary<m_pow, &kPow>);
    put_fn(mod, "atan2", math_binary<m_atan2, &kAtan2>);
    put_fn(mod, "hypot", math_binary<m_hypot, &kHypot>);
    put_fn(mod, "fmod", math_binary<m_fmod, &kFmod>);
    put_fn(mod, "copysign", math_binary<m_copysign, &kCopysign>);
    put_fn(mod, "isnan", math_is<0>);
    put_fn(mod, "isinf", math_is<1>);
    put_fn(mod, "isfinite", math_is<2>);
    put_fn(mod, "gcd", math_gcd);
    return mod;
  }();
  return m;
}

}  // namespace

void set_argv(const std::vector<std::string>& argv) { program_argv() = argv; }

Value import_module(Str* name, Value, Value level, Value) {
  const std::string n = str_utf8(name);
  if (level.is_small() && level.small_value() > 0)
    return raise(ImportErrorType, "attempted relative import with no known parent package");
  Value m;
  if (n == "sys") m = sys_module();
  else if (n == "math") m = math_module();
  if (!m) return raise(ModuleNotFoundErrorType, "No module named '" + n + "'");
  // Record it in sys.modules.
  Value mods = dict_get_str(static_cast<Module*>(sys_module().obj())->dict, intern("modules"));
  if (mods) dict_set(mods, Value::object(name), m);
  return newref(m);
}

int import_star(Value module, Value ns) {
  if (type_of(module) != ModuleType) {
    raise(ImportErrorType, "import * from a non-module");
    return -1;
  }
  Value d = static_cast<Module*>(module.obj())->dict;
  Value it = get_iter(d);
  if (!it) return -1;
  for (Value k; (k = iter_next(it));) {
    if (type_of(k) == StrType && str_utf8(static_cast<Str*>(k.obj())).rfind('_', 0) != 0) {
      if (dict_set(ns, k, dict_get(d, k)) < 0) {
        decref(k);
        decref(it);
        return -1;
      }
    }
    decref(k);
  }
  decref(it);
  return has_error() ? -1 : 0;
}

}  // namespace peppy::vm
