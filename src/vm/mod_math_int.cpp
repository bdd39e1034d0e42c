// mod_math_int.cpp: the math module's integer functions (factorial, comb, perm, isqrt, lcm)
// computed exactly with GMP, and prod (through the objects' own *), with CPython's messages.
#include <cstdint>
#include <string>

#include "objects/core.hpp"
#include "vm/modules.hpp"

namespace peppy::vm {

using namespace objects;

bool math_one_arg(const char* name, std::size_t nargs, Tuple* kw);  // mod_math.cpp

namespace {

// v as an int through __index__ (new ref), or null with TypeError.
Value as_index(Value v) { return index_to_int(v); }

// math.factorial(n)
Value math_factorial(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!math_one_arg("factorial", nargs, kw)) return Value();
  Value n = as_index(args[0]);
  if (!n) return n;
  IntView iv(n);
  int sign = mpz_sgn(iv.z);
  bool fits = mpz_fits_slong_p(iv.z);
  long k = fits ? mpz_get_si(iv.z) : 0;
  decref(n);
  if (sign < 0) return raise(ValueErrorType, "factorial() not defined for negative values");
  if (!fits) return raise(OverflowErrorType, "factorial() argument should not exceed 9223372036854775807");
  mpz_t r;
  mpz_init(r);
  mpz_fac_ui(r, static_cast<unsigned long>(k));
  return make_int_from_mpz(r);
}

// Reads n and k of comb/perm as non-negative ints; false with the error set.
bool n_and_k(Value nv, Value kv, mpz_t n, mpz_t k) {
  Value a = as_index(nv);
  if (!a) return false;
  Value b = as_index(kv);
  if (!b) {
    decref(a);
    return false;
  }
  {
    IntView x(a), y(b);
    mpz_set(n, x.z);
    mpz_set(k, y.z);
  }
  decref(a);
  decref(b);
  if (mpz_sgn(n) < 0) {
    raise(ValueErrorType, "n must be a non-negative integer");
    return false;
  }
  if (mpz_sgn(k) < 0) {
    raise(ValueErrorType, "k must be a non-negative integer");
    return false;
  }
  return true;
}

// math.comb(n, k) and math.perm(n, k=None)
Value comb_perm(const char* name, const Value* args, std::size_t nargs, Tuple* kw, bool perm) {
  if (!no_kwargs(perm ? "math.perm" : "math.comb", kw) || !check_args(name, nargs, perm ? 1 : 2, 2)) return Value();
  if (perm && (nargs == 1 || args[1] == None())) {
    Value n = as_index(args[0]);
    if (!n) return n;
    Value a[1] = {n};
    Value r = math_factorial(Value(), a, 1, nullptr);
    decref(n);
    return r;
  }
  mpz_t n, k, r;
  mpz_inits(n, k, r, nullptr);
  if (!n_and_k(args[0], args[1], n, k)) {
    mpz_clears(n, k, r, nullptr);
    return Value();
  }
  if (mpz_cmp(k, n) > 0) {
    mpz_clears(n, k, r, nullptr);
    return make_int(0);
  }
  // comb(n, k) == comb(n, n - k): use the smaller k.
  if (!perm) {
    mpz_sub(r, n, k);
    if (mpz_cmp(r, k) < 0) mpz_set(k, r);
  }
  if (!mpz_fits_slong_p(k)) {
    mpz_clears(n, k, r, nullptr);
    return raise(OverflowErrorType, "k must not exceed 9223372036854775807");
  }
  unsigned long kk = static_cast<unsigned long>(mpz_get_si(k));
  if (perm) {
    // n * (n-1) * ... * (n-k+1)
    mpz_set_ui(r, 1);
    for (unsigned long i = 0; i < kk; ++i) {
      mpz_mul(r, r, n);
      mpz_sub_ui(n, n, 1);
    }
  } else {
    mpz_bin_ui(r, n, kk);
  }
  mpz_clears(n, k, nullptr);
  return make_int_from_mpz(r);
}
Value math_comb(Value, const Value* a, std::size_t n, Tuple* kw) { return comb_perm("comb", a, n, kw, false); }
Value math_perm(Value, const Value* a, std::size_t n, Tuple* kw) { return comb_perm("perm", a, n, kw, true); }

// math.isqrt(n)
Value math_isqrt(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!math_one_arg("isqrt", nargs, kw)) return Value();
  Value n = as_index(args[0]);
  if (!n) return n;
  mpz_t r;
  mpz_init(r);
  {
    IntView iv(n);
    if (mpz_sgn(iv.z) >= 0) mpz_sqrt(r, iv.z);
  }
  bool neg = int_sign(n) < 0;
  decref(n);
  if (neg) {
    mpz_clear(r);
    return raise(ValueErrorType, "isqrt() argument must be nonnegative");
  }
  return make_int_from_mpz(r);
}

// math.lcm(*integers)
Value math_lcm(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("math.lcm", kw)) return Value();
  mpz_t r;
  mpz_init_set_ui(r, 1);
  for (std::size_t i = 0; i < nargs; ++i) {
    Value v = as_index(args[i]);
    if (!v) {
      mpz_clear(r);
      return v;
    }
    {
      IntView iv(v);
      mpz_lcm(r, r, iv.z);
    }
    decref(v);
  }
  return make_int_from_mpz(r);
}

// math.prod(iterable, /, *, start=1)
Value math_prod(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"iterable", "start"};
  if (nargs > 2) {
    return raise(TypeErrorType, "prod() takes at most 2 arguments (" + std::to_string(nargs) + " given)");
  }
  if (nargs != 1) {
    return raise(TypeErrorType, "prod() takes exactly 1 positional argument (" + std::to_string(nargs) + " given)");
  }
  Value v[2] = {};
  if (!parse_args("prod", args, nargs, kw, kNames, 2, 1, v, 1)) return Value();
  Value acc = v[1] ? newref(v[1]) : make_int(1);
  int rc = for_each(v[0], [&](Value item) {
    Value r = binary_op(acc, item, static_cast<int>(bytecode::BinOp::Multiply));
    if (!r) return -1;
    decref(acc);
    acc = r;
    return 0;
  });
  if (rc < 0) {
    decref(acc);
    return Value();
  }
  return acc;
}

}  // namespace

// Adds the functions above to the math module.
void add_math_int_functions(Value mod) {
  module_put_fn(mod, "factorial", math_factorial);
  module_put_fn(mod, "comb", math_comb);
  module_put_fn(mod, "perm", math_perm);
  module_put_fn(mod, "isqrt", math_isqrt);
  module_put_fn(mod, "lcm", math_lcm);
  module_put_fn(mod, "prod", math_prod);
}

}  // namespace peppy::vm
