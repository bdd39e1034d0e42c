// constvalue.cpp: Python operators over compile-time constants, for constant folding
// (see constvalue.hpp). Ints are GMP integers; floats and complex numbers follow
// CPython's float and complex objects (its floor division and modulo, its pow rules,
// its complex division and power algorithms), so that a folded value is exactly the
// value the operation gives at run time.
#include "compile/constvalue.hpp"

#include <gmp.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>

#include "ast/constant.hpp"
#include "unicode/unicode.hpp"

namespace peppy::compile {

namespace {

using Kind = Constant::Kind;

// CPython's limits on what its AST optimizer folds (ast_opt.c): ints of at most 128
// bits, tuples of at most 256 items (1024 counting nested ones), strs and bytes of at
// most 4096 items, for the results of *, ** and <<.
constexpr unsigned long kMaxIntBits = 128;
constexpr long kMaxCollectionSize = 256;
constexpr long kMaxStrSize = 4096;
constexpr long kMaxTotalItems = 1024;

// An owned GMP integer.
class Big {
 public:
  Big() { mpz_init(z_); }
  explicit Big(long v) { mpz_init_set_si(z_, v); }
  // From decimal digits (an int constant's text).
  explicit Big(const std::string& decimal) {
    mpz_init(z_);
    mpz_set_str(z_, decimal.c_str(), 10);
  }
  Big(const Big& o) { mpz_init_set(z_, o.z_); }
  Big& operator=(const Big& o) {
    mpz_set(z_, o.z_);
    return *this;
  }
  ~Big() { mpz_clear(z_); }
  mpz_ptr get() { return z_; }
  mpz_srcptr get() const { return z_; }
  // The decimal digits.
  std::string str() const {
    std::string out(mpz_sizeinbase(z_, 10) + 2, '\0');
    mpz_get_str(out.data(), 10, z_);
    out.resize(std::strlen(out.c_str()));
    return out;
  }
  int sign() const { return mpz_sgn(z_); }
  // The number of bits of |z| (0 for 0), as CPython's _PyLong_NumBits.
  unsigned long bits() const { return sign() == 0 ? 0 : mpz_sizeinbase(z_, 2); }

 private:
  mpz_t z_;
};

bool is_int(const Constant& c) { return c.kind == Kind::Int || c.kind == Kind::True || c.kind == Kind::False; }
bool is_bool(const Constant& c) { return c.kind == Kind::True || c.kind == Kind::False; }
bool is_number(const Constant& c) { return is_int(c) || c.kind == Kind::Float || c.kind == Kind::Complex; }

// The integer value of an int or bool constant.
Big int_of(const Constant& c) {
  if (c.kind == Kind::True) return Big(1);
  if (c.kind == Kind::False) return Big(0);
  return Big(c.text);
}

Constant from_big(const Big& b) { return Constant::integer(b.str()); }

// float(i): rounded half to even, as CPython's int-to-float conversion; nullopt on
// overflow.
std::optional<double> to_double(const Big& b) {
  const unsigned long n = b.bits();
  if (n <= 53) return mpz_get_d(b.get());
  Big a;
  mpz_abs(a.get(), b.get());
  const unsigned long shift = n - 53;
  Big q, r;
  mpz_fdiv_q_2exp(q.get(), a.get(), shift);
  mpz_fdiv_r_2exp(r.get(), a.get(), shift);
  Big half;
  mpz_setbit(half.get(), shift - 1);
  const int cmp = mpz_cmp(r.get(), half.get());
  if (cmp > 0 || (cmp == 0 && mpz_odd_p(q.get()))) mpz_add_ui(q.get(), q.get(), 1);
  if (n > 1100) return std::nullopt;
  const double d = std::ldexp(mpz_get_d(q.get()), static_cast<int>(shift));
  if (std::isinf(d)) return std::nullopt;
  return b.sign() < 0 ? -d : d;
}

// The float value of a real number constant (int, bool or float).
std::optional<double> real_of(const Constant& c) {
  if (c.kind == Kind::Float) return c.real;
  return to_double(int_of(c));
}

struct Cx {
  double re, im;
};

// The complex value of any number constant.
std::optional<Cx> complex_of(const Constant& c) {
  if (c.kind == Kind::Complex) return Cx{c.real, c.imag};
  auto r = real_of(c);
  if (!r) return std::nullopt;
  return Cx{*r, 0.0};
}

// ---- strings ----

// The byte offsets of each code point of a UTF-8 string (and its end).
std::vector<std::size_t> utf8_starts(const std::string& s) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
  }
  out.push_back(s.size());
  return out;
}

// The number of items of a sized constant (str: code points).
long size_of(const Constant& c) {
  switch (c.kind) {
    case Kind::Str:
      return static_cast<long>(utf8_length(c.text));
    case Kind::Bytes:
      return static_cast<long>(c.text.size());
    case Kind::Tuple:
    case Kind::FrozenSet:
      return static_cast<long>(c.items.size());
    default:
      return -1;
  }
}

// CPython's check_complexity: what is left of `limit` after counting the items of a
// tuple or frozenset and of the ones nested in it (negative when over).
long complexity_left(const Constant& c, long limit) {
  if (c.kind == Kind::Tuple || c.kind == Kind::FrozenSet) {
    limit -= static_cast<long>(c.items.size());
    for (const Constant& item : c.items) {
      if (limit < 0) break;
      limit = complexity_left(item, limit);
    }
  }
  return limit;
}

// seq * n for a str, bytes or tuple seq.
std::optional<Constant> repeat(const Constant& seq, const Big& count) {
  const long size = size_of(seq);
  long n = 0;
  if (size > 0) {
    if (!mpz_fits_slong_p(count.get())) return std::nullopt;
    n = mpz_get_si(count.get());
    const long limit = (seq.kind == Kind::Tuple) ? kMaxCollectionSize : kMaxStrSize;
    if (n < 0 || n > limit / size) return std::nullopt;
    if (seq.kind == Kind::Tuple && n != 0 && complexity_left(seq, kMaxTotalItems / n) < 0) return std::nullopt;
  }
  Constant out = seq;
  out.text.clear();
  out.items.clear();
  for (long i = 0; i < n; ++i) {
    out.text += seq.text;
    out.items.insert(out.items.end(), seq.items.begin(), seq.items.end());
  }
  return out;
}

// ---- float and complex arithmetic as CPython's ----

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// Python's float floor division and modulo (float_divmod).
std::optional<std::pair<double, double>> float_divmod(double vx, double wx) {
  if (wx == 0.0) return std::nullopt;
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  return std::make_pair(floordiv, mod);
}

Cx c_prod(Cx a, Cx b) { return Cx{a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// Complex division (CPython's algorithm); nullopt when dividing by zero.
std::optional<Cx> c_quot(Cx a, Cx b) {
  const double abs_breal = std::fabs(b.re), abs_bimag = std::fabs(b.im);
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) return std::nullopt;
    const double ratio = b.im / b.re;
    const double denom = b.re + b.im * ratio;
    return Cx{(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    const double ratio = b.re / b.im;
    const double denom = b.re * ratio + b.im;
    return Cx{(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return Cx{NAN, NAN};
}

// Complex power (CPython's complex_pow): integral exponents up to 100 by repeated
// squaring, others through polar form; nullopt where CPython raises.
std::optional<Cx> c_pow(Cx a, Cx b) {
  Cx r;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    long n = static_cast<long>(b.re);
    const bool neg = n < 0;
    if (neg) n = -n;
    Cx acc{1.0, 0.0}, p = a;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
      if (n & mask) acc = c_prod(acc, p);
      p = c_prod(p, p);
    }
    if (neg) {
      auto q = c_quot(Cx{1.0, 0.0}, acc);
      if (!q) return std::nullopt;
      acc = *q;
    }
    r = acc;
  } else if (b.re == 0.0 && b.im == 0.0) {
    r = Cx{1.0, 0.0};
  } else if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) return std::nullopt;
    r = Cx{0.0, 0.0};
  } else {
    const double vabs = std::hypot(a.re, a.im);
    double len = std::pow(vabs, b.re);
    const double at = std::atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
      len /= std::exp(at * b.im);
      phase += b.im * std::log(vabs);
    }
    r = Cx{len * std::cos(phase), len * std::sin(phase)};
  }
  if (std::isinf(r.re) || std::isinf(r.im)) return std::nullopt;
  return r;
}

Constant complex_const(Cx c) { return Constant::complex(c.re, c.im); }

// Python's float ** float (float_pow); negative bases with fractional exponents go
// complex, as in Python.
std::optional<Constant> float_pow(double iv, double iw) {
  if (iw == 0.0) return Constant::floating(1.0);
  if (std::isnan(iv)) return Constant::floating(iv);
  if (std::isnan(iw)) return Constant::floating(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return Constant::floating(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return Constant::floating(std::fabs(iw));
    return Constant::floating(0.0);
  }
  if (std::isinf(iv)) {
    const bool odd = is_odd_integer(iw);
    if (iw > 0.0) return Constant::floating(odd ? iv : std::fabs(iv));
    return Constant::floating(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    const bool odd = is_odd_integer(iw);
    if (iw < 0.0) return std::nullopt;
    return Constant::floating(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      auto r = c_pow(Cx{iv, 0.0}, Cx{iw, 0.0});
      if (!r) return std::nullopt;
      return complex_const(*r);
    }
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return Constant::floating(negate ? -1.0 : 1.0);
  errno = 0;
  double ix = std::pow(iv, iw);
  if (std::isinf(ix) || errno == ERANGE) return std::nullopt;
  return Constant::floating(negate ? -ix : ix);
}

// ---- the operators by type ----

// int op int.
std::optional<Constant> int_binary(ast::operator_ op, const Constant& ca, const Constant& cb) {
  using ast::operator_;
  const Big a = int_of(ca), b = int_of(cb);
  Big r;
  switch (op) {
    case operator_::Add:
      mpz_add(r.get(), a.get(), b.get());
      break;
    case operator_::Sub:
      mpz_sub(r.get(), a.get(), b.get());
      break;
    case operator_::Mult:
      if (a.sign() != 0 && b.sign() != 0 && a.bits() + b.bits() > kMaxIntBits) return std::nullopt;
      mpz_mul(r.get(), a.get(), b.get());
      break;
    case operator_::Div: {
      if (b.sign() == 0) return std::nullopt;
      if (a.bits() > 53 || b.bits() > 53) return std::nullopt;  // left for run time
      return Constant::floating(mpz_get_d(a.get()) / mpz_get_d(b.get()));
    }
    case operator_::FloorDiv:
      if (b.sign() == 0) return std::nullopt;
      mpz_fdiv_q(r.get(), a.get(), b.get());
      break;
    case operator_::Mod:
      if (b.sign() == 0) return std::nullopt;
      mpz_fdiv_r(r.get(), a.get(), b.get());
      break;
    case operator_::Pow: {
      if (b.sign() < 0) {
        auto x = to_double(a), y = to_double(b);
        if (!x || !y) return std::nullopt;
        return float_pow(*x, *y);
      }
      if (a.sign() == 0) return Constant::integer(b.sign() == 0 ? "1" : "0");
      if (!mpz_fits_ulong_p(b.get())) return std::nullopt;
      const unsigned long w = mpz_get_ui(b.get());
      if (w > 0 && a.bits() > kMaxIntBits / w) return std::nullopt;
      mpz_pow_ui(r.get(), a.get(), w);
      break;
    }
    case operator_::LShift: {
      if (b.sign() < 0) return std::nullopt;
      if (a.sign() == 0 || b.sign() == 0) return from_big(a);
      if (!mpz_fits_ulong_p(b.get())) return std::nullopt;
      const unsigned long w = mpz_get_ui(b.get());
      if (w > kMaxIntBits || a.bits() > kMaxIntBits - w) return std::nullopt;
      mpz_mul_2exp(r.get(), a.get(), w);
      break;
    }
    case operator_::RShift:
      if (b.sign() < 0) return std::nullopt;
      if (!mpz_fits_ulong_p(b.get())) return from_big(Big(a.sign() < 0 ? -1 : 0));
      mpz_fdiv_q_2exp(r.get(), a.get(), mpz_get_ui(b.get()));
      break;
    case operator_::BitAnd:
    case operator_::BitOr:
    case operator_::BitXor: {
      if (op == operator_::BitAnd) mpz_and(r.get(), a.get(), b.get());
      if (op == operator_::BitOr) mpz_ior(r.get(), a.get(), b.get());
      if (op == operator_::BitXor) mpz_xor(r.get(), a.get(), b.get());
      if (is_bool(ca) && is_bool(cb)) return Constant::boolean(r.sign() != 0);
      break;
    }
    case operator_::MatMult:
      return std::nullopt;
  }
  return from_big(r);
}

// real op real where one is a float.
std::optional<Constant> float_binary(ast::operator_ op, double a, double b) {
  using ast::operator_;
  switch (op) {
    case operator_::Add:
      return Constant::floating(a + b);
    case operator_::Sub:
      return Constant::floating(a - b);
    case operator_::Mult:
      return Constant::floating(a * b);
    case operator_::Div:
      if (b == 0.0) return std::nullopt;
      return Constant::floating(a / b);
    case operator_::FloorDiv: {
      auto dm = float_divmod(a, b);
      if (!dm) return std::nullopt;
      return Constant::floating(dm->first);
    }
    case operator_::Mod: {
      auto dm = float_divmod(a, b);
      if (!dm) return std::nullopt;
      return Constant::floating(dm->second);
    }
    case operator_::Pow:
      return float_pow(a, b);
    default:
      return std::nullopt;
  }
}

// number op number where one is complex.
std::optional<Constant> complex_binary(ast::operator_ op, Cx a, Cx b) {
  using ast::operator_;
  switch (op) {
    case operator_::Add:
      return complex_const(Cx{a.re + b.re, a.im + b.im});
    case operator_::Sub:
      return complex_const(Cx{a.re - b.re, a.im - b.im});
    case operator_::Mult:
      return complex_const(c_prod(a, b));
    case operator_::Div: {
      auto q = c_quot(a, b);
      if (!q) return std::nullopt;
      return complex_const(*q);
    }
    case operator_::Pow: {
      auto p = c_pow(a, b);
      if (!p) return std::nullopt;
      return complex_const(*p);
    }
    default:
      return std::nullopt;
  }
}

// ---- equality (for frozenset items) ----

// Python's a == b between constants.
bool python_equal(const Constant& a, const Constant& b) {
  if (is_number(a) && is_number(b)) {
    if (a.kind == Kind::Complex && b.kind == Kind::Complex) return a.real == b.real && a.imag == b.imag;
    if (a.kind == Kind::Complex || b.kind == Kind::Complex) {
      const Constant& c = a.kind == Kind::Complex ? a : b;
      const Constant& r = a.kind == Kind::Complex ? b : a;
      return c.imag == 0.0 && python_equal(r, Constant::floating(c.real));
    }
    if (a.kind == Kind::Float && b.kind == Kind::Float) return a.real == b.real;
    if (a.kind == Kind::Float || b.kind == Kind::Float) {
      const double f = a.kind == Kind::Float ? a.real : b.real;
      const Constant& i = a.kind == Kind::Float ? b : a;
      if (!std::isfinite(f) || f != std::floor(f)) return false;
      Big fb;
      mpz_set_d(fb.get(), f);
      return mpz_cmp(fb.get(), int_of(i).get()) == 0;
    }
    return mpz_cmp(int_of(a).get(), int_of(b).get()) == 0;
  }
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Kind::None:
    case Kind::Ellipsis:
      return true;
    case Kind::Str:
    case Kind::Bytes:
      return a.text == b.text;
    case Kind::Tuple:
      if (a.items.size() != b.items.size()) return false;
      for (std::size_t i = 0; i < a.items.size(); ++i) {
        if (!python_equal(a.items[i], b.items[i])) return false;
      }
      return true;
    case Kind::FrozenSet: {
      if (a.items.size() != b.items.size()) return false;
      for (const Constant& x : a.items) {
        bool found = false;
        for (const Constant& y : b.items) found = found || python_equal(x, y);
        if (!found) return false;
      }
      return true;
    }
    case Kind::Code:
      return a.code == b.code;
    default:
      return false;
  }
}

// Appends a length-prefixed piece to a key.
void key_piece(std::string& out, const std::string& piece) {
  out += std::to_string(piece.size());
  out += ':';
  out += piece;
}

}  // namespace

// ---- the public operations ----

bool constants_equal(const Constant& a, const Constant& b) { return python_equal(a, b); }

// repr() of a float as the parts of a complex number show it: no ".0" added.
static std::string complex_part(double x) {
  std::string s = ast::repr_imaginary(x);
  s.pop_back();  // the 'j'
  return s;
}

// Python's repr() of a constant.
std::string constant_repr(const Constant& c) {
  switch (c.kind) {
    case Kind::None:
      return "None";
    case Kind::True:
      return "True";
    case Kind::False:
      return "False";
    case Kind::Ellipsis:
      return "Ellipsis";
    case Kind::Int:
      return c.text;
    case Kind::Float:
      return ast::repr_float(c.real);
    case Kind::Complex: {
      if (c.real == 0.0 && !std::signbit(c.real)) return complex_part(c.imag) + "j";
      std::string im = complex_part(c.imag);
      if (im[0] != '-') im = "+" + im;
      return "(" + complex_part(c.real) + im + "j)";
    }
    case Kind::Str:
      return ast::repr_utf8(c.text);
    case Kind::Bytes:
      return ast::repr_bytes(c.text);
    case Kind::Tuple:
    case Kind::FrozenSet: {
      if (c.kind == Kind::FrozenSet && c.items.empty()) return "frozenset()";
      std::string s = c.kind == Kind::Tuple ? "(" : "frozenset({";
      for (std::size_t i = 0; i < c.items.size(); ++i) {
        if (i) s += ", ";
        s += constant_repr(c.items[i]);
      }
      if (c.kind == Kind::Tuple && c.items.size() == 1) s += ",";
      s += c.kind == Kind::Tuple ? ")" : "})";
      return s;
    }
    case Kind::Code:
      return "<code " + (c.code ? c.code->name : std::string("?")) + ">";
  }
  return "?";
}

// Code points of UTF-8 text: bytes that do not continue a sequence.
std::size_t utf8_length(const std::string& s) {
  std::size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

// The bytecode constant of an AST constant.
Constant constant_from_ast(const ast::ConstantValue& v) {
  using K = ast::ConstantValue::Kind;
  switch (v.kind) {
    case K::None:
      return Constant::none();
    case K::True:
      return Constant::boolean(true);
    case K::False:
      return Constant::boolean(false);
    case K::Ellipsis:
      return Constant::ellipsis();
    case K::Int:
      return Constant::integer(v.int_value);
    case K::Float:
      return Constant::floating(v.float_value);
    case K::Complex:
      return Constant::complex(0.0, v.imag);
    case K::Str:
      return Constant::string(unicode::to_utf8(v.str));
    case K::Bytes:
      return Constant::byte_string(v.bytes);
  }
  return Constant::none();
}

// Python truthiness.
bool constant_truthy(const Constant& c) {
  switch (c.kind) {
    case Kind::None:
    case Kind::False:
      return false;
    case Kind::True:
    case Kind::Ellipsis:
    case Kind::Code:
      return true;
    case Kind::Int:
      return c.text != "0";
    case Kind::Float:
      return c.real != 0.0;
    case Kind::Complex:
      return c.real != 0.0 || c.imag != 0.0;
    case Kind::Str:
    case Kind::Bytes:
      return !c.text.empty();
    case Kind::Tuple:
    case Kind::FrozenSet:
      return !c.items.empty();
  }
  return true;
}

// Unary operators on numbers (and `not` on anything).
std::optional<Constant> fold_unary(ast::unaryop op, const Constant& c) {
  switch (op) {
    case ast::unaryop::Not:
      return Constant::boolean(!constant_truthy(c));
    case ast::unaryop::USub:
      if (is_int(c)) {
        Big r;
        mpz_neg(r.get(), int_of(c).get());
        return from_big(r);
      }
      if (c.kind == Kind::Float) return Constant::floating(-c.real);
      if (c.kind == Kind::Complex) return Constant::complex(-c.real, -c.imag);
      return std::nullopt;
    case ast::unaryop::UAdd:
      if (is_int(c)) return from_big(int_of(c));
      if (c.kind == Kind::Float || c.kind == Kind::Complex) return c;
      return std::nullopt;
    case ast::unaryop::Invert:
      if (is_int(c)) {
        Big r;
        mpz_com(r.get(), int_of(c).get());
        return from_big(r);
      }
      return std::nullopt;
  }
  return std::nullopt;
}

// Binary operators, with CPython's folding limits.
std::optional<Constant> fold_binary(ast::operator_ op, const Constant& a, const Constant& b) {
  using ast::operator_;
  if (is_number(a) && is_number(b)) {
    if (a.kind == Kind::Complex || b.kind == Kind::Complex) {
      auto x = complex_of(a), y = complex_of(b);
      if (!x || !y) return std::nullopt;
      return complex_binary(op, *x, *y);
    }
    if (a.kind == Kind::Float || b.kind == Kind::Float) {
      auto x = real_of(a), y = real_of(b);
      if (!x || !y) return std::nullopt;
      return float_binary(op, *x, *y);
    }
    return int_binary(op, a, b);
  }
  const bool seq_a = a.kind == Kind::Str || a.kind == Kind::Bytes || a.kind == Kind::Tuple;
  const bool seq_b = b.kind == Kind::Str || b.kind == Kind::Bytes || b.kind == Kind::Tuple;
  if (op == operator_::Add && seq_a && a.kind == b.kind) {
    Constant r = a;
    r.text += b.text;
    r.items.insert(r.items.end(), b.items.begin(), b.items.end());
    return r;
  }
  if (op == operator_::Mult) {
    if (seq_a && is_int(b)) return repeat(a, int_of(b));
    if (seq_b && is_int(a)) return repeat(b, int_of(a));
  }
  return std::nullopt;
}

// Constant subscripts: str, bytes and tuple by an int index.
std::optional<Constant> fold_subscript(const Constant& v, const Constant& index) {
  if (!is_int(index)) return std::nullopt;
  const Big i = int_of(index);
  if (!mpz_fits_slong_p(i.get())) return std::nullopt;
  long k = mpz_get_si(i.get());
  const long n = size_of(v);
  if (n < 0 || v.kind == Kind::FrozenSet) return std::nullopt;
  if (k < 0) k += n;
  if (k < 0 || k >= n) return std::nullopt;
  switch (v.kind) {
    case Kind::Str: {
      const std::vector<std::size_t> starts = utf8_starts(v.text);
      return Constant::string(v.text.substr(starts[k], starts[k + 1] - starts[k]));
    }
    case Kind::Bytes:
      return Constant::integer(std::to_string(static_cast<unsigned char>(v.text[k])));
    case Kind::Tuple:
      return v.items[k];
    default:
      return std::nullopt;
  }
}

// A frozenset of distinct items.
Constant make_frozenset(const std::vector<Constant>& items) {
  std::vector<Constant> out;
  for (const Constant& c : items) {
    bool dup = false;
    for (const Constant& o : out) dup = dup || python_equal(c, o);
    if (!dup) out.push_back(c);
  }
  return Constant::frozenset(std::move(out));
}

// The identity key of a constant.
std::string constant_key(const Constant& c) {
  std::string k;
  switch (c.kind) {
    case Kind::None:
      return "N";
    case Kind::True:
      return "T";
    case Kind::False:
      return "F";
    case Kind::Ellipsis:
      return "E";
    case Kind::Int:
      return "i" + c.text;
    case Kind::Float: {
      std::uint64_t bits;
      std::memcpy(&bits, &c.real, sizeof bits);
      return "f" + std::to_string(bits);
    }
    case Kind::Complex: {
      std::uint64_t re, im;
      std::memcpy(&re, &c.real, sizeof re);
      std::memcpy(&im, &c.imag, sizeof im);
      return "c" + std::to_string(re) + "," + std::to_string(im);
    }
    case Kind::Str:
      return "s" + c.text;
    case Kind::Bytes:
      return "b" + c.text;
    case Kind::Tuple:
      k = "t";
      for (const Constant& item : c.items) key_piece(k, constant_key(item));
      return k;
    case Kind::FrozenSet: {
      std::vector<std::string> keys;
      for (const Constant& item : c.items) keys.push_back(constant_key(item));
      std::sort(keys.begin(), keys.end());
      k = "z";
      for (const std::string& s : keys) key_piece(k, s);
      return k;
    }
    case Kind::Code: {
      // equal code objects share a slot, as CPython's (code objects compare by value)
      const bytecode::Code& co = *c.code;
      k = "x";
      key_piece(k, co.name);
      key_piece(k, co.qualname);
      for (std::uint32_t n : {static_cast<std::uint32_t>(co.firstlineno), co.argcount, co.posonlyargcount,
                              co.kwonlyargcount, co.flags, co.stacksize})
        key_piece(k, std::to_string(n));
      std::string words;
      for (bytecode::Word w : co.code) words += std::to_string(w) + ",";
      key_piece(k, words);
      std::string pos;
      for (const bytecode::Position& p : co.positions)
        pos += std::to_string(p.lineno) + ":" + std::to_string(p.col) + ":" + std::to_string(p.end_lineno) + ":" +
               std::to_string(p.end_col) + ",";
      key_piece(k, pos);
      for (const Constant& item : co.consts) key_piece(k, constant_key(item));
      for (const auto* list : {&co.names, &co.varnames, &co.cellvars, &co.freevars}) {
        std::string names;
        for (const std::string& n : *list) key_piece(names, n);
        key_piece(k, names);
      }
      std::string table;
      for (const auto& e : co.exception_table)
        table += std::to_string(e.start) + ":" + std::to_string(e.end) + ":" + std::to_string(e.target) + ":" +
                 std::to_string(e.depth) + (e.push_lasti ? "l," : ",");
      key_piece(k, table);
      return k;
    }
  }
  return k;
}

}  // namespace peppy::compile
