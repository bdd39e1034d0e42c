// mod_random.cpp: the random module (built into the VM): the Mersenne Twister MT19937
// with CPython's seeding (ints by their absolute value, str/bytes through SHA-512, None
// from the OS), and random.Random's methods computed exactly as CPython's random.py
// computes them (same draws from the generator in the same order), so a seeded program
// prints the same numbers. The module-level functions are bound to a hidden instance.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "objects/core.hpp"
#include "vm/modules.hpp"
#include "vm/modutil.hpp"
#include "vm/sha512.hpp"

namespace peppy::vm {

using namespace objects;
using modutil::bind_py_args;

namespace {

constexpr int kN = 624;
constexpr int kM = 397;

// A random.Random instance: the generator's state and the gauss() spare value.
struct RandomObj : Object {
  std::uint32_t mt[kN];
  int index;
  Value gauss_next;  // owned; null means None
};

Type g_random, g_system_random;

enum Op { kAdd = 0, kFloorDiv = 2, kMul = 5, kMod = 6, kSub = 10 };

// The Random layout of self.
RandomObj* rnd(Value self) { return static_cast<RandomObj*>(self.obj()); }

// ---------------------------------------------------------------- the generator
// Fills the state from one 32-bit seed (MT19937's init_genrand).
void init_genrand(RandomObj* r, std::uint32_t s) {
  r->mt[0] = s;
  for (int i = 1; i < kN; ++i) r->mt[i] = 1812433253U * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
  r->index = kN;
}

// Seeds from an array of 32-bit words (MT19937's init_by_array).
void init_by_array(RandomObj* r, const std::uint32_t* key, std::size_t len) {
  init_genrand(r, 19650218U);
  std::size_t i = 1, j = 0;
  for (std::size_t k = len > static_cast<std::size_t>(kN) ? len : kN; k; --k) {
    r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<std::uint32_t>(j);
    ++i, ++j;
    if (i >= static_cast<std::size_t>(kN)) {
      r->mt[0] = r->mt[kN - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (int k = kN - 1; k; --k) {
    r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1566083941U)) - static_cast<std::uint32_t>(i);
    ++i;
    if (i >= static_cast<std::size_t>(kN)) {
      r->mt[0] = r->mt[kN - 1];
      i = 1;
    }
  }
  r->mt[0] = 0x80000000U;
}

// The next 32 random bits (MT19937's genrand_int32).
std::uint32_t genrand(RandomObj* r) {
  static const std::uint32_t mag01[2] = {0, 0x9908b0dfU};
  if (r->index >= kN) {
    int kk = 0;
    std::uint32_t y;
    for (; kk < kN - kM; ++kk) {
      y = (r->mt[kk] & 0x80000000U) | (r->mt[kk + 1] & 0x7fffffffU);
      r->mt[kk] = r->mt[kk + kM] ^ (y >> 1) ^ mag01[y & 1];
    }
    for (; kk < kN - 1; ++kk) {
      y = (r->mt[kk] & 0x80000000U) | (r->mt[kk + 1] & 0x7fffffffU);
      r->mt[kk] = r->mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 1];
    }
    y = (r->mt[kN - 1] & 0x80000000U) | (r->mt[0] & 0x7fffffffU);
    r->mt[kN - 1] = r->mt[kM - 1] ^ (y >> 1) ^ mag01[y & 1];
    r->index = 0;
  }
  std::uint32_t y = r->mt[r->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= y >> 18;
  return y;
}

// A float in [0, 1) with 53 random bits (genrand_res53).
double genrand_double(RandomObj* r) {
  std::uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// k random bits (k <= 64) as getrandbits(k) would draw them.
std::uint64_t genrand_bits64(RandomObj* r, int k) {
  if (k <= 32) return k == 0 ? 0 : genrand(r) >> (32 - k);
  std::uint64_t lo = genrand(r);
  std::uint64_t hi = genrand(r) >> (64 - k);
  return (hi << 32) | lo;
}

// getrandbits(k) for any k >= 0 (a new int).
Value genrand_bits(RandomObj* r, std::uint64_t k) {
  if (k <= 64) return make_int_u64(genrand_bits64(r, static_cast<int>(k)));
  std::size_t words = (k - 1) / 32 + 1;
  if (words > (std::size_t{1} << 33)) return raise_no_memory();  // more than 32 GiB of bits
  std::vector<std::uint32_t> w;
  try {
    w.resize(words);
  } catch (const std::exception&) {
    return raise_no_memory();
  }
  for (std::size_t i = 0; i < words; ++i, k -= 32) {
    std::uint32_t x = genrand(r);
    if (k < 32) x >>= (32 - k);
    w[i] = x;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, words, -1, sizeof(std::uint32_t), 0, 0, w.data());
  return make_int_from_mpz(z);
}

// Seeds from the absolute value of an mpz (its 32-bit words, least significant first).
void seed_from_mpz(RandomObj* r, mpz_srcptr z) {
  std::size_t count = (mpz_bits(z) + 31) / 32;
  std::vector<std::uint32_t> key(count ? count : 1, 0);
  if (count) mpz_export(key.data(), &count, -1, sizeof(std::uint32_t), 0, 0, z);
  init_by_array(r, key.data(), key.size());
}

// Seeds from the OS (/dev/urandom), else from the time and the process id.
void seed_from_os(RandomObj* r) {
  std::uint32_t key[kN];
  int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  bool ok = false;
  if (fd >= 0) {
    ok = ::read(fd, key, sizeof key) == static_cast<ssize_t>(sizeof key);
    ::close(fd);
  }
  if (!ok) {
    auto now = std::chrono::system_clock::now().time_since_epoch().count();
    key[0] = static_cast<std::uint32_t>(now);
    key[1] = static_cast<std::uint32_t>(static_cast<std::uint64_t>(now) >> 32);
    key[2] = static_cast<std::uint32_t>(::getpid());
    init_by_array(r, key, 3);
    return;
  }
  init_by_array(r, key, kN);
}

// The raw bytes of a bytes or bytearray value (through bytes(v)).
bool bytes_of(Value v, std::string& out) {
  if (is_exact(v, BytesType)) {
    auto* b = static_cast<Bytes*>(v.obj());
    out.assign(reinterpret_cast<const char*>(b->data), b->length);
    return true;
  }
  Value b = call(val(BytesType), &v, 1);
  if (!b) return false;
  out.assign(reinterpret_cast<const char*>(static_cast<Bytes*>(b.obj())->data), static_cast<Bytes*>(b.obj())->length);
  decref(b);
  return true;
}

// Random.seed(a, version) as random.py does it; false with an error set.
bool do_seed(RandomObj* r, Value a, Value version) {
  std::int64_t ver = 2;
  if (version && !(is_int(version) && int_to_int64(version, ver))) {
    int e = equal(version, Value::small(1));
    if (e < 0) return false;
    ver = e ? 1 : 0;
  }
  xdecref(r->gauss_next);
  r->gauss_next = Value();
  if (!a || is_none(a)) {
    seed_from_os(r);
    return true;
  }
  bool is_bytes_like = is_exact(a, BytesType) || is_exact(a, ByteArrayType) || isinstance_type(a, BytesType) ||
                       isinstance_type(a, ByteArrayType);
  if (ver == 1 && (is_str(a) || isinstance_type(a, BytesType))) {
    // Version 1: a 64-bit string hash of the text (bytes read as Latin-1).
    std::u32string text;
    if (is_str(a)) {
      text = std::u32string(str_view(as_str(a)));
    } else {
      std::string raw;
      if (!bytes_of(a, raw)) return false;
      for (unsigned char c : raw) text.push_back(c);
    }
    std::uint64_t x = text.empty() ? 0 : static_cast<std::uint64_t>(text[0]) << 7;
    for (char32_t c : text) x = (1000003ULL * x) ^ static_cast<std::uint64_t>(c);
    x ^= text.size();
    mpz_t z;
    mpz_init(z);
    mpz_import(z, 1, -1, sizeof x, 0, 0, &x);
    seed_from_mpz(r, z);
    mpz_clear(z);
    return true;
  }
  if (ver == 2 && (is_str(a) || is_bytes_like)) {
    std::string raw;
    if (is_str(a)) {
      raw = str_utf8_ref(as_str(a));
    } else if (!bytes_of(a, raw)) {
      return false;
    }
    auto digest = sha512(raw);
    raw.append(reinterpret_cast<const char*>(digest.data()), digest.size());
    mpz_t z;
    mpz_init(z);
    mpz_import(z, raw.size(), 1, 1, 1, 0, raw.data());
    seed_from_mpz(r, z);
    mpz_clear(z);
    return true;
  }
  if (is_int(a)) {
    IntView v(a);
    seed_from_mpz(r, v.z);
    return true;
  }
  if (!is_float(a) && !is_str(a) && !is_bytes_like) {
    raise(TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    return false;
  }
  std::int64_t h = hash(a);
  if (h == -1 && has_error()) return false;
  std::uint64_t u = static_cast<std::uint64_t>(h);
  mpz_t z;
  mpz_init(z);
  mpz_import(z, 1, -1, sizeof u, 0, 0, &u);
  seed_from_mpz(r, z);
  mpz_clear(z);
  return true;
}

// ---------------------------------------------------------------- subclass support
// Whether type(self) has the native method `name` (not overridden by a subclass).
bool native_method(Value self, const char* name) {
  Type* t = type_of(self);
  if (t == &g_random) return true;
  Value f = lookup_in_mro(t, intern(name));
  return f && f == dict_get_str(val(g_random.dict), intern(name));
}

// self.random() as a double; false with an error set.
bool draw_float(Value self, double& out) {
  if (native_method(self, "random")) {
    out = genrand_double(rnd(self));
    return true;
  }
  Value v = call_method(self, intern("random"), nullptr, 0);
  if (!v) return false;
  bool ok = is_float(v) ? (out = as_float(v)->value, true) : is_int(v) ? int_to_double(v, out) : false;
  if (!ok && !has_error()) raise(TypeErrorType, "must be real number, not " + type_name(v));
  decref(v);
  return ok;
}

// self.getrandbits(k) as an int (new reference).
Value draw_bits(Value self, std::uint64_t k) {
  if (native_method(self, "getrandbits")) return genrand_bits(rnd(self), k);
  Value kv = make_int_u64(k);
  Value r = call_method(self, intern("getrandbits"), &kv, 1);
  decref(kv);
  return r;
}

// Whether the subclass's _randbelow uses random() (it overrides random but not
// getrandbits, as random.Random.__init_subclass__ decides).
bool below_without_getrandbits(Value self) {
  Type* t = type_of(self);
  if (t == &g_random) return false;
  Tuple* mro = type_mro(t);
  for (std::size_t i = 0; i < mro->length; ++i) {
    Type* c = as_type(mro->items[i]);
    if (c == &g_random || !(c->flags & TF_HEAPTYPE) || !c->dict) break;
    if (dict_get_str(val(c->dict), intern("getrandbits"))) return false;
    if (dict_get_str(val(c->dict), intern("random"))) return true;
  }
  return false;
}

// self._randbelow(n) for an int n > 0 (a new int), drawing as CPython does.
Value rand_below(Value self, Value n) {
  std::int64_t small = 0;
  bool fits = int_to_int64(n, small);
  if (below_without_getrandbits(self)) {
    constexpr double kMax = 9007199254740992.0;  // 2**53
    double r;
    if (!fits || small >= (std::int64_t{1} << 53)) {
      double nd;
      if (!int_to_double(n, nd) || !draw_float(self, r)) return Value();
      return int_from_double(std::floor(r * nd));
    }
    std::int64_t rem = (std::int64_t{1} << 53) % small;
    double limit = static_cast<double>((std::int64_t{1} << 53) - rem) / kMax;
    do {
      if (!draw_float(self, r)) return Value();
    } while (r >= limit);
    return make_int(static_cast<std::int64_t>(std::floor(r * kMax)) % small);
  }
  IntView nv(n);
  std::uint64_t k = mpz_bits(nv.z);
  if (fits && native_method(self, "getrandbits")) {
    RandomObj* r = rnd(self);
    std::uint64_t x;
    do x = genrand_bits64(r, static_cast<int>(k));
    while (x >= static_cast<std::uint64_t>(small));
    return make_int_u64(x);
  }
  for (;;) {
    Value x = draw_bits(self, k);
    if (!x) return x;
    if (!is_int(x)) {
      decref(x);
      return raise(TypeErrorType, "getrandbits() must return an int");
    }
    int lt = compare_bool(x, n, 0);  // x < n
    if (lt < 0) {
      decref(x);
      return Value();
    }
    if (lt) return x;
    decref(x);
  }
}

// rand_below for a C++ count.
Value rand_below_i(Value self, std::int64_t n, std::int64_t& out) {
  Value nv = make_int(n);
  Value r = rand_below(self, nv);
  decref(nv);
  if (!r) return r;
  int_to_int64(r, out);
  return r;
}

// ---------------------------------------------------------------- methods
// Declares a method's parameter names (kNames, kCount) and the array `a` for them.
#define BIND(...)                                                      \
  static const char* const kNames[] = {__VA_ARGS__};                   \
  constexpr std::size_t kCount = sizeof(kNames) / sizeof(kNames[0]);  \
  Value a[kCount];

// Random.seed(a=None, version=2)
Value r_seed(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  BIND("a", "version");
  if (!bind_py_args("Random.seed", args, nargs, kw, kNames, kCount, 0, 2, true, a)) return Value();
  if (!do_seed(rnd(self), a[0], a[1])) return Value();
  return newref(None());
}

// Random.random()
Value r_random(Value self, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("random", kw)) return Value();
  if (nargs != 0)
    return raise(TypeErrorType, "Random.random() takes no arguments (" + std::to_string(nargs) + " given)");
  return make_float(genrand_double(rnd(self)));
}

// Random.getrandbits(k)
Value r_getrandbits(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("getrandbits", kw)) return Value();
  if (nargs != 1)
    return raise(TypeErrorType, "getrandbits() takes exactly one argument (" + std::to_string(nargs) + " given)");
  std::int64_t k;
  if (!index_value(args[0], k, OverflowErrorType)) return Value();
  if (k < 0) return raise(ValueErrorType, "number of bits must be non-negative");
  return genrand_bits(rnd(self), static_cast<std::uint64_t>(k));
}

// Random.getstate(): (3, the 624 words and the index, gauss_next)
Value r_getstate(Value self, const Value*, std::size_t nargs, Tuple* kw) {
  static const char* const kNone[] = {nullptr};
  Value unused[1];
  if (!bind_py_args("Random.getstate", nullptr, nargs, kw, kNone, 0, 0, 0, true, unused)) return Value();
  RandomObj* r = rnd(self);
  Value st = make_tuple(kN + 1);
  for (int i = 0; i < kN; ++i) as_tuple(st)->items[i] = make_int(r->mt[i]);
  as_tuple(st)->items[kN] = make_int(r->index);
  Value out = make_tuple(3);
  as_tuple(out)->items[0] = make_int(3);
  as_tuple(out)->items[1] = st;
  as_tuple(out)->items[2] = newref(r->gauss_next ? r->gauss_next : None());
  return out;
}

// Random.setstate(state)
Value r_setstate(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  BIND("state");
  if (!bind_py_args("Random.setstate", args, nargs, kw, kNames, kCount, 1, 1, true, a)) return Value();
  Value version = getitem(a[0], Value::small(0));
  if (!version) return version;
  int is3 = equal(version, Value::small(3));
  int is2 = is3 == 0 ? equal(version, Value::small(2)) : 0;
  if (is3 < 0 || is2 < 0) {
    decref(version);
    return Value();
  }
  if (!is3 && !is2) {
    Value vr = str(version);
    decref(version);
    if (!vr) return vr;
    std::string vs = str_utf8_ref(as_str(vr));
    decref(vr);
    return raise(ValueErrorType, "state with version " + vs + " passed to Random.setstate() of version 3");
  }
  decref(version);
  Value parts = tuple_from_iterable(a[0]);
  if (!parts) return parts;
  Ref hold(parts);
  std::size_t n = as_tuple(parts)->length;
  if (n != 3)
    return raise(ValueErrorType, std::string(n > 3 ? "too many values to unpack (expected 3)"
                                                   : "not enough values to unpack (expected 3, got " + std::to_string(n) + ")"));
  Value inner = as_tuple(parts)->items[1];
  if (!is_tuple(inner)) return raise(TypeErrorType, "state vector must be a tuple");
  Tuple* t = as_tuple(inner);
  if (t->length != kN + 1) return raise(ValueErrorType, "state vector is the wrong size");
  std::uint32_t words[kN];
  for (int i = 0; i < kN; ++i) {
    Value x = t->items[i];
    if (!is_int(x)) return raise(TypeErrorType, "an integer is required");
    if (is2) {
      Value m = binary_op(x, make_int(std::int64_t{1} << 32), kMod);
      if (!m) return m;
      std::int64_t v = 0;
      int_to_int64(m, v);
      decref(m);
      words[i] = static_cast<std::uint32_t>(v);
      continue;
    }
    IntView v(x);
    if (mpz_sgn(v.z) < 0) return raise(OverflowErrorType, "can't convert negative int to unsigned");
    if (mpz_bits(v.z) > 64) return raise(OverflowErrorType, "Python int too large to convert to C unsigned long");
    words[i] = static_cast<std::uint32_t>(mpz_getlimbn(v.z, 0));
  }
  std::int64_t index = 0;
  if (!is_int(t->items[kN])) return raise(TypeErrorType, "an integer is required");
  if (!int_to_int64(t->items[kN], index) || index < 0 || index > kN) return raise(ValueErrorType, "invalid state");
  RandomObj* r = rnd(self);
  std::memcpy(r->mt, words, sizeof words);
  r->index = static_cast<int>(index);
  Value g = as_tuple(parts)->items[2];
  xdecref(r->gauss_next);
  r->gauss_next = is_none(g) ? Value() : newref(g);
  return newref(None());
}

// An int argument of randrange (an __index__ value, or an integral float as CPython's
// deprecated path accepts); `what` names it in the ValueError.
Value range_arg(Value v, const char* what) {
  Value i = index_to_int(v);
  if (i || !isinstance_type(current_error(), TypeErrorType)) return i;
  clear_error();
  i = call(val(IntType), &v, 1);
  if (!i) return i;
  int same = equal(i, v);
  if (same <= 0) {
    decref(i);
    return same < 0 ? Value() : raise(ValueErrorType, std::string("non-integer ") + what + " for randrange()");
  }
  return i;
}

// randrange(start, stop=None, step=1) on ints (new reference).
Value do_randrange(Value self, Value start, Value stop, Value step) {
  Ref istart(range_arg(start, "arg 1"));
  if (!istart) return Value();
  if (!stop || is_none(stop)) {
    if (step) return raise(TypeErrorType, "Missing a non-None stop argument");
    if (int_sign(istart.get()) > 0) return rand_below(self, istart.get());
    return raise(ValueErrorType, "empty range for randrange()");
  }
  Ref istop(range_arg(stop, "stop"));
  if (!istop) return Value();
  Ref width(binary_op(istop.get(), istart.get(), kSub));
  if (!width) return Value();
  Ref istep(step ? range_arg(step, "step") : Value::small(1));
  if (!istep) return Value();
  if (istep.get() == Value::small(1)) {
    if (int_sign(width.get()) > 0) {
      Ref r(rand_below(self, width.get()));
      if (!r) return Value();
      return binary_op(istart.get(), r.get(), kAdd);
    }
    Value s1 = repr(istart.get()), s2 = repr(istop.get()), s3 = repr(width.get());
    std::string msg = "empty range for randrange() (" + str_utf8_ref(as_str(s1)) + ", " + str_utf8_ref(as_str(s2)) +
                      ", " + str_utf8_ref(as_str(s3)) + ")";
    decref(s1), decref(s2), decref(s3);
    return raise(ValueErrorType, msg);
  }
  int sgn = int_sign(istep.get());
  if (sgn == 0) return raise(ValueErrorType, "zero step for randrange()");
  Ref t1(binary_op(width.get(), istep.get(), kAdd));
  if (!t1) return Value();
  Ref t2(binary_op(t1.get(), Value::small(sgn > 0 ? -1 : 1), kAdd));
  if (!t2) return Value();
  Ref n(binary_op(t2.get(), istep.get(), kFloorDiv));
  if (!n) return Value();
  if (int_sign(n.get()) <= 0) return raise(ValueErrorType, "empty range for randrange()");
  Ref r(rand_below(self, n.get()));
  if (!r) return Value();
  Ref off(binary_op(istep.get(), r.get(), kMul));
  if (!off) return Value();
  return binary_op(istart.get(), off.get(), kAdd);
}

// Random.randrange(start, stop=None, step=1)
Value r_randrange(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  BIND("start", "stop", "step");
  if (!bind_py_args("Random.randrange", args, nargs, kw, kNames, kCount, 1, 3, true, a)) return Value();
  return do_randrange(self, a[0], a[1], a[2]);
}

// Random.randint(a, b): randrange(a, b + 1)
Value r_randint(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  BIND("a", "b");
  if (!bind_py_args("Random.randint", args, nargs, kw, kNames, kCount, 2, 2, true, a)) return Value();
  Ref b1(binary_op(a[1], Value::small(1), kAdd));
  if (!b1) return Value();
  return do_randrange(self, a[0], b1.get(), Value());
}

// Random.choice(seq)
Value r_choice(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  BIND("seq");
  if (!bind_py_args("Random.choice", args, nargs, kw, kNames, kCount, 1, 1, true, a)) return Value();
  std::int64_t n = length(a[0]);
  if (n < 0) return Value();
  if (n == 0) return raise(IndexErrorType, "Cannot choose from an empty sequence");
  std::int64_t i;
  Value iv = rand_below_i(self, n, i);
  if (!iv) return iv;
  Value r = getitem(a[0], iv);
  decref(iv);
  return r;
}

// Random.shuffle(x): Fisher-Yates from the end, as random.py.
Value r_shuffle(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  BIND("x");
  if (!bind_py_args("Random.shuffle", args, nargs, kw, kNames, kCount, 1, 1, true, a)) return Value();
  Value x = a[0];
  std::int64_t n = length(x);
  if (n < 0) return Value();
  for (std::int64_t i = n - 1; i >= 1; --i) {
    std::int64_t j;
    Value jv = rand_below_i(self, i + 1, j);
    if (!jv) return jv;
    if (is_exact(x, ListType) && static_cast<std::int64_t>(as_list(x)->length) == n) {
      Value* items = as_list(x)->items;
      std::swap(items[i], items[j]);
      decref(jv);
      continue;
    }
    Value iv = make_int(i);
    Value xi = getitem(x, iv), xj = xi ? getitem(x, jv) : Value();
    bool ok = xi && xj && setitem(x, iv, xj) == 0 && setitem(x, jv, xi) == 0;
    xdecref(xi), xdecref(xj), decref(iv), decref(jv);
    if (!ok) return Value();
  }
  return newref(None());
}

// Whether v is a sequence for sample() (collections.abc.Sequence's built-in members).
bool is_sequence(Value v) {
  Type* t = type_of(v);
  if (is_list(v) || is_tuple(v) || is_str(v) || t == RangeType || isinstance_type(v, BytesType)) return true;
  if (is_dict(v) || is_set_or_frozenset(v)) return false;
  return t->getitem && t->length && (t->flags & TF_HEAPTYPE);
}

// bisect.bisect_right(a, x, 0, hi) over a C++ vector of values.
std::int64_t bisect_right(const std::vector<Value>& a, Value x, std::int64_t hi) {
  std::int64_t lo = 0;
  while (lo < hi) {
    std::int64_t mid = (lo + hi) / 2;
    int lt = compare_bool(x, a[mid], 0);
    if (lt < 0) return -1;
    if (lt)
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

// The running sums of an iterable (itertools.accumulate), new references in out.
bool accumulate_into(Value iterable, std::vector<Value>& out) {
  Value total;
  int r = for_each(iterable, [&](Value item) {
    Value next = total ? binary_op(total, item, kAdd) : newref(item);
    if (!next) return -1;
    out.push_back(next);
    total = next;
    return 0;
  });
  if (r < 0) {
    for (Value v : out) decref(v);
    out.clear();
    return false;
  }
  return true;
}

// Releases the values of a vector.
void release_all(std::vector<Value>& v) {
  for (Value x : v) decref(x);
  v.clear();
}

Value do_sample(Value self, Value population, Value kv, Value counts);

// Random.sample(population, k, *, counts=None)
Value r_sample(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  BIND("population", "k", "counts");
  if (!bind_py_args("Random.sample", args, nargs, kw, kNames, kCount, 2, 2, true, a)) return Value();
  return do_sample(self, a[0], a[1], a[2]);
}

// sample()'s body (random.py's algorithm: a pool list for small populations, a set of
// chosen indices for large ones).
Value do_sample(Value self, Value population, Value kv, Value counts) {
  if (!is_sequence(population))
    return raise(TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  std::int64_t n = length(population);
  if (n < 0) return Value();
  if (counts && !is_none(counts)) {
    std::vector<Value> cum;
    if (!accumulate_into(counts, cum)) return Value();
    if (static_cast<std::int64_t>(cum.size()) != n) {
      release_all(cum);
      return raise(ValueErrorType, "The number of counts does not match the population");
    }
    if (cum.empty()) return raise(IndexErrorType, "pop from empty list");
    Value total = cum.back();
    cum.pop_back();
    if (!is_int(total)) {
      decref(total);
      release_all(cum);
      return raise(TypeErrorType, "Counts must be integers");
    }
    if (int_sign(total) <= 0) {
      decref(total);
      release_all(cum);
      return raise(ValueErrorType, "Total of counts must be greater than zero");
    }
    Value rng = call(val(RangeType), &total, 1);
    decref(total);
    if (!rng) {
      release_all(cum);
      return rng;
    }
    Value sel = do_sample(self, rng, kv, Value());
    decref(rng);
    if (!sel) {
      release_all(cum);
      return sel;
    }
    List* sl = as_list(sel);
    for (std::size_t i = 0; i < sl->length; ++i) {
      std::int64_t idx = bisect_right(cum, sl->items[i], static_cast<std::int64_t>(cum.size()));
      if (idx < 0) {
        decref(sel);
        release_all(cum);
        return Value();
      }
      Value iv = make_int(idx);
      Value item = getitem(population, iv);
      decref(iv);
      if (!item) {
        decref(sel);
        release_all(cum);
        return item;
      }
      Value old = sl->items[i];
      sl->items[i] = item;
      decref(old);
    }
    release_all(cum);
    return sel;
  }
  std::int64_t k;
  if (!is_int(kv)) {
    // random.py's `0 <= k <= n` and `[None] * k` give the errors for other types.
    Value nv = make_int(n);
    int in_range = compare_bool(Value::small(0), kv, 1);
    if (in_range > 0) in_range = compare_bool(kv, nv, 1);
    decref(nv);
    if (in_range < 0) return Value();
    if (!in_range) return raise(ValueErrorType, "Sample larger than population or is negative");
    return raise(TypeErrorType, "can't multiply sequence by non-int of type '" + type_name(kv) + "'");
  }
  if (!int_to_int64(kv, k) || k < 0 || k > n) return raise(ValueErrorType, "Sample larger than population or is negative");
  Value result = make_list(static_cast<std::size_t>(k));
  if (!result) return result;
  for (std::int64_t i = 0; i < k; ++i) as_list(result)->items[i] = newref(None());
  std::int64_t setsize = 21;
  if (k > 5) setsize += static_cast<std::int64_t>(std::pow(4.0, std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0))));
  auto put = [&](std::int64_t i, Value item) {
    Value old = as_list(result)->items[i];
    as_list(result)->items[i] = item;
    decref(old);
  };
  if (n <= setsize) {
    Value pool = list_from_iterable(population);
    if (!pool) {
      decref(result);
      return pool;
    }
    for (std::int64_t i = 0; i < k; ++i) {
      std::int64_t j;
      Value jv = rand_below_i(self, n - i, j);
      if (!jv) {
        decref(pool), decref(result);
        return jv;
      }
      decref(jv);
      Value* items = as_list(pool)->items;
      put(i, newref(items[j]));
      Value moved = newref(items[n - i - 1]);
      decref(items[j]);
      items[j] = moved;
    }
    decref(pool);
    return result;
  }
  std::vector<bool> chosen;
  Value selected = n <= (std::int64_t{1} << 26) ? Value() : make_set();
  if (!selected) chosen.assign(static_cast<std::size_t>(n), false);
  for (std::int64_t i = 0; i < k; ++i) {
    std::int64_t j;
    Value jv;
    for (;;) {
      jv = rand_below_i(self, n, j);
      if (!jv) {
        xdecref(selected), decref(result);
        return jv;
      }
      bool seen = selected ? set_contains(as_set(selected), jv) == 1 : chosen[j];
      if (!seen) break;
      decref(jv);
    }
    if (selected)
      set_add(selected, jv);
    else
      chosen[j] = true;
    Value item = getitem(population, jv);
    decref(jv);
    if (!item) {
      xdecref(selected), decref(result);
      return item;
    }
    put(i, item);
  }
  xdecref(selected);
  return result;
}

// Random.choices(population, weights=None, *, cum_weights=None, k=1)
Value r_choices(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  BIND("population", "weights", "cum_weights", "k");
  if (!bind_py_args("Random.choices", args, nargs, kw, kNames, kCount, 1, 2, true, a)) return Value();
  Value population = a[0], weights = a[1], cumw = a[2];
  std::int64_t n = length(population);
  if (n < 0) return Value();
  std::int64_t k = 1;
  if (a[3]) {
    if (!is_int(a[3])) return modutil::raise_not_integer(a[3]);
    if (!int_to_int64(a[3], k)) return raise(OverflowErrorType, "cannot fit 'int' into an index-sized integer");
  }
  if (k < 0) k = 0;
  Value result = make_list(0);
  if ((!cumw || is_none(cumw)) && (!weights || is_none(weights))) {
    double nd = static_cast<double>(n);
    for (std::int64_t i = 0; i < k; ++i) {
      double r;
      if (!draw_float(self, r)) {
        decref(result);
        return Value();
      }
      Value iv = int_from_double(std::floor(r * nd));
      Value item = iv ? getitem(population, iv) : Value();
      xdecref(iv);
      if (!item || list_append(result, item) < 0) {
        xdecref(item);
        decref(result);
        return Value();
      }
      decref(item);
    }
    return result;
  }
  std::vector<Value> cum;
  if (!cumw || is_none(cumw)) {
    if (!accumulate_into(weights, cum)) {
      if (is_int(weights) && isinstance_type(current_error(), TypeErrorType)) {
        clear_error();
        Value r = repr(weights);
        std::string s = r ? str_utf8_ref(as_str(r)) : "";
        xdecref(r);
        decref(result);
        return raise(TypeErrorType, "The number of choices must be a keyword argument: k=" + s);
      }
      decref(result);
      return Value();
    }
  } else if (weights && !is_none(weights)) {
    decref(result);
    return raise(TypeErrorType, "Cannot specify both weights and cumulative weights");
  } else {
    Value l = list_from_iterable(cumw);
    if (!l) {
      decref(result);
      return l;
    }
    for (std::size_t i = 0; i < as_list(l)->length; ++i) cum.push_back(newref(as_list(l)->items[i]));
    decref(l);
  }
  auto fail = [&]() {
    release_all(cum);
    decref(result);
    return Value();
  };
  if (static_cast<std::int64_t>(cum.size()) != n) {
    release_all(cum);
    decref(result);
    return raise(ValueErrorType, "The number of weights does not match the population");
  }
  if (cum.empty()) {
    decref(result);
    return raise(IndexErrorType, "list index out of range");
  }
  Value zero = make_float(0.0);
  Value tv = binary_op(cum.back(), zero, kAdd);
  decref(zero);
  if (!tv) return fail();
  double total = is_float(tv) ? as_float(tv)->value : 0.0;
  decref(tv);
  if (total <= 0.0) {
    fail();
    return raise(ValueErrorType, "Total of weights must be greater than zero");
  }
  if (!std::isfinite(total)) {
    fail();
    return raise(ValueErrorType, "Total of weights must be finite");
  }
  for (std::int64_t i = 0; i < k; ++i) {
    double r;
    if (!draw_float(self, r)) return fail();
    Value x = make_float(r * total);
    std::int64_t idx = bisect_right(cum, x, n - 1);
    decref(x);
    if (idx < 0) return fail();
    Value iv = make_int(idx);
    Value item = getitem(population, iv);
    decref(iv);
    if (!item) return fail();
    list_append(result, item);
    decref(item);
  }
  release_all(cum);
  return result;
}

// A float parameter of the distributions (int or float, or __float__).
bool real_arg(Value v, double& out) {
  if (is_float(v)) {
    out = as_float(v)->value;
    return true;
  }
  if (is_int(v)) return int_to_double(v, out);
  Value f = call(val(FloatType), &v, 1);
  if (!f) return false;
  out = as_float(f)->value;
  decref(f);
  return true;
}

// Parses up to three float parameters with defaults; false with an error set.
bool real_params(const char* qual, const Value* args, std::size_t nargs, Tuple* kw, const char* const* names,
                 std::size_t nparams, std::size_t nrequired, const double* defaults, double* out, Value* raw = nullptr) {
  Value a[4];
  if (!bind_py_args(qual, args, nargs, kw, names, nparams, nrequired, nparams, true, a)) return false;
  for (std::size_t i = 0; i < nparams; ++i) {
    if (raw) raw[i] = a[i];
    if (!a[i]) {
      out[i] = defaults[i];
    } else if (!real_arg(a[i], out[i])) {
      return false;
    }
  }
  return true;
}

// Random.uniform(a, b): a + (b - a) * random(), with the operands' own arithmetic.
Value r_uniform(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"a", "b"};
  Value a[2];
  double r;
  if (!bind_py_args("Random.uniform", args, nargs, kw, names, 2, 2, 2, true, a)) return Value();
  Ref width(binary_op(a[1], a[0], kSub));
  if (!width || !draw_float(self, r)) return Value();
  Ref rv(make_float(r));
  Ref scaled(binary_op(width.get(), rv.get(), kMul));
  if (!scaled) return Value();
  return binary_op(a[0], scaled.get(), kAdd);
}

// A value as a double for the math functions (math.sqrt, math.exp): ints, floats and
// __float__ objects, else CPython's "must be real number" TypeError.
bool math_real(Value v, double& out) {
  if (is_float(v)) {
    out = as_float(v)->value;
    return true;
  }
  if (is_int(v)) return int_to_double(v, out);
  if (!type_of(v)->to_float) {
    raise(TypeErrorType, "must be real number, not " + type_name(v));
    return false;
  }
  Value f = call(val(FloatType), &v, 1);
  if (!f) return false;
  out = as_float(f)->value;
  decref(f);
  return true;
}

// mu + z * sigma with the parameters' own arithmetic, as random.py computes it.
Value affine(Value mu, double z, Value sigma) {
  Ref zv(make_float(z));
  Ref prod(binary_op(zv.get(), sigma, kMul));
  if (!prod) return Value();
  return binary_op(mu, prod.get(), kAdd);
}

constexpr int kPow = 8, kTrueDiv = 11;

// Random.triangular(low=0.0, high=1.0, mode=None)
Value r_triangular(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"low", "high", "mode"};
  Value a[3];
  if (!bind_py_args("Random.triangular", args, nargs, kw, names, 3, 0, 3, true, a)) return Value();
  Ref low(a[0] ? newref(a[0]) : make_float(0.0)), high(a[1] ? newref(a[1]) : make_float(1.0));
  double u;
  if (!draw_float(self, u)) return Value();
  Ref c;
  if (!a[2] || is_none(a[2])) {
    c = Ref(make_float(0.5));
  } else {
    Ref num(binary_op(a[2], low.get(), kSub));
    if (!num) return Value();
    Ref den(binary_op(high.get(), low.get(), kSub));
    if (!den) return Value();
    c = Ref(binary_op(num.get(), den.get(), kTrueDiv));
    if (!c) {
      if (!isinstance_type(current_error(), ZeroDivisionErrorType)) return Value();
      clear_error();
      return low.release();
    }
  }
  Ref uv(make_float(u));
  int gt = compare_bool(uv.get(), c.get(), 4);
  if (gt < 0) return Value();
  if (gt) {
    uv = Ref(make_float(1.0 - u));
    Ref one(make_float(1.0));
    c = Ref(binary_op(one.get(), c.get(), kSub));
    if (!c) return Value();
    std::swap(low, high);
  }
  Ref uc(binary_op(uv.get(), c.get(), kMul));
  if (!uc) return Value();
  double x;
  if (!math_real(uc.get(), x)) return Value();
  if (x < 0) return raise(ValueErrorType, "math domain error");
  Ref root(make_float(std::sqrt(x)));
  Ref width(binary_op(high.get(), low.get(), kSub));
  if (!width) return Value();
  Ref scaled(binary_op(width.get(), root.get(), kMul));
  if (!scaled) return Value();
  return binary_op(low.get(), scaled.get(), kAdd);
}

// The mu and sigma parameters of normalvariate/gauss/lognormvariate (borrowed, or the
// defaults 0.0 and 1.0 in `hold`).
bool mu_sigma(const char* qual, const Value* args, std::size_t nargs, Tuple* kw, std::size_t nrequired, Value out[2],
              Ref hold[2]) {
  static const char* const names[] = {"mu", "sigma"};
  if (!bind_py_args(qual, args, nargs, kw, names, 2, nrequired, 2, true, out)) return false;
  if (!out[0]) {
    hold[0] = Ref(make_float(0.0));
    out[0] = hold[0].get();
  }
  if (!out[1]) {
    hold[1] = Ref(make_float(1.0));
    out[1] = hold[1].get();
  }
  return true;
}

// The normal deviate of normalvariate (Kinderman and Monahan's ratio method).
bool normal_z(Value self, double& z) {
  const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0);
  for (;;) {
    double u1, u2;
    if (!draw_float(self, u1) || !draw_float(self, u2)) return false;
    u2 = 1.0 - u2;
    z = magic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) return true;
  }
}

// Random.normalvariate(mu=0.0, sigma=1.0)
Value r_normalvariate(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  Value p[2];
  Ref hold[2];
  double z;
  if (!mu_sigma("Random.normalvariate", args, nargs, kw, 0, p, hold) || !normal_z(self, z)) return Value();
  return affine(p[0], z, p[1]);
}

// Random.gauss(mu=0.0, sigma=1.0): Box-Muller, keeping the second value for next time.
Value r_gauss(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  Value p[2];
  Ref hold[2];
  if (!mu_sigma("Random.gauss", args, nargs, kw, 0, p, hold)) return Value();
  RandomObj* r = rnd(self);
  Value saved = r->gauss_next;
  r->gauss_next = Value();
  if (saved && !is_none(saved)) {
    Ref z(saved);
    Ref prod(binary_op(z.get(), p[1], kMul));
    if (!prod) return Value();
    return binary_op(p[0], prod.get(), kAdd);
  }
  xdecref(saved);
  double u1, u2;
  if (!draw_float(self, u1)) return Value();
  double x2pi = u1 * 2.0 * M_PI;
  if (!draw_float(self, u2)) return Value();
  double g2rad = std::sqrt(-2.0 * std::log(1.0 - u2));
  double z = std::cos(x2pi) * g2rad;
  xdecref(r->gauss_next);
  r->gauss_next = make_float(std::sin(x2pi) * g2rad);
  return affine(p[0], z, p[1]);
}

// Random.lognormvariate(mu, sigma): exp(normalvariate(mu, sigma))
Value r_lognormvariate(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  Value p[2];
  Ref hold[2];
  double z, x;
  if (!mu_sigma("Random.lognormvariate", args, nargs, kw, 2, p, hold) || !normal_z(self, z)) return Value();
  Ref v(affine(p[0], z, p[1]));
  if (!v || !math_real(v.get(), x)) return Value();
  double r = std::exp(x);
  if (std::isinf(r) && std::isfinite(x)) return raise(OverflowErrorType, "math range error");
  return make_float(r);
}

// Random.expovariate(lambd): -log(1 - random()) / lambd
Value r_expovariate(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"lambd"};
  Value a[1];
  double u;
  if (!bind_py_args("Random.expovariate", args, nargs, kw, names, 1, 1, 1, true, a) || !draw_float(self, u))
    return Value();
  Ref num(make_float(-std::log(1.0 - u)));
  return binary_op(num.get(), a[0], kTrueDiv);
}

// The gamma distribution (random.py's three cases); false with an error set.
bool gamma_draw(Value self, double alpha, double beta, double& out) {
  if (alpha <= 0.0 || beta <= 0.0) {
    raise(ValueErrorType, "gammavariate: alpha and beta must be > 0.0");
    return false;
  }
  if (alpha > 1.0) {
    const double log4 = std::log(4.0), sg_magic = 1.0 + std::log(4.5);
    double ainv = std::sqrt(2.0 * alpha - 1.0), bbb = alpha - log4, ccc = alpha + ainv;
    for (;;) {
      double u1, u2;
      if (!draw_float(self, u1)) return false;
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      if (!draw_float(self, u2)) return false;
      u2 = 1.0 - u2;
      double v = std::log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * std::exp(v);
      double z = u1 * u1 * u2;
      double r = bbb + ccc * v - x;
      if (r + sg_magic - 4.5 * z >= 0.0 || r >= std::log(z)) {
        out = x * beta;
        return true;
      }
    }
  }
  if (alpha == 1.0) {
    double u;
    if (!draw_float(self, u)) return false;
    out = -std::log(1.0 - u) * beta;
    return true;
  }
  double x;
  for (;;) {
    double u, u1;
    if (!draw_float(self, u)) return false;
    double b = (M_E + alpha) / M_E;
    double p = b * u;
    x = p <= 1.0 ? std::pow(p, 1.0 / alpha) : -std::log((b - p) / alpha);
    if (!draw_float(self, u1)) return false;
    if (p > 1.0) {
      if (u1 <= std::pow(x, alpha - 1.0)) break;
    } else if (u1 <= std::exp(-x)) {
      break;
    }
  }
  out = x * beta;
  return true;
}

// Random.gammavariate(alpha, beta)
Value r_gammavariate(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"alpha", "beta"};
  double p[2], d[2] = {0, 0}, out;
  if (!real_params("Random.gammavariate", args, nargs, kw, names, 2, 2, d, p) || !gamma_draw(self, p[0], p[1], out))
    return Value();
  return make_float(out);
}

// Random.betavariate(alpha, beta): from two gamma draws.
Value r_betavariate(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"alpha", "beta"};
  double p[2], d[2] = {0, 0}, y, y2;
  if (!real_params("Random.betavariate", args, nargs, kw, names, 2, 2, d, p) || !gamma_draw(self, p[0], 1.0, y))
    return Value();
  if (y == 0.0) return make_float(0.0);
  if (!gamma_draw(self, p[1], 1.0, y2)) return Value();
  return make_float(y / (y + y2));
}

// Random.paretovariate(alpha): (1 - random()) ** (-1 / alpha)
Value r_paretovariate(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"alpha"};
  Value a[1];
  double u;
  if (!bind_py_args("Random.paretovariate", args, nargs, kw, names, 1, 1, 1, true, a) || !draw_float(self, u))
    return Value();
  Ref minus_one(make_float(-1.0)), base(make_float(1.0 - u));
  Ref expo(binary_op(minus_one.get(), a[0], kTrueDiv));
  if (!expo) return Value();
  return binary_op(base.get(), expo.get(), kPow);
}

// Random.weibullvariate(alpha, beta): alpha * (-log(1 - random())) ** (1 / beta)
Value r_weibullvariate(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"alpha", "beta"};
  Value a[2];
  double u;
  if (!bind_py_args("Random.weibullvariate", args, nargs, kw, names, 2, 2, 2, true, a) || !draw_float(self, u))
    return Value();
  Ref one(make_float(1.0)), base(make_float(-std::log(1.0 - u)));
  Ref expo(binary_op(one.get(), a[1], kTrueDiv));
  if (!expo) return Value();
  Ref powed(binary_op(base.get(), expo.get(), kPow));
  if (!powed) return Value();
  return binary_op(a[0], powed.get(), kMul);
}

// Random.vonmisesvariate(mu, kappa)
Value r_vonmisesvariate(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"mu", "kappa"};
  double p[2], d[2] = {0, 0}, u1, u2, u3;
  if (!real_params("Random.vonmisesvariate", args, nargs, kw, names, 2, 2, d, p)) return Value();
  double mu = p[0], kappa = p[1];
  if (kappa <= 1e-6) {
    if (!draw_float(self, u1)) return Value();
    return make_float(2.0 * M_PI * u1);
  }
  double s = 0.5 / kappa;
  double r = s + std::sqrt(1.0 + s * s);
  double z;
  for (;;) {
    if (!draw_float(self, u1)) return Value();
    z = std::cos(M_PI * u1);
    double dd = z / (r + z);
    if (!draw_float(self, u2)) return Value();
    if (u2 < 1.0 - dd * dd || u2 <= (1.0 - dd) * std::exp(dd)) break;
  }
  double q = 1.0 / r;
  double f = (q + z) / (1.0 + q * z);
  if (!draw_float(self, u3)) return Value();
  double theta = u3 > 0.5 ? std::fmod(mu + std::acos(f), 2.0 * M_PI) : std::fmod(mu - std::acos(f), 2.0 * M_PI);
  if (theta < 0) theta += 2.0 * M_PI;  // Python's % takes the divisor's sign
  return make_float(theta);
}

// Random.randbytes(n): getrandbits(n * 8) as n little-endian bytes.
Value r_randbytes(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  BIND("n");
  if (!bind_py_args("Random.randbytes", args, nargs, kw, kNames, kCount, 1, 1, true, a)) return Value();
  // random.py: self.getrandbits(n * 8).to_bytes(n, 'little'), in that order.
  Ref eight(make_int(8));
  Ref nbits(binary_op(a[0], eight.get(), kMul));
  if (!nbits) return Value();
  std::int64_t k, n;
  if (!index_value(nbits.get(), k, OverflowErrorType)) return Value();
  if (k < 0) return raise(ValueErrorType, "number of bits must be non-negative");
  Value bits = draw_bits(self, static_cast<std::uint64_t>(k));
  if (!bits) return bits;
  if (!index_value(a[0], n, OverflowErrorType)) {
    decref(bits);
    return Value();
  }
  IntView v(bits);
  std::string raw;
  try {
    raw.assign(static_cast<std::size_t>(n), '\0');
  } catch (const std::exception&) {
    decref(bits);
    return raise_no_memory();
  }
  std::size_t count = 0;
  if (mpz_sgn(v.z) != 0 && mpz_sizeinbase(v.z, 256) <= raw.size())
    mpz_export(raw.data(), &count, -1, 1, 0, 0, v.z);
  decref(bits);
  return make_bytes(raw);
}

// gauss_next (the spare normal value, None when there is none)
Value r_get_gauss_next(Value self) { return newref(rnd(self)->gauss_next ? rnd(self)->gauss_next : None()); }
// Sets gauss_next (None clears it).
int r_set_gauss_next(Value self, Value v) {
  xdecref(rnd(self)->gauss_next);
  rnd(self)->gauss_next = !v || is_none(v) ? Value() : newref(v);
  return 0;
}

// Random.__new__: an instance seeded from the OS (__init__ seeds it again).
Value r_new(Type* t, const Value*, std::size_t, Tuple*) {
  Value o = alloc_instance(t);
  if (!o) return o;
  init_genrand(rnd(o), 5489U);
  return o;
}

// Random.__init__(x=None): self.seed(x)
int r_init(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"x"};
  Value a[1];
  if (!bind_py_args("Random.__init__", args, nargs, kw, names, 1, 0, 1, true, a)) return -1;
  if (native_method(self, "seed")) return do_seed(rnd(self), a[0], Value()) ? 0 : -1;
  Value x = a[0] ? a[0] : None();
  Value r = call_method(self, intern("seed"), &x, 1);
  if (!r) return -1;
  decref(r);
  return 0;
}

// Frees a Random instance.
void r_dealloc(Object* o) {
  xdecref(static_cast<RandomObj*>(o)->gauss_next);
  free_instance(o);
}

struct MethodSpec {
  const char* name;
  NativeFn fn;
};
const MethodSpec kMethods[] = {
    {"seed", r_seed},
    {"random", r_random},
    {"getrandbits", r_getrandbits},
    {"getstate", r_getstate},
    {"setstate", r_setstate},
    {"randrange", r_randrange},
    {"randint", r_randint},
    {"choice", r_choice},
    {"choices", r_choices},
    {"shuffle", r_shuffle},
    {"sample", r_sample},
    {"uniform", r_uniform},
    {"triangular", r_triangular},
    {"normalvariate", r_normalvariate},
    {"gauss", r_gauss},
    {"lognormvariate", r_lognormvariate},
    {"expovariate", r_expovariate},
    {"gammavariate", r_gammavariate},
    {"betavariate", r_betavariate},
    {"paretovariate", r_paretovariate},
    {"weibullvariate", r_weibullvariate},
    {"vonmisesvariate", r_vonmisesvariate},
    {"randbytes", r_randbytes},
};

// ---------------------------------------------------------------- SystemRandom
// n bytes from the OS (/dev/urandom); false with OSError set.
bool os_random_bytes(std::size_t n, std::string& out) {
  try {
    out.assign(n, '\0');
  } catch (const std::exception&) {
    raise_no_memory();
    return false;
  }
  int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    raise(OSErrorType, "cannot open /dev/urandom");
    return false;
  }
  std::size_t got = 0;
  while (got < n) {
    ssize_t r = ::read(fd, out.data() + got, n - got);
    if (r <= 0) {
      if (r < 0 && errno == EINTR) continue;
      ::close(fd);
      raise(OSErrorType, "cannot read /dev/urandom");
      return false;
    }
    got += static_cast<std::size_t>(r);
  }
  ::close(fd);
  return true;
}

// SystemRandom.random(): 53 bits from the OS.
Value sr_random(Value, const Value*, std::size_t nargs, Tuple* kw) {
  static const char* const kNone[] = {nullptr};
  Value unused[1];
  if (!bind_py_args("SystemRandom.random", nullptr, nargs, kw, kNone, 0, 0, 0, true, unused)) return Value();
  std::string raw;
  if (!os_random_bytes(7, raw)) return Value();
  std::uint64_t x = 0;
  for (unsigned char c : raw) x = (x << 8) | c;
  return make_float(static_cast<double>(x >> 3) * std::ldexp(1.0, -53));
}

// SystemRandom.getrandbits(k): k bits from the OS.
Value sr_getrandbits(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  BIND("k");
  if (!bind_py_args("SystemRandom.getrandbits", args, nargs, kw, kNames, kCount, 1, 1, true, a)) return Value();
  std::int64_t k;
  if (!index_value(a[0], k, OverflowErrorType)) return Value();
  if (k < 0) return raise(ValueErrorType, "number of bits must be non-negative");
  std::size_t nbytes = static_cast<std::size_t>((k + 7) / 8);
  std::string raw;
  if (!os_random_bytes(nbytes, raw)) return Value();
  mpz_t z;
  mpz_init(z);
  if (nbytes) mpz_import(z, nbytes, 1, 1, 1, 0, raw.data());
  mpz_fdiv_q_2exp(z, z, nbytes * 8 - static_cast<std::size_t>(k));
  return make_int_from_mpz(z);
}

// SystemRandom.randbytes(n): n bytes from the OS.
Value sr_randbytes(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  BIND("n");
  if (!bind_py_args("SystemRandom.randbytes", args, nargs, kw, kNames, kCount, 1, 1, true, a)) return Value();
  std::int64_t n;
  if (!index_value(a[0], n, OverflowErrorType)) return Value();
  if (n < 0) return raise(ValueErrorType, "negative argument not allowed");
  std::string raw;
  if (!os_random_bytes(static_cast<std::size_t>(n), raw)) return Value();
  return make_bytes(raw);
}

// SystemRandom.seed(*args, **kwds): does nothing.
Value sr_seed(Value, const Value*, std::size_t, Tuple*) { return newref(None()); }

// SystemRandom.getstate() / setstate(): there is no state.
Value sr_nostate(Value, const Value*, std::size_t, Tuple*) {
  return raise(NotImplementedErrorType, "System entropy source does not have state.");
}

// Sets up SystemRandom (a Random whose draws come from the OS) once.
void init_system_random_type() {
  type_init(&g_system_random, "SystemRandom", &g_random, sizeof(RandomObj), TF_BASETYPE);
  g_system_random.module = "random";
  add_method(&g_system_random, "random", sr_random);
  add_method(&g_system_random, "getrandbits", sr_getrandbits);
  add_method(&g_system_random, "randbytes", sr_randbytes);
  add_method(&g_system_random, "seed", sr_seed);
  add_method(&g_system_random, "getstate", sr_nostate);
  add_method(&g_system_random, "setstate", sr_nostate);
  type_ready(&g_system_random);
}

// Sets up the Random type once.
void init_random_type() {
  static bool done = false;
  if (done) return;
  done = true;
  type_init(&g_random, "Random", ObjectType, sizeof(RandomObj), TF_BASETYPE);
  g_random.module = "random";
  g_random.new_fn = r_new;
  g_random.init = r_init;
  g_random.dealloc = r_dealloc;
  for (const MethodSpec& m : kMethods) add_method(&g_random, m.name, m.fn);
  add_getset(&g_random, "gauss_next", r_get_gauss_next, r_set_gauss_next);
  type_add(&g_random, "VERSION", make_int(3));
  type_ready(&g_random);
  init_system_random_type();
}

}  // namespace

// The random module: the Random class, the hidden instance's bound methods.
Value make_random_module() {
  init_random_type();
  Value mod = new_module("random");
  module_put(mod, "Random", newref(val(&g_random)));
  module_put(mod, "SystemRandom", newref(val(&g_system_random)));
  Value inst = r_new(&g_random, nullptr, 0, nullptr);
  if (!inst) {
    decref(mod);
    return inst;
  }
  seed_from_os(rnd(inst));
  for (const MethodSpec& m : kMethods) module_put(mod, m.name, make_builtin_function(m.name, m.fn, inst));
  module_put(mod, "_inst", inst);
  module_put(mod, "NV_MAGICCONST", make_float(4 * std::exp(-0.5) / std::sqrt(2.0)));
  module_put(mod, "TWOPI", make_float(2.0 * M_PI));
  module_put(mod, "LOG4", make_float(std::log(4.0)));
  module_put(mod, "SG_MAGICCONST", make_float(1.0 + std::log(4.5)));
  module_put(mod, "BPF", make_int(53));
  module_put(mod, "RECIP_BPF", make_float(std::ldexp(1.0, -53)));
  return mod;
}

}  // namespace peppy::vm
