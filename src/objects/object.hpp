// object.hpp: the VM's object model, the contract between the interpreter (src/vm/),
// the built-in types (src/objects/) and the built-in functions (src/builtins/).
//
// VALUES. A Value is one machine word: either a small int (62-bit, tagged: lowest bit
// 1, no allocation, no reference count) or a pointer to a heap Object (lowest bit 0),
// or null (all bits 0: "no value", used for errors and empty slots). Python's int type
// covers both small ints and BigInt objects (GMP); an int result that fits in 62 bits
// is always made small, so equal ints have one representation.
//
// REFERENCES. Every heap object carries a reference count and is freed the moment it
// reaches zero (Type::dealloc), so __del__ and file closing happen when CPython's do.
// A Value held in a container, a frame slot or a stack slot owns one reference. A
// function's Value parameters are BORROWED (the caller keeps its references); a Value
// it returns is NEW (the caller owns it) unless the comment says otherwise. `Ref` is the
// owning smart handle for C++ code that wants RAII.
//
// ERRORS. The object layer has one error path: a function that fails sets the current
// exception (set_error / raise_*) and returns a null Value (or -1 from functions
// returning int, e.g. is_true, or false from bool ones). Callers check and propagate.
// No C++ exceptions cross this layer.
//
// TYPES. A Type is itself an Object (type(int) is type). Its slots are C++ function
// pointers filled in for built-in types; a class defined in Python gets slots that
// look up and call its dunder methods (make_heap_type in objects/core.hpp sets them). A
// null slot means "not supported" (the generic operations raise CPython's TypeError).
//
// SET-UP. initialize() readies every built-in type before anything else runs. A type
// made elsewhere (the VM's function, module, generator...) fills its slots and then
// should call objects::type_ready(t) (core.hpp) for its MRO, its __dict__ with the slot
// wrappers, and the slots it inherits from its base. objects/core.hpp has the layouts this
// file leaves opaque (Dict, Int, Set...), the interned special-method names, argument
// checking helpers and make_heap_type; builtins/builtins.hpp has the builtins dict and
// the standard streams.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace peppy::objects {

struct Object;
struct Type;

// ---------------------------------------------------------------- Value
class Value {
 public:
  constexpr Value() = default;
  static constexpr Value null() { return Value(); }
  // A small int (the caller ensures fits_small(v)).
  static constexpr Value small(std::int64_t v) { return Value((static_cast<std::uintptr_t>(v) << 1) | 1u); }
  static Value object(Object* o) { return Value(reinterpret_cast<std::uintptr_t>(o)); }

  static constexpr std::int64_t kSmallMax = (std::int64_t{1} << 61) - 1;
  static constexpr std::int64_t kSmallMin = -(std::int64_t{1} << 61);
  static constexpr bool fits_small(std::int64_t v) { return v >= kSmallMin && v <= kSmallMax; }

  constexpr bool is_null() const { return bits_ == 0; }
  constexpr explicit operator bool() const { return bits_ != 0; }
  constexpr bool is_small() const { return (bits_ & 1u) != 0; }
  constexpr std::int64_t small_value() const { return static_cast<std::int64_t>(bits_) >> 1; }
  constexpr bool is_object() const { return bits_ != 0 && (bits_ & 1u) == 0; }
  Object* obj() const { return reinterpret_cast<Object*>(bits_); }  // only if is_object()
  constexpr std::uintptr_t bits() const { return bits_; }
  constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; }  // identity (`is`)

 private:
  constexpr explicit Value(std::uintptr_t b) : bits_(b) {}
  std::uintptr_t bits_ = 0;
};

// ---------------------------------------------------------------- Object
struct Object {
  std::intptr_t refcnt = 1;
  Type* type = nullptr;
};

// Frees an object whose count reached zero (calls its type's dealloc).
void dealloc(Object* o);

[[gnu::always_inline]] inline void incref(Value v) {
  if (v.is_object()) ++v.obj()->refcnt;
}
[[gnu::always_inline]] inline void decref(Value v) {
  if (v.is_object() && --v.obj()->refcnt == 0) dealloc(v.obj());
}
inline void xdecref(Value v) { decref(v); }  // null is fine too
inline Value newref(Value v) {
  incref(v);
  return v;
}

// An owning reference (RAII): releases its Value when destroyed.
class Ref {
 public:
  Ref() = default;
  explicit Ref(Value v) : v_(v) {}  // takes over a NEW reference
  static Ref borrow(Value v) { return Ref(newref(v)); }
  Ref(const Ref& o) : v_(newref(o.v_)) {}
  Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value(); }
  Ref& operator=(Ref o) noexcept {
    std::swap(v_, o.v_);
    return *this;
  }
  ~Ref() { decref(v_); }
  Value get() const { return v_; }
  Value release() {
    Value v = v_;
    v_ = Value();
    return v;
  }
  explicit operator bool() const { return !v_.is_null(); }

 private:
  Value v_;
};

// ---------------------------------------------------------------- slots
struct Str;
struct Tuple;

using UnaryFn = Value (*)(Value self);
using BinaryFn = Value (*)(Value a, Value b);          // may return NotImplemented (new ref)
using TernaryFn = Value (*)(Value a, Value b, Value c);
using InquiryFn = int (*)(Value self);                 // 1 / 0, or -1 with an error set
using LenFn = std::int64_t (*)(Value self);            // -1 with an error set
using HashFn = std::int64_t (*)(Value self);           // -1 with an error set (a hash is never -1)
using RichCmpFn = Value (*)(Value a, Value b, int op);  // op: bytecode::CmpOp; may return NotImplemented
using GetAttrFn = Value (*)(Value self, Str* name);
using SetAttrFn = int (*)(Value self, Str* name, Value value);  // value null: delete
using SetItemFn = int (*)(Value self, Value key, Value value);  // value null: delete
// Calls: positional args args[0..nargs), then keyword values args[nargs..nargs+len(kwnames));
// kwnames is null or a tuple of str.
using CallFn = Value (*)(Value self, const Value* args, std::size_t nargs, Tuple* kwnames);
using IterNextFn = Value (*)(Value self);  // null without an error set: exhausted
using DeallocFn = void (*)(Object* self);
using TraverseFn = void (*)(Object* self, void (*visit)(Value, void*), void* arg);  // for the cycle collector

// The number operators, indexed by bytecode::BinOp (Add, And, FloorDivide, LShift, MatMul,
// Multiply, Remainder, Or, Power, RShift, Subtract, TrueDivide, Xor).
inline constexpr int kNumBinary = 13;

// Type flags.
inline constexpr std::uint32_t TF_BASETYPE = 1;     // may be subclassed
inline constexpr std::uint32_t TF_HEAPTYPE = 2;     // made by a class statement
// TF_GC: instances may hold references; the cycle collector tracks them. Their memory has
// a header in front (objects/gc.hpp): they must be made by alloc_instance / gc_alloc and
// freed by free_instance / gc_free (types themselves: only heap types are collected).
inline constexpr std::uint32_t TF_GC = 4;
inline constexpr std::uint32_t TF_INT_SUBCLASS = 8, TF_STR_SUBCLASS = 16, TF_TUPLE_SUBCLASS = 32,
                               TF_LIST_SUBCLASS = 64, TF_DICT_SUBCLASS = 128, TF_EXC_SUBCLASS = 256,
                               TF_TYPE_SUBCLASS = 512,  // fast isinstance checks for the core types
                               TF_FLOAT_SUBCLASS = 1024;
// Instances are callables that bind like plain functions: fetching one from a class through
// an instance gives a method whose call is the same as calling the raw object with the
// instance prepended to the arguments (Python functions, built-in method descriptors).
// Lets the VM and the slots skip making bound-method objects (CPython's METHOD_DESCRIPTOR).
inline constexpr std::uint32_t TF_METHOD_DESCRIPTOR = 2048;

struct Dict;

struct Type : Object {
  std::string name;             // "int", "MyClass"
  std::string qualname;
  std::string module;           // "builtins" for the built-in types
  Type* base = nullptr;         // the first base (object has none)
  Tuple* bases = nullptr;       // all bases
  Tuple* mro = nullptr;         // the method resolution order, this type first
  Dict* dict = nullptr;         // methods and class attributes
  std::uint32_t flags = 0;
  std::size_t basic_size = 0;   // size of an instance (bytes) for types with fixed-size instances
  std::ptrdiff_t dict_offset = 0;  // where an instance's __dict__ pointer is (0: none)
  // __slots__ of a class: nslots Values (owned, null when unset) at slots_offset in each
  // instance, for this class's own slots (its bases' come before).
  std::uint32_t nslots = 0;
  std::uint32_t slots_offset = 0;

  DeallocFn dealloc = nullptr;
  TraverseFn traverse = nullptr;
  UnaryFn repr = nullptr, str = nullptr;
  HashFn hash = nullptr;
  RichCmpFn richcompare = nullptr;
  BinaryFn binary[kNumBinary] = {};   // a op b (tried as the left operand, then reflected on the right's type)
  BinaryFn inplace[kNumBinary] = {};  // a op= b (null: fall back to binary)
  TernaryFn power3 = nullptr;         // pow(a, b, mod)
  // Sequence + and * (str, list, tuple, bytes: CPython's sq_concat/sq_repeat), tried after
  // both number slots gave NotImplemented; they raise their own TypeErrors ("can only
  // concatenate str (not "int") to str"). repeat gets (sequence, count) whichever side the
  // sequence was on. The in-place forms serve list's += and *=.
  BinaryFn seq_concat = nullptr, seq_repeat = nullptr;
  BinaryFn seq_inplace_concat = nullptr, seq_inplace_repeat = nullptr;
  UnaryFn negative = nullptr, positive = nullptr, invert = nullptr, absolute = nullptr;
  UnaryFn to_int = nullptr, to_float = nullptr, index = nullptr;  // __int__, __float__, __index__
  InquiryFn is_true = nullptr;        // __bool__ (null: use len, else always true)
  LenFn length = nullptr;             // __len__
  BinaryFn getitem = nullptr;         // self[key]
  SetItemFn setitem = nullptr;        // self[key] = value / del self[key]
  int (*contains)(Value self, Value item) = nullptr;  // `item in self`: 1 / 0 / -1
  GetAttrFn getattr = nullptr;        // full attribute lookup (default: generic_getattr)
  SetAttrFn setattr = nullptr;
  CallFn call = nullptr;              // self(...)
  UnaryFn iter = nullptr;             // iter(self)
  IterNextFn next = nullptr;          // next(self)
  // descriptors: obj is null when looked up on the class
  TernaryFn descr_get = nullptr;      // __get__(self, obj, type)
  int (*descr_set)(Value self, Value obj, Value value) = nullptr;  // __set__/__delete__ (value null)
  // constructing: type(...) calls new then init (like tp_new / tp_init)
  Value (*new_fn)(Type* type, const Value* args, std::size_t nargs, Tuple* kwnames) = nullptr;
  int (*init)(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) = nullptr;
  // The cycle collector's slots (objects/gc.hpp), for TF_GC types: `clear` drops the
  // references that can form cycles (a list's items, a dict's entries, an instance's
  // __dict__...) so that reference counting frees unreachable cycles; `finalize` runs once
  // before an unreachable object is cleared (a class's __del__, closing a generator).
  void (*clear)(Object* self) = nullptr;
  void (*finalize)(Object* self) = nullptr;
};

// ---------------------------------------------------------------- the core types
// (the struct layouts the interpreter's fast paths use; everything else goes through
// the slots and the functions below)

extern Type* const TypeType;
extern Type* const ObjectType;
extern Type* const NoneType;
extern Type* const NotImplementedType;
extern Type* const EllipsisType;
extern Type* const BoolType;
extern Type* const IntType;
extern Type* const FloatType;
extern Type* const ComplexType;
extern Type* const StrType;
extern Type* const BytesType;
extern Type* const TupleType;
extern Type* const ListType;
extern Type* const DictType;
extern Type* const SetType;
extern Type* const FrozenSetType;
extern Type* const RangeType;
extern Type* const SliceType;
extern Type* const CellType;

// The type of a value (int for small ints).
inline Type* type_of(Value v) { return v.is_small() ? IntType : v.obj()->type; }

// Fast type checks (exact type, or the type's subclass flag).
inline bool is_int(Value v) { return v.is_small() || (v.is_object() && (v.obj()->type->flags & TF_INT_SUBCLASS)); }
inline bool is_float(Value v) { return v.is_object() && (v.obj()->type->flags & TF_FLOAT_SUBCLASS); }
inline bool is_str(Value v) { return v.is_object() && (v.obj()->type->flags & TF_STR_SUBCLASS); }
inline bool is_tuple(Value v) { return v.is_object() && (v.obj()->type->flags & TF_TUPLE_SUBCLASS); }
inline bool is_list(Value v) { return v.is_object() && (v.obj()->type->flags & TF_LIST_SUBCLASS); }
inline bool is_dict(Value v) { return v.is_object() && (v.obj()->type->flags & TF_DICT_SUBCLASS); }
inline bool is_type(Value v) { return v.is_object() && (v.obj()->type->flags & TF_TYPE_SUBCLASS); }
inline bool is_exception(Value v) { return v.is_object() && (v.obj()->type->flags & TF_EXC_SUBCLASS); }
inline bool is_exact(Value v, Type* t) { return v.is_object() && v.obj()->type == t; }

// Sets up the built-in types, their dicts and the singletons. Call once before anything
// else (further calls do nothing).
void initialize();

// The singletons (borrowed: they live forever).
// (Inline: the objects live in objtype.cpp and int.cpp; these are their addresses.)
extern Object* const kNoneObject;
extern Object* const kTrueObject;
extern Object* const kFalseObject;
extern Object* const kNotImplementedObject;
extern Object* const kEllipsisObject;
inline Value None() { return Value::object(kNoneObject); }
inline Value True() { return Value::object(kTrueObject); }
inline Value False() { return Value::object(kFalseObject); }
inline Value NotImplemented() { return Value::object(kNotImplementedObject); }
inline Value Ellipsis() { return Value::object(kEllipsisObject); }
inline Value boolean(bool b) { return b ? True() : False(); }  // borrowed (never freed)

struct Float : Object {
  double value;
};
struct Complex : Object {
  double real, imag;
};
// str: code points stored as UTF-32 for O(1) indexing (a later version may use PEP 393's
// 1/2/4-byte forms); immutable; the hash is cached (-1 until computed).
struct Str : Object {
  std::int64_t hash = -1;
  std::size_t length = 0;
  char32_t* data = nullptr;  // length code points (owned)
  std::string* utf8 = nullptr;  // cached UTF-8 form (owned), made on demand
};
struct Bytes : Object {
  std::int64_t hash = -1;
  std::size_t length = 0;
  unsigned char* data = nullptr;
};
struct Tuple : Object {
  std::int64_t hash = -1;
  std::size_t length = 0;
  Value* items = nullptr;  // owned references
};
struct List : Object {
  std::size_t length = 0, capacity = 0;
  Value* items = nullptr;  // owned references
};
struct Cell : Object {
  Value value;  // owned; null when empty
};
// A BaseException instance (and of every exception class, built-in or not).
struct Exception : Object {
  Dict* dict = nullptr;         // instance attributes (owned; made on demand)
  Value args;                   // a tuple (owned)
  Value traceback;              // a traceback object or null (owned; made by the VM)
  Value context;                // __context__ (owned; null = None)
  Value cause;                  // __cause__ (owned; null = None)
  bool suppress_context = false;
};
// An instance of a class defined in Python whose bases are all `object` (or such classes):
// its attributes live in its __dict__.
struct Instance : Object {
  Dict* dict = nullptr;  // owned; made on demand
};

// ---------------------------------------------------------------- making values
Value make_int(std::int64_t v);                      // small or big
Value make_int_from_decimal(std::string_view digits);  // "-123456789012345678901234567890"; null on bad text
Value make_float(double v);
Value make_complex(double re, double im);
Value make_str(std::u32string_view s);
Value make_str_utf8(std::string_view utf8);          // surrogates in 3-byte form accepted
Value make_bytes(std::string_view raw);
Value make_tuple(std::size_t n);                     // items null: the caller fills them (steals refs)
Value make_tuple_from(const Value* items, std::size_t n);  // borrows items (increfs)
Value make_list(std::size_t n);                      // items null: the caller fills them
Value make_dict();
Value make_set();
Value make_frozenset();
Value make_cell(Value contents);                     // borrows contents

// Interned strings (the same object for the same text; for attribute names etc.).
Str* intern(std::string_view utf8);

// ---------------------------------------------------------------- access
std::string str_utf8(Str* s);                        // the UTF-8 text
bool int_to_int64(Value v, std::int64_t& out);       // false if out of range (no error set)
int list_append(Value list, Value item);             // borrows item; -1 on error
Value dict_get(Value dict, Value key);               // borrowed; null if missing (an error may be set: check has_error)
Value dict_get_str(Value dict, Str* key);            // borrowed; null if missing
int dict_set(Value dict, Value key, Value value);    // borrows both; -1 on error
int dict_del(Value dict, Value key);                 // -1 (KeyError set) if missing
int set_add(Value set, Value item);

// ---------------------------------------------------------------- generic operations
// (CPython's abstract object protocol; all set CPython's exact TypeError messages)
Value repr(Value v);
Value str(Value v);
std::int64_t hash(Value v);
int is_true(Value v);
Value binary_op(Value a, Value b, int op);           // op: bytecode::BinOp, in-place forms = op + 13
Value compare(Value a, Value b, int op);             // op: bytecode::CmpOp
int compare_bool(Value a, Value b, int op);          // 1 / 0 / -1
int equal(Value a, Value b);                         // a == b as a bool (identity first), -1 on error
Value unary_negative(Value v);
Value unary_positive(Value v);
Value unary_invert(Value v);
Value getitem(Value o, Value key);
int setitem(Value o, Value key, Value value);
int delitem(Value o, Value key);
int contains(Value container, Value item);
std::int64_t length(Value v);
Value get_iter(Value v);
Value iter_next(Value it);                           // null + no error: exhausted
Value getattr(Value o, Str* name);
Value getattr_or_null(Value o, Str* name);           // null without AttributeError when missing
int setattr(Value o, Str* name, Value value);        // value null: delete
Value call(Value callable, const Value* args, std::size_t nargs, Tuple* kwnames = nullptr);
bool isinstance_type(Value v, Type* t);              // exact MRO check, no __instancecheck__
bool is_subtype(Type* a, Type* b);
Value lookup_in_mro(Type* t, Str* name);             // borrowed; null if absent (no error)
Value format(Value v, Value spec);                   // format(v, spec)

// ---------------------------------------------------------------- errors
// The current exception (one per interpreter; the VM saves/restores it around handlers).
bool has_error();
Value current_error();                               // borrowed
Value take_error();                                  // new ref; clears it
void set_error(Value exc);                           // borrows
void clear_error();
// Raises a new exception of type t with message msg (UTF-8) and returns null.
Value raise(Type* t, std::string_view msg);
Value raise_type_error(std::string_view msg);

// The built-in exception types (the full 3.11 hierarchy).
extern Type* const BaseExceptionType;
extern Type* const ExceptionType;
extern Type* const TypeErrorType;
extern Type* const ValueErrorType;
extern Type* const IndexErrorType;
extern Type* const KeyErrorType;
extern Type* const NameErrorType;
extern Type* const UnboundLocalErrorType;
extern Type* const AttributeErrorType;
extern Type* const ZeroDivisionErrorType;
extern Type* const OverflowErrorType;
extern Type* const RecursionErrorType;
extern Type* const StopIterationType;
extern Type* const AssertionErrorType;
extern Type* const RuntimeErrorType;
extern Type* const NotImplementedErrorType;
extern Type* const ImportErrorType;
extern Type* const ModuleNotFoundErrorType;
extern Type* const LookupErrorType;
extern Type* const ArithmeticErrorType;
extern Type* const MemoryErrorType;
extern Type* const SystemExitType;
extern Type* const KeyboardInterruptType;
extern Type* const GeneratorExitType;
extern Type* const UnicodeErrorType;
extern Type* const OSErrorType;

}  // namespace peppy::objects
