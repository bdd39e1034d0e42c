// float.cpp: float. The shortest round-trip repr (std::to_chars, then Python's layout
// rules), parsing with Python's syntax, arithmetic with Python's floor division and
// modulo and errors, exact comparisons with ints, CPython's hash, round() and the
// float methods.
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "bytecode/opcodes.hpp"
#include "objects/alloc.hpp"
#include "objects/core.hpp"

namespace peppy::objects {

static Type g_float;
Type* const FloatType = &g_float;

// ---------------------------------------------------------------- allocation
static Float* g_free_floats = nullptr;  // freed exact floats, chained through `type`
static int g_num_free = 0;

// A new float.
Value make_float(double v) {
  Float* f;
  if (g_free_floats) {
    f = g_free_floats;
    g_free_floats = reinterpret_cast<Float*>(f->type);
    --g_num_free;
  } else {
    f = static_cast<Float*>(obj_malloc(sizeof(Float)));
    if (!f) return raise_no_memory();
  }
  f->refcnt = 1;
  f->type = FloatType;
  f->value = v;
  return val(f);
}

// Frees a float (exact floats go to the free list).
static void float_dealloc(Object* o) {
  if (o->type == FloatType && g_num_free < 200) {
    o->type = reinterpret_cast<Type*>(g_free_floats);
    g_free_floats = static_cast<Float*>(o);
    ++g_num_free;
    return;
  }
  if (o->type == FloatType) {
    obj_free(o, sizeof(Float));
    return;
  }
  free_instance(o);
}

// ---------------------------------------------------------------- repr
// Python's repr of a double: shortest round-trip digits; fixed notation when the decimal
// exponent is in [-4, 16), else d.ddde+XX.
std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string_view s(buf, static_cast<std::size_t>(res.ptr - buf));
  std::string out;
  if (s[0] == '-') {
    out += '-';
    s.remove_prefix(1);
  }
  std::size_t epos = s.find('e');
  std::string digits;
  for (char c : s.substr(0, epos))
    if (c != '.') digits += c;
  int exp = std::atoi(std::string(s.substr(epos + 1)).c_str());
  int decpt = exp + 1;  // digits * 10**(decpt - len)
  int nd = static_cast<int>(digits.size());
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out += "0.";
      out.append(static_cast<std::size_t>(-decpt), '0');
      out += digits;
    } else if (decpt >= nd) {
      out += digits;
      out.append(static_cast<std::size_t>(decpt - nd), '0');
      out += ".0";
    } else {
      out += digits.substr(0, static_cast<std::size_t>(decpt));
      out += '.';
      out += digits.substr(static_cast<std::size_t>(decpt));
    }
  } else {
    out += digits[0];
    if (nd > 1) {
      out += '.';
      out += digits.substr(1);
    }
    int e = decpt - 1;
    out += e < 0 ? "e-" : "e+";
    int ae = e < 0 ? -e : e;
    if (ae < 10) out += '0';
    out += std::to_string(ae);
  }
  return out;
}

// repr() of float.
static Value float_repr_slot(Value v) { return make_str_ascii(float_repr(as_float(v)->value)); }

// ---------------------------------------------------------------- parsing
// Python's whitespace (for stripping).
static bool fspace(char32_t c) {
  return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Parses Python float text (no surrounding spaces); false if malformed.
static bool parse_float_text(std::u32string_view s, double& out) {
  std::string a;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (c == '_') {
      // An underscore must sit between two digits.
      if (i == 0 || i + 1 >= s.size() || !(s[i - 1] >= '0' && s[i - 1] <= '9') || !(s[i + 1] >= '0' && s[i + 1] <= '9'))
        return false;
      continue;
    }
    if (c >= 0x660) {
      // Unicode decimal digits count as digits.
      static const char32_t kZeros[] = {0x660, 0x6F0, 0x966, 0x9E6, 0xFF10};
      bool ok = false;
      for (char32_t z : kZeros)
        if (c >= z && c < z + 10) {
          a += static_cast<char>('0' + (c - z));
          ok = true;
        }
      if (!ok) return false;
      continue;
    }
    if (c > 127) return false;
    a += static_cast<char>(c);
  }
  if (a.empty()) return false;
  std::size_t i = 0;
  bool neg = false;
  if (a[0] == '+' || a[0] == '-') {
    neg = a[0] == '-';
    i = 1;
  }
  std::string rest = a.substr(i);
  std::string low;
  for (char c : rest) low += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (low == "inf" || low == "infinity") {
    out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (low == "nan") {
    out = neg ? -NAN : NAN;
    return true;
  }
  // Only digits, one '.', an exponent: from_chars also takes "inf"/hex, which were handled.
  bool digit_seen = false;
  for (std::size_t k = 0; k < rest.size(); ++k) {
    char c = rest[k];
    if (c >= '0' && c <= '9') {
      digit_seen = true;
    } else if (c == '.' || c == 'e' || c == 'E' || ((c == '+' || c == '-') && k > 0 && (rest[k - 1] | 0x20) == 'e')) {
    } else {
      return false;
    }
  }
  if (!digit_seen) return false;
  double v = 0;
  auto [p, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), v);
  if (p != rest.data() + rest.size()) return false;
  if (ec == std::errc::result_out_of_range) {
    // from_chars leaves v unchanged on range errors: recompute with strtod (inf or 0).
    v = std::strtod(rest.c_str(), nullptr);
  } else if (ec != std::errc()) {
    return false;
  }
  out = neg ? -v : v;
  return true;
}

// float(s) for a str; ValueError "could not convert string to float: 'x'".
Value float_from_string(std::u32string_view s, Value orig) {
  std::size_t i = 0, n = s.size();
  while (i < n && fspace(s[i])) ++i;
  while (n > i && fspace(s[n - 1])) --n;
  double d;
  if (parse_float_text(s.substr(i, n - i), d)) return make_float(d);
  Value o = orig ? newref(orig) : make_str(s);
  std::string r = is_str(o) ? str_repr_utf8(as_str(o)) : std::string();
  if (!is_str(o)) {
    Value rr = repr(o);
    if (rr) {
      r = str_utf8_ref(as_str(rr));
      decref(rr);
    }
  }
  decref(o);
  return raise_fmt(ValueErrorType, "could not convert string to float: %s", {r});
}

// ---------------------------------------------------------------- hashing and comparing
// CPython's hash of a double: the value as a rational modulo 2**61 - 1.
std::int64_t hash_double(double d, Value obj) {
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return hash_pointer(obj);
  constexpr std::uint64_t P = (std::uint64_t{1} << 61) - 1;
  int e;
  double m = std::frexp(std::fabs(d), &e);
  auto M = static_cast<std::uint64_t>(std::ldexp(m, 53));
  e -= 53;
  int s = e % 61;
  if (s < 0) s += 61;
  std::uint64_t h = s == 0 ? M : (((M << s) & P) | (M >> (61 - s)));
  if (h >= P) h -= P;
  auto r = d < 0 ? -static_cast<std::int64_t>(h) : static_cast<std::int64_t>(h);
  return r == -1 ? -2 : r;
}
// hash() of float.
static std::int64_t float_hash(Value v) { return hash_double(as_float(v)->value, v); }

// Three-way comparison of a double with an int, exact; 2 if d is nan.
int float_compare_int(double d, Value i) {
  if (std::isnan(d)) return 2;
  if (i.is_small()) {
    std::int64_t x = i.small_value();
    const std::int64_t lim = std::int64_t{1} << 53;
    if (x <= lim && x >= -lim) {
      double y = static_cast<double>(x);
      return d < y ? -1 : d > y;
    }
  }
  if (std::isinf(d)) return d > 0 ? 1 : -1;
  double t = std::trunc(d);
  mpz_t z;
  mpz_init_set_d(z, t);
  IntView iv(i);
  int c = mpz_cmp(z, iv.z);
  mpz_clear(z);
  if (c != 0) return c > 0 ? 1 : -1;
  double frac = d - t;
  return frac > 0 ? 1 : frac < 0 ? -1 : 0;
}

// Reads a float or int operand; false (no error) if neither, false with an error on overflow.
static inline bool to_double(Value v, double& out) {
  if (v.is_object() && (v.obj()->type->flags & TF_FLOAT_SUBCLASS)) {
    out = as_float(v)->value;
    return true;
  }
  if (is_int(v)) return int_to_double(v, out);
  return false;
}
#define OPERANDS(a, b, x, y)                         \
  double x, y;                                       \
  if (!to_double(a, x) || !to_double(b, y)) {        \
    if (has_error()) return Value();                 \
    return newref(NotImplemented());                 \
  }

// a op b with floats (and ints compared exactly).
static Value float_richcompare(Value a, Value b, int op) {
  if (!is_float(a)) return newref(NotImplemented());
  double x = as_float(a)->value;
  if (is_float(b)) {
    double y = as_float(b)->value;
    if (std::isnan(x) || std::isnan(y)) return newref(boolean(op == 3));
    return newref(cmp_result(x < y ? -1 : x > y, op));
  }
  if (is_int(b)) {
    int c = float_compare_int(x, b);
    if (c == 2) return newref(boolean(op == 3));
    return newref(cmp_result(c, op));
  }
  return newref(NotImplemented());
}

// ---------------------------------------------------------------- arithmetic
static Value float_add(Value a, Value b) {
  OPERANDS(a, b, x, y);
  return make_float(x + y);
}
// The Subtract operator.
static Value float_sub(Value a, Value b) {
  OPERANDS(a, b, x, y);
  return make_float(x - y);
}
// The Multiply operator.
static Value float_mul(Value a, Value b) {
  OPERANDS(a, b, x, y);
  return make_float(x * y);
}
// The TrueDivide operator.
static Value float_truediv(Value a, Value b) {
  OPERANDS(a, b, x, y);
  if (y == 0.0) return raise(ZeroDivisionErrorType, "float division by zero");
  return make_float(x / y);
}

// Python's divmod of doubles (y != 0).
static void float_divmod_raw(double vx, double wx, double& floordiv, double& mod) {
  mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}
// The FloorDivide operator.
static Value float_floordiv(Value a, Value b) {
  OPERANDS(a, b, x, y);
  if (y == 0.0) return raise(ZeroDivisionErrorType, "float floor division by zero");
  double q, m;
  float_divmod_raw(x, y, q, m);
  return make_float(q);
}
// The Remainder operator.
static Value float_mod(Value a, Value b) {
  OPERANDS(a, b, x, y);
  if (y == 0.0) return raise(ZeroDivisionErrorType, "float modulo");
  double m = std::fmod(x, y);
  if (m != 0.0) {
    if ((y < 0) != (m < 0)) m += y;
  } else {
    m = std::copysign(0.0, y);
  }
  return make_float(m);
}
// divmod(a, b) for floats.
Value float_divmod_values(Value a, Value b) {
  OPERANDS(a, b, x, y);
  if (y == 0.0) return raise(ZeroDivisionErrorType, "float divmod()");
  double q, m;
  float_divmod_raw(x, y, q, m);
  Value t = make_tuple(2);
  as_tuple(t)->items[0] = make_float(q);
  as_tuple(t)->items[1] = make_float(m);
  return t;
}

// x ** y for doubles with Python's special cases and errors.
Value float_pow_values(double x, double y) {
  if (y == 0.0) return make_float(1.0);
  if (std::isnan(x)) return make_float(x);
  if (std::isnan(y)) return make_float(x == 1.0 ? 1.0 : y);
  if (std::isinf(y)) {
    double ax = std::fabs(x);
    if (ax == 1.0) return make_float(1.0);
    return make_float((ax > 1.0) == (y > 0) ? HUGE_VAL : 0.0);
  }
  if (x == 0.0 && y < 0) return raise(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power");
  if (x < 0 && y != std::floor(y) && !std::isinf(x)) {
    // A negative base to a fractional power: the complex result.
    double len = std::pow(-x, y);
    double phase = M_PI * y;
    return make_complex(len * std::cos(phase), len * std::sin(phase));
  }
  errno = 0;
  double r = std::pow(x, y);
  if (std::isinf(r) && !std::isinf(x)) return raise(OverflowErrorType, "(34, 'Numerical result out of range')");
  return make_float(r);
}
// The Power operator.
static Value float_pow(Value a, Value b) {
  OPERANDS(a, b, x, y);
  return float_pow_values(x, y);
}
// pow() of float with a modulus.
static Value float_power3(Value a, Value b, Value c) {
  if (c != None()) return raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
  return float_pow(a, b);
}

// -float.
static Value float_neg(Value v) { return make_float(-as_float(v)->value); }
// +float.
static Value float_pos(Value v) { return is_exact(v, FloatType) ? newref(v) : make_float(as_float(v)->value); }
// abs() of float.
static Value float_abs(Value v) { return make_float(std::fabs(as_float(v)->value)); }
// bool() of float.
static int float_bool(Value v) { return as_float(v)->value != 0.0; }
// int() of float.
static Value float_int(Value v) { return int_from_double(as_float(v)->value); }

// ---------------------------------------------------------------- float()
// float(x) for one argument.
static Value float_from_object(Value x) {
  if (is_exact(x, FloatType)) return newref(x);
  if (is_float(x)) return make_float(as_float(x)->value);
  if (is_str(x)) return float_from_string(str_view(as_str(x)), x);
  if (is_int(x)) {
    double d;
    if (!int_to_double(x, d)) return Value();
    return make_float(d);
  }
  Type* t = type_of(x);
  if (t->to_float) {
    Value r = t->to_float(x);
    if (r && !is_float(r)) {
      raise_fmt(TypeErrorType, "%s.__float__ returned non-float (type %s)", {t->name, type_name(r)});
      decref(r);
      return Value();
    }
    return r;
  }
  if (t->index) {
    Value i = index_to_int(x);
    if (!i) return i;
    double d;
    bool ok = int_to_double(i, d);
    decref(i);
    return ok ? make_float(d) : Value();
  }
  if (is_exact(x, BytesType)) {
    auto* b = static_cast<Bytes*>(x.obj());
    std::u32string s(b->data, b->data + b->length);
    return float_from_string(s, x);
  }
  return raise_fmt(TypeErrorType, "float() argument must be a string or a real number, not '%s'", {t->name});
}

// float.__new__(t, x=0.0)
static Value float_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (!no_kwargs("float", kwnames) || !check_args("float", nargs, 0, 1)) return Value();
  Value r = nargs ? float_from_object(args[0]) : make_float(0.0);
  if (!r || t == FloatType) return r;
  Value o = alloc_instance(t);
  if (o) as_float(o)->value = as_float(r)->value;
  decref(r);
  return o;
}

// ---------------------------------------------------------------- round
// round(x, n) for doubles, correctly rounded (half to even on the exact value).
static double round_double(double x, std::int64_t nd) {
  if (std::isnan(x) || std::isinf(x) || x == 0.0) return x;
  if (nd > 330) return x;
  if (nd < -330) return std::copysign(0.0, x);
  if (nd >= 0) {
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(nd), x);
    double r = std::strtod(buf, nullptr);
    return r == 0.0 ? std::copysign(0.0, x) : r;
  }
  // Negative nd: exact rational arithmetic.
  int e;
  double m = std::frexp(std::fabs(x), &e);
  mpz_t num, den, p, q, r;
  mpz_inits(num, den, p, q, r, nullptr);
  mpz_set_d(num, std::ldexp(m, 53));
  e -= 53;
  mpz_set_ui(den, 1);
  if (e >= 0)
    mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else
    mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(-nd));
  mpz_mul(den, den, p);
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  Value iv = make_int_from_mpz(q);
  double out = 0;
  if (!int_to_double(iv, out)) {
    clear_error();
    out = HUGE_VAL;
  }
  decref(iv);
  mpz_clears(num, den, p, r, nullptr);
  return std::copysign(out, x);
}

// float.__round__(ndigits=None)
static Value float_round(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("__round__", kw) || !check_args("__round__", nargs, 0, 1)) return Value();
  double x = as_float(self)->value;
  if (nargs == 0 || args[0] == None()) {
    double r = std::nearbyint(x);  // ties to even in the default rounding mode
    return int_from_double(r);
  }
  std::int64_t nd;
  if (!index_value(args[0], nd, OverflowErrorType)) return Value();
  double r = round_double(x, nd);
  if (std::isinf(r) && !std::isinf(x)) return raise(OverflowErrorType, "rounded value too large to represent");
  return make_float(r);
}

// ---------------------------------------------------------------- methods
static Value float_is_integer(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("is_integer", nargs, 0)) return Value();
  double x = as_float(self)->value;
  return newref(boolean(std::isfinite(x) && x == std::floor(x)));
}
// float.as_integer_ratio()
static Value float_as_integer_ratio(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("as_integer_ratio", nargs, 0)) return Value();
  double x = as_float(self)->value;
  if (std::isinf(x)) return raise(OverflowErrorType, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return raise(ValueErrorType, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(x, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  mpz_t num, den;
  mpz_init_set_d(num, m);
  mpz_init_set_ui(den, 1);
  if (e > 0)
    mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else
    mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  Value t = make_tuple(2);
  as_tuple(t)->items[0] = make_int_from_mpz(num);
  as_tuple(t)->items[1] = make_int_from_mpz(den);
  return t;
}
// float.__trunc__()
static Value float_trunc(Value self, const Value*, std::size_t, Tuple*) { return int_from_double(as_float(self)->value); }
// float.__floor__()
static Value float_floor(Value self, const Value*, std::size_t, Tuple*) {
  return int_from_double(std::floor(as_float(self)->value));
}
// float.__ceil__()
static Value float_ceil(Value self, const Value*, std::size_t, Tuple*) {
  return int_from_double(std::ceil(as_float(self)->value));
}
// float.conjugate()
static Value float_conjugate(Value self, const Value*, std::size_t, Tuple*) { return float_pos(self); }
// float.__format__()
static Value float_format_method(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("__format__", nargs, 1)) return Value();
  if (!is_str(args[0]))
    return raise_fmt(TypeErrorType, "__format__() argument must be str, not %s", {type_name(args[0])});
  if (as_str(args[0])->length == 0 && !is_exact(self, FloatType)) return str(self);  // a subclass's __str__
  return format_float(as_float(self)->value, as_str(args[0]));
}
// float.__divmod__()
static Value float_divmod_method(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("__divmod__", nargs, 1)) return Value();
  return float_divmod_values(self, args[0]);
}
// float.__rdivmod__()
static Value float_rdivmod_method(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("__rdivmod__", nargs, 1)) return Value();
  return float_divmod_values(args[0], self);
}
// float.hex()
static Value float_hex(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("hex", nargs, 0)) return Value();
  double x = as_float(self)->value;
  if (std::isnan(x) || std::isinf(x)) return make_str_ascii(float_repr(x));
  if (x == 0.0) return make_str_ascii(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", x);
  // glibc gives 0x1.8p+1; Python pads the fraction to 13 hex digits.
  std::string s = buf;
  std::size_t dot = s.find('.'), p = s.find('p');
  std::string frac = dot == std::string::npos ? "" : s.substr(dot + 1, p - dot - 1);
  frac.resize(13, '0');
  std::string head = s.substr(0, dot == std::string::npos ? p : dot);
  return make_str_ascii(head + "." + frac + s.substr(p));
}
// float.fromhex(s): hexadecimal floating-point text ("0x1.8p1", "-1p-2", "inf").
static Value float_fromhex(Value cls, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("fromhex", nargs, 1)) return Value();
  if (!is_str(args[0]))
    return raise_fmt(TypeErrorType, "fromhex() argument must be str, not %s", {type_name(args[0])});
  std::string s = str_utf8(as_str(args[0]));
  std::size_t b = s.find_first_not_of(" \t\n\r\f\v"), e = s.find_last_not_of(" \t\n\r\f\v");
  s = b == std::string::npos ? "" : s.substr(b, e - b + 1);
  std::string body = s;
  std::string sign;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    sign = body.substr(0, 1);
    body = body.substr(1);
  }
  std::string low;
  for (char c : body) low += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  double d;
  if (low == "inf" || low == "infinity") {
    d = HUGE_VAL;
  } else if (low == "nan") {
    d = NAN;
  } else {
    if (low.rfind("0x", 0) != 0) low = "0x" + low;
    bool ok = low.size() > 2 && low.find_first_not_of("0123456789abcdefx.p+-") == std::string::npos;
    char* end = nullptr;
    errno = 0;
    d = ok ? std::strtod(low.c_str(), &end) : 0;
    if (!ok || end != low.c_str() + low.size() || low == "0x")
      return raise(ValueErrorType, "invalid hexadecimal floating-point string");
    if (std::isinf(d)) return raise(OverflowErrorType, "hexadecimal value too large to represent as a float");
  }
  if (sign == "-") d = -d;
  Value f = make_float(d);
  if (as_type(cls) == FloatType) return f;
  Value r = call(cls, &f, 1);
  decref(f);
  return r;
}

// The real attribute of float (getter).
static Value float_get_real(Value self) { return float_pos(self); }
// The imag attribute of float (getter).
static Value float_get_imag(Value) { return make_float(0.0); }
// float.__getnewargs__()
static Value float_getnewargs(Value self, const Value*, std::size_t, Tuple*) {
  Value f = make_float(as_float(self)->value);
  Value t = tuple_pack({f});
  decref(f);
  return t;
}

// Sets up float.
void init_float_type() {
  Type* t = FloatType;
  type_init(t, "float", ObjectType, sizeof(Float), TF_BASETYPE | TF_FLOAT_SUBCLASS);
  t->dealloc = float_dealloc;
  t->repr = float_repr_slot;
  t->hash = float_hash;
  t->richcompare = float_richcompare;
  using bytecode::BinOp;
  auto set = [&](BinOp op, BinaryFn f) { t->binary[static_cast<int>(op)] = f; };
  set(BinOp::Add, float_add);
  set(BinOp::Subtract, float_sub);
  set(BinOp::Multiply, float_mul);
  set(BinOp::TrueDivide, float_truediv);
  set(BinOp::FloorDivide, float_floordiv);
  set(BinOp::Remainder, float_mod);
  set(BinOp::Power, float_pow);
  t->power3 = float_power3;
  t->negative = float_neg;
  t->positive = float_pos;
  t->absolute = float_abs;
  t->is_true = float_bool;
  t->to_int = float_int;
  t->to_float = float_pos;
  t->new_fn = float_new;
  add_method(t, "is_integer", float_is_integer);
  add_method(t, "as_integer_ratio", float_as_integer_ratio);
  add_method(t, "__trunc__", float_trunc);
  add_method(t, "__floor__", float_floor);
  add_method(t, "__ceil__", float_ceil);
  add_method(t, "__round__", float_round);
  add_method(t, "conjugate", float_conjugate);
  add_method(t, "hex", float_hex);
  add_classmethod(t, "fromhex", float_fromhex);
  add_method(t, "__format__", float_format_method);
  add_method(t, "__divmod__", float_divmod_method);
  add_method(t, "__rdivmod__", float_rdivmod_method);
  add_method(t, "__getnewargs__", float_getnewargs);
  add_getset(t, "real", float_get_real);
  add_getset(t, "imag", float_get_imag);
  type_ready(t);
}

}  // namespace peppy::objects
