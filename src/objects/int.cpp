// int.cpp: int and bool. Small ints live in the Value itself (62 bits); the rest are
// Int objects holding a GMP integer. Every operator with Python's semantics (floor
// division and modulo, ** with negative exponents giving float, pow with a modulus,
// shifts, two's-complement bit operations), int() parsing, conversions, CPython's hash
// (modulo 2**61 - 1) and the int methods.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

#include "bytecode/opcodes.hpp"
#include "objects/alloc.hpp"
#include "objects/core.hpp"

namespace peppy::objects {

static Type g_int, g_bool;
Type* const IntType = &g_int;
Type* const BoolType = &g_bool;

static Int g_true, g_false;
Object* const kTrueObject = &g_true;
Object* const kFalseObject = &g_false;

static constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << 61) - 1;
// sys.set_int_max_str_digits(): the most decimal digits str(int) and int(str) handle
// (0: no limit).
static std::size_t g_max_str_digits = 4300;
void set_int_max_str_digits(std::size_t n) { g_max_str_digits = n; }
std::size_t int_max_str_digits() { return g_max_str_digits; }
// The "Exceeds the limit" message for str(int).
static Value digits_limit_error() {
  return raise_fmt(ValueErrorType,
                   "Exceeds the limit (%s digits) for integer string conversion; use sys.set_int_max_str_digits() to "
                   "increase the limit",
                   {std::to_string(g_max_str_digits)});
}

// ---------------------------------------------------------------- making
// A new exact Int object holding z (moved in).
static Value new_big(mpz_t z) {
  auto* o = static_cast<Int*>(obj_malloc(sizeof(Int)));
  if (!o) {
    mpz_clear(z);
    return raise_no_memory();
  }
  o->refcnt = 1;
  o->type = IntType;
  *o->z = *z;  // take over the limbs
  return val(o);
}

// An int from an int64 (small when it fits).
Value make_int(std::int64_t v) {
  if (Value::fits_small(v)) return Value::small(v);
  mpz_t z;
  mpz_init_set_si(z, v);
  return new_big(z);
}

// An int from a uint64.
Value make_int_u64(std::uint64_t v) {
  if (v <= static_cast<std::uint64_t>(Value::kSmallMax)) return Value::small(static_cast<std::int64_t>(v));
  mpz_t z;
  mpz_init_set_ui(z, v);
  return new_big(z);
}

// An int from a GMP integer (takes it over).
Value make_int_from_mpz(mpz_t z) {
  if (mpz_fits_slong_p(z)) {
    long v = mpz_get_si(z);
    if (Value::fits_small(v)) {
      mpz_clear(z);
      return Value::small(v);
    }
  }
  return new_big(z);
}

// An int from decimal text ("-123..."); null on bad text.
Value make_int_from_decimal(std::string_view digits) {
  std::string s(digits);
  if (s.size() < 19) {
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec == std::errc() && p == s.data() + s.size()) return make_int(v);
  }
  mpz_t z;
  const char* c = s.c_str();
  if (*c == '+') ++c;
  if (mpz_init_set_str(z, c, 10) != 0) {
    mpz_clear(z);
    return raise(ValueErrorType, "invalid literal for int()");
  }
  return make_int_from_mpz(z);
}

// A read-only GMP view of an int value.
IntView::IntView(Value v) {
  if (v.is_small()) {
    std::int64_t x = v.small_value();
    limb = static_cast<mp_limb_t>(x < 0 ? -static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x));
    mpz_roinit_n(z, &limb, x < 0 ? -1 : x > 0 ? 1 : 0);
  } else {
    *z = *as_int(v)->z;
  }
}

// The value of an int as int64; false if it does not fit.
bool int_to_int64(Value v, std::int64_t& out) {
  if (v.is_small()) {
    out = v.small_value();
    return true;
  }
  mpz_srcptr z = as_int(v)->z;
  if (!mpz_fits_slong_p(z)) return false;
  out = mpz_get_si(z);
  return true;
}

// -1, 0 or 1.
int int_sign(Value v) {
  if (v.is_small()) {
    std::int64_t x = v.small_value();
    return x < 0 ? -1 : x > 0;
  }
  return mpz_sgn(as_int(v)->z);
}

// The nearest double (ties to even); OverflowError if too large.
bool int_to_double(Value v, double& out) {
  if (v.is_small()) {
    out = static_cast<double>(v.small_value());
    return true;
  }
  mpz_srcptr z = as_int(v)->z;
  std::size_t bits = mpz_bits(z);
  if (bits <= 63) {
    out = static_cast<double>(mpz_get_si(z));
    return true;
  }
  // Keep 55 bits and a sticky bit, let the hardware round once, then scale.
  std::size_t shift = bits - 55;
  mpz_t q;
  mpz_init(q);
  mpz_tdiv_q_2exp(q, z, shift);
  bool sticky = mpz_scan1(z, 0) < shift;
  std::int64_t m = mpz_get_si(q);
  mpz_clear(q);
  bool neg = m < 0;
  std::uint64_t um = neg ? -static_cast<std::uint64_t>(m) : static_cast<std::uint64_t>(m);
  if (sticky) um |= 1;
  double d = std::ldexp(static_cast<double>(um), static_cast<int>(shift));
  if (std::isinf(d)) {
    raise(OverflowErrorType, "int too large to convert to float");
    return false;
  }
  out = neg ? -d : d;
  return true;
}

// int(d) for a float (truncating).
Value int_from_double(double d) {
  if (std::isinf(d)) return raise(OverflowErrorType, "cannot convert float infinity to integer");
  if (std::isnan(d)) return raise(ValueErrorType, "cannot convert float NaN to integer");
  if (std::fabs(d) < 9.2e18) return make_int(static_cast<std::int64_t>(d));
  mpz_t z;
  mpz_init_set_d(z, d);
  return make_int_from_mpz(z);
}

// hash(int): the value modulo 2**61 - 1, with the sign; -1 becomes -2.
std::int64_t hash_int(Value v) {
  std::int64_t h;
  if (v.is_small()) {
    std::int64_t x = v.small_value();
    std::uint64_t a = x < 0 ? -static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x);
    a %= kHashModulus;
    h = x < 0 ? -static_cast<std::int64_t>(a) : static_cast<std::int64_t>(a);
  } else {
    mpz_srcptr z = as_int(v)->z;
    std::uint64_t a = mpz_tdiv_ui(z, kHashModulus);
    h = mpz_sgn(z) < 0 ? -static_cast<std::int64_t>(a) : static_cast<std::int64_t>(a);
  }
  return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------- index conversion
// v.__index__() as an exact int (new reference).
Value index_to_int(Value v) {
  if (v.is_small()) return v;
  Type* t = type_of(v);
  if (t == IntType) return newref(v);
  if (t->flags & TF_INT_SUBCLASS) {
    mpz_t z;
    mpz_init_set(z, as_int(v)->z);
    return make_int_from_mpz(z);
  }
  if (!t->index)
    return raise_fmt(TypeErrorType, "'%s' object cannot be interpreted as an integer", {t->name});
  Value r = t->index(v);
  if (r && !is_int(r)) {
    raise_fmt(TypeErrorType, "__index__ returned non-int (type %s)", {type_name(r)});
    decref(r);
    return Value();
  }
  return r;
}

// An index from v as int64 (OverflowError "cannot fit 'int' into an index-sized integer",
// or `overflow`'s type if given).
bool index_value(Value v, std::int64_t& out, Type* overflow) {
  if (v.is_small()) {
    out = v.small_value();
    return true;
  }
  Value i = index_to_int(v);
  if (!i) return false;
  bool ok = int_to_int64(i, out);
  decref(i);
  if (!ok) {
    raise_fmt(overflow ? overflow : IndexErrorType, "cannot fit '%s' into an index-sized integer", {type_name(v)});
    return false;
  }
  return true;
}

// ---------------------------------------------------------------- text
// The digits of v in base 2, 8, 10 or 16, with "0b"/"0o"/"0x" if prefix.
Value int_to_str_base(Value v, int base, bool prefix) {
  std::string s;
  if (v.is_small() && base == 10) {
    char buf[24];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v.small_value());
    return make_str_ascii(std::string_view(buf, static_cast<std::size_t>(p - buf)));
  }
  IntView iv(v);
  if (base == 10 && g_max_str_digits && mpz_bits(iv.z) > 3 * g_max_str_digits + 64 &&
      mpz_sizeinbase(iv.z, 10) > g_max_str_digits + 1)
    return digits_limit_error();
  std::size_t n = mpz_sizeinbase(iv.z, base) + 2;
  std::string digits(n, '\0');
  mpz_get_str(digits.data(), base, iv.z);
  digits.resize(std::strlen(digits.c_str()));
  if (base == 10 && g_max_str_digits && digits.size() > g_max_str_digits + (digits[0] == '-'))
    return digits_limit_error();
  bool neg = digits[0] == '-';
  if (neg) s += '-';
  if (prefix) s += base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  s.append(digits, neg ? 1 : 0, std::string::npos);
  return make_str_ascii(s);
}

// repr(int)
static Value int_repr(Value v) { return int_to_str_base(v, 10, false); }

// The decimal value of a Unicode digit character (ASCII and the Nd digits of common scripts).
static int digit_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'z') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'Z') return static_cast<int>(c - 'A' + 10);
  static const char32_t kZeros[] = {0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66,
                                    0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810,
                                    0xFF10, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6};
  for (char32_t z : kZeros)
    if (c >= z && c < z + 10) return static_cast<int>(c - z);
  return 99;
}

// Python's whitespace for int()/float() stripping.
static bool is_space32(char32_t c) {
  return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// int(s, base) with CPython's rules (whitespace, sign, prefixes, underscores).
Value int_from_string(std::u32string_view s, int base) {
  auto fail = [&]() {
    Value orig = make_str(s);
    std::string r = str_repr_utf8(as_str(orig));
    decref(orig);
    return raise_fmt(ValueErrorType, "invalid literal for int() with base %s: %s", {std::to_string(base), r});
  };
  std::size_t i = 0, n = s.size();
  while (i < n && is_space32(s[i])) ++i;
  while (n > i && is_space32(s[n - 1])) --n;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    ++i;
  }
  int b = base;
  bool had_prefix = false;
  if (i + 1 < n && s[i] == '0') {
    char32_t p = s[i + 1] | 0x20;
    if ((p == 'x' && (b == 16 || b == 0)) || (p == 'o' && (b == 8 || b == 0)) || (p == 'b' && (b == 2 || b == 0))) {
      b = p == 'x' ? 16 : p == 'o' ? 8 : 2;
      i += 2;
      had_prefix = true;
    }
  }
  if (b == 0) b = 10;
  std::string digits;
  bool last_underscore = had_prefix;  // "0x_1" is allowed: an underscore may follow the prefix
  bool any = false;
  if (i >= n) return fail();
  for (std::size_t k = i; k < n; ++k) {
    char32_t c = s[k];
    if (c == '_') {
      if (!any && !had_prefix) return fail();
      if (last_underscore && any) return fail();
      if (!any && had_prefix && k != i) return fail();
      last_underscore = true;
      continue;
    }
    int d = digit_value(c);
    if (d >= b) return fail();
    digits += static_cast<char>(d < 10 ? '0' + d : 'a' + d - 10);
    any = true;
    last_underscore = false;
  }
  if (!any || (last_underscore && any)) return fail();
  if (base == 0 && b == 10 && digits.size() > 1 && digits[0] == '0') {
    for (char c : digits)
      if (c != '0') return fail();
  }
  if (b == 10 && g_max_str_digits && digits.size() > g_max_str_digits)
    return raise_fmt(ValueErrorType,
                     "Exceeds the limit (%s digits) for integer string conversion: value has %s digits; use "
                     "sys.set_int_max_str_digits() to increase the limit",
                     {std::to_string(g_max_str_digits), std::to_string(digits.size())});
  if (digits.size() <= 15 && b <= 16) {
    std::int64_t v = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), v, b);
    return make_int(neg ? -v : v);
  }
  mpz_t z;
  mpz_init_set_str(z, digits.c_str(), b);
  if (neg) mpz_neg(z, z);
  return make_int_from_mpz(z);
}

// ---------------------------------------------------------------- arithmetic
static inline bool both_ints(Value a, Value b) { return is_int(a) && is_int(b); }
#define NEED_INTS(a, b) \
  if (!both_ints(a, b)) return newref(NotImplemented())

// a + b
static Value int_add(Value a, Value b) {
  if (a.is_small() && b.is_small()) return make_int(a.small_value() + b.small_value());
  NEED_INTS(a, b);
  IntView x(a), y(b);
  mpz_t r;
  mpz_init(r);
  mpz_add(r, x.z, y.z);
  return make_int_from_mpz(r);
}
// a - b
static Value int_sub(Value a, Value b) {
  if (a.is_small() && b.is_small()) return make_int(a.small_value() - b.small_value());
  NEED_INTS(a, b);
  IntView x(a), y(b);
  mpz_t r;
  mpz_init(r);
  mpz_sub(r, x.z, y.z);
  return make_int_from_mpz(r);
}
// a * b
static Value int_mul(Value a, Value b) {
  if (a.is_small() && b.is_small()) {
    std::int64_t r;
    if (!__builtin_mul_overflow(a.small_value(), b.small_value(), &r)) return make_int(r);
  }
  NEED_INTS(a, b);
  IntView x(a), y(b);
  mpz_t r;
  mpz_init(r);
  mpz_mul(r, x.z, y.z);
  return make_int_from_mpz(r);
}
// a // b (floor)
static Value int_floordiv(Value a, Value b) {
  if (a.is_small() && b.is_small()) {
    std::int64_t x = a.small_value(), y = b.small_value();
    if (y == 0) return raise(ZeroDivisionErrorType, "integer division or modulo by zero");
    std::int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
    return make_int(q);
  }
  NEED_INTS(a, b);
  if (int_sign(b) == 0) return raise(ZeroDivisionErrorType, "integer division or modulo by zero");
  IntView x(a), y(b);
  mpz_t r;
  mpz_init(r);
  mpz_fdiv_q(r, x.z, y.z);
  return make_int_from_mpz(r);
}
// a % b (the sign of b)
static Value int_mod(Value a, Value b) {
  if (a.is_small() && b.is_small()) {
    std::int64_t x = a.small_value(), y = b.small_value();
    if (y == 0) return raise(ZeroDivisionErrorType, "integer modulo by zero");
    std::int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return Value::small(r);
  }
  NEED_INTS(a, b);
  if (int_sign(b) == 0) return raise(ZeroDivisionErrorType, "integer modulo by zero");
  IntView x(a), y(b);
  mpz_t r;
  mpz_init(r);
  mpz_fdiv_r(r, x.z, y.z);
  return make_int_from_mpz(r);
}

// a / b, correctly rounded.
static Value int_truediv(Value a, Value b) {
  NEED_INTS(a, b);
  if (int_sign(b) == 0) return raise(ZeroDivisionErrorType, "division by zero");
  if (a.is_small() && b.is_small()) {
    std::int64_t x = a.small_value(), y = b.small_value();
    const std::int64_t lim = std::int64_t{1} << 53;
    if (x <= lim && x >= -lim && y <= lim && y >= -lim)
      return make_float(static_cast<double>(x) / static_cast<double>(y));
  }
  IntView x(a), y(b);
  bool neg = (mpz_sgn(x.z) < 0) != (mpz_sgn(y.z) < 0);
  mpz_t na, nb, q, r;
  mpz_inits(na, nb, q, r, nullptr);
  mpz_abs(na, x.z);
  mpz_abs(nb, y.z);
  if (mpz_sgn(na) == 0) {
    mpz_clears(na, nb, q, r, nullptr);
    return make_float(neg ? -0.0 : 0.0);
  }
  long e = static_cast<long>(mpz_bits(na)) - static_cast<long>(mpz_bits(nb));
  // q = floor(na * 2^(55-e) / nb) has 55 or 56 bits; the remainder is the sticky bit.
  long shift = 55 - e;
  if (shift >= 0)
    mpz_mul_2exp(na, na, static_cast<mp_bitcnt_t>(shift));
  else
    mpz_mul_2exp(nb, nb, static_cast<mp_bitcnt_t>(-shift));
  mpz_tdiv_qr(q, r, na, nb);
  std::uint64_t m = mpz_get_ui(q);
  if (mpz_sgn(r) != 0) m |= 1;
  mpz_clears(na, nb, q, r, nullptr);
  if (e > 1100) return raise(OverflowErrorType, "integer division result too large for a float");
  double d = std::ldexp(static_cast<double>(m), static_cast<int>(-shift));
  if (std::isinf(d)) return raise(OverflowErrorType, "integer division result too large for a float");
  return make_float(neg ? -d : d);
}

// divmod(a, b)
static Value int_divmod(Value a, Value b) {
  NEED_INTS(a, b);
  if (int_sign(b) == 0) return raise(ZeroDivisionErrorType, "integer division or modulo by zero");
  Value q = int_floordiv(a, b);
  if (!q) return q;
  Value r = int_mod(a, b);
  if (!r) {
    decref(q);
    return r;
  }
  Value t = make_tuple(2);
  as_tuple(t)->items[0] = q;
  as_tuple(t)->items[1] = r;
  return t;
}

// float ** float with Python's errors (shared with float.cpp through float_pow).
Value float_pow_values(double x, double y);

// a ** b (b < 0 gives a float)
static Value int_pow(Value a, Value b) {
  NEED_INTS(a, b);
  if (int_sign(b) < 0) {
    double x, y;
    if (!int_to_double(a, x) || !int_to_double(b, y)) return Value();
    if (x == 0.0) return raise(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power");
    return float_pow_values(x, y);
  }
  if (a.is_small() && b.is_small()) {
    std::int64_t base = a.small_value(), e = b.small_value(), r = 1;
    bool ok = true;
    while (e > 0 && ok) {
      if (e & 1) ok = !__builtin_mul_overflow(r, base, &r);
      e >>= 1;
      if (e && ok) ok = !__builtin_mul_overflow(base, base, &base);
    }
    if (ok) return make_int(r);
  }
  std::int64_t e;
  IntView x(a);
  if (!int_to_int64(b, e)) {
    if (mpz_cmp_ui(x.z, 1) == 0 || mpz_sgn(x.z) == 0) return newref(a.is_small() ? a : make_int(mpz_get_si(x.z)));
    if (mpz_cmp_si(x.z, -1) == 0) return make_int(mpz_odd_p(IntView(b).z) ? -1 : 1);
    return raise_no_memory();
  }
  mpz_t r;
  mpz_init(r);
  mpz_pow_ui(r, x.z, static_cast<unsigned long>(e));
  return make_int_from_mpz(r);
}

// pow(a, b, m)
static Value int_power3(Value a, Value b, Value m) {
  if (m == None()) return int_pow(a, b);
  if (!both_ints(a, b) || !is_int(m)) return newref(NotImplemented());
  if (int_sign(m) == 0) return raise(ValueErrorType, "pow() 3rd argument cannot be 0");
  IntView x(a), y(b), mm(m);
  mpz_t r, absm, base;
  mpz_inits(r, absm, base, nullptr);
  mpz_abs(absm, mm.z);
  mpz_set(base, x.z);
  if (mpz_sgn(y.z) < 0) {
    if (!mpz_invert(base, base, absm)) {
      mpz_clears(r, absm, base, nullptr);
      return raise(ValueErrorType, "base is not invertible for the given modulus");
    }
    mpz_t ny;
    mpz_init(ny);
    mpz_neg(ny, y.z);
    mpz_powm(r, base, ny, absm);
    mpz_clear(ny);
  } else {
    mpz_powm(r, base, y.z, absm);
  }
  if (mpz_sgn(mm.z) < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, absm);
  mpz_clears(absm, base, nullptr);
  return make_int_from_mpz(r);
}

// a << b
static Value int_lshift(Value a, Value b) {
  NEED_INTS(a, b);
  if (int_sign(b) < 0) return raise(ValueErrorType, "negative shift count");
  std::int64_t s;
  if (!int_to_int64(b, s) || s > (std::int64_t{1} << 40)) {
    if (int_sign(a) == 0) return Value::small(0);
    return raise(OverflowErrorType, "too many digits in integer");
  }
  if (a.is_small() && s < 62) {
    std::int64_t x = a.small_value();
    std::int64_t lim = std::int64_t{1} << (61 - s);
    if (x < lim && x >= -lim) return make_int(x * (std::int64_t{1} << s));
  }
  IntView x(a);
  mpz_t r;
  mpz_init(r);
  mpz_mul_2exp(r, x.z, static_cast<mp_bitcnt_t>(s));
  return make_int_from_mpz(r);
}
// a >> b (floor)
static Value int_rshift(Value a, Value b) {
  NEED_INTS(a, b);
  if (int_sign(b) < 0) return raise(ValueErrorType, "negative shift count");
  std::int64_t s;
  if (!int_to_int64(b, s)) s = INT64_MAX;
  if (a.is_small()) {
    std::int64_t x = a.small_value();
    return Value::small(s >= 63 ? (x < 0 ? -1 : 0) : (x >> s));
  }
  IntView x(a);
  if (static_cast<std::uint64_t>(s) > mpz_bits(x.z)) return Value::small(mpz_sgn(x.z) < 0 ? -1 : 0);
  mpz_t r;
  mpz_init(r);
  mpz_fdiv_q_2exp(r, x.z, static_cast<mp_bitcnt_t>(s));
  return make_int_from_mpz(r);
}

// Bit operations; bool & bool etc. stay bool.
static Value int_bitop(Value a, Value b, int which) {
  NEED_INTS(a, b);
  if (is_exact(a, BoolType) && is_exact(b, BoolType)) {
    bool x = a == True(), y = b == True();
    return newref(boolean(which == 0 ? (x && y) : which == 1 ? (x || y) : (x != y)));
  }
  if (a.is_small() && b.is_small()) {
    std::int64_t x = a.small_value(), y = b.small_value();
    return Value::small(which == 0 ? (x & y) : which == 1 ? (x | y) : (x ^ y));
  }
  IntView x(a), y(b);
  mpz_t r;
  mpz_init(r);
  if (which == 0)
    mpz_and(r, x.z, y.z);
  else if (which == 1)
    mpz_ior(r, x.z, y.z);
  else
    mpz_xor(r, x.z, y.z);
  return make_int_from_mpz(r);
}
// The And operator.
static Value int_and(Value a, Value b) { return int_bitop(a, b, 0); }
// The Or operator.
static Value int_or(Value a, Value b) { return int_bitop(a, b, 1); }
// The Xor operator.
static Value int_xor(Value a, Value b) { return int_bitop(a, b, 2); }

// An exact int with v's value (for subclasses and bools).
static Value int_exact(Value v) {
  if (v.is_small() || v.obj()->type == IntType) return newref(v);
  mpz_t z;
  mpz_init_set(z, as_int(v)->z);
  return make_int_from_mpz(z);
}
// -v
static Value int_neg(Value v) {
  if (v.is_small()) return make_int(-v.small_value());
  mpz_t z;
  mpz_init(z);
  mpz_neg(z, as_int(v)->z);
  return make_int_from_mpz(z);
}
// +v
static Value int_pos(Value v) { return int_exact(v); }
// abs(v)
static Value int_abs(Value v) { return int_sign(v) < 0 ? int_neg(v) : int_exact(v); }
// ~v
static Value int_invert(Value v) {
  if (v.is_small()) return Value::small(~v.small_value());
  mpz_t z;
  mpz_init(z);
  mpz_com(z, as_int(v)->z);
  return make_int_from_mpz(z);
}
// bool(v)
static int int_bool(Value v) { return int_sign(v) != 0; }
// hash slot.
static std::int64_t int_hash(Value v) { return hash_int(v); }
// float(v)
static Value int_float(Value v) {
  double d;
  if (!int_to_double(v, d)) return Value();
  return make_float(d);
}

// Comparison of two ints (NotImplemented for others; float handles int itself).
static Value int_richcompare(Value a, Value b, int op) {
  NEED_INTS(a, b);
  int c;
  if (a.is_small() && b.is_small()) {
    std::int64_t x = a.small_value(), y = b.small_value();
    c = x < y ? -1 : x > y;
  } else {
    IntView x(a), y(b);
    c = mpz_cmp(x.z, y.z);
  }
  return newref(cmp_result(c, op));
}

// ---------------------------------------------------------------- int()
// An instance of int subclass t with value v.
static Value int_subclass_new(Type* t, Value v) {
  Value o = alloc_instance(t);
  if (!o) return o;
  IntView iv(v);
  mpz_init_set(as_int(o)->z, iv.z);
  return o;
}

// int(x) for one argument: __int__, __index__, __trunc__, strings, bytes.
static Value int_from_object(Value x) {
  if (x.is_small()) return x;
  Type* t = type_of(x);
  if (t == IntType) return newref(x);
  if (t->flags & TF_INT_SUBCLASS && !(t->flags & TF_HEAPTYPE)) return int_exact(x);
  if (is_str(x)) return int_from_string(str_view(as_str(x)), 10);
  if (t->to_int) {
    Value r = t->to_int(x);
    if (r && !is_int(r)) {
      raise_fmt(TypeErrorType, "__int__ returned non-int (type %s)", {type_name(r)});
      decref(r);
      return Value();
    }
    if (r && !r.is_small() && r.obj()->type != IntType) {
      Value e = int_exact(r);
      decref(r);
      return e;
    }
    return r;
  }
  if (t->index) return index_to_int(x);
  bool found = false;
  Value r = call_special(x, names.trunc, nullptr, 0, &found);
  if (found) {
    if (!r) return r;
    if (is_int(r)) {
      Value e = int_exact(r);
      decref(r);
      return e;
    }
    Value e = int_from_object(r);
    decref(r);
    return e;
  }
  if (has_error()) return Value();
  if (t == BytesType || is_subtype(t, BytesType)) {
    auto* b = static_cast<Bytes*>(x.obj());
    std::u32string s(b->data, b->data + b->length);
    return int_from_string(s, 10);
  }
  if (is_subtype(t, ByteArrayType) || t == MemoryViewType) {
    Value b = call(val(BytesType), &x, 1);
    if (!b) return b;
    Value r = int_from_object(b);
    decref(b);
    return r;
  }
  if (t->flags & TF_INT_SUBCLASS) return int_exact(x);
  return raise_fmt(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                   {t->name});
}

// int.__new__(t, x=0, base=10)
static Value int_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {nullptr, "base"};
  Value a[2];
  if (!parse_args("int", args, nargs, kwnames, kw, 2, 0, a)) return Value();
  Value r;
  if (!a[0]) {
    if (a[1]) return raise_type_error("int() missing string argument");
    r = Value::small(0);
  } else if (!a[1]) {
    r = int_from_object(a[0]);
  } else {
    std::int64_t base;
    if (!index_value(a[1], base, OverflowErrorType)) return Value();
    if (base != 0 && (base < 2 || base > 36)) return raise(ValueErrorType, "int() base must be >= 2 and <= 36, or 0");
    if (is_str(a[0])) {
      r = int_from_string(str_view(as_str(a[0])), static_cast<int>(base));
    } else if (is_exact(a[0], BytesType)) {
      auto* b = static_cast<Bytes*>(a[0].obj());
      std::u32string s(b->data, b->data + b->length);
      r = int_from_string(s, static_cast<int>(base));
    } else {
      return raise_type_error("int() can't convert non-string with explicit base");
    }
  }
  if (!r || t == IntType) return r;
  Value o = int_subclass_new(t, r);
  decref(r);
  return o;
}

// Frees a big int (or an int subclass instance).
static void int_dealloc(Object* o) {
  mpz_clear(static_cast<Int*>(o)->z);
  if (o->type == IntType) {
    obj_free(o, sizeof(Int));
    return;
  }
  free_instance(o);
}

// ---------------------------------------------------------------- methods
// int.bit_length()
static Value int_bit_length(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("bit_length", nargs, 0)) return Value();
  if (int_sign(self) == 0) return Value::small(0);
  IntView x(self);
  return make_int(static_cast<std::int64_t>(mpz_sizeinbase(x.z, 2)));
}
// int.bit_count()
static Value int_bit_count(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("bit_count", nargs, 0)) return Value();
  IntView x(self);
  mpz_t a;
  mpz_init(a);
  mpz_abs(a, x.z);
  auto n = static_cast<std::int64_t>(mpz_popcount(a));
  mpz_clear(a);
  return make_int(n);
}
// int.conjugate(), __trunc__, __floor__, __ceil__, __int__, __index__: the int itself.
static Value int_self_method(Value self, const Value*, std::size_t, Tuple*) { return int_exact(self); }
// int.__round__(ndigits=None)
static Value int_round(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("__round__", nargs, 0, 1)) return Value();
  if (nargs == 0 || args[0] == None()) return int_exact(self);
  std::int64_t nd;
  if (!index_value(args[0], nd, OverflowErrorType)) return Value();
  if (nd >= 0) return int_exact(self);
  // Round to 10**-nd with ties to even.
  mpz_t p, q, r, v;
  mpz_inits(p, q, r, v, nullptr);
  IntView x(self);
  mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(-nd));
  mpz_fdiv_qr(q, r, x.z, p);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(v, q, p);
  mpz_clears(p, q, r, nullptr);
  return make_int_from_mpz(v);
}
// int.as_integer_ratio()
static Value int_as_integer_ratio(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("as_integer_ratio", nargs, 0)) return Value();
  Value n = int_exact(self);
  Value t = make_tuple(2);
  as_tuple(t)->items[0] = n;
  as_tuple(t)->items[1] = Value::small(1);
  return t;
}
// int.to_bytes(length=1, byteorder='big', *, signed=False)
static Value int_to_bytes(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"length", "byteorder", "signed"};
  Value a[3];
  if (!parse_args("to_bytes", args, nargs, kwnames, kw, 3, 0, a, 2)) return Value();
  std::int64_t len = 1;
  if (a[0] && !index_value(a[0], len, OverflowErrorType)) return Value();
  if (len < 0) return raise(ValueErrorType, "length argument must be non-negative");
  bool little = false;
  if (a[1]) {
    if (!is_str(a[1]))
      return raise_fmt(TypeErrorType, "to_bytes() argument 'byteorder' must be str, not %s", {type_name(a[1])});
    const std::string& bo = str_utf8_ref(as_str(a[1]));
    if (bo == "little")
      little = true;
    else if (bo != "big")
      return raise(ValueErrorType, "byteorder must be either 'little' or 'big'");
  }
  int sgn = 0;
  if (a[2]) {
    sgn = is_true(a[2]);
    if (sgn < 0) return Value();
  }
  IntView x(self);
  if (!sgn && mpz_sgn(x.z) < 0) return raise(OverflowErrorType, "can't convert negative int to unsigned");
  // Two's complement in len bytes: v mod 256**len, checking the range.
  mpz_t v, lim;
  mpz_inits(v, lim, nullptr);
  mpz_set(v, x.z);
  mpz_ui_pow_ui(lim, 2, static_cast<unsigned long>(len * 8 - (sgn ? 1 : 0)));
  bool ok = sgn ? (mpz_cmp(v, lim) < 0 && [&] {
    mpz_t neg;
    mpz_init(neg);
    mpz_neg(neg, lim);
    bool r = mpz_cmp(v, neg) >= 0;
    mpz_clear(neg);
    return r;
  }())
                : mpz_cmp(v, lim) < 0;
  if (len == 0) ok = mpz_sgn(v) == 0;
  if (!ok) {
    mpz_clears(v, lim, nullptr);
    return raise(OverflowErrorType, "int too big to convert");
  }
  std::string out(static_cast<std::size_t>(len), '\0');
  if (mpz_sgn(v) < 0) {
    mpz_t m;
    mpz_init(m);
    mpz_ui_pow_ui(m, 2, static_cast<unsigned long>(len * 8));
    mpz_add(v, v, m);
    mpz_clear(m);
  }
  std::size_t count = 0;
  if (mpz_sgn(v) != 0) {
    std::string tmp((mpz_sizeinbase(v, 2) + 7) / 8, '\0');
    mpz_export(tmp.data(), &count, -1, 1, 0, 0, v);
    for (std::size_t i = 0; i < count && i < out.size(); ++i) out[i] = tmp[i];
  }
  mpz_clears(v, lim, nullptr);
  if (!little) std::reverse(out.begin(), out.end());
  return make_bytes(out);
}
// int.from_bytes(bytes, byteorder='big', *, signed=False)
static Value int_from_bytes(Value cls, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"bytes", "byteorder", "signed"};
  Value a[3];
  if (!parse_args("from_bytes", args, nargs, kwnames, kw, 3, 1, a, 2)) return Value();
  std::string data;
  if (is_exact(a[0], BytesType)) {
    auto* b = static_cast<Bytes*>(a[0].obj());
    data.assign(reinterpret_cast<const char*>(b->data), b->length);
  } else {
    if ((!type_of(a[0])->iter && !type_of(a[0])->getitem) || is_str(a[0]))
      return raise_fmt(TypeErrorType, "cannot convert '%s' object to bytes", {type_name(a[0])});
    int r = for_each(a[0], [&](Value x) {
      std::int64_t c;
      if (!index_value(x, c)) return -1;
      if (c < 0 || c > 255) {
        raise(ValueErrorType, "bytes must be in range(0, 256)");
        return -1;
      }
      data += static_cast<char>(c);
      return 0;
    });
    if (r < 0) return Value();
  }
  bool little = false;
  if (a[1]) {
    if (!is_str(a[1]))
      return raise_fmt(TypeErrorType, "from_bytes() argument 'byteorder' must be str, not %s", {type_name(a[1])});
    const std::string& bo = str_utf8_ref(as_str(a[1]));
    if (bo == "little")
      little = true;
    else if (bo != "big")
      return raise(ValueErrorType, "byteorder must be either 'little' or 'big'");
  }
  int sgn = a[2] ? is_true(a[2]) : 0;
  if (sgn < 0) return Value();
  mpz_t z;
  mpz_init(z);
  if (!data.empty()) mpz_import(z, data.size(), little ? -1 : 1, 1, 0, 0, data.data());
  if (sgn && !data.empty() && (static_cast<unsigned char>(little ? data.back() : data.front()) & 0x80)) {
    mpz_t m;
    mpz_init(m);
    mpz_ui_pow_ui(m, 2, data.size() * 8);
    mpz_sub(z, z, m);
    mpz_clear(m);
  }
  Value r = make_int_from_mpz(z);
  if (!r || as_type(cls) == IntType) return r;
  Value o = call(cls, &r, 1);
  decref(r);
  return o;
}
// int.__format__(spec)
static Value int_format_method(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("__format__", nargs, 1)) return Value();
  if (!is_str(args[0]))
    return raise_fmt(TypeErrorType, "__format__() argument must be str, not %s", {type_name(args[0])});
  if (as_str(args[0])->length == 0 && type_of(self) != IntType && type_of(self) != BoolType) return str(self);  // a subclass's __str__
  return format_int(self, as_str(args[0]));
}
// int.__getnewargs__
static Value int_getnewargs(Value self, const Value*, std::size_t, Tuple*) {
  Value v = int_exact(self);
  Value t = tuple_pack({v});
  decref(v);
  return t;
}
// The real attribute of int (getter).
static Value int_get_real(Value self) { return int_exact(self); }
// The imag attribute of int (getter).
static Value int_get_imag(Value) { return Value::small(0); }
// The denominator attribute of int (getter).
static Value int_get_one(Value) { return Value::small(1); }

// ---------------------------------------------------------------- bool
// repr(True) == "True"
static Value bool_repr(Value v) { return make_str_ascii(v == True() ? "True" : "False"); }
// bool(x)
static Value bool_new(Type*, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (!no_kwargs("bool", kwnames) || !check_args("bool", nargs, 0, 1)) return Value();
  if (nargs == 0) return newref(False());
  int r = is_true(args[0]);
  return r < 0 ? Value() : newref(boolean(r));
}

// Sets up int and bool.
void init_int_type() {
  Type* t = IntType;
  type_init(t, "int", ObjectType, sizeof(Int), TF_BASETYPE | TF_INT_SUBCLASS);
  t->dealloc = int_dealloc;
  t->repr = int_repr;
  t->hash = int_hash;
  t->richcompare = int_richcompare;
  using bytecode::BinOp;
  auto set = [&](BinOp op, BinaryFn f) { t->binary[static_cast<int>(op)] = f; };
  set(BinOp::Add, int_add);
  set(BinOp::Subtract, int_sub);
  set(BinOp::Multiply, int_mul);
  set(BinOp::FloorDivide, int_floordiv);
  set(BinOp::Remainder, int_mod);
  set(BinOp::TrueDivide, int_truediv);
  set(BinOp::Power, int_pow);
  set(BinOp::LShift, int_lshift);
  set(BinOp::RShift, int_rshift);
  set(BinOp::And, int_and);
  set(BinOp::Or, int_or);
  set(BinOp::Xor, int_xor);
  t->power3 = int_power3;
  t->negative = int_neg;
  t->positive = int_pos;
  t->absolute = int_abs;
  t->invert = int_invert;
  t->is_true = int_bool;
  t->to_int = int_pos;
  t->to_float = int_float;
  t->index = int_pos;
  t->new_fn = int_new;
  add_method(t, "bit_length", int_bit_length);
  add_method(t, "bit_count", int_bit_count);
  add_method(t, "conjugate", int_self_method);
  add_method(t, "__trunc__", int_self_method);
  add_method(t, "__floor__", int_self_method);
  add_method(t, "__ceil__", int_self_method);
  add_method(t, "__round__", int_round);
  add_method(t, "as_integer_ratio", int_as_integer_ratio);
  add_method(t, "to_bytes", int_to_bytes);
  add_classmethod(t, "from_bytes", int_from_bytes);
  add_method(t, "__format__", int_format_method);
  add_method(t, "__getnewargs__", int_getnewargs);
  add_getset(t, "real", int_get_real);
  add_getset(t, "imag", int_get_imag);
  add_getset(t, "numerator", int_get_real);
  add_getset(t, "denominator", int_get_one);
  type_ready(t);
  // divmod is reached through the builtin; keep a slot-less method for int.__divmod__.
  add_method(t, "__divmod__", [](Value self, const Value* args, std::size_t nargs, Tuple*) -> Value {
    if (!check_exact("__divmod__", nargs, 1)) return Value();
    return int_divmod(self, args[0]);
  });
  add_method(t, "__rdivmod__", [](Value self, const Value* args, std::size_t nargs, Tuple*) -> Value {
    if (!check_exact("__rdivmod__", nargs, 1)) return Value();
    return int_divmod(args[0], self);
  });

  Type* b = BoolType;
  type_init(b, "bool", IntType, sizeof(Int), 0);
  b->repr = bool_repr;
  b->new_fn = bool_new;
  b->binary[static_cast<int>(BinOp::And)] = int_and;
  b->binary[static_cast<int>(BinOp::Or)] = int_or;
  b->binary[static_cast<int>(BinOp::Xor)] = int_xor;
  b->flags &= ~TF_BASETYPE;
  type_ready(b);
  for (auto [o, v] : {std::pair{&g_true, 1}, {&g_false, 0}}) {
    o->refcnt = std::intptr_t{1} << 60;
    o->type = BoolType;
    mpz_init_set_si(o->z, v);
  }
}

// divmod(a, b) for ints (used by the divmod builtin's fast path).
Value int_divmod_values(Value a, Value b) { return int_divmod(a, b); }

}  // namespace peppy::objects
