// mod_math_float.cpp: the rest of the math module's float functions (hyperbolic, error and
// gamma functions, fsum, isclose, dist, hypot, frexp/ldexp/modf, nextafter/ulp, trunc, ...)
// with CPython's ValueError/OverflowError rules and messages.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include "objects/core.hpp"
#include "vm/modules.hpp"

namespace peppy::vm {

using namespace objects;

bool math_arg(const char* fname, Value v, double& out);  // mod_math.cpp

bool math_one_arg(const char* name, std::size_t nargs, Tuple* kw);  // mod_math.cpp

namespace {

// Checks a one-argument call and converts its argument.
bool one_float(const char* name, const Value* args, std::size_t nargs, Tuple* kw, double& x) {
  return math_one_arg(name, nargs, kw) && math_arg(name, args[0], x);
}

// A float function of one argument: a NaN from a non-NaN is a domain error, an infinity from
// a finite argument a range error (functions return NaN for their poles).
template <double (*F)(double), const char* const* Name>
Value unary(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  double x;
  if (!one_float(*Name, args, nargs, kw, x)) return Value();
  double r = F(x);
  if (std::isnan(r) && !std::isnan(x)) return raise(ValueErrorType, "math domain error");
  if (std::isinf(r) && std::isfinite(x)) return raise(OverflowErrorType, "math range error");
  return make_float(r);
}

// The Lanczos approximation CPython's gamma and lgamma use (g = 6.0246800407767296, 13 terms
// as a rational function; these coefficients are facts of the method).
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr int kLanczosN = 13;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[kLanczosN] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                           45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                           1925.0,     66.0,       1.0};
constexpr double kPi = 3.141592653589793238462643383279502884197;

// The Lanczos sum at x >= 0 (evaluated from the side that keeps it accurate).
double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN - 1; i >= 0; --i) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; ++i) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

// sin(pi * x) with the argument reduced first (exact zeros at whole numbers).
double sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r;
  switch (n) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// True if x is a non-positive whole number (a pole of gamma).
bool is_pole(double x) { return x <= 0 && std::floor(x) == x; }
double m_sinh(double x) { return std::sinh(x); }
double m_cosh(double x) { return std::cosh(x); }
double m_tanh(double x) { return std::tanh(x); }
double m_asinh(double x) { return std::asinh(x); }
double m_acosh(double x) { return std::acosh(x); }
double m_atanh(double x) { return std::fabs(x) >= 1 ? NAN : std::atanh(x); }
double m_expm1(double x) { return std::expm1(x); }
double m_log1p(double x) { return x <= -1 ? NAN : std::log1p(x); }
double m_erf(double x) { return std::erf(x); }
double m_erfc(double x) { return std::erfc(x); }
// gamma(x) by the Lanczos approximation (NaN at the poles, inf on overflow).
double m_gamma(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return x > 0 ? x : NAN;
  if (is_pole(x)) return NAN;
  if (x == std::floor(x) && x <= 23) {
    double f = 1.0;
    for (int i = 2; i < static_cast<int>(x); ++i) f *= i;
    return f;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return 1.0 / x;
  if (absx > 200.0) return x < 0 ? 0.0 / sinpi(x) : INFINITY;
  double y = absx + kLanczosGMinusHalf, q, z;
  if (absx > kLanczosGMinusHalf) {
    q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sq = std::pow(y, absx / 2.0 - 0.25);
      r /= sq;
      r /= sq;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sq = std::pow(y, absx / 2.0 - 0.25);
      r *= sq;
      r *= sq;
    }
  }
  return r;
}
// log(|gamma(x)|) by the Lanczos approximation.
double m_lgamma(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return INFINITY;
  if (is_pole(x)) return NAN;
  if (x == 1.0 || x == 2.0) return 0.0;
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = 1.144729885849400174143427351353058711647 - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  return r;
}
double m_cbrt(double x) { return std::cbrt(x); }
double m_exp2(double x) { return std::exp2(x); }
double m_degrees(double x) { return x * (180.0 / 3.141592653589793); }
double m_radians(double x) { return x * (3.141592653589793 / 180.0); }
constexpr const char* kSinh = "sinh";
constexpr const char* kCosh = "cosh";
constexpr const char* kTanh = "tanh";
constexpr const char* kAsinh = "asinh";
constexpr const char* kAcosh = "acosh";
constexpr const char* kAtanh = "atanh";
constexpr const char* kExpm1 = "expm1";
constexpr const char* kLog1p = "log1p";
constexpr const char* kErf = "erf";
constexpr const char* kErfc = "erfc";
constexpr const char* kGamma = "gamma";
constexpr const char* kLgamma = "lgamma";
constexpr const char* kCbrt = "cbrt";
constexpr const char* kExp2 = "exp2";
constexpr const char* kDegrees = "degrees";
constexpr const char* kRadians = "radians";

// Two floats of a binary call; false with the error set.
bool two_floats(const char* name, const Value* args, std::size_t nargs, Tuple* kw, double& x, double& y) {
  return no_kwargs((std::string("math.") + name).c_str(), kw) && check_args(name, nargs, 2, 2) && math_arg(name, args[0], x) &&
         math_arg(name, args[1], y);
}

// math.remainder(x, y): IEEE 754 remainder.
Value math_remainder(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_floats("remainder", args, nargs, kw, x, y)) return Value();
  if (std::isnan(x) || std::isnan(y)) return make_float(NAN);
  if (std::isinf(x) || y == 0) return raise(ValueErrorType, "math domain error");
  if (std::isinf(y)) return make_float(x);
  return make_float(std::remainder(x, y));
}

// math.nextafter(x, y)
Value math_nextafter(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_floats("nextafter", args, nargs, kw, x, y)) return Value();
  return make_float(std::nextafter(x, y));
}

// math.ulp(x)
Value math_ulp(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  double x;
  if (!one_float("ulp", args, nargs, kw, x)) return Value();
  if (std::isnan(x)) return make_float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return make_float(x);
  double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) return make_float(x - std::nextafter(x, 0.0));
  return make_float(up - x);
}

// math.frexp(x) -> (mantissa, exponent)
Value math_frexp(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  double x;
  if (!one_float("frexp", args, nargs, kw, x)) return Value();
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
  Value a = make_float(m), b = make_int(e);
  Value t = tuple_pack({a, b});
  decref(a);
  decref(b);
  return t;
}

// math.modf(x) -> (fractional part, integer part)
Value math_modf(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  double x;
  if (!one_float("modf", args, nargs, kw, x)) return Value();
  double ip, fp;
  if (std::isinf(x)) {
    ip = x;
    fp = std::copysign(0.0, x);
  } else {
    fp = std::modf(x, &ip);
  }
  Value a = make_float(fp), b = make_float(ip);
  Value t = tuple_pack({a, b});
  decref(a);
  decref(b);
  return t;
}

// math.ldexp(x, i)
Value math_ldexp(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("math.ldexp", kw) || !check_args("ldexp", nargs, 2, 2)) return Value();
  double x;
  if (!math_arg("ldexp", args[0], x)) return Value();
  if (!is_int(args[1])) return raise(TypeErrorType, "Expected an int as second argument to ldexp.");
  IntView iv(args[1]);
  long e;
  if (mpz_fits_slong_p(iv.z)) e = mpz_get_si(iv.z);
  else e = mpz_sgn(iv.z) < 0 ? -100000 : 100000;
  if (e > 100000) e = 100000;
  if (e < -100000) e = -100000;
  if (x == 0 || !std::isfinite(x)) return make_float(x);
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) return raise(OverflowErrorType, "math range error");
  return make_float(r);
}

// math.trunc(x) through x.__trunc__()
Value math_trunc(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!math_one_arg("trunc", nargs, kw)) return Value();
  Value x = args[0];
  if (is_int(x)) return index_to_int(x);
  if (is_float(x)) return int_from_double(std::trunc(static_cast<objects::Float*>(x.obj())->value));
  bool found = false;
  Value r = call_special(x, names.trunc, nullptr, 0, &found);
  if (found || r) return r;
  return raise_fmt(TypeErrorType, "type %s doesn't define __trunc__ method", {type_name(x)});
}

// Exactly rounded sum of doubles (Shewchuk's partials, as CPython's fsum).
class ExactSum {
 public:
  // Adds x; false with OverflowError on an intermediate overflow.
  bool add(double x) {
    double orig = x;
    std::size_t n = 0;
    for (double y : partials_) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials_[n++] = lo;
      x = hi;
    }
    partials_.resize(n);
    if (x == 0.0) return true;
    if (!std::isfinite(x)) {
      if (std::isfinite(orig)) {
        raise(OverflowErrorType, "intermediate overflow in fsum");
        return false;
      }
      if (std::isinf(orig)) inf_sum_ += orig;
      special_ += orig;
      partials_.clear();
    } else {
      partials_.push_back(x);
    }
    return true;
  }
  // The correctly rounded total; false with ValueError for inf + -inf.
  bool total(double& out) {
    if (special_ != 0.0) {
      if (std::isnan(inf_sum_)) {
        raise(ValueErrorType, "-inf + inf in fsum");
        return false;
      }
      out = special_;
      return true;
    }
    std::size_t n = partials_.size();
    double hi = 0.0, lo = 0.0;
    if (n > 0) {
      hi = partials_[--n];
      while (n > 0) {
        double x = hi, y = partials_[--n];
        hi = x + y;
        double yr = hi - x;
        lo = y - yr;
        if (lo != 0.0) break;
      }
      // Round half to even over the remaining partials.
      if (n > 0 && ((lo < 0 && partials_[n - 1] < 0) || (lo > 0 && partials_[n - 1] > 0))) {
        double y = lo * 2;
        double x = hi + y;
        double yr = x - hi;
        if (y == yr) hi = x;
      }
    }
    out = hi;
    return true;
  }

 private:
  std::vector<double> partials_;
  double special_ = 0.0, inf_sum_ = 0.0;
};

// math.fsum(iterable)
Value math_fsum(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!math_one_arg("fsum", nargs, kw)) return Value();
  ExactSum sum;
  int rc = for_each(args[0], [&](Value item) {
    double x;
    if (!math_arg("fsum", item, x)) return -1;
    return sum.add(x) ? 0 : -1;
  });
  double out;
  if (rc < 0 || !sum.total(out)) return Value();
  return make_float(out);
}

// The Euclidean norm of v (scaled to avoid overflow, summed exactly).
double vector_norm(std::vector<double>& v) {
  double max = 0;
  bool nan = false;
  for (double x : v) {
    x = std::fabs(x);
    if (std::isinf(x)) return INFINITY;
    if (std::isnan(x)) nan = true;
    else if (x > max) max = x;
  }
  if (nan) return NAN;
  if (max == 0 || v.size() <= 1) return max;
  int e;
  std::frexp(max, &e);
  ExactSum sum;
  for (double x : v) {
    double s = std::ldexp(x, -e);
    // s*s exactly as hi + lo (the low part through fma).
    double hi = s * s;
    double lo = std::fma(s, s, -hi);
    sum.add(hi);
    sum.add(lo);
  }
  // The sum of squares as hi + lo, then sqrt with one Newton correction step so the
  // result is the correctly rounded root of the exact sum.
  ExactSum rest = sum;
  double hi = 0.0, lo = 0.0;
  sum.total(hi);
  rest.add(-hi);
  rest.total(lo);
  double h = std::sqrt(hi);
  double residual = std::fma(-h, h, hi) + lo;
  h += residual / (2.0 * h);
  return std::ldexp(h, e);
}

// math.hypot(*coordinates)
Value math_hypot(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("math.hypot", kw)) return Value();
  std::vector<double> v(nargs);
  for (std::size_t i = 0; i < nargs; ++i)
    if (!math_arg("hypot", args[i], v[i])) return Value();
  return make_float(vector_norm(v));
}

// The floats of a point (any iterable) for dist; false with the error set.
bool point(Value p, std::vector<double>& out) {
  return for_each(p, [&](Value item) {
           double x;
           if (!math_arg("dist", item, x)) return -1;
           out.push_back(x);
           return 0;
         }) == 0;
}

// math.dist(p, q)
Value math_dist(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("math.dist", kw) || !check_args("dist", nargs, 2, 2)) return Value();
  std::vector<double> p, q;
  if (!point(args[0], p) || !point(args[1], q)) return Value();
  if (p.size() != q.size()) return raise(ValueErrorType, "both points must have the same number of dimensions");
  for (std::size_t i = 0; i < p.size(); ++i) p[i] -= q[i];
  return make_float(vector_norm(p));
}

// math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
Value math_isclose(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"a", "b", "rel_tol", "abs_tol"};
  if (nargs > 2) {
    return raise(TypeErrorType,
                 "isclose() takes exactly 2 positional arguments (" + std::to_string(nargs) + " given)");
  }
  // A missing a or b is reported before an unknown keyword, as CPython does.
  for (std::size_t i = nargs; i < 2; ++i) {
    bool given = false;
    for (std::size_t j = 0; kw && j < kw->length; ++j)
      if (str_utf8(as_str(kw->items[j])) == kNames[i]) given = true;
    if (!given) {
      return raise(TypeErrorType, std::string("isclose() missing required argument '") + kNames[i] + "' (pos " +
                                      std::to_string(i + 1) + ")");
    }
  }
  Value v[4] = {};
  if (!parse_args("isclose", args, nargs, kw, kNames, 4, 2, v, 2)) return Value();
  double a, b, rel = 1e-09, abs_tol = 0.0;
  if (!math_arg("isclose", v[0], a) || !math_arg("isclose", v[1], b)) return Value();
  if (v[2] && !math_arg("isclose", v[2], rel)) return Value();
  if (v[3] && !math_arg("isclose", v[3], abs_tol)) return Value();
  if (rel < 0.0 || abs_tol < 0.0) return raise(ValueErrorType, "tolerances must be non-negative");
  if (a == b) return newref(boolean(true));
  if (std::isinf(a) || std::isinf(b)) return newref(boolean(false));
  double diff = std::fabs(b - a);
  bool close = (diff <= std::fabs(rel * b)) || (diff <= std::fabs(rel * a)) || diff <= abs_tol;
  return newref(boolean(close));
}

}  // namespace

// Adds the functions above to the math module.
void add_math_float_functions(Value mod) {
  module_put_fn(mod, "sinh", unary<m_sinh, &kSinh>);
  module_put_fn(mod, "cosh", unary<m_cosh, &kCosh>);
  module_put_fn(mod, "tanh", unary<m_tanh, &kTanh>);
  module_put_fn(mod, "asinh", unary<m_asinh, &kAsinh>);
  module_put_fn(mod, "acosh", unary<m_acosh, &kAcosh>);
  module_put_fn(mod, "atanh", unary<m_atanh, &kAtanh>);
  module_put_fn(mod, "expm1", unary<m_expm1, &kExpm1>);
  module_put_fn(mod, "log1p", unary<m_log1p, &kLog1p>);
  module_put_fn(mod, "erf", unary<m_erf, &kErf>);
  module_put_fn(mod, "erfc", unary<m_erfc, &kErfc>);
  module_put_fn(mod, "gamma", unary<m_gamma, &kGamma>);
  module_put_fn(mod, "lgamma", unary<m_lgamma, &kLgamma>);
  module_put_fn(mod, "cbrt", unary<m_cbrt, &kCbrt>);
  module_put_fn(mod, "exp2", unary<m_exp2, &kExp2>);
  module_put_fn(mod, "degrees", unary<m_degrees, &kDegrees>);
  module_put_fn(mod, "radians", unary<m_radians, &kRadians>);
  module_put_fn(mod, "remainder", math_remainder);
  module_put_fn(mod, "nextafter", math_nextafter);
  module_put_fn(mod, "ulp", math_ulp);
  module_put_fn(mod, "frexp", math_frexp);
  module_put_fn(mod, "modf", math_modf);
  module_put_fn(mod, "ldexp", math_ldexp);
  module_put_fn(mod, "trunc", math_trunc);
  module_put_fn(mod, "fsum", math_fsum);
  module_put_fn(mod, "hypot", math_hypot);
  module_put_fn(mod, "dist", math_dist);
  module_put_fn(mod, "isclose", math_isclose);
}

}  // namespace peppy::vm
