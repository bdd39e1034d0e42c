// object.cpp: the generic object protocol (CPython's abstract layer): deallocation,
// attribute lookup with descriptors and instance dicts, repr/str/hash/truth, binary
// operators with reflection and the in-place fallback, rich comparison, subscripting,
// containment, length, iteration, calls and format(); the current-exception slot; and
// initialize(), which sets up every built-in type.
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "bytecode/opcodes.hpp"
#include "objects/alloc.hpp"
#include "objects/core.hpp"
#include "objects/gc.hpp"

namespace peppy::objects {

Names names;

// ---------------------------------------------------------------- lifetime
// Frees an object whose count reached zero through its type's dealloc.
// A gc object first leaves its generation, so that no collection sees it half freed.
void dealloc(Object* o) {
  if (is_gc(o)) gc_on_dealloc(o);
  o->type->dealloc(o);
}

// Allocates a zeroed instance of t (t->basic_size bytes) with one reference (tracked by
// the cycle collector if t is a TF_GC type).
Value alloc_instance(Type* t) {
  void* mem = (t->flags & TF_GC) ? static_cast<void*>(gc_alloc_zeroed(t->basic_size)) : obj_calloc(t->basic_size);
  if (!mem) return raise_no_memory();
  Object* o = static_cast<Object*>(mem);
  o->refcnt = 1;
  o->type = t;
  if (t->flags & TF_HEAPTYPE) incref(val(t));
  return val(o);
}

// Releases an instance's memory and the reference it held to its heap type.
void free_instance(Object* o) {
  Type* t = o->type;
  if (t->flags & TF_GC)
    gc_free(o, t->basic_size);
  else
    obj_free(o, t->basic_size);
  if (t->flags & TF_HEAPTYPE) decref(val(t));
}

// Releases an instance of n bytes (variable-size objects) and its heap type reference.
void free_instance_sized(Object* o, std::size_t n) {
  Type* t = o->type;
  if (t->flags & TF_GC)
    gc_free(o, n);
  else
    obj_free(o, n);
  if (t->flags & TF_HEAPTYPE) decref(val(t));
}

// ---------------------------------------------------------------- errors
static Value g_error;

// Whether an exception is set.
bool has_error() { return !g_error.is_null(); }
// The current exception (borrowed).
Value current_error() { return g_error; }
// Takes the current exception out (new reference) and clears the slot.
Value take_error() {
  Value e = g_error;
  g_error = Value();
  return e;
}
// Sets the current exception (borrows exc).
void set_error(Value exc) {
  incref(exc);
  Value old = g_error;
  g_error = exc;
  xdecref(old);
}
// Clears the current exception.
void clear_error() {
  Value old = g_error;
  g_error = Value();
  xdecref(old);
}

// Raises t(msg) and returns null.
Value raise(Type* t, std::string_view msg) {
  Value m = make_str_utf8(msg);
  if (!m) return Value();
  Value args = tuple_pack({m});
  decref(m);
  Value e = make_exception(t, args);
  decref(args);
  if (!e) return Value();
  set_error(e);
  decref(e);
  return Value();
}

// Raises TypeError(msg).
Value raise_type_error(std::string_view msg) { return raise(TypeErrorType, msg); }

// Raises t with fmt's %s replaced by args in order.
Value raise_fmt(Type* t, const char* fmt, std::initializer_list<std::string_view> args) {
  std::string out;
  auto it = args.begin();
  for (const char* p = fmt; *p; ++p) {
    if (p[0] == '%' && p[1] == 's' && it != args.end()) {
      out += *it++;
      ++p;
    } else if (p[0] == '%' && p[1] == '%') {
      out += '%';
      ++p;
    } else {
      out += *p;
    }
  }
  return raise(t, out);
}

// Raises MemoryError (without allocating a message).
Value raise_no_memory() {
  Value e = make_exception(MemoryErrorType, empty_tuple());
  if (e) {
    set_error(e);
    decref(e);
  }
  return Value();
}

// ---------------------------------------------------------------- attributes
// Where o's __dict__ pointer lives, or null if its type gives instances none.
Dict** instance_dict_ptr(Value o) {
  if (!o.is_object()) return nullptr;
  Type* t = o.obj()->type;
  if (t->dict_offset == 0) return nullptr;
  return reinterpret_cast<Dict**>(reinterpret_cast<char*>(o.obj()) + t->dict_offset);
}

// The attribute cache: answers of lookup_in_mro for interned names, valid while no
// type dict has changed (g_type_epoch).
struct MroCacheEntry {
  Type* type;
  Str* name;
  Value value;
  std::uint64_t epoch;
};
static MroCacheEntry g_mro_cache[4096];
// (Not static: the VM's attribute inline caches check it too, see vm/runtime.hpp.)
std::uint64_t g_type_epoch = 1;

// Invalidates the attribute cache (some type's dict changed, or a type was freed).
void type_modified(Type*) { ++g_type_epoch; }

static Value lookup_in_mro_uncached(Type* t, Str* name);

// Finds name in the dicts of t's MRO (borrowed; null if absent, no error set).
Value lookup_in_mro(Type* t, Str* name) {
  if (name->refcnt < (std::intptr_t{1} << 39)) return lookup_in_mro_uncached(t, name);  // not interned
  std::size_t h = ((reinterpret_cast<std::uintptr_t>(t) >> 4) ^ (reinterpret_cast<std::uintptr_t>(name) >> 3) ^
                   (reinterpret_cast<std::uintptr_t>(name) >> 15)) & 4095;
  MroCacheEntry& e = g_mro_cache[h];
  if (e.type == t && e.name == name && e.epoch == g_type_epoch) return e.value;
  Value v = lookup_in_mro_uncached(t, name);
  e.type = t;
  e.name = name;
  e.value = v;
  e.epoch = g_type_epoch;
  return v;
}

// The MRO walk behind lookup_in_mro.
static Value lookup_in_mro_uncached(Type* t, Str* name) {
  if (t->mro) {
    Tuple* mro = t->mro;
    for (std::size_t i = 0; i < mro->length; ++i) {
      Type* k = as_type(mro->items[i]);
      if (k->dict) {
        Value v = dict_get_str(val(k->dict), name);
        if (v) return v;
      }
    }
    return Value();
  }
  for (Type* k = t; k; k = k->base) {
    if (k->dict) {
      Value v = dict_get_str(val(k->dict), name);
      if (v) return v;
    }
  }
  return Value();
}

// Object attribute lookup: data descriptors on the type, then the instance dict, then
// other class attributes. Raises AttributeError when missing if raise_missing.
Value generic_getattr_opt(Value o, Str* name, bool raise_missing) {
  Type* t = type_of(o);
  Value descr = lookup_in_mro(t, name);
  TernaryFn f = nullptr;
  if (descr) {
    Type* dt = type_of(descr);
    f = dt->descr_get;
    if (f && dt->descr_set) return f(descr, o, val(t));
    incref(descr);
  }
  if (Dict** dp = instance_dict_ptr(o); dp && *dp) {
    Value r = dict_get_str(val(*dp), name);
    if (r) {
      incref(r);
      xdecref(descr);
      return r;
    }
  }
  if (descr) {
    Value r = f ? f(descr, o, val(t)) : newref(descr);
    decref(descr);
    return r;
  }
  if (raise_missing)
    raise_fmt(AttributeErrorType, "'%s' object has no attribute '%s'", {t->name, str_utf8_ref(name)});
  return Value();
}

// The default attribute lookup (object.__getattribute__).
Value generic_getattr(Value o, Str* name) { return generic_getattr_opt(o, name, true); }

// The default attribute assignment/deletion (object.__setattr__).
int generic_setattr(Value o, Str* name, Value value) {
  Type* t = type_of(o);
  Value descr = lookup_in_mro(t, name);
  if (descr) {
    Type* dt = type_of(descr);
    if (dt->descr_set) {
      incref(descr);
      int r = dt->descr_set(descr, o, value);
      decref(descr);
      return r;
    }
  }
  Dict** dp = instance_dict_ptr(o);
  if (!dp) {
    if (descr)
      raise_fmt(AttributeErrorType, "'%s' object attribute '%s' is read-only", {t->name, str_utf8_ref(name)});
    else
      raise_fmt(AttributeErrorType, "'%s' object has no attribute '%s'", {t->name, str_utf8_ref(name)});
    return -1;
  }
  if (value) {
    if (!*dp) {
      Value d = make_dict();
      if (!d) return -1;
      *dp = as_dict(d);
      // Not an object of its own for gc.collect()'s count until the program sees it
      // (CPython 3.11 keeps instance attributes inline); exceptions have real dicts.
      if (!(t->flags & TF_EXC_SUBCLASS)) gc_set_hidden(d.obj(), true);
    }
    return dict_set(val(*dp), val(name), value);
  }
  if (*dp) {
    Dict* d = *dp;
    int err = 0;
    if (dict_lookup(d, val(name), str_hash(name), &err)) return dict_del(val(d), val(name));
    if (err) return -1;
  }
  raise_fmt(AttributeErrorType, "'%s' object has no attribute '%s'", {t->name, str_utf8_ref(name)});
  return -1;
}

// o.name
Value getattr(Value o, Str* name) {
  Type* t = type_of(o);
  if (t->getattr) return t->getattr(o, name);
  return generic_getattr(o, name);
}

// o.name, or null without an error when it is missing (AttributeError swallowed).
Value getattr_or_null(Value o, Str* name) {
  Type* t = type_of(o);
  if (!t->getattr || t->getattr == generic_getattr) return generic_getattr_opt(o, name, false);
  Value r = t->getattr(o, name);
  if (!r && has_error() && isinstance_type(current_error(), AttributeErrorType)) clear_error();
  return r;
}

// o.name = value (value null: del o.name)
int setattr(Value o, Str* name, Value value) {
  Type* t = type_of(o);
  if (t->setattr) return t->setattr(o, name, value);
  return generic_setattr(o, name, value);
}

// Fetches o.name for a call; 1: *out is an unbound function to call with o first.
int get_method(Value o, Str* name, Value* out) {
  Type* t = type_of(o);
  if (t->getattr && t->getattr != generic_getattr) {
    *out = t->getattr(o, name);
    return *out ? 0 : -1;
  }
  Value descr = lookup_in_mro(t, name);
  bool meth = false;
  if (descr) {
    Type* dt = type_of(descr);
    if (dt->flags & TF_METHOD_DESCRIPTOR) {
      meth = true;
    } else if (dt->descr_get && dt->descr_set) {
      *out = dt->descr_get(descr, o, val(t));
      return *out ? 0 : -1;
    }
  }
  if (Dict** dp = instance_dict_ptr(o); dp && *dp) {
    Value r = dict_get_str(val(*dp), name);
    if (r) {
      *out = newref(r);
      return 0;
    }
  }
  if (meth) {
    *out = newref(descr);
    return 1;
  }
  if (descr) {
    Type* dt = type_of(descr);
    *out = dt->descr_get ? dt->descr_get(descr, o, val(t)) : newref(descr);
    return *out ? 0 : -1;
  }
  raise_fmt(AttributeErrorType, "'%s' object has no attribute '%s'", {t->name, str_utf8_ref(name)});
  *out = Value();
  return -1;
}

// Calls func (found in a class) as a method of self.
Value call_unbound(Value func, Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  Type* ft = type_of(func);
  std::size_t nkw = kwnames ? kwnames->length : 0;
  if (ft->flags & TF_METHOD_DESCRIPTOR) {
    Value small[8];
    std::vector<Value> big;
    Value* buf = small;
    if (nargs + nkw + 1 > 8) {
      big.resize(nargs + nkw + 1);
      buf = big.data();
    }
    buf[0] = self;
    for (std::size_t i = 0; i < nargs + nkw; ++i) buf[i + 1] = args[i];
    return call(func, buf, nargs + 1, kwnames);
  }
  if (ft->descr_get) {
    Value bound = ft->descr_get(func, self, val(type_of(self)));
    if (!bound) return Value();
    Value r = call(bound, args, nargs, kwnames);
    decref(bound);
    return r;
  }
  return call(func, args, nargs, kwnames);
}

// o.name(*args)
Value call_method(Value o, Str* name, const Value* args, std::size_t nargs) {
  Value f;
  int k = get_method(o, name, &f);
  if (k < 0) return Value();
  Value r = k ? call_unbound(f, o, args, nargs) : call(f, args, nargs);
  decref(f);
  return r;
}

// Calls the special method `name` looked up on o's type; *found false (and null, no
// error) when the type has none.
Value call_special(Value o, Str* name, const Value* args, std::size_t nargs, bool* found) {
  Value f = lookup_in_mro(type_of(o), name);
  if (!f || f == None()) {
    if (found) *found = false;
    return Value();
  }
  if (found) *found = true;
  incref(f);
  Value r = call_unbound(f, o, args, nargs);
  decref(f);
  return r;
}

// ---------------------------------------------------------------- repr / str / hash / truth
static std::vector<Object*> g_repr_stack;

// Marks o as being repr'd; 1 if it already was (a recursive container).
int repr_enter(Value o) {
  for (Object* p : g_repr_stack)
    if (p == o.obj()) return 1;
  g_repr_stack.push_back(o.obj());
  return 0;
}
// Unmarks o.
void repr_leave(Value o) {
  for (std::size_t i = g_repr_stack.size(); i-- > 0;) {
    if (g_repr_stack[i] == o.obj()) {
      g_repr_stack.erase(g_repr_stack.begin() + static_cast<std::ptrdiff_t>(i));
      return;
    }
  }
}

// "<__main__.C object at 0x...>"
Value object_repr_default(Value o) {
  Type* t = type_of(o);
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(o.obj()));
  std::string s = "<";
  if (!t->module.empty() && t->module != "builtins") {
    s += t->module;
    s += '.';
  }
  s += t->qualname.empty() ? t->name : t->qualname;
  s += buf;
  return make_str_utf8(s);
}

static int g_repr_depth = 0;

// repr(v)
Value repr(Value v) {
  Type* t = type_of(v);
  if (!t->repr) return object_repr_default(v);
  if (++g_repr_depth > 2000) {
    --g_repr_depth;
    return raise(RecursionErrorType, "maximum recursion depth exceeded while getting the repr of an object");
  }
  Value r = t->repr(v);
  --g_repr_depth;
  if (r && !is_str(r)) {
    raise_fmt(TypeErrorType, "__repr__ returned non-string (type %s)", {type_name(r)});
    decref(r);
    return Value();
  }
  return r;
}

// str(v)
Value str(Value v) {
  Type* t = type_of(v);
  if (t == StrType) return newref(v);
  UnaryFn f = t->str ? t->str : t->repr;
  if (!f) return object_repr_default(v);
  Value r = f(v);
  if (r && !is_str(r)) {
    raise_fmt(TypeErrorType, "__str__ returned non-string (type %s)", {type_name(r)});
    decref(r);
    return Value();
  }
  return r;
}

// hash(v); -1 with TypeError for unhashable values.
std::int64_t hash(Value v) {
  if (v.is_small()) return hash_int(v);
  Type* t = v.obj()->type;
  if (t == StrType) return str_hash(as_str(v));
  if (!t->hash) return hash_pointer(v);
  return t->hash(v);
}

// The hash slot of unhashable types: raises "unhashable type: 'list'".
std::int64_t hash_not_implemented(Value v) {
  raise_fmt(TypeErrorType, "unhashable type: '%s'", {type_name(v)});
  return -1;
}

// object.__hash__: from the address (as CPython: rotated by 4 bits).
std::int64_t hash_pointer(Value v) {
  std::uint64_t p = v.bits();
  p = (p >> 4) | (p << 60);
  auto h = static_cast<std::int64_t>(p);
  return h == -1 ? -2 : h;
}

// bool(v): 1 / 0, -1 on error.
int is_true(Value v) {
  if (v.is_small()) return v.small_value() != 0;
  if (v == True()) return 1;
  if (v == False() || v == None()) return 0;
  Type* t = v.obj()->type;
  if (t->is_true) return t->is_true(v);
  if (t->length) {
    std::int64_t n = t->length(v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

// ---------------------------------------------------------------- operators
static const char* const kBinSymbols[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
static const char* const kInplaceSymbols[] = {"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};

// Tries a's slot then b's (reflected; b's first if b's type is a subclass of a's).
// Returns NotImplemented (new ref) when neither applies.
static Value binary_op1(Value a, Value b, int op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  BinaryFn slotv = ta->binary[op];
  BinaryFn slotw = nullptr;
  if (tb != ta) {
    slotw = tb->binary[op];
    if (slotw == slotv) slotw = nullptr;
  }
  if (slotv) {
    if (slotw && is_subtype(tb, ta)) {
      Value r = slotw(a, b);
      if (r != NotImplemented()) return r;
      decref(r);
      slotw = nullptr;
    }
    Value r = slotv(a, b);
    if (r != NotImplemented()) return r;
    decref(r);
  }
  if (slotw) return slotw(a, b);
  return newref(NotImplemented());
}

// Raises "unsupported operand type(s) for +: 'int' and 'str'" (for ** "** or pow()").
static Value binop_type_error(Value a, Value b, const char* sym) {
  if (sym[0] == '*' && sym[1] == '*' && sym[2] == 0) sym = "** or pow()";
  return raise_fmt(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'",
                   {sym, type_name(a), type_name(b)});
}

// Small-int fast paths of the common operators (null if not applicable).
static inline Value small_binop(Value a, Value b, int op) {
  std::int64_t x = a.small_value(), y = b.small_value(), r;
  switch (op) {
    case static_cast<int>(bytecode::BinOp::Add):
      r = x + y;
      break;
    case static_cast<int>(bytecode::BinOp::Subtract):
      r = x - y;
      break;
    case static_cast<int>(bytecode::BinOp::Multiply):
      if (__builtin_mul_overflow(x, y, &r)) return Value();
      break;
    case static_cast<int>(bytecode::BinOp::And):
      return Value::small(x & y);
    case static_cast<int>(bytecode::BinOp::Or):
      return Value::small(x | y);
    case static_cast<int>(bytecode::BinOp::Xor):
      return Value::small(x ^ y);
    default:
      return Value();
  }
  return Value::fits_small(r) ? Value::small(r) : make_int(r);
}

// a op b (op: bytecode::BinOp; op + 13: the in-place form).
Value binary_op(Value a, Value b, int op) {
  if (a.is_small() && b.is_small()) {
    Value r = small_binop(a, b, op >= kNumBinary ? op - kNumBinary : op);
    if (r) return r;
  }
  if (op >= kNumBinary) {
    int bop = op - kNumBinary;
    Type* ta = type_of(a);
    if (BinaryFn f = ta->inplace[bop]) {
      Value r = f(a, b);
      if (r != NotImplemented()) return r;
      decref(r);
    }
    Value r = binary_op1(a, b, bop);
    if (r != NotImplemented()) return r;
    decref(r);
    if (bop == static_cast<int>(bytecode::BinOp::Add)) {
      if (ta->seq_inplace_concat) return ta->seq_inplace_concat(a, b);
      if (ta->seq_concat) return ta->seq_concat(a, b);
    } else if (bop == static_cast<int>(bytecode::BinOp::Multiply)) {
      if (ta->seq_inplace_repeat) return ta->seq_inplace_repeat(a, b);
      if (ta->seq_repeat) return ta->seq_repeat(a, b);
      if (type_of(b)->seq_repeat) return type_of(b)->seq_repeat(b, a);
    }
    return binop_type_error(a, b, kInplaceSymbols[bop]);
  }
  Value r = binary_op1(a, b, op);
  if (r != NotImplemented()) return r;
  decref(r);
  if (op == static_cast<int>(bytecode::BinOp::Add)) {
    if (BinaryFn f = type_of(a)->seq_concat) return f(a, b);
  } else if (op == static_cast<int>(bytecode::BinOp::Multiply)) {
    if (BinaryFn f = type_of(a)->seq_repeat) return f(a, b);
    if (BinaryFn f = type_of(b)->seq_repeat) return f(b, a);
  }
  return binop_type_error(a, b, kBinSymbols[op]);
}

// Applies a unary slot or raises "bad operand type for unary -: 'str'".
static Value unary(Value v, UnaryFn f, const char* sym) {
  if (f) return f(v);
  return raise_fmt(TypeErrorType, "bad operand type for unary %s: '%s'", {sym, type_name(v)});
}
// -v
Value unary_negative(Value v) {
  if (v.is_small()) return make_int(-v.small_value());
  return unary(v, type_of(v)->negative, "-");
}
// +v
Value unary_positive(Value v) { return unary(v, type_of(v)->positive, "+"); }
// ~v
Value unary_invert(Value v) {
  if (v.is_small()) return Value::small(~v.small_value());
  return unary(v, type_of(v)->invert, "~");
}

// ---------------------------------------------------------------- comparison
static const char* const kCmpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const int kSwapped[] = {4, 5, 2, 3, 0, 1};

// The operator's text ("<").
const char* cmp_symbol(int op) { return kCmpSymbols[op]; }

// The bool for a three-way result c under op (borrowed).
Value cmp_result(int c, int op) {
  bool r;
  switch (op) {
    case 0: r = c < 0; break;
    case 1: r = c <= 0; break;
    case 2: r = c == 0; break;
    case 3: r = c != 0; break;
    case 4: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return boolean(r);
}

// a op b, rich comparison with reflection (op: bytecode::CmpOp).
Value compare(Value a, Value b, int op) {
  if (a.is_small() && b.is_small()) {
    std::int64_t x = a.small_value(), y = b.small_value();
    return cmp_result(x < y ? -1 : x > y, op);
  }
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool reflected_tried = false;
  if (ta != tb && tb->richcompare && is_subtype(tb, ta)) {
    reflected_tried = true;
    Value r = tb->richcompare(b, a, kSwapped[op]);
    if (r != NotImplemented()) return r;
    decref(r);
  }
  if (ta->richcompare) {
    Value r = ta->richcompare(a, b, op);
    if (r != NotImplemented()) return r;
    decref(r);
  }
  if (!reflected_tried && tb->richcompare) {
    Value r = tb->richcompare(b, a, kSwapped[op]);
    if (r != NotImplemented()) return r;
    decref(r);
  }
  if (op == 2) return newref(boolean(a == b));
  if (op == 3) return newref(boolean(a != b));
  return raise_fmt(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'",
                   {kCmpSymbols[op], ta->name, tb->name});
}

// a op b as a bool: 1 / 0 / -1.
int compare_bool(Value a, Value b, int op) {
  Value r = compare(a, b, op);
  if (!r) return -1;
  if (r == True()) return 1;
  if (r == False()) return 0;
  int t = is_true(r);
  decref(r);
  return t;
}

// a == b with identity first (containers' rule).
int equal(Value a, Value b) {
  if (a == b) return 1;
  if (a.is_small() && b.is_small()) return 0;
  if (a.is_object() && b.is_object() && a.obj()->type == StrType && b.obj()->type == StrType)
    return str_equal(as_str(a), as_str(b));
  return compare_bool(a, b, 2);
}

// ---------------------------------------------------------------- containers
// o[key]
Value getitem(Value o, Value key) {
  Type* t = type_of(o);
  if (t->getitem) return t->getitem(o, key);
  if (is_type(o)) {
    Value f = lookup_in_mro(as_type(o), names.class_getitem);
    if (f) {
      // A plain function there is an implicit classmethod.
      Type* ft = type_of(f);
      if (ft != ClassMethodType && ft != ClassMethodDescrType) {
        Value a[2] = {o, key};
        return call(f, a, 2);
      }
      Value bound = ft->descr_get(f, Value(), o);
      if (!bound) return Value();
      Value r = call(bound, &key, 1);
      decref(bound);
      return r;
    }
    Type* t = as_type(o);
    if (t == ListType || t == DictType || t == TupleType || t == SetType || t == FrozenSetType || t == TypeType)
      return make_generic_alias(o, key);
    return raise_fmt(TypeErrorType, "type '%s' is not subscriptable", {as_type(o)->name});
  }
  return raise_fmt(TypeErrorType, "'%s' object is not subscriptable", {t->name});
}

// o[key] = value
int setitem(Value o, Value key, Value value) {
  Type* t = type_of(o);
  if (t->setitem) return t->setitem(o, key, value);
  if (t->getitem)
    raise_fmt(TypeErrorType, "'%s' object does not support item assignment", {t->name});
  else
    raise_fmt(TypeErrorType, "'%s' object does not support item assignment", {t->name});
  return -1;
}

// del o[key]
int delitem(Value o, Value key) {
  Type* t = type_of(o);
  if (t->setitem) return t->setitem(o, key, Value());
  if (t->getitem)
    raise_fmt(TypeErrorType, "'%s' object doesn't support item deletion", {t->name});
  else
    raise_fmt(TypeErrorType, "'%s' object does not support item deletion", {t->name});
  return -1;
}

// item in container: 1 / 0 / -1.
int contains(Value container, Value item) {
  Type* t = type_of(container);
  if (t->contains) return t->contains(container, item);
  if (!t->iter && !t->getitem) {
    raise_fmt(TypeErrorType, "argument of type '%s' is not iterable", {t->name});
    return -1;
  }
  int found = 0;
  int r = for_each(container, [&](Value x) {
    int e = equal(x, item);
    if (e < 0) return -1;
    if (e) found = 1;
    return e;
  });
  return r < 0 ? -1 : found;
}

// len(v); -1 with TypeError if it has none.
std::int64_t length(Value v) {
  Type* t = type_of(v);
  if (t->length) return t->length(v);
  raise_fmt(TypeErrorType, "object of type '%s' has no len()", {t->name});
  return -1;
}

// ---------------------------------------------------------------- iteration
struct SeqIter : Object {
  Value seq;  // owned; null when exhausted
  std::int64_t index;
};
static Type g_seqiter_type;

// next() of an iterator over a __getitem__ sequence: stops at IndexError/StopIteration.
static Value seqiter_next(Value self) {
  auto* it = static_cast<SeqIter*>(self.obj());
  if (!it->seq) return Value();
  Value idx = make_int(it->index);
  Value r = getitem(it->seq, idx);
  decref(idx);
  if (r) {
    ++it->index;
    return r;
  }
  if (isinstance_type(current_error(), IndexErrorType) || isinstance_type(current_error(), StopIterationType)) {
    clear_error();
    Value s = it->seq;
    it->seq = Value();
    decref(s);
  }
  return Value();
}
// Frees a sequence iterator.
static void seqiter_dealloc(Object* o) {
  xdecref(static_cast<SeqIter*>(o)->seq);
  free_instance(o);
}
// iter(it) is it.
static Value self_iter(Value self) { return newref(self); }

// iter(v)
Value get_iter(Value v) {
  Type* t = type_of(v);
  if (t->iter) {
    Value it = t->iter(v);
    if (it && !type_of(it)->next) {
      raise_fmt(TypeErrorType, "iter() returned non-iterator of type '%s'", {type_name(it)});
      decref(it);
      return Value();
    }
    return it;
  }
  if (t->getitem && !(t->flags & TF_DICT_SUBCLASS)) {
    Value it = alloc_instance(&g_seqiter_type);
    if (!it) return it;
    auto* s = static_cast<SeqIter*>(it.obj());
    s->seq = newref(v);
    s->index = 0;
    return it;
  }
  return raise_fmt(TypeErrorType, "'%s' object is not iterable", {t->name});
}

// next(it): null without an error when exhausted.
Value iter_next(Value it) {
  Type* t = type_of(it);
  if (!t->next) return raise_fmt(TypeErrorType, "'%s' object is not an iterator", {t->name});
  Value v = t->next(it);
  // A next slot may end with StopIteration set (a generator returning a value): that
  // is exhaustion too.
  if (!v && has_error() && isinstance_type(current_error(), StopIterationType)) clear_error();
  return v;
}

// ---------------------------------------------------------------- calls
// callable(*args, **kw)
Value call(Value callable, const Value* args, std::size_t nargs, Tuple* kwnames) {
  Type* t = type_of(callable);
  if (t->call) return t->call(callable, args, nargs, kwnames);
  return raise_fmt(TypeErrorType, "'%s' object is not callable", {t->name});
}

// ---------------------------------------------------------------- isinstance
// Whether a is b or a subclass of b (through the MRO).
bool is_subtype(Type* a, Type* b) {
  if (a == b) return true;
  if (a->mro) {
    Tuple* mro = a->mro;
    for (std::size_t i = 0; i < mro->length; ++i)
      if (mro->items[i].obj() == b) return true;
    return false;
  }
  for (Type* k = a; k; k = k->base)
    if (k == b) return true;
  return b == ObjectType;
}

// isinstance(v, t) by the MRO only.
bool isinstance_type(Value v, Type* t) {
  Type* vt = type_of(v);
  return vt == t || is_subtype(vt, t);
}

// ---------------------------------------------------------------- format
// format(v, spec): v.__format__(spec).
Value format(Value v, Value spec) {
  if (is_exact(spec, StrType) && as_str(spec)->length == 0) {
    if (is_exact(v, StrType)) return newref(v);
    if (v.is_small()) return str(v);
  }
  bool found = false;
  Value r = call_special(v, names.format, &spec, 1, &found);
  if (!found && !has_error()) return raise_fmt(TypeErrorType, "Type %s doesn't define __format__", {type_name(v)});
  if (r && !is_str(r)) {
    raise_fmt(TypeErrorType, "__format__ must return a str, not %s", {type_name(r)});
    decref(r);
    return Value();
  }
  return r;
}

// ---------------------------------------------------------------- argument checks
// Raises "f() takes no keyword arguments" if there are any.
bool no_kwargs(const char* fname, Tuple* kwnames) {
  if (!kwnames || kwnames->length == 0) return true;
  raise_fmt(TypeErrorType, "%s() takes no keyword arguments", {fname});
  return false;
}

// "f expected at least 1 argument, got 0" / "at most" / exactly.
bool check_args(const char* fname, std::size_t nargs, std::size_t min, std::size_t max) {
  if (nargs >= min && nargs <= max) return true;
  std::size_t n = nargs < min ? min : max;
  const char* how = min == max ? "" : nargs < min ? "at least " : "at most ";
  raise_fmt(TypeErrorType, "%s expected %s%s argument%s, got %s",
            {fname, how, std::to_string(n), n == 1 ? "" : "s", std::to_string(nargs)});
  return false;
}

// "f() takes exactly one argument (2 given)" / "f() takes no arguments (1 given)".
bool check_exact(const char* fname, std::size_t nargs, std::size_t n) {
  if (nargs == n) return true;
  if (n == 0)
    raise_fmt(TypeErrorType, "%s() takes no arguments (%s given)", {fname, std::to_string(nargs)});
  else if (n == 1)
    raise_fmt(TypeErrorType, "%s() takes exactly one argument (%s given)", {fname, std::to_string(nargs)});
  else
    raise_fmt(TypeErrorType, "%s() takes exactly %s arguments (%s given)", {fname, std::to_string(n), std::to_string(nargs)});
  return false;
}

// Matches positional and keyword arguments to named parameters (Argument Clinic's rules).
bool parse_args(const char* fname, const Value* args, std::size_t nargs, Tuple* kwnames, const char* const* pnames,
                std::size_t nparams, std::size_t nrequired, Value* out, std::size_t npos_max) {
  std::size_t maxpos = npos_max < nparams ? npos_max : nparams;
  for (std::size_t i = 0; i < nparams; ++i) out[i] = Value();
  if (nargs > maxpos) {
    if (maxpos == 0)
      raise_fmt(TypeErrorType, "%s() takes no positional arguments", {fname});
    else
      raise_fmt(TypeErrorType, "%s() takes at most %s argument%s (%s given)",
                {fname, std::to_string(maxpos), maxpos == 1 ? "" : "s", std::to_string(nargs)});
    return false;
  }
  for (std::size_t i = 0; i < nargs; ++i) out[i] = args[i];
  if (kwnames) {
    for (std::size_t k = 0; k < kwnames->length; ++k) {
      const std::string& kn = str_utf8_ref(as_str(kwnames->items[k]));
      std::size_t j = 0;
      for (; j < nparams; ++j)
        if (pnames[j] && kn == pnames[j]) break;
      if (j == nparams) {
        raise_fmt(TypeErrorType, "'%s' is an invalid keyword argument for %s()", {kn, fname});
        return false;
      }
      if (out[j]) {
        raise_fmt(TypeErrorType, "argument for %s() given by name ('%s') and position (%s)",
                  {fname, kn, std::to_string(j + 1)});
        return false;
      }
      out[j] = args[nargs + k];
    }
  }
  for (std::size_t i = 0; i < nrequired; ++i) {
    if (!out[i]) {
      if (pnames[i])
        raise_fmt(TypeErrorType, "%s() missing required argument '%s' (pos %s)", {fname, pnames[i], std::to_string(i + 1)});
      else
        raise_fmt(TypeErrorType, "%s() takes at least %s positional argument%s (%s given)",
                  {fname, std::to_string(nrequired), nrequired == 1 ? "" : "s", std::to_string(nargs)});
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------- set-up
// Sets up every built-in type (once).
void initialize() {
  static bool done = false;
  if (done) return;
  done = true;
#define PEPPY_NAME_INIT(field, text) names.field = intern(text);
  PEPPY_NAMES(PEPPY_NAME_INIT)
#undef PEPPY_NAME_INIT
  static const char* const kBin[] = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod",
                                     "or", "pow", "rshift", "sub", "truediv", "xor"};
  for (int i = 0; i < kNumBinary; ++i) {
    std::string b = kBin[i];
    names.binary[i] = intern("__" + b + "__");
    names.rbinary[i] = intern("__r" + b + "__");
    names.ibinary[i] = intern("__i" + b + "__");
  }
  init_function_types();
  init_object_types();
  init_type_type();
  ready_function_types();
  init_int_type();
  init_float_type();
  init_complex_type();
  init_str_type();
  init_str_format();
  init_bytes_type();
  init_tuple_type();
  init_list_type();
  init_dict_type();
  init_set_type();
  init_range_types();
  init_descr_types();
  init_exception_types();
  type_init(&g_seqiter_type, "iterator", ObjectType, sizeof(SeqIter), 0);
  g_seqiter_type.dealloc = seqiter_dealloc;
  g_seqiter_type.iter = self_iter;
  g_seqiter_type.next = seqiter_next;
  type_ready(&g_seqiter_type);
}

}  // namespace peppy::objects
