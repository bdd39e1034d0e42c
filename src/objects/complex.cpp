// complex.cpp: complex. Construction (numbers or text), repr "(1+2j)" as CPython's,
// arithmetic with ints and floats, **, equality, abs, CPython's hash, real/imag and
// conjugate.
#include <cmath>
#include <cstdlib>
#include <string>

#include "bytecode/opcodes.hpp"
#include "objects/core.hpp"

namespace peppy::objects {

static Type g_complex;
Type* const ComplexType = &g_complex;

// A new complex.
Value make_complex(double re, double im) {
  Value v = alloc_instance(ComplexType);
  if (!v) return v;
  auto* c = static_cast<Complex*>(v.obj());
  c->real = re;
  c->imag = im;
  return v;
}

// repr of one part: the float repr without a trailing ".0".
static std::string part_repr(double d) {
  std::string s = float_repr(d);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}
// "(1+2j)", "2j", "(-0-1j)"
static Value complex_repr(Value v) {
  auto* c = static_cast<Complex*>(v.obj());
  std::string s;
  if (c->real == 0.0 && !std::signbit(c->real)) {
    s = part_repr(c->imag) + "j";
  } else {
    std::string im = part_repr(c->imag);
    if (im[0] != '-') im = "+" + im;
    s = "(" + part_repr(c->real) + im + "j)";
  }
  return make_str_ascii(s);
}

// Reads an int, float or complex operand.
static bool to_complex(Value v, double& re, double& im) {
  if (v.is_object() && type_of(v) == ComplexType) {
    re = static_cast<Complex*>(v.obj())->real;
    im = static_cast<Complex*>(v.obj())->imag;
    return true;
  }
  if (v.is_object() && is_subtype(type_of(v), ComplexType)) {
    re = static_cast<Complex*>(v.obj())->real;
    im = static_cast<Complex*>(v.obj())->imag;
    return true;
  }
  im = 0.0;
  if (is_float(v)) {
    re = as_float(v)->value;
    return true;
  }
  if (is_int(v)) return int_to_double(v, re);
  return false;
}
#define COPERANDS(a, b)                                          \
  double ar, ai, br, bi;                                         \
  if (!to_complex(a, ar, ai) || !to_complex(b, br, bi)) {        \
    if (has_error()) return Value();                             \
    return newref(NotImplemented());                             \
  }

// The Add operator.
static Value complex_add(Value a, Value b) {
  COPERANDS(a, b);
  return make_complex(ar + br, ai + bi);
}
// The Subtract operator.
static Value complex_sub(Value a, Value b) {
  COPERANDS(a, b);
  return make_complex(ar - br, ai - bi);
}
// The Multiply operator.
static Value complex_mul(Value a, Value b) {
  COPERANDS(a, b);
  return make_complex(ar * br - ai * bi, ar * bi + ai * br);
}
// a / b with the scaling CPython uses against overflow.
static Value complex_div(Value a, Value b) {
  COPERANDS(a, b);
  if (br == 0.0 && bi == 0.0) return raise(ZeroDivisionErrorType, "complex division by zero");
  double re, im;
  if (std::fabs(br) >= std::fabs(bi)) {
    double ratio = bi / br, denom = br + bi * ratio;
    re = (ar + ai * ratio) / denom;
    im = (ai - ar * ratio) / denom;
  } else {
    double ratio = br / bi, denom = br * ratio + bi;
    re = (ar * ratio + ai) / denom;
    im = (ai * ratio - ar) / denom;
  }
  return make_complex(re, im);
}
// a ** b
static Value complex_pow(Value a, Value b) {
  COPERANDS(a, b);
  if (br == 0.0 && bi == 0.0) return make_complex(1.0, 0.0);
  if (ar == 0.0 && ai == 0.0) {
    if (bi != 0.0 || br < 0) return raise(ZeroDivisionErrorType, "0.0 to a negative or complex power");
    return make_complex(0.0, 0.0);
  }
  if (bi == 0.0 && br == std::floor(br) && std::fabs(br) <= 100) {
    // Integer powers by repeated multiplication (as CPython, for accuracy).
    long n = static_cast<long>(br);
    double rr = 1.0, ri = 0.0, xr = ar, xi = ai;
    long m = n < 0 ? -n : n;
    while (m) {
      if (m & 1) {
        double t = rr * xr - ri * xi;
        ri = rr * xi + ri * xr;
        rr = t;
      }
      double t = xr * xr - xi * xi;
      xi = 2 * xr * xi;
      xr = t;
      m >>= 1;
    }
    if (n < 0) {
      double d = rr * rr + ri * ri;
      return make_complex(rr / d, -ri / d);
    }
    return make_complex(rr, ri);
  }
  double vabs = std::hypot(ar, ai);
  double len = std::pow(vabs, br);
  double at = std::atan2(ai, ar);
  double phase = at * br;
  if (bi != 0.0) {
    len /= std::exp(at * bi);
    phase += bi * std::log(vabs);
  }
  return make_complex(len * std::cos(phase), len * std::sin(phase));
}
// pow() of complex with a modulus.
static Value complex_power3(Value a, Value b, Value c) {
  if (c != None()) return raise(ValueErrorType, "complex modulo");
  return complex_pow(a, b);
}
// -complex.
static Value complex_neg(Value v) {
  auto* c = static_cast<Complex*>(v.obj());
  return make_complex(-c->real, -c->imag);
}
// +complex.
static Value complex_pos(Value v) {
  auto* c = static_cast<Complex*>(v.obj());
  return make_complex(c->real, c->imag);
}
// abs() of complex.
static Value complex_abs(Value v) {
  auto* c = static_cast<Complex*>(v.obj());
  double r = std::hypot(c->real, c->imag);
  if (std::isinf(r) && std::isfinite(c->real) && std::isfinite(c->imag))
    return raise(OverflowErrorType, "absolute value too large");
  return make_float(r);
}
// bool() of complex.
static int complex_bool(Value v) {
  auto* c = static_cast<Complex*>(v.obj());
  return c->real != 0.0 || c->imag != 0.0;
}
// hash: hash(real) + 1000003 * hash(imag), as CPython.
static std::int64_t complex_hash(Value v) {
  auto* c = static_cast<Complex*>(v.obj());
  auto hr = static_cast<std::uint64_t>(hash_double(c->real, v));
  auto hi = static_cast<std::uint64_t>(hash_double(c->imag, v));
  auto h = static_cast<std::int64_t>(hr + 1000003ull * hi);
  return h == -1 ? -2 : h;
}
// == and != (ordering is not defined).
static Value complex_richcompare(Value a, Value b, int op) {
  if (op != 2 && op != 3) return newref(NotImplemented());
  if (type_of(a) != ComplexType && !is_subtype(type_of(a), ComplexType)) return newref(NotImplemented());
  auto* c = static_cast<Complex*>(a.obj());
  bool eq;
  if (is_int(b)) {
    eq = c->imag == 0.0 && float_compare_int(c->real, b) == 0;
  } else {
    double br, bi;
    if (!to_complex(b, br, bi)) return newref(NotImplemented());
    eq = c->real == br && c->imag == bi;
  }
  return newref(boolean(op == 2 ? eq : !eq));
}

// Parses "1+2j", "(3j)", "-1.5e3-4J", "inf+nanj".
static bool parse_complex(std::u32string_view s, double& re, double& im) {
  std::string a;
  for (char32_t c : s) {
    if (c > 127) return false;
    a += static_cast<char>(c);
  }
  auto trim = [](std::string& x) {
    std::size_t b = x.find_first_not_of(" \t\n\r\f\v");
    std::size_t e = x.find_last_not_of(" \t\n\r\f\v");
    x = b == std::string::npos ? "" : x.substr(b, e - b + 1);
  };
  trim(a);
  if (!a.empty() && a.front() == '(' && a.back() == ')') {
    a = a.substr(1, a.size() - 2);
    trim(a);
  }
  if (a.empty()) return false;
  auto parse_float = [](const std::string& t, double& out) -> bool {
    if (t.empty()) return false;
    Value v = make_str_ascii(t);
    Value f = float_from_string(str_view(as_str(v)), v);
    decref(v);
    if (!f) {
      clear_error();
      return false;
    }
    out = as_float(f)->value;
    decref(f);
    return true;
  };
  re = im = 0.0;
  if (a.back() == 'j' || a.back() == 'J') {
    std::string body = a.substr(0, a.size() - 1);
    // Split at the last sign that is not an exponent sign and not the first character.
    std::size_t split = std::string::npos;
    for (std::size_t i = body.size(); i-- > 1;) {
      if ((body[i] == '+' || body[i] == '-') && body[i - 1] != 'e' && body[i - 1] != 'E') {
        split = i;
        break;
      }
    }
    std::string rp = split == std::string::npos ? "" : body.substr(0, split);
    std::string ip = split == std::string::npos ? body : body.substr(split);
    if (ip == "" || ip == "+")
      im = 1.0;
    else if (ip == "-")
      im = -1.0;
    else if (!parse_float(ip, im))
      return false;
    if (!rp.empty() && !parse_float(rp, re)) return false;
    return true;
  }
  return parse_float(a, re);
}

// complex(real=0, imag=0) / complex(text)
static Value complex_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"real", "imag"};
  Value a[2];
  if (!parse_args("complex", args, nargs, kwnames, kw, 2, 0, a)) return Value();
  double re = 0, im = 0;
  if (a[0] && is_str(a[0])) {
    if (a[1]) return raise_type_error("complex() can't take second arg if first is a string");
    if (!parse_complex(str_view(as_str(a[0])), re, im))
      return raise(ValueErrorType, "complex() arg is a malformed string");
  } else {
    if (a[1] && is_str(a[1])) return raise_type_error("complex() second arg can't be a string");
    double r1 = 0, i1 = 0, r2 = 0, i2 = 0;
    if (a[0]) {
      if (!to_complex(a[0], r1, i1)) {
        if (has_error()) return Value();
        bool found = false;
        Value c = call_special(a[0], names.complex_, nullptr, 0, &found);
        if (found && c && to_complex(c, r1, i1)) {
          decref(c);
        } else {
          xdecref(c);
          Value f = found ? Value() : call_special(a[0], names.float_, nullptr, 0, &found);
          if (!f || !is_float(f)) {
            xdecref(f);
            if (has_error()) return Value();
            return raise_fmt(TypeErrorType, "complex() first argument must be a string or a number, not '%s'",
                             {type_name(a[0])});
          }
          r1 = as_float(f)->value;
          decref(f);
        }
      }
    }
    if (a[1] && !to_complex(a[1], r2, i2)) {
      if (has_error()) return Value();
      return raise_fmt(TypeErrorType, "complex() second argument must be a number, not '%s'", {type_name(a[1])});
    }
    // Only complex arguments bring imaginary parts along (complex(0, -0.0) keeps -0.0).
    bool a_complex = a[0] && (type_of(a[0]) == ComplexType || is_subtype(type_of(a[0]), ComplexType));
    bool b_complex = a[1] && (type_of(a[1]) == ComplexType || is_subtype(type_of(a[1]), ComplexType));
    re = b_complex ? r1 - i2 : r1;
    im = a[1] ? (a_complex ? i1 + r2 : r2) : i1;
  }
  if (t == ComplexType) return make_complex(re, im);
  Value v = alloc_instance(t);
  if (v) {
    static_cast<Complex*>(v.obj())->real = re;
    static_cast<Complex*>(v.obj())->imag = im;
  }
  return v;
}

// The real attribute of complex (getter).
static Value complex_get_real(Value v) { return make_float(static_cast<Complex*>(v.obj())->real); }
// The imag attribute of complex (getter).
static Value complex_get_imag(Value v) { return make_float(static_cast<Complex*>(v.obj())->imag); }
// complex.conjugate()
static Value complex_conjugate(Value v, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("conjugate", nargs, 0)) return Value();
  auto* c = static_cast<Complex*>(v.obj());
  return make_complex(c->real, -c->imag);
}
// complex.__format__()
static Value complex_format_method(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("__format__", nargs, 1)) return Value();
  if (!is_str(args[0]))
    return raise_fmt(TypeErrorType, "__format__() argument must be str, not %s", {type_name(args[0])});
  if (as_str(args[0])->length == 0 && !is_exact(self, ComplexType)) return str(self);  // a subclass's __str__
  auto* c = static_cast<Complex*>(self.obj());
  return format_complex(c->real, c->imag, as_str(args[0]));
}

// Sets up complex.
void init_complex_type() {
  Type* t = ComplexType;
  type_init(t, "complex", ObjectType, sizeof(Complex), TF_BASETYPE);
  t->dealloc = free_instance;
  t->repr = complex_repr;
  t->hash = complex_hash;
  t->richcompare = complex_richcompare;
  using bytecode::BinOp;
  t->binary[static_cast<int>(BinOp::Add)] = complex_add;
  t->binary[static_cast<int>(BinOp::Subtract)] = complex_sub;
  t->binary[static_cast<int>(BinOp::Multiply)] = complex_mul;
  t->binary[static_cast<int>(BinOp::TrueDivide)] = complex_div;
  t->binary[static_cast<int>(BinOp::Power)] = complex_pow;
  t->power3 = complex_power3;
  t->negative = complex_neg;
  t->positive = complex_pos;
  t->absolute = complex_abs;
  t->is_true = complex_bool;
  t->new_fn = complex_new;
  add_getset(t, "real", complex_get_real);
  add_getset(t, "imag", complex_get_imag);
  add_method(t, "conjugate", complex_conjugate);
  add_method(t, "__format__", complex_format_method);
  type_ready(t);
}

}  // namespace peppy::objects
