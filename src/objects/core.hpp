// core.hpp: the object layer's shared inside: the struct layouts object.hpp leaves
// opaque (Int, Dict, Set, Range, Slice, the built-in function and descriptor objects),
// the interned names of the special methods, argument-checking helpers with CPython's
// messages, and the per-type set-up functions initialize() runs. The VM may include it
// for its fast paths (dict lookups, int unboxing, method loading).
#pragma once

#include <gmp.h>

#include <cstring>
#include <string>
#include <string_view>

#include "objects/object.hpp"

namespace peppy::objects {

// ---------------------------------------------------------------- layouts
// An int object: big ints (outside the small range), bools, and instances of int subclasses.
struct Int : Object {
  mpz_t z;
};

struct DictEntry {
  std::int64_t hash;
  Value key;    // owned; null: deleted
  Value value;  // owned
};
// dict: CPython's compact layout: an index table (open addressing, perturbed probing)
// pointing into an insertion-ordered entry array.
struct Dict : Object {
  std::size_t used = 0;      // live entries
  std::size_t nentries = 0;  // entries filled, deleted ones included
  std::size_t usable = 0;    // entry capacity
  std::size_t mask = 0;      // index table size - 1
  std::uint64_t version = 0;  // changes on every insertion/deletion/replacement of a key
  std::int32_t* indices = nullptr;  // -1 empty, -2 deleted, else an entry index
  DictEntry* entries = nullptr;
};

struct SetEntry {
  std::int64_t hash;
  Value key;  // null: empty; dummy(): deleted
};
// set and frozenset: an open-addressing table probed as CPython's (linear probes, then
// perturbation), so small int sets iterate in CPython's order.
struct Set : Object {
  std::size_t fill = 0, used = 0, mask = 0, finger = 0;
  std::int64_t hash = -1;  // frozenset's cached hash
  SetEntry* table = nullptr;
};

struct Range : Object {
  std::int64_t start, stop, step, length;
  bool huge;  // the true length is past int64 (length is saturated)
};
struct Slice : Object {
  Value start, stop, step;  // owned (None when omitted)
};

// A built-in callable: a module-level function, a method descriptor in a type's dict,
// a bound built-in method, a slot wrapper (`int.__add__`) or a bound slot wrapper.
using NativeFn = Value (*)(Value self, const Value* args, std::size_t nargs, Tuple* kwnames);
using SlotWrapFn = Value (*)(Type* owner, int slot, Value self, const Value* args, std::size_t nargs, Tuple* kwnames);
struct BuiltinFunction : Object {
  const char* name = nullptr;  // static text
  NativeFn fn = nullptr;
  SlotWrapFn wrap = nullptr;   // for slot wrappers (fn null)
  Value self;                  // owned; the bound object (or type), null when unbound
  Type* owner = nullptr;       // the type the descriptor belongs to (null for module functions)
  int slot = 0;                // slot wrappers: which slot
};
extern Type* const BuiltinFunctionType;   // builtin_function_or_method
extern Type* const MethodDescrType;       // method_descriptor
extern Type* const ClassMethodDescrType;  // classmethod_descriptor
extern Type* const WrapperDescrType;      // wrapper_descriptor
extern Type* const MethodWrapperType;     // method-wrapper
extern Type* const GetSetDescrType;       // getset_descriptor

// A computed attribute of a built-in type (`exc.args`, `type.__name__`).
using GetterFn = Value (*)(Value self);
using SetterFn = int (*)(Value self, Value value);  // value null: delete
struct GetSet : Object {
  const char* name = nullptr;
  GetterFn get = nullptr;
  SetterFn set = nullptr;
  Type* owner = nullptr;
};

extern Type* const ByteArrayType;
extern Type* const MemoryViewType;
extern Type* const MemberDescrType;
// A member descriptor for a __slots__ entry stored at `offset` in instances of owner.
Value make_member_descr(Type* owner, Str* name, std::size_t offset);
// A read-only mappingproxy over mapping (what C.__dict__ gives).
Value make_mappingproxy(Value mapping);
// list[int]: a types.GenericAlias of origin and args (a tuple, or one value).
Value make_generic_alias(Value origin, Value args);
extern Type* const StaticMethodType;
extern Type* const ClassMethodType;
extern Type* const PropertyType;
extern Type* const SuperType;
// super(type, obj) (obj null or None: an unbound super).
Value make_super(Type* t, Value obj);
// Set by the VM: finds the zero-argument super()'s class (__class__ cell) and first
// argument of the calling frame (new references); false with an error set if it cannot.
extern bool (*super_noargs_hook)(Value* type_out, Value* obj_out);

extern Type* const DictKeysType;
extern Type* const DictValuesType;
extern Type* const DictItemsType;
extern Type* const BaseExceptionGroupType;
// The rest of the built-in exception types (the common ones are in object.hpp).
extern Type* const SyntaxErrorType;
extern Type* const IndentationErrorType;
extern Type* const TabErrorType;
extern Type* const StopAsyncIterationType;
extern Type* const SystemErrorType;
extern Type* const EOFErrorType;
extern Type* const UnicodeDecodeErrorType;
extern Type* const UnicodeEncodeErrorType;
extern Type* const ExceptionGroupType;
extern Type* const WarningType;
extern Type* const DeprecationWarningType;
extern Type* const RuntimeWarningType;
extern Type* const UserWarningType;
extern Type* const FileNotFoundErrorType;
extern Type* const FileExistsErrorType;
extern Type* const PermissionErrorType;
extern Type* const IsADirectoryErrorType;
extern Type* const NotADirectoryErrorType;
extern Type* const TimeoutErrorType;
extern Type* const ReferenceErrorType;
extern Type* const BufferErrorType;
extern Type* const FloatingPointErrorType;
extern Type* const SyntaxWarningType;
extern Type* const ResourceWarningType;
extern Type* const PendingDeprecationWarningType;
extern Type* const ImportWarningType;
extern Type* const FutureWarningType;
extern Type* const BytesWarningType;
extern Type* const UnicodeWarningType;
extern Type* const EncodingWarningType;
extern Type* const ConnectionErrorType;
extern Type* const BlockingIOErrorType;
extern Type* const ChildProcessErrorType;
extern Type* const BrokenPipeErrorType;
extern Type* const InterruptedErrorType;
extern Type* const ProcessLookupErrorType;
extern Type* const UnicodeTranslateErrorType;
std::size_t exception_type_count();
Type* exception_type_at(std::size_t i);

// ---------------------------------------------------------------- casts
inline Str* as_str(Value v) { return static_cast<Str*>(v.obj()); }
inline Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.obj()); }
inline List* as_list(Value v) { return static_cast<List*>(v.obj()); }
inline Dict* as_dict(Value v) { return static_cast<Dict*>(v.obj()); }
inline Int* as_int(Value v) { return static_cast<Int*>(v.obj()); }
inline Float* as_float(Value v) { return static_cast<Float*>(v.obj()); }
inline Set* as_set(Value v) { return static_cast<Set*>(v.obj()); }
inline Type* as_type(Value v) { return static_cast<Type*>(v.obj()); }
inline Exception* as_exc(Value v) { return static_cast<Exception*>(v.obj()); }
inline Value val(Object* o) { return Value::object(o); }
inline bool is_set_or_frozenset(Value v) {
  return v.is_object() && (v.obj()->type == SetType || v.obj()->type == FrozenSetType ||
                           is_subtype(v.obj()->type, SetType) || is_subtype(v.obj()->type, FrozenSetType));
}
inline bool is_none(Value v) { return v == None(); }

// ---------------------------------------------------------------- interned names
#define PEPPY_NAMES(X)                                                                               \
  X(init, "__init__") X(new_, "__new__") X(repr, "__repr__") X(str, "__str__") X(hash, "__hash__")  \
  X(eq, "__eq__") X(ne, "__ne__") X(lt, "__lt__") X(le, "__le__") X(gt, "__gt__") X(ge, "__ge__")    \
  X(bool_, "__bool__") X(len, "__len__") X(getitem, "__getitem__") X(setitem, "__setitem__")         \
  X(delitem, "__delitem__") X(contains, "__contains__") X(iter, "__iter__") X(next, "__next__")       \
  X(call, "__call__") X(getattr, "__getattr__") X(getattribute, "__getattribute__")                   \
  X(setattr, "__setattr__") X(delattr, "__delattr__") X(get, "__get__") X(set, "__set__")             \
  X(delete_, "__delete__") X(neg, "__neg__") X(pos, "__pos__") X(invert, "__invert__")                \
  X(abs, "__abs__") X(int_, "__int__") X(float_, "__float__") X(index, "__index__")                   \
  X(format, "__format__") X(del, "__del__") X(dict, "__dict__") X(class_, "__class__")                \
  X(name, "__name__") X(qualname, "__qualname__") X(module, "__module__") X(doc, "__doc__")           \
  X(round, "__round__") X(trunc, "__trunc__") X(floor, "__floor__") X(ceil, "__ceil__")               \
  X(missing, "__missing__") X(reversed, "__reversed__") X(length_hint, "__length_hint__")             \
  X(instancecheck, "__instancecheck__") X(subclasscheck, "__subclasscheck__") X(pow, "__pow__")       \
  X(rpow, "__rpow__") X(dir, "__dir__") X(init_subclass, "__init_subclass__")                          \
  X(set_name, "__set_name__") X(class_getitem, "__class_getitem__") X(complex_, "__complex__")         \
  X(enter, "__enter__") X(exit, "__exit__") X(slots, "__slots__") X(weakref, "__weakref__")           \
  X(keys, "keys") X(items, "items") X(write, "write") X(flush, "flush") X(main, "__main__")           \
  X(builtins, "builtins") X(sort, "sort") X(mro, "mro") X(bytes_, "__bytes__")

struct Names {
#define PEPPY_NAME_FIELD(field, text) Str* field = nullptr;
  PEPPY_NAMES(PEPPY_NAME_FIELD)
#undef PEPPY_NAME_FIELD
  Str* binary[13] = {};   // __add__ ... in bytecode::BinOp order
  Str* rbinary[13] = {};  // __radd__ ...
  Str* ibinary[13] = {};  // __iadd__ ...
};
extern Names names;

// ---------------------------------------------------------------- helpers
// A new str of n code points, contents uninitialized (the caller fills data[0..n)).
Str* str_alloc(std::size_t n);
Value make_str_ascii(std::string_view s);  // s must be 7-bit
Value make_str_latin1_char(char32_t c);    // a one-character str (cached below 256)
bool str_equal(Str* a, Str* b);            // same text
std::int64_t str_hash(Str* s);
inline std::u32string_view str_view(Str* s) { return {s->data, s->length}; }
const std::string& str_utf8_ref(Str* s);   // the cached UTF-8 text (made on first use)
void utf8_append(std::string& out, char32_t c);
std::string utf8_of(std::u32string_view s);

// The name of a value's type ("int").
inline const std::string& type_name(Value v) { return type_of(v)->name; }
// Raises TypeError with a formatted message (printf-like %s only) and returns null.
Value raise_fmt(Type* t, const char* fmt, std::initializer_list<std::string_view> args);
Value raise_no_memory();

// Ints
// The number of bits of |z| (0 for zero).
inline std::size_t mpz_bits(mpz_srcptr z) { return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2); }
Value make_int_from_mpz(mpz_t z);  // takes over z (clears it or moves it into the result)
Value make_int_u64(std::uint64_t v);
// A read-only mpz view of an int value (no allocation for small ints).
struct IntView {
  mpz_t z;
  mp_limb_t limb;
  explicit IntView(Value v);
  IntView(const IntView&) = delete;
};
bool int_to_double(Value v, double& out);  // OverflowError set on failure
Value int_from_double(double d);           // truncates; raises on inf/nan
// An index value from v (int or __index__): false with an error set if not an int.
bool index_value(Value v, std::int64_t& out, Type* overflow = nullptr);
Value index_to_int(Value v);  // v.__index__() as an int (new ref) or null with TypeError
int int_sign(Value v);
Value int_to_str_base(Value v, int base, bool prefix);  // "0x..." etc.
Value int_from_string(std::u32string_view s, int base);  // int(s, base), errors as CPython
// sys.set_int_max_str_digits / get_int_max_str_digits (default 4300; 0: no limit).
void set_int_max_str_digits(std::size_t n);
std::size_t int_max_str_digits();
Value float_from_string(std::u32string_view s, Value orig);  // float(s)
std::string float_repr(double d);
std::int64_t hash_double(double d, Value obj);
std::int64_t hash_int(Value v);
int float_compare_int(double d, Value i);  // -1, 0, 1 (2: unordered/nan)

// Tuples and lists
Value tuple_pack(std::initializer_list<Value> items);  // borrows
inline Value make_tuple2(Value a, Value b) { return tuple_pack({a, b}); }
Value tuple_from_iterable(Value it);
Value list_from_iterable(Value it);
int list_extend(List* l, Value iterable);
int list_sort(List* l, Value key, bool reverse);
Value sequence_to_list_or_tuple(Value v, bool want_tuple);  // fast for list/tuple
Value empty_tuple();  // borrowed

// Dicts
Value dict_lookup(Dict* d, Value key, std::int64_t hash, int* err);  // borrowed or null
int dict_set_hashed(Dict* d, Value key, std::int64_t hash, Value value);
Value dict_get_str_ascii(Dict* d, std::string_view key);  // borrowed; slow path for C++ callers
int dict_set_str(Value dict, std::string_view key, Value value);
Value dict_copy(Value d);
int dict_update(Value d, Value other);
std::int64_t dict_lookup_index(Dict* d, Str* key);  // entry index of a str key, -1 if absent  // mapping or iterable of pairs
bool dict_next(Dict* d, std::size_t& pos, Value& key, Value& value);  // borrowed key/value
Value dict_pop_item_str(Dict* d, Str* key);

// Slices: the start/stop/step of a slice object (raising as CPython for bad values), and
// the clamped indices and item count for a sequence of length n.
bool slice_unpack(Value slice, std::int64_t& start, std::int64_t& stop, std::int64_t& step);
std::int64_t slice_adjust(std::int64_t n, std::int64_t& start, std::int64_t& stop, std::int64_t step);
Value make_slice(Value start, Value stop, Value step);  // borrows

// Sequence comparison shared by list and tuple (identity-first equality per item).
Value seq_richcompare(Value a, Value b, int op, bool is_list_cmp);

// Str internals.
Str* str_alloc_type(Type* t, std::size_t n);
void add_str_format_methods(NativeFn format, NativeFn format_map);
Value int_divmod_values(Value a, Value b);
Value float_divmod_values(Value a, Value b);
Value float_pow_values(double x, double y);

// Sets
int set_contains(Set* s, Value key);
int set_update(Set* s, Value iterable);
bool set_next(Set* s, std::size_t& pos, Value& key);
Value set_from_iterable(Type* t, Value iterable);

// Iteration helpers: calls fn(item) for each item; fn returns false to stop with error.
template <class F>
int for_each(Value iterable, F&& fn) {
  Value it = get_iter(iterable);
  if (!it) return -1;
  for (;;) {
    Value item = iter_next(it);
    if (!item) {
      decref(it);
      return has_error() ? -1 : 0;
    }
    int r = fn(item);
    decref(item);
    if (r < 0) {
      decref(it);
      return -1;
    }
    if (r > 0) break;
  }
  decref(it);
  return 0;
}

// Objects
Value generic_getattr(Value o, Str* name);
Value generic_getattr_opt(Value o, Str* name, bool raise_missing);
int generic_setattr(Value o, Str* name, Value value);
Dict** instance_dict_ptr(Value o);  // where o's __dict__ pointer lives, or null
Value object_repr_default(Value o);  // <module.Class object at 0x...>
// Fetches a method for calling: returns 1 and the unbound function in *out if it must be
// called with o prepended (TF_METHOD_DESCRIPTOR), 0 with a ready callable, -1 on error.
int get_method(Value o, Str* name, Value* out);
// Calls method `name` of o with args (null + AttributeError if missing).
Value call_method(Value o, Str* name, const Value* args, std::size_t nargs);
// Calls a special method found on the type (not the instance): null without error if absent.
Value call_special(Value o, Str* name, const Value* args, std::size_t nargs, bool* found);
// Calls `func` (found in a class dict) as a method of self.
Value call_unbound(Value func, Value self, const Value* args, std::size_t nargs, Tuple* kwnames = nullptr);
int repr_enter(Value o);  // 1 if o is already being repr'd (recursion guard), else 0 and marks it
void repr_leave(Value o);

// Types
void type_add(Type* t, const char* name, Value v);  // steals v
void add_method(Type* t, const char* name, NativeFn fn);
void add_classmethod(Type* t, const char* name, NativeFn fn);
void add_static(Type* t, const char* name, NativeFn fn);
void add_getset(Type* t, const char* name, GetterFn get, SetterFn set = nullptr);
Value make_builtin_function(const char* name, NativeFn fn, Value self = Value());
// t's MRO, made from the base chain for a type that was never readied (borrowed).
Tuple* type_mro(Type* t);
// Prepares a static type: name, base, size and flags (slots are set by the caller).
void type_init(Type* t, const char* name, Type* base, std::size_t size, std::uint32_t flags);
// Finishes a static type: MRO, inherited slots, slot wrappers in its dict.
void type_ready(Type* t);
// Makes a class (the VM's class statement): C3 MRO, instance layout, slots from dunders.
Type* make_heap_type(Str* name, Tuple* bases, Dict* dict);
// kwnames/kwvals: the class statement's keyword arguments (for __init_subclass__).
Type* make_heap_type_meta(Type* meta, Str* name, Tuple* bases, Dict* dict, const Value* kwvals = nullptr,
                          Tuple* kwnames = nullptr);
// Must be called after anything changes a type's dict other than through setattr on
// the class (lookup_in_mro caches its answers).
void type_modified(Type* t);
// Recomputes a heap type's slots after `name` changed in its dict.
void type_update_slot(Type* t, Str* name);
Value type_call(Value self, const Value* args, std::size_t nargs, Tuple* kwnames);
Value object_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames);
Value alloc_instance(Type* t);  // zeroed memory of t->basic_size, refcnt 1, type set
void free_instance(Object* o);  // releases memory of an instance (and its heap type ref)
void free_instance_sized(Object* o, std::size_t n);  // the same for variable-size objects
std::int64_t hash_not_implemented(Value v);
std::int64_t hash_pointer(Value v);

// Exceptions
Value make_exception(Type* t, Value args);  // args: a tuple (borrowed)
Value raise_key_error(Value key);
Value raise_stop_iteration(Value value);   // StopIteration(value)
// Raises UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason).
Value raise_unicode_error(Type* t, std::string_view encoding, Value object, std::int64_t start, std::int64_t end,
                          std::string_view reason);
bool exception_matches(Value exc, Value type_or_tuple);  // `except` matching
Value exc_str(Value e);

// Argument checking (CPython's messages). All return false with TypeError set.
bool no_kwargs(const char* fname, Tuple* kwnames);
bool check_args(const char* fname, std::size_t nargs, std::size_t min, std::size_t max);  // "f expected at most 1 argument, got 2"
bool check_exact(const char* fname, std::size_t nargs, std::size_t n);  // "f() takes exactly one argument (2 given)"
// Keyword parsing: out[i] gets the i-th parameter (positional first, then by name), null if
// absent. names[0..npos_only) are positional-only. Borrowed values.
bool parse_args(const char* fname, const Value* args, std::size_t nargs, Tuple* kwnames, const char* const* names,
                std::size_t nparams, std::size_t nrequired, Value* out, std::size_t npos_max = SIZE_MAX);

// Per-type set-up (called by initialize()).
void init_object_types();
void init_int_type();
void init_float_type();
void init_complex_type();
void init_str_type();
void init_str_format();
void init_bytes_type();
void init_tuple_type();
void init_list_type();
void init_dict_type();
void init_set_type();
void init_range_types();
void init_exception_types();
void init_function_types();
void ready_function_types();
void init_type_type();
void init_descr_types();
void ready_exception_types();

// The format-spec mini-language (format.cpp): format(v, spec) for the built-in types.
Value format_int(Value v, Str* spec);
Value format_float(double d, Str* spec);
Value format_str(Str* s, Str* spec);
Value format_complex(double re, double im, Str* spec);
// printf-style formatting: fmt % args (str.__mod__).
Value str_percent_format(Str* fmt, Value args);
// ascii(v): repr(v) with the non-ASCII characters escaped.
Value ascii_repr(Value v);
// repr of a str (Python's quote choice and escapes).
Value str_repr(Str* s);
std::string str_repr_utf8(Str* s);

// Comparison op helpers.
Value cmp_result(int c, int op);  // from a three-way result c (<0, 0, >0) and the op (borrowed bool)
const char* cmp_symbol(int op);

}  // namespace peppy::objects
