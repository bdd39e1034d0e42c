// mod_math.cpp: the math module (built into the VM): the constants and the float
// functions of CPython's math, with its ValueError/OverflowError rules.
#include <cerrno>
#include <cmath>
#include <string>

#include "objects/core.hpp"
#include "vm/modules.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

void put(Value module, const char* name, Value value) { module_put(module, name, value); }
void put_fn(Value module, const char* name, NativeFn fn) { module_put_fn(module, name, fn); }

// A float argument (int or float) of a math function; false with TypeError set.
}  // namespace

// Checks a call of a one-argument math function with CPython's messages
// ("math.sqrt() takes exactly one argument (2 given)"); false with TypeError set.
bool math_one_arg(const char* name, std::size_t nargs, Tuple* kw) {
  std::string full = std::string("math.") + name;
  return no_kwargs(full.c_str(), kw) && check_exact(full.c_str(), nargs, 1);
}

bool math_arg(const char* fname, Value v, double& out) {
  if (is_float(v)) {
    out = static_cast<objects::Float*>(v.obj())->value;
    return true;
  }
  if (is_int(v)) return int_to_double(v, out);
  Type* t = type_of(v);
  if (t->to_float || t->index) {
    Value f = t->to_float ? t->to_float(v) : index_to_int(v);
    if (!f) return false;
    bool ok = true;
    if (is_float(f)) out = static_cast<objects::Float*>(f.obj())->value;
    else if (is_int(f)) ok = int_to_double(f, out);
    else {
      raise_fmt(TypeErrorType, "%s.__float__ returned non-float (type %s)", {t->name, type_name(f)});
      ok = false;
    }
    decref(f);
    return ok;
  }
  raise(TypeErrorType, std::string("must be real number, not ") + type_of(v)->name);
  (void)fname;
  return false;
}

namespace {
template <double (*F)(double), const char* const* Name>
Value math_unary(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!math_one_arg(*Name, nargs, kw)) return Value();
  double x;
  if (!math_arg(*Name, args[0], x)) return Value();
  errno = 0;
  double r = F(x);
  if (std::isnan(r) && !std::isnan(x)) return raise(ValueErrorType, "math domain error");
  if (std::isinf(r) && std::isfinite(x)) return raise(OverflowErrorType, "math range error");
  return make_float(r);
}

double m_sqrt(double x) { return x < 0 ? NAN : std::sqrt(x); }
double m_exp(double x) { return std::exp(x); }
double m_sin(double x) { return std::isinf(x) ? NAN : std::sin(x); }
double m_cos(double x) { return std::isinf(x) ? NAN : std::cos(x); }
double m_tan(double x) { return std::isinf(x) ? NAN : std::tan(x); }
double m_asin(double x) { return std::asin(x); }
double m_acos(double x) { return std::acos(x); }
double m_atan(double x) { return std::atan(x); }
double m_fabs(double x) { return std::fabs(x); }

constexpr const char* kSqrt = "sqrt";
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
  if (!math_one_arg(name, nargs, kw)) return Value();
  if (is_int(args[0])) return index_to_int(args[0]);
  if (!is_float(args[0])) {
    bool found = false;
    Value r = call_special(args[0], floor ? names.floor : names.ceil, nullptr, 0, &found);
    if (found || r) return r;
  }
  double x;
  if (!math_arg(name, args[0], x)) return Value();
  return int_from_double(floor ? std::floor(x) : std::ceil(x));
}
Value math_floor(Value, const Value* a, std::size_t n, Tuple* kw) { return math_floor_ceil(a, n, kw, true); }
Value math_ceil(Value, const Value* a, std::size_t n, Tuple* kw) { return math_floor_ceil(a, n, kw, false); }

// log of x by F (log, log2 or log10): big ints work through their mantissa and exponent;
// false with ValueError for x <= 0.
bool log_of(Value v, double (*F)(double), double& out) {
  if (is_int(v)) {
    if (int_sign(v) <= 0) {
      raise(ValueErrorType, "math domain error");
      return false;
    }
    IntView iv(v);
    if (mpz_bits(iv.z) <= 1000) {
      double d;
      if (!int_to_double(v, d)) return false;
      out = F(d);
      return true;
    }
    long e = 0;
    double m = mpz_get_d_2exp(&e, iv.z);
    out = F(m) + static_cast<double>(e) * F(2.0);
    return true;
  }
  double x;
  if (!math_arg("log", v, x)) return false;
  if (std::isnan(x)) {
    out = x;
    return true;
  }
  if (x <= 0) {
    raise(ValueErrorType, "math domain error");
    return false;
  }
  out = F(x);
  return true;
}
double f_log(double x) { return std::log(x); }
double f_log2(double x) { return std::log2(x); }
double f_log10(double x) { return std::log10(x); }

// math.log(x[, base])
Value math_log(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("log", kw)) return Value();
  if (nargs < 1 || nargs > 2) return raise(TypeErrorType, "math.log requires 1 to 2 arguments");
  double r, b = 0;
  if (!log_of(args[0], f_log, r)) return Value();
  if (nargs == 2) {
    if (!log_of(args[1], f_log, b)) return Value();
    if (b == 0.0) return raise(ZeroDivisionErrorType, "float division by zero");
    r /= b;
  }
  return make_float(r);
}
// math.log2 / math.log10
template <int Ten>
Value math_log_n(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  const char* name = Ten ? "log10" : "log2";
  if (!math_one_arg(name, nargs, kw)) return Value();
  double r;
  if (!log_of(args[0], Ten ? f_log10 : f_log2, r)) return Value();
  return make_float(r);
}

// math.pow, math.atan2, math.hypot, math.fmod, math.copysign: two floats.
template <double (*F)(double, double), const char* const* Name>
Value math_binary(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs((std::string("math.") + *Name).c_str(), kw) || !check_args(*Name, nargs, 2, 2)) return Value();
  double x, y;
  if (!math_arg(*Name, args[0], x) || !math_arg(*Name, args[1], y)) return Value();
  double r = F(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return raise(ValueErrorType, "math domain error");
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return raise(OverflowErrorType, "math range error");
  return make_float(r);
}
double m_pow(double x, double y) { return (x == 0 && y < 0 && std::isfinite(y)) ? NAN : std::pow(x, y); }
double m_atan2(double y, double x) { return std::atan2(y, x); }
double m_fmod(double x, double y) { return y == 0 ? NAN : std::fmod(x, y); }
double m_copysign(double x, double y) { return std::copysign(x, y); }
constexpr const char* kPow = "pow";
constexpr const char* kAtan2 = "atan2";
constexpr const char* kFmod = "fmod";
constexpr const char* kCopysign = "copysign";

// math.isnan / isinf / isfinite
template <int Which>
Value math_is(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  const char* name = Which == 0 ? "isnan" : Which == 1 ? "isinf" : "isfinite";
  if (!math_one_arg(name, nargs, kw)) return Value();
  double x;
  if (!math_arg(name, args[0], x)) return Value();
  return newref(boolean(Which == 0 ? std::isnan(x) : Which == 1 ? std::isinf(x) : std::isfinite(x)));
}

// math.gcd(*integers): exact for big ints; arguments go through __index__.
Value math_gcd(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("math.gcd", kw)) return Value();
  mpz_t g;
  mpz_init(g);
  for (std::size_t i = 0; i < nargs; ++i) {
    Value v = index_to_int(args[i]);
    if (!v) {
      mpz_clear(g);
      return v;
    }
    {
      IntView iv(v);
      mpz_gcd(g, g, iv.z);
    }
    decref(v);
  }
  return make_int_from_mpz(g);
}

}  // namespace

void add_math_float_functions(Value mod);  // mod_math_float.cpp
void add_math_int_functions(Value mod);    // mod_math_int.cpp

// The math module.
Value make_math_module() {
  {
    Value mod = new_module("math");
    put(mod, "pi", make_float(3.141592653589793));
    put(mod, "e", make_float(2.718281828459045));
    put(mod, "tau", make_float(6.283185307179586));
    put(mod, "inf", make_float(INFINITY));
    put(mod, "nan", make_float(NAN));
    put_fn(mod, "sqrt", math_unary<m_sqrt, &kSqrt>);
    put_fn(mod, "log", math_log);
    put_fn(mod, "log2", math_log_n<0>);
    put_fn(mod, "log10", math_log_n<1>);
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
        put_fn(mod, "fmod", math_binary<m_fmod, &kFmod>);
    put_fn(mod, "copysign", math_binary<m_copysign, &kCopysign>);
    put_fn(mod, "isnan", math_is<0>);
    put_fn(mod, "isinf", math_is<1>);
    put_fn(mod, "isfinite", math_is<2>);
    put_fn(mod, "gcd", math_gcd);
    add_math_float_functions(mod);
    add_math_int_functions(mod);
    return mod;
  }
}


}  // namespace peppy::vm
