// type.cpp: the `type` type: readying built-in types (MRO, slot inheritance, slot
// wrappers), attribute lookup on classes, calling a type to make an instance, and
// classes made by the class statement (make_heap_type: C3 MRO, instance layout, and
// slots that call the class's dunder methods).
#include <algorithm>
#include <unordered_map>
#include <cstdio>
#include <new>
#include <vector>

#include "bytecode/opcodes.hpp"
#include "objects/core.hpp"
#include "objects/hooks.hpp"
#include "objects/gc.hpp"
#include "objects/slots.hpp"

namespace peppy::objects {

static Type g_type;
Type* const TypeType = &g_type;

static constexpr std::intptr_t kImmortal = std::intptr_t{1} << 60;

// ---------------------------------------------------------------- static types
// Prepares a built-in type's header.
void type_init(Type* t, const char* name, Type* base, std::size_t size, std::uint32_t flags) {
  t->refcnt = kImmortal;
  t->type = TypeType;
  t->name = name;
  t->qualname = name;
  t->module = "builtins";
  t->base = base;
  t->basic_size = size;
  t->flags |= flags;
}

// The slot wrappers: name, slot id, and whether type t (with base b) defines its own.
struct WrapperSpec {
  const char* name;
  int slot;
};

// Whether t has slot `slot` itself (not inherited unchanged from b).
static bool defines_slot(Type* t, Type* b, int slot) {
#define DIFF(field) (t->field && (!b || t->field != b->field))
  switch (slot) {
    case S_REPR: return DIFF(repr);
    case S_STR: return DIFF(str);
    case S_HASH: return DIFF(hash);
    case S_LT: case S_LE: case S_EQ: case S_NE: case S_GT: case S_GE: return DIFF(richcompare);
    case S_BOOL: return DIFF(is_true);
    case S_LEN: return DIFF(length);
    case S_GETITEM: return DIFF(getitem);
    case S_SETITEM: case S_DELITEM: return DIFF(setitem);
    case S_CONTAINS: return DIFF(contains);
    case S_ITER: return DIFF(iter);
    case S_NEXT: return DIFF(next);
    case S_CALL: return DIFF(call);
    case S_GETATTRIBUTE: return DIFF(getattr);
    case S_SETATTR: case S_DELATTR: return DIFF(setattr);
    case S_NEG: return DIFF(negative);
    case S_POS: return DIFF(positive);
    case S_INVERT: return DIFF(invert);
    case S_ABS: return DIFF(absolute);
    case S_INT: return DIFF(to_int);
    case S_FLOAT: return DIFF(to_float);
    case S_INDEX: return DIFF(index);
    case S_GET: return DIFF(descr_get);
    case S_SET: case S_DELETE: return DIFF(descr_set);
    case S_INIT: return DIFF(init);
    case S_CONCAT: return DIFF(seq_concat);
    case S_REPEAT: case S_RREPEAT: return DIFF(seq_repeat);
    case S_ICONCAT: return DIFF(seq_inplace_concat);
    case S_IREPEAT: return DIFF(seq_inplace_repeat);
    default: break;
  }
  if (slot >= S_IBIN) return DIFF(inplace[slot - S_IBIN]);
  if (slot >= S_RBIN) return DIFF(binary[slot - S_RBIN]);
  return DIFF(binary[slot - S_BIN]);
#undef DIFF
}

static const WrapperSpec kWrappers[] = {
    {"__repr__", S_REPR}, {"__str__", S_STR}, {"__hash__", S_HASH}, {"__lt__", S_LT}, {"__le__", S_LE},
    {"__eq__", S_EQ}, {"__ne__", S_NE}, {"__gt__", S_GT}, {"__ge__", S_GE}, {"__bool__", S_BOOL},
    {"__len__", S_LEN}, {"__getitem__", S_GETITEM}, {"__setitem__", S_SETITEM}, {"__delitem__", S_DELITEM},
    {"__contains__", S_CONTAINS}, {"__iter__", S_ITER}, {"__next__", S_NEXT}, {"__call__", S_CALL},
    {"__getattribute__", S_GETATTRIBUTE}, {"__setattr__", S_SETATTR}, {"__delattr__", S_DELATTR},
    {"__neg__", S_NEG}, {"__pos__", S_POS}, {"__invert__", S_INVERT}, {"__abs__", S_ABS}, {"__int__", S_INT},
    {"__float__", S_FLOAT}, {"__index__", S_INDEX}, {"__get__", S_GET}, {"__set__", S_SET},
    {"__delete__", S_DELETE}, {"__init__", S_INIT}, {"__add__", S_CONCAT}, {"__mul__", S_REPEAT},
    {"__rmul__", S_RREPEAT}, {"__iadd__", S_ICONCAT}, {"__imul__", S_IREPEAT},
};
static const char* const kBinNames[] = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod",
                                        "or", "pow", "rshift", "sub", "truediv", "xor"};

// Calls owner's `__new__` for a subtype: T.__new__(S, ...).
static Value tp_new_wrapper(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  Type* owner = as_type(self);
  if (nargs < 1)
    return raise_fmt(TypeErrorType, "%s.__new__(): not enough arguments", {owner->name});
  if (!is_type(args[0]))
    return raise_fmt(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", {owner->name, type_name(args[0])});
  Type* sub = as_type(args[0]);
  if (!is_subtype(sub, owner))
    return raise_fmt(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s",
                     {owner->name, sub->name, sub->name, owner->name});
  return owner->new_fn(sub, args + 1, nargs - 1, kwnames);
}

// Finishes a built-in type: bases, MRO, inherited slots and flags, slot wrappers.
void type_ready(Type* t) {
  if (t->refcnt < kImmortal / 2 && !(t->flags & TF_HEAPTYPE)) t->refcnt = kImmortal;
  if (!t->type) t->type = TypeType;
  Type* b = t->base;
  if (!t->dict) t->dict = as_dict(make_dict());
  if (b) {
    t->bases = as_tuple(tuple_pack({val(b)}));
    Tuple* bm = type_mro(b);
    Value m = make_tuple(bm->length + 1);
    as_tuple(m)->items[0] = newref(val(t));
    for (std::size_t i = 0; i < bm->length; ++i) as_tuple(m)->items[i + 1] = newref(bm->items[i]);
    t->mro = as_tuple(m);
    t->flags |= b->flags & (TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_TUPLE_SUBCLASS | TF_LIST_SUBCLASS |
                            TF_DICT_SUBCLASS | TF_EXC_SUBCLASS | TF_TYPE_SUBCLASS | TF_FLOAT_SUBCLASS | TF_GC);
    if (!t->dict_offset) t->dict_offset = b->dict_offset;
  } else {
    t->bases = as_tuple(newref(empty_tuple()));
    t->mro = as_tuple(tuple_pack({val(t)}));
  }
  // Slot wrappers for the slots t defines itself.
  for (const WrapperSpec& w : kWrappers) {
    if (!defines_slot(t, b, w.slot)) continue;
    if (dict_get_str(val(t->dict), intern(w.name))) continue;
    if (w.slot == S_HASH && t->hash == hash_not_implemented) {
      type_add(t, "__hash__", newref(None()));
      continue;
    }
    add_slot_wrapper(t, w.name, w.slot);
  }
  for (int op = 0; op < kNumBinary; ++op) {
    static std::string nm[3][13];
    if (nm[0][op].empty()) {
      nm[0][op] = std::string("__") + kBinNames[op] + "__";
      nm[1][op] = std::string("__r") + kBinNames[op] + "__";
      nm[2][op] = std::string("__i") + kBinNames[op] + "__";
    }
    if (defines_slot(t, b, S_BIN + op) && !dict_get_str(val(t->dict), intern(nm[0][op]))) {
      add_slot_wrapper(t, nm[0][op].c_str(), S_BIN + op);
      add_slot_wrapper(t, nm[1][op].c_str(), S_RBIN + op);
    }
    if (defines_slot(t, b, S_IBIN + op) && !dict_get_str(val(t->dict), intern(nm[2][op])))
      add_slot_wrapper(t, nm[2][op].c_str(), S_IBIN + op);
  }
  if (t->new_fn && (!b || t->new_fn != b->new_fn) && !dict_get_str(val(t->dict), names.new_))
    type_add(t, "__new__", make_builtin_function("__new__", tp_new_wrapper, val(t)));
  type_modified(t);
  // Inherit what t leaves unset.
  if (b) {
#define INHERIT(field) \
  if (!t->field) t->field = b->field;
    INHERIT(dealloc) INHERIT(traverse) INHERIT(repr) INHERIT(str) INHERIT(richcompare) INHERIT(power3)
    INHERIT(negative) INHERIT(positive) INHERIT(invert) INHERIT(absolute) INHERIT(to_int) INHERIT(to_float)
    INHERIT(index) INHERIT(is_true) INHERIT(length) INHERIT(getitem) INHERIT(setitem) INHERIT(contains)
    INHERIT(getattr) INHERIT(setattr) INHERIT(call) INHERIT(iter) INHERIT(next) INHERIT(descr_get)
    INHERIT(descr_set) INHERIT(new_fn) INHERIT(init) INHERIT(seq_concat) INHERIT(seq_repeat)
    INHERIT(seq_inplace_concat) INHERIT(seq_inplace_repeat) INHERIT(hash) INHERIT(clear) INHERIT(finalize)
    for (int i = 0; i < kNumBinary; ++i) {
      INHERIT(binary[i]) INHERIT(inplace[i])
    }
#undef INHERIT
  }
}

// t's MRO; a type set up without type_ready gets one from its base chain.
Tuple* type_mro(Type* t) {
  if (t->mro) return t->mro;
  std::vector<Type*> chain;
  for (Type* k = t; k; k = k->base) chain.push_back(k);
  if (chain.back() != ObjectType) chain.push_back(ObjectType);
  Value m = make_tuple(chain.size());
  for (std::size_t i = 0; i < chain.size(); ++i) as_tuple(m)->items[i] = newref(val(chain[i]));
  t->mro = as_tuple(m);
  if (!t->bases) t->bases = as_tuple(t->base ? tuple_pack({val(t->base)}) : newref(empty_tuple()));
  return t->mro;
}

// ---------------------------------------------------------------- slot wrappers
// Converts a length/hash result to an int Value.
static Value int_or_null(std::int64_t n) { return n == -1 && has_error() ? Value() : make_int(n); }

// The function behind every slot wrapper: checks the arguments, calls owner's slot.
Value slot_wrapper_call(Type* owner, int slot, Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  auto want = [&](std::size_t n) -> bool {
    if (slot != S_CALL && slot != S_INIT && !no_kwargs("wrapper", kwnames)) return false;
    if (nargs == n) return true;
    if (n == 0)
      raise_fmt(TypeErrorType, "expected 0 arguments, got %s", {std::to_string(nargs)});
    else
      raise_fmt(TypeErrorType, "expected %s argument%s, got %s", {std::to_string(n), n == 1 ? "" : "s", std::to_string(nargs)});
    return false;
  };
  switch (slot) {
    case S_REPR: return want(0) ? owner->repr(self) : Value();
    case S_STR: return want(0) ? (owner->str ? owner->str(self) : repr(self)) : Value();
    case S_HASH: return want(0) ? int_or_null(owner->hash(self)) : Value();
    case S_LT: case S_LE: case S_EQ: case S_NE: case S_GT: case S_GE:
      return want(1) ? owner->richcompare(self, args[0], slot - S_LT) : Value();
    case S_BOOL: {
      if (!want(0)) return Value();
      int r = owner->is_true(self);
      return r < 0 ? Value() : newref(boolean(r));
    }
    case S_LEN: return want(0) ? int_or_null(owner->length(self)) : Value();
    case S_GETITEM: return want(1) ? owner->getitem(self, args[0]) : Value();
    case S_SETITEM:
      if (!want(2) || owner->setitem(self, args[0], args[1]) < 0) return Value();
      return newref(None());
    case S_DELITEM:
      if (!want(1) || owner->setitem(self, args[0], Value()) < 0) return Value();
      return newref(None());
    case S_CONTAINS: {
      if (!want(1)) return Value();
      int r = owner->contains(self, args[0]);
      return r < 0 ? Value() : newref(boolean(r));
    }
    case S_ITER: return want(0) ? owner->iter(self) : Value();
    case S_NEXT: {
      if (!want(0)) return Value();
      Value r = owner->next(self);
      if (!r && !has_error()) raise(StopIterationType, "");
      if (!r && has_error() && type_of(current_error()) == StopIterationType) {
        Exception* e = as_exc(current_error());
        if (e->args.is_object() && as_tuple(e->args)->length == 1 && is_str(as_tuple(e->args)->items[0]) &&
            as_str(as_tuple(e->args)->items[0])->length == 0) {
          Value a = e->args;
          e->args = newref(empty_tuple());
          decref(a);
        }
      }
      return r;
    }
    case S_CALL: return owner->call(self, args, nargs, kwnames);
    case S_GETATTRIBUTE:
      if (!want(1)) return Value();
      if (!is_str(args[0]))
        return raise_fmt(TypeErrorType, "attribute name must be string, not '%s'", {type_name(args[0])});
      return owner->getattr ? owner->getattr(self, as_str(args[0])) : generic_getattr(self, as_str(args[0]));
    case S_SETATTR:
    case S_DELATTR: {
      if (!want(slot == S_SETATTR ? 2 : 1)) return Value();
      if (!is_str(args[0]))
        return raise_fmt(TypeErrorType, "attribute name must be string, not '%s'", {type_name(args[0])});
      Value v = slot == S_SETATTR ? args[1] : Value();
      int r = owner->setattr ? owner->setattr(self, as_str(args[0]), v) : generic_setattr(self, as_str(args[0]), v);
      return r < 0 ? Value() : newref(None());
    }
    case S_NEG: return want(0) ? owner->negative(self) : Value();
    case S_POS: return want(0) ? owner->positive(self) : Value();
    case S_INVERT: return want(0) ? owner->invert(self) : Value();
    case S_ABS: return want(0) ? owner->absolute(self) : Value();
    case S_INT: return want(0) ? owner->to_int(self) : Value();
    case S_FLOAT: return want(0) ? owner->to_float(self) : Value();
    case S_INDEX: return want(0) ? owner->index(self) : Value();
    case S_GET: {
      if (nargs < 1 || nargs > 2) return raise_type_error("__get__(None, None) is invalid");
      Value obj = args[0] == None() ? Value() : args[0];
      Value tp = nargs > 1 && args[1] != None() ? args[1] : Value();
      if (!obj && !tp) return raise_type_error("__get__(None, None) is invalid");
      return owner->descr_get(self, obj, tp);
    }
    case S_SET:
      if (!want(2) || owner->descr_set(self, args[0], args[1]) < 0) return Value();
      return newref(None());
    case S_DELETE:
      if (!want(1) || owner->descr_set(self, args[0], Value()) < 0) return Value();
      return newref(None());
    case S_INIT:
      if (owner->init(self, args, nargs, kwnames) < 0) return Value();
      return newref(None());
    case S_CONCAT: return want(1) ? owner->seq_concat(self, args[0]) : Value();
    case S_REPEAT:
    case S_RREPEAT: return want(1) ? owner->seq_repeat(self, args[0]) : Value();
    case S_ICONCAT: return want(1) ? owner->seq_inplace_concat(self, args[0]) : Value();
    case S_IREPEAT: return want(1) ? owner->seq_inplace_repeat(self, args[0]) : Value();
    default: break;
  }
  if (slot >= S_IBIN) return want(1) ? owner->inplace[slot - S_IBIN](self, args[0]) : Value();
  if (slot >= S_RBIN) {
    int op = slot - S_RBIN;
    if (op == static_cast<int>(bytecode::BinOp::Power) && nargs == 2) return owner->power3(args[0], self, args[1]);
    return want(1) ? owner->binary[op](args[0], self) : Value();
  }
  int op = slot - S_BIN;
  if (op == static_cast<int>(bytecode::BinOp::Power) && nargs == 2) {
    if (!owner->power3) return newref(NotImplemented());
    return owner->power3(self, args[0], args[1]);
  }
  return want(1) ? owner->binary[op](self, args[0]) : Value();
}

// ---------------------------------------------------------------- the type type
// repr(C): "<class 'int'>" / "<class '__main__.C'>"
static Value type_repr(Value self) {
  Type* t = as_type(self);
  std::string s = "<class '";
  if (!t->module.empty() && t->module != "builtins") s += t->module + ".";
  s += t->qualname.empty() ? t->name : t->qualname;
  s += "'>";
  return make_str_utf8(s);
}

// Attribute lookup on a class: the metatype's data descriptors, then the class's MRO
// (descriptors bound with no instance), then the metatype's other attributes.
static Value type_getattr(Value self, Str* name) {
  Type* t = as_type(self);
  Type* meta = type_of(self);
  Value meta_attr = lookup_in_mro(meta, name);
  TernaryFn meta_get = nullptr;
  if (meta_attr) {
    Type* mt = type_of(meta_attr);
    meta_get = mt->descr_get;
    if (meta_get && mt->descr_set) return meta_get(meta_attr, self, val(meta));
  }
  Value attr = lookup_in_mro(t, name);
  if (attr) {
    Type* at = type_of(attr);
    if (at->descr_get) {
      incref(attr);
      Value r = at->descr_get(attr, Value(), self);
      decref(attr);
      return r;
    }
    return newref(attr);
  }
  if (meta_attr) return meta_get ? meta_get(meta_attr, self, val(meta)) : newref(meta_attr);
  return raise_fmt(AttributeErrorType, "type object '%s' has no attribute '%s'", {t->name, str_utf8_ref(name)});
}

// C.name = value: into the class dict (heap types only), then the slots are updated.
static int type_setattr(Value self, Str* name, Value value) {
  Type* t = as_type(self);
  if (!(t->flags & TF_HEAPTYPE)) {
    raise_fmt(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", {str_utf8_ref(name), t->name});
    return -1;
  }
  Value meta_attr = lookup_in_mro(type_of(self), name);
  if (meta_attr && type_of(meta_attr)->descr_set) return type_of(meta_attr)->descr_set(meta_attr, self, value);
  int r;
  if (value) {
    r = dict_set(val(t->dict), val(name), value);
  } else {
    int err = 0;
    if (!dict_lookup(t->dict, val(name), str_hash(name), &err)) {
      if (!err)
        raise_fmt(AttributeErrorType, "type object '%s' has no attribute '%s'", {t->name, str_utf8_ref(name)});
      return -1;
    }
    r = dict_del(val(t->dict), val(name));
  }
  type_modified(t);
  if (r == 0 && name->length > 4 && name->data[0] == '_' && name->data[1] == '_') type_update_slot(t, name);
  return r;
}

// Calls a class: type(x), or new + init of an instance.
Value type_call(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  Type* t = as_type(self);
  std::size_t nkw = kwnames ? kwnames->length : 0;
  if (t == TypeType && nargs == 1 && nkw == 0) return newref(val(type_of(args[0])));
  if (!t->new_fn) return raise_fmt(TypeErrorType, "cannot create '%s' instances", {t->name});
  Value obj = t->new_fn(t, args, nargs, kwnames);
  if (!obj || !isinstance_type(obj, t)) return obj;
  Type* ot = type_of(obj);
  if (ot->init && ot->init(obj, args, nargs, kwnames) < 0) {
    decref(obj);
    return Value();
  }
  return obj;
}

// The hooks of hooks.hpp (set by the VM).
Value (*current_module_name_hook)() = nullptr;
void (*unraisable_hook)(Value exc, Value obj) = nullptr;

// type.__new__(meta, name, bases, dict): makes a class.
static Value type_new(Type* meta, const Value* args, std::size_t nargs, Tuple* kwnames) {
  std::size_t nkw = kwnames ? kwnames->length : 0;
  if (meta == TypeType && nargs == 1 && nkw == 0) return newref(val(type_of(args[0])));
  if (nargs != 3) return raise_type_error("type() takes 1 or 3 arguments");
  if (!is_str(args[0]))
    return raise_fmt(TypeErrorType, "type.__new__() argument 1 must be str, not %s", {type_name(args[0])});
  if (!is_tuple(args[1]))
    return raise_fmt(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", {type_name(args[1])});
  if (!is_dict(args[2]))
    return raise_fmt(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", {type_name(args[2])});
  // the most derived metaclass of meta and the bases' (CPython's _PyType_CalculateMetaclass)
  Type* winner = meta;
  for (std::size_t i = 0; i < as_tuple(args[1])->length; ++i) {
    Type* bm = type_of(as_tuple(args[1])->items[i]);
    if (is_subtype(winner, bm)) continue;
    if (is_subtype(bm, winner)) {
      winner = bm;
      continue;
    }
    return raise_type_error(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses "
        "of all its bases");
  }
  if (winner != meta && winner->new_fn != meta->new_fn) return winner->new_fn(winner, args, nargs, kwnames);
  meta = winner;
  Value ns = newref(args[2]);
  if (!dict_get_str(ns, names.module) && current_module_name_hook) {
    // __module__: the calling code's __name__ (a class statement's body sets its own)
    if (Value mod = current_module_name_hook()) {
      decref(ns);
      ns = dict_copy(args[2]);
      dict_set(ns, val(names.module), mod);
      decref(mod);
    }
  }
  Type* t = make_heap_type_meta(meta, as_str(args[0]), as_tuple(args[1]), as_dict(ns), args + 3, kwnames);
  decref(ns);
  return t ? val(t) : Value();
}

// type.__init__: accepts what type.__new__ did.
static int type_init_fn(Value, const Value*, std::size_t nargs, Tuple*) {
  if (nargs != 1 && nargs != 3) {
    raise_type_error("type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

// The direct subclasses of each type, in creation order (for __subclasses__); a heap
// type leaves its bases' lists when freed.
static std::unordered_map<Type*, std::vector<Type*>>& subclass_lists() {
  static std::unordered_map<Type*, std::vector<Type*>> lists;
  return lists;
}
// Records t in the lists of its bases.
static void register_subclass(Type* t) {
  for (std::size_t i = 0; t->bases && i < t->bases->length; ++i) subclass_lists()[as_type(t->bases->items[i])].push_back(t);
}
// Removes t from the lists of its bases (and drops its own).
static void unregister_subclass(Type* t) {
  auto& lists = subclass_lists();
  for (std::size_t i = 0; t->bases && i < t->bases->length; ++i) {
    auto it = lists.find(as_type(t->bases->items[i]));
    if (it == lists.end()) continue;
    auto& v = it->second;
    v.erase(std::remove(v.begin(), v.end(), t), v.end());
    if (v.empty()) lists.erase(it);
  }
  lists.erase(t);
}

// The memory size of a heap type object whose metatype is meta (a metaclass may ask for
// more than a Type, e.g. for its __slots__).
static std::size_t heap_type_size(Type* meta) { return meta->basic_size > sizeof(Type) ? meta->basic_size : sizeof(Type); }

// Frees a heap type. (Its MRO holds it, so this only happens once the cycle collector
// cleared the MRO, or when the class never got one.)
static void type_dealloc(Object* o) {
  Type* t = static_cast<Type*>(o);
  if (!(t->flags & TF_HEAPTYPE)) return;
  unregister_subclass(t);
  type_modified(t);
  Type* meta = t->type;
  xdecref(t->dict ? val(t->dict) : Value());
  xdecref(t->bases ? val(t->bases) : Value());
  xdecref(t->mro ? val(t->mro) : Value());
  t->~Type();
  gc_free(t, heap_type_size(meta));
  if (meta->flags & TF_HEAPTYPE) decref(val(meta));
}

// Visits a heap type's references (its metatype, if a class, is visited by heap_traverse).
static void type_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  Type* t = static_cast<Type*>(o);
  if (t->dict) visit(val(t->dict), arg);
  if (t->bases) visit(val(t->bases), arg);
  if (t->mro) visit(val(t->mro), arg);
}

// Breaks a heap type's cycles (the cycle collector): empties its dict and drops its MRO
// (lookups then walk the base chain); the bases stay, instances' deallocs need them.
static void type_clear(Object* o) {
  Type* t = static_cast<Type*>(o);
  if (!(t->flags & TF_HEAPTYPE)) return;
  type_modified(t);
  if (t->dict && DictType->clear) DictType->clear(t->dict);
  if (Tuple* m = t->mro) {
    t->mro = nullptr;
    decref(val(m));
  }
}

// The __name__ attribute of type (getter).
static Value type_get_name(Value self) { return make_str_utf8(as_type(self)->name); }
// The __qualname__ attribute of type (getter).
static Value type_get_qualname(Value self) {
  Type* t = as_type(self);
  return make_str_utf8(t->qualname.empty() ? t->name : t->qualname);
}
// Sets the __name__ attribute of type.
static int type_set_name(Value self, Value v) {
  Type* t = as_type(self);
  if (!(t->flags & TF_HEAPTYPE) || !v || !is_str(v)) {
    raise_type_error(!v ? "cannot delete '__name__' attribute" : "can only assign string to __name__");
    return -1;
  }
  t->name = str_utf8_ref(as_str(v));
  return 0;
}
// Sets the __qualname__ attribute of type.
static int type_set_qualname(Value self, Value v) {
  Type* t = as_type(self);
  if (!(t->flags & TF_HEAPTYPE) || !v || !is_str(v)) {
    raise_type_error("can only assign string to __qualname__");
    return -1;
  }
  t->qualname = str_utf8_ref(as_str(v));
  return 0;
}
// __module__: the class dict's entry for heap types, "builtins" otherwise.
static Value type_get_module(Value self) {
  Type* t = as_type(self);
  if ((t->flags & TF_HEAPTYPE) && t->dict) {
    Value m = dict_get_str(val(t->dict), names.module);
    if (m) return newref(m);
  }
  return make_str_utf8(t->module);
}
// Sets the __module__ attribute of type.
static int type_set_module(Value self, Value v) {
  Type* t = as_type(self);
  if (!(t->flags & TF_HEAPTYPE) || !v) {
    raise_fmt(TypeErrorType, "cannot set '__module__' attribute of immutable type '%s'", {t->name});
    return -1;
  }
  if (is_str(v)) t->module = str_utf8_ref(as_str(v));
  return dict_set(val(t->dict), val(names.module), v);
}
// The __mro__ attribute of type (getter).
static Value type_get_mro(Value self) { return newref(val(type_mro(as_type(self)))); }
// The __bases__ attribute of type (getter).
static Value type_get_bases(Value self) {
  type_mro(as_type(self));
  return newref(val(as_type(self)->bases));
}
// The __base__ attribute of type (getter).
static Value type_get_base(Value self) {
  Type* b = as_type(self)->base;
  return newref(b ? val(b) : None());
}
// The __dict__ attribute of type (getter).
static Value type_get_dict(Value self) {
  Type* t = as_type(self);
  if (!t->dict) t->dict = as_dict(make_dict());
  return make_mappingproxy(val(t->dict));
}
// The __doc__ attribute of type (getter).
static Value type_get_doc(Value self) {
  if (!as_type(self)->dict) return newref(None());
  Value d = dict_get_str(val(as_type(self)->dict), names.doc);
  if (!d) return newref(None());
  if (type_of(d)->descr_get) return type_of(d)->descr_get(d, Value(), self);
  return newref(d);
}
// The __flags__ attribute of type (getter).
static Value type_get_flags(Value self) { return make_int(as_type(self)->flags); }

// C.mro(): the MRO as a list.
static Value type_mro_method(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("mro", nargs, 0)) return Value();
  Tuple* m = type_mro(as_type(self));
  Value l = make_list(m->length);
  for (std::size_t i = 0; i < m->length; ++i) as_list(l)->items[i] = newref(m->items[i]);
  return l;
}
// C.__subclasses__(): not tracked; an empty list.
static Value type_subclasses(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("__subclasses__", nargs, 0)) return Value();
  Value l = make_list(0);
  auto it = subclass_lists().find(as_type(self));
  if (it != subclass_lists().end())
    for (Type* sub : it->second) list_append(l, val(sub));
  return l;
}
// type.__prepare__(): a fresh dict for the class body.
static Value type_prepare(Value, const Value*, std::size_t, Tuple*) { return make_dict(); }
// C.__instancecheck__(x)
static Value type_instancecheck(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("__instancecheck__", nargs, 1)) return Value();
  return newref(boolean(isinstance_type(args[0], as_type(self))));
}
// C.__subclasscheck__(x)
static Value type_subclasscheck(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("__subclasscheck__", nargs, 1)) return Value();
  if (!is_type(args[0])) return raise_type_error("issubclass() arg 1 must be a class");
  return newref(boolean(is_subtype(as_type(args[0]), as_type(self))));
}

// Sets up `type`.
void init_type_type() {
  Type* t = TypeType;
  type_init(t, "type", ObjectType, sizeof(Type), TF_BASETYPE | TF_TYPE_SUBCLASS | TF_GC);
  t->dealloc = type_dealloc;
  t->traverse = type_traverse;
  t->clear = type_clear;
  t->repr = type_repr;
  t->getattr = type_getattr;
  t->setattr = type_setattr;
  t->call = type_call;
  t->new_fn = type_new;
  t->init = type_init_fn;
  t->hash = hash_pointer;
  add_getset(t, "__name__", type_get_name, type_set_name);
  add_getset(t, "__qualname__", type_get_qualname, type_set_qualname);
  add_getset(t, "__module__", type_get_module, type_set_module);
  add_getset(t, "__mro__", type_get_mro);
  add_getset(t, "__bases__", type_get_bases);
  add_getset(t, "__base__", type_get_base);
  add_getset(t, "__dict__", type_get_dict);
  add_getset(t, "__doc__", type_get_doc);
  add_getset(t, "__flags__", type_get_flags);
  add_method(t, "mro", type_mro_method);
  add_method(t, "__subclasses__", type_subclasses);
  add_method(t, "__instancecheck__", type_instancecheck);
  add_method(t, "__subclasscheck__", type_subclasscheck);
  add_classmethod(t, "__prepare__", type_prepare);
  type_ready(t);
}

// ---------------------------------------------------------------- heap types: slots
// Calls the dunder `name` of self's class with args; *found false if the class has none.
static Value call_dunder(Value self, Str* name, std::initializer_list<Value> args, bool* found = nullptr) {
  return call_special(self, name, args.begin(), args.size(), found);
}

// The repr slot of classes: calls the class's dunder method.
static Value heap_repr(Value self) { return call_dunder(self, names.repr, {}); }
// The str slot of classes: calls the class's dunder method.
static Value heap_str(Value self) { return call_dunder(self, names.str, {}); }

// hash(self) through __hash__: an int result that fits 64 bits as it is (-1 becomes -2),
// a bigger one reduced as hash(int) does, as CPython.
static std::int64_t heap_hash(Value self) {
  Value f = lookup_in_mro(type_of(self), names.hash);
  if (!f || f == None()) return hash_not_implemented(self);
  Value r = call_dunder(self, names.hash, {});
  if (!r) return -1;
  if (!is_int(r)) {
    decref(r);
    raise_type_error("__hash__ method should return an integer");
    return -1;
  }
  std::int64_t h;
  if (int_to_int64(r, h)) {  // a result that fits a hash is used as it is (CPython)
    if (h == -1) h = -2;
  } else {
    h = hash_int(r);
  }
  decref(r);
  return h;
}

// The dunder of a comparison op.
static Str* cmp_name(int op) {
  switch (op) {
    case 0: return names.lt;
    case 1: return names.le;
    case 2: return names.eq;
    case 3: return names.ne;
    case 4: return names.gt;
    default: return names.ge;
  }
}

// a op b through __lt__ ... (NotImplemented when the class has none).
static Value heap_richcompare(Value a, Value b, int op) {
  bool found = false;
  Value r = call_dunder(a, cmp_name(op), {b}, &found);
  if (!found && !has_error()) return newref(NotImplemented());
  return r;
}

// Whether t's slot for binary op comes from a Python-level method (so the heap slot applies).
static bool uses_heap_binary(Type* t, int op);

// a op b for classes with __add__/__radd__: CPython's rules for which side runs first.
static Value heap_binary(Value a, Value b, int op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool a_heap = uses_heap_binary(ta, op);
  bool do_other = ta != tb && uses_heap_binary(tb, op);
  if (a_heap) {
    // b's reflected method first only when b's class overrides the one a's class has
    // (CPython's method_is_overloaded)
    if (do_other && is_subtype(tb, ta) && lookup_in_mro(tb, names.rbinary[op]) != lookup_in_mro(ta, names.rbinary[op])) {
      bool found = false;
      Value r = call_dunder(b, names.rbinary[op], {a}, &found);
      if (found || has_error()) {
        if (r != NotImplemented()) return r;
        decref(r);
      }
      do_other = false;
    }
    bool found = false;
    Value r = call_dunder(a, names.binary[op], {b}, &found);
    if (found || has_error()) {
      if (r != NotImplemented() || ta == tb) return r;
      decref(r);
    }
  }
  if (do_other) {
    bool found = false;
    Value r = call_dunder(b, names.rbinary[op], {a}, &found);
    if (found || has_error()) return r;
  }
  return newref(NotImplemented());
}
#define HEAP_BIN(op) \
  static Value heap_binary_##op(Value a, Value b) { return heap_binary(a, b, op); }
HEAP_BIN(0) HEAP_BIN(1) HEAP_BIN(2) HEAP_BIN(3) HEAP_BIN(4) HEAP_BIN(5) HEAP_BIN(6) HEAP_BIN(7) HEAP_BIN(8)
HEAP_BIN(9) HEAP_BIN(10) HEAP_BIN(11) HEAP_BIN(12)
#undef HEAP_BIN
static const BinaryFn kHeapBinary[13] = {heap_binary_0, heap_binary_1, heap_binary_2, heap_binary_3, heap_binary_4,
                                         heap_binary_5, heap_binary_6, heap_binary_7, heap_binary_8, heap_binary_9,
                                         heap_binary_10, heap_binary_11, heap_binary_12};
// Whether t's op slot calls Python-level __op__/__rop__.
static bool uses_heap_binary(Type* t, int op) { return t->binary[op] == kHeapBinary[op]; }

// a op= b through __iadd__ ...
static Value heap_inplace(Value a, Value b, int op) {
  bool found = false;
  Value r = call_dunder(a, names.ibinary[op], {b}, &found);
  if (!found && !has_error()) return newref(NotImplemented());
  return r;
}
#define HEAP_IBIN(op) \
  static Value heap_inplace_##op(Value a, Value b) { return heap_inplace(a, b, op); }
HEAP_IBIN(0) HEAP_IBIN(1) HEAP_IBIN(2) HEAP_IBIN(3) HEAP_IBIN(4) HEAP_IBIN(5) HEAP_IBIN(6) HEAP_IBIN(7) HEAP_IBIN(8)
HEAP_IBIN(9) HEAP_IBIN(10) HEAP_IBIN(11) HEAP_IBIN(12)
#undef HEAP_IBIN
static const BinaryFn kHeapInplace[13] = {heap_inplace_0, heap_inplace_1, heap_inplace_2, heap_inplace_3,
                                          heap_inplace_4, heap_inplace_5, heap_inplace_6, heap_inplace_7,
                                          heap_inplace_8, heap_inplace_9, heap_inplace_10, heap_inplace_11,
                                          heap_inplace_12};

// pow(a, b, c) through __pow__.
static Value heap_power3(Value a, Value b, Value c) {
  bool found = false;
  Value r = call_dunder(a, names.pow, {b, c}, &found);
  if (!found && !has_error()) return newref(NotImplemented());
  return r;
}

// The neg slot of classes: calls the class's dunder method.
static Value heap_neg(Value v) { return call_dunder(v, names.neg, {}); }
// The pos slot of classes: calls the class's dunder method.
static Value heap_pos(Value v) { return call_dunder(v, names.pos, {}); }
// The invert slot of classes: calls the class's dunder method.
static Value heap_invert(Value v) { return call_dunder(v, names.invert, {}); }
// The abs slot of classes: calls the class's dunder method.
static Value heap_abs(Value v) { return call_dunder(v, names.abs, {}); }
// The int slot of classes: calls the class's dunder method.
static Value heap_int(Value v) { return call_dunder(v, names.int_, {}); }
// The float slot of classes: calls the class's dunder method.
static Value heap_float(Value v) { return call_dunder(v, names.float_, {}); }
// The index slot of classes: calls the class's dunder method.
static Value heap_index(Value v) { return call_dunder(v, names.index, {}); }

// len(self) through __len__.
static std::int64_t heap_length(Value self) {
  Value r = call_dunder(self, names.len, {});
  if (!r) return -1;
  if (!is_int(r)) {
    raise_fmt(TypeErrorType, "'%s' object cannot be interpreted as an integer", {type_name(r)});
    decref(r);
    return -1;
  }
  std::int64_t n;
  bool ok = int_to_int64(r, n);
  int sign = int_sign(r);
  decref(r);
  if (sign < 0) {
    raise(ValueErrorType, "__len__() should return >= 0");
    return -1;
  }
  if (!ok) {
    raise(OverflowErrorType, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  return n;
}

// bool(self) through __bool__, else __len__.
static int heap_is_true(Value self) {
  bool found = false;
  Value r = call_dunder(self, names.bool_, {}, &found);
  if (found) {
    if (!r) return -1;
    if (r == True() || r == False()) {
      int b = r == True();
      decref(r);
      return b;
    }
    raise_fmt(TypeErrorType, "__bool__ should return bool, returned %s", {type_name(r)});
    decref(r);
    return -1;
  }
  if (has_error()) return -1;
  if (lookup_in_mro(type_of(self), names.len)) {
    std::int64_t n = heap_length(self);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

// The getitem slot of classes: calls the class's dunder method.
static Value heap_getitem(Value self, Value key) { return call_dunder(self, names.getitem, {key}); }
// self[key] = value / del self[key]
static int heap_setitem(Value self, Value key, Value value) {
  bool found = false;
  Value r = value ? call_dunder(self, names.setitem, {key, value}, &found)
                  : call_dunder(self, names.delitem, {key}, &found);
  if (!found && !has_error()) {
    raise_fmt(AttributeErrorType, value ? "__setitem__" : "__delitem__", {});
    return -1;
  }
  if (!r) return -1;
  decref(r);
  return 0;
}
// item in self through __contains__.
static int heap_contains(Value self, Value item) {
  Value r = call_dunder(self, names.contains, {item});
  if (!r) return -1;
  int b = is_true(r);
  decref(r);
  return b;
}
// iter(self) through __iter__.
static Value heap_iter(Value self) {
  Value f = lookup_in_mro(type_of(self), names.iter);
  if (f == None()) return raise_fmt(TypeErrorType, "'%s' object is not iterable", {type_name(self)});
  return call_dunder(self, names.iter, {});
}
// next(self) through __next__; StopIteration becomes "exhausted" (null, no error).
static Value heap_next(Value self) {
  Value r = call_dunder(self, names.next, {});
  if (!r && has_error() && isinstance_type(current_error(), StopIterationType)) clear_error();
  return r;
}
// self(...) through __call__.
static Value heap_call(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  Value f = lookup_in_mro(type_of(self), names.call);
  if (!f) return raise_fmt(TypeErrorType, "'%s' object is not callable", {type_name(self)});
  incref(f);
  Value r = call_unbound(f, self, args, nargs, kwnames);
  decref(f);
  return r;
}
// self.name through __getattribute__ and __getattr__.
static Value heap_getattr(Value self, Str* name) {
  Type* t = type_of(self);
  Value ga = lookup_in_mro(t, names.getattribute);
  Value r;
  if (ga && type_of(ga) != WrapperDescrType) {
    r = call_dunder(self, names.getattribute, {val(name)});
  } else {
    r = generic_getattr(self, name);
  }
  if (r || !isinstance_type(current_error(), AttributeErrorType)) return r;
  Value gf = lookup_in_mro(t, names.getattr);
  if (!gf) return r;
  clear_error();
  return call_dunder(self, names.getattr, {val(name)});
}
// self.name = value through __setattr__ / __delattr__.
static int heap_setattr(Value self, Str* name, Value value) {
  Value r = value ? call_dunder(self, names.setattr, {val(name), value}) : call_dunder(self, names.delattr, {val(name)});
  if (!r) return -1;
  decref(r);
  return 0;
}
// descriptor __get__(obj, type)
static Value heap_descr_get(Value self, Value obj, Value type) {
  return call_dunder(self, names.get, {obj ? obj : None(), type ? type : None()});
}
// descriptor __set__ / __delete__
static int heap_descr_set(Value self, Value obj, Value value) {
  Value r = value ? call_dunder(self, names.set, {obj, value}) : call_dunder(self, names.delete_, {obj});
  if (!r) return -1;
  decref(r);
  return 0;
}
// __init__(self, ...): must return None.
static int heap_init(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  Value f = lookup_in_mro(type_of(self), names.init);
  if (!f) return 0;
  incref(f);
  Value r = call_unbound(f, self, args, nargs, kwnames);
  decref(f);
  if (!r) return -1;
  if (r != None()) {
    raise_fmt(TypeErrorType, "__init__() should return None, not '%s'", {type_name(r)});
    decref(r);
    return -1;
  }
  decref(r);
  return 0;
}
// __new__(cls, ...): a static method of the class.
static Value heap_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames) {
  Value f = lookup_in_mro(t, names.new_);
  if (!f) return object_new(t, args, nargs, kwnames);
  Type* ft = type_of(f);
  Value fn = ft->descr_get && ft != BuiltinFunctionType ? ft->descr_get(f, Value(), val(t)) : newref(f);
  if (!fn) return Value();
  std::size_t nkw = kwnames ? kwnames->length : 0;
  std::vector<Value> buf(nargs + nkw + 1);
  buf[0] = val(t);
  for (std::size_t i = 0; i < nargs + nkw; ++i) buf[i + 1] = args[i];
  Value r = call(fn, buf.data(), nargs + 1, kwnames);
  decref(fn);
  return r;
}

// The solid (layout-defining) built-in type under t.
static Type* solid_base(Type* t) {
  while (t->flags & TF_HEAPTYPE) t = t->base;
  return t;
}

// Releases the __slots__ values and the __dict__ an instance of a class owns.
static void drop_dict_and_slots(Object* o) {
  Type* t = o->type;
  Type* solid = solid_base(t);
  for (Type* k = t; k && (k->flags & TF_HEAPTYPE); k = k->base) {
    Value* slots = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + k->slots_offset);
    for (std::uint32_t i = 0; i < k->nslots; ++i) {
      Value v = slots[i];
      slots[i] = Value();
      xdecref(v);
    }
  }
  if (t->dict_offset && t->dict_offset != solid->dict_offset) {
    Dict** dp = reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + t->dict_offset);
    if (Dict* d = *dp) {
      *dp = nullptr;
      decref(val(d));
    }
  }
}

// Calls o.__del__ (del: the function found on its class) with the current exception put
// aside. An error in it is dropped (CPython prints "Exception ignored in ...").
static void call_del(Object* o, Value del) {
  Value saved = take_error();
  Value r = call_unbound(del, val(o), nullptr, 0);
  if (r) {
    decref(r);
  } else {  // "Exception ignored in: ..." through the VM's hook
    Value exc = take_error();
    if (unraisable_hook && exc) unraisable_hook(exc, del);
    xdecref(exc);
  }
  if (saved) {
    set_error(saved);
    decref(saved);
  }
}

// The finalizer of an instance of a class (the cycle collector calls it once): __del__.
static void heap_finalize(Object* o) {
  if (Value del = lookup_in_mro(o->type, names.del)) call_del(o, del);
}

// Frees an instance of a class: __del__ (once in the object's life, PEP 442), its
// __dict__ and slots, then the built-in base's dealloc.
static void heap_dealloc(Object* o) {
  Type* t = o->type;
  if (!gc_is_finalized(o)) {
    if (Value del = lookup_in_mro(t, names.del)) {
      gc_set_finalized(o);
      o->refcnt = 1;  // resurrect for the call
      call_del(o, del);
      if (--o->refcnt != 0) {  // resurrected: tracked again
        gc_track(o);
        return;
      }
    }
  }
  drop_dict_and_slots(o);
  solid_base(t)->dealloc(o);  // ends with free_instance, which drops the reference to t
}

// Drops an instance's __dict__ and slots, then its base's references (the cycle collector
// breaking a cycle).
static void heap_clear(Object* o) {
  drop_dict_and_slots(o);
  Type* solid = solid_base(o->type);
  if (solid->clear) solid->clear(o);
}

// Visits an instance's __dict__ (and its base's references).
static void heap_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  Type* t = o->type;
  Type* solid = solid_base(t);
  if (t->dict_offset && t->dict_offset != solid->dict_offset) {
    Dict* d = *reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + t->dict_offset);
    if (d) visit(val(d), arg);
  }
  for (Type* k = t; k && (k->flags & TF_HEAPTYPE); k = k->base) {
    Value* slots = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + k->slots_offset);
    for (std::uint32_t i = 0; i < k->nslots; ++i)
      if (slots[i].is_object()) visit(slots[i], arg);
  }
  if (solid->traverse) solid->traverse(o, visit, arg);
  visit(val(t), arg);
}

// Which slot applies for the dunders `names_` of t: 0 none defined, 1 only built-in
// slot wrappers (inherit the base's slot), 2 a Python-level definition (heap slot).
static int slot_kind(Type* t, std::initializer_list<Str*> names_) {
  int kind = 0;
  for (Str* n : names_) {
    Value f = lookup_in_mro(t, n);
    if (!f) continue;
    if (type_of(f) == WrapperDescrType ||
        (type_of(f) == BuiltinFunctionType && static_cast<BuiltinFunction*>(f.obj())->fn == tp_new_wrapper)) {
      if (kind < 1) kind = 1;
    } else {
      return 2;
    }
  }
  return kind;
}

// Sets every slot of heap type t from its MRO's dunders.
static void update_slots(Type* t) {
  Type* b = t->base;
#define PICK(field, heapfn, ...)                                 \
  do {                                                           \
    int k = slot_kind(t, {__VA_ARGS__});                         \
    t->field = k == 2 ? heapfn : b->field;                       \
  } while (0)
  PICK(repr, heap_repr, names.repr);
  PICK(str, heap_str, names.str);
  PICK(richcompare, heap_richcompare, names.lt, names.le, names.eq, names.ne, names.gt, names.ge);
  {
    Value h = lookup_in_mro(t, names.hash);
    if (h == None())
      t->hash = hash_not_implemented;
    else
      PICK(hash, heap_hash, names.hash);
  }
  for (int op = 0; op < kNumBinary; ++op) {
    PICK(binary[op], kHeapBinary[op], names.binary[op], names.rbinary[op]);
    PICK(inplace[op], kHeapInplace[op], names.ibinary[op]);
  }
  PICK(power3, heap_power3, names.binary[static_cast<int>(bytecode::BinOp::Power)]);
  PICK(negative, heap_neg, names.neg);
  PICK(positive, heap_pos, names.pos);
  PICK(invert, heap_invert, names.invert);
  PICK(absolute, heap_abs, names.abs);
  PICK(to_int, heap_int, names.int_);
  PICK(to_float, heap_float, names.float_);
  PICK(index, heap_index, names.index);
  PICK(is_true, heap_is_true, names.bool_, names.len);
  PICK(length, heap_length, names.len);
  PICK(getitem, heap_getitem, names.getitem);
  PICK(setitem, heap_setitem, names.setitem, names.delitem);
  PICK(contains, heap_contains, names.contains);
  PICK(iter, heap_iter, names.iter);
  PICK(next, heap_next, names.next);
  PICK(call, heap_call, names.call);
  PICK(getattr, heap_getattr, names.getattribute, names.getattr);
  PICK(setattr, heap_setattr, names.setattr, names.delattr);
  PICK(descr_get, heap_descr_get, names.get);
  PICK(descr_set, heap_descr_set, names.set, names.delete_);
  PICK(init, heap_init, names.init);
  PICK(new_fn, heap_new, names.new_);
#undef PICK
  t->seq_concat = b->seq_concat;
  t->seq_repeat = b->seq_repeat;
  t->seq_inplace_concat = b->seq_inplace_concat;
  t->seq_inplace_repeat = b->seq_inplace_repeat;
  if (t->binary[0] == kHeapBinary[0]) t->seq_concat = nullptr;
  if (t->binary[5] == kHeapBinary[5]) t->seq_repeat = nullptr;
  if (t->inplace[0] == kHeapInplace[0]) t->seq_inplace_concat = nullptr;
  if (t->inplace[5] == kHeapInplace[5]) t->seq_inplace_repeat = nullptr;
}

// Recomputes t's slots after C.name was set or deleted.
void type_update_slot(Type* t, Str*) {
  if (t->flags & TF_HEAPTYPE) update_slots(t);
}

// ---------------------------------------------------------------- heap types: making
// The C3 linearization of t with bases; null with TypeError if there is none.
static Value c3_mro(Type* t, Tuple* bases) {
  std::vector<std::vector<Type*>> seqs;
  for (std::size_t i = 0; i < bases->length; ++i) {
    Type* b = as_type(bases->items[i]);
    std::vector<Type*> s;
    Tuple* bm = type_mro(b);
    for (std::size_t j = 0; j < bm->length; ++j) s.push_back(as_type(bm->items[j]));
    seqs.push_back(std::move(s));
  }
  {
    std::vector<Type*> s;
    for (std::size_t i = 0; i < bases->length; ++i) s.push_back(as_type(bases->items[i]));
    seqs.push_back(std::move(s));
  }
  std::vector<Type*> out{t};
  std::vector<std::size_t> pos(seqs.size(), 0);
  for (;;) {
    bool all_empty = true;
    Type* pick = nullptr;
    for (std::size_t i = 0; i < seqs.size() && !pick; ++i) {
      if (pos[i] >= seqs[i].size()) continue;
      all_empty = false;
      Type* cand = seqs[i][pos[i]];
      bool in_tail = false;
      for (std::size_t j = 0; j < seqs.size() && !in_tail; ++j)
        for (std::size_t k = pos[j] + 1; k < seqs[j].size(); ++k)
          if (seqs[j][k] == cand) {
            in_tail = true;
            break;
          }
      if (!in_tail) pick = cand;
    }
    if (all_empty) break;
    if (!pick) {
      // CPython names the heads of the lists still to merge, each once
      std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases";
      std::vector<Type*> heads;
      for (std::size_t i = 0; i < seqs.size(); ++i) {
        if (pos[i] >= seqs[i].size()) continue;
        Type* h = seqs[i][pos[i]];
        if (std::find(heads.begin(), heads.end(), h) == heads.end()) heads.push_back(h);
      }
      for (std::size_t i = 0; i < heads.size(); ++i) msg += (i ? ", " : " ") + heads[i]->name;
      return raise(TypeErrorType, msg);
    }
    out.push_back(pick);
    for (std::size_t i = 0; i < seqs.size(); ++i)
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == pick) ++pos[i];
  }
  Value m = make_tuple(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) as_tuple(m)->items[i] = newref(val(out[i]));
  return m;
}

// __dict__ of an instance: made on demand.
static Value instance_get_dict(Value self) {
  Dict** dp = instance_dict_ptr(self);
  if (!dp) return raise_type_error("This object has no __dict__");
  if (!*dp) *dp = as_dict(make_dict());
  if (!*dp) return Value();
  gc_set_hidden(*dp, false);  // seen: now an object gc.collect() counts
  return newref(val(*dp));
}
// obj.__dict__ = d
static int instance_set_dict(Value self, Value v) {
  Dict** dp = instance_dict_ptr(self);
  if (!v) {
    raise_type_error("cannot delete __dict__");
    return -1;
  }
  if (!is_dict(v)) {
    raise_fmt(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", {type_name(v)});
    return -1;
  }
  Dict* old = *dp;
  *dp = as_dict(newref(v));
  if (old) decref(val(old));
  return 0;
}

// Makes a class of metatype `meta` (see core.hpp).
Type* make_heap_type_meta(Type* meta, Str* name, Tuple* bases, Dict* dict, const Value* kwvals, Tuple* kwnames) {
  Value default_bases;
  if (bases->length == 0) {
    default_bases = tuple_pack({val(ObjectType)});
    bases = as_tuple(default_bases);
  } else {
    default_bases = newref(val(bases));
  }
  Ref bases_ref(default_bases);
  // The bases must be classes that allow subclassing; the layouts must agree.
  Type* winner = nullptr;
  Type* best = nullptr;
  for (std::size_t i = 0; i < bases->length; ++i) {
    Value bv = bases->items[i];
    if (!is_type(bv)) {
      raise_fmt(TypeErrorType, "bases must be types", {});
      return nullptr;
    }
    Type* b = as_type(bv);
    if (!(b->flags & TF_BASETYPE)) {
      raise_fmt(TypeErrorType, "type '%s' is not an acceptable base type", {b->name});
      return nullptr;
    }
    for (std::size_t j = 0; j < i; ++j)
      if (bases->items[j] == bv) {
        raise_fmt(TypeErrorType, "duplicate base class %s", {b->name});
        return nullptr;
      }
    Type* s = solid_base(b);
    if (!winner || (s != winner && is_subtype(s, winner))) {
      winner = s;
      best = b;
    } else if (!is_subtype(winner, s)) {
      raise_type_error("multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  Value mro = c3_mro(nullptr, bases);
  if (!mro) return nullptr;
  void* mem = gc_alloc_zeroed(heap_type_size(meta));
  if (!mem) {
    decref(mro);
    raise_no_memory();
    return nullptr;
  }
  auto* t = new (mem) Type();
  t->refcnt = 1;
  t->type = meta;
  if (meta->flags & TF_HEAPTYPE) incref(val(meta));
  t->name = str_utf8_ref(name);
  t->base = best;
  t->bases = as_tuple(newref(val(bases)));
  as_tuple(mro)->items[0] = newref(val(t));  // c3_mro put null first (a cycle: the collector frees classes)
  t->mro = as_tuple(mro);
  t->flags = TF_HEAPTYPE | TF_BASETYPE | TF_GC;
  for (std::size_t i = 0; i < bases->length; ++i)
    t->flags |= as_type(bases->items[i])->flags & (TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_TUPLE_SUBCLASS |
                                                   TF_LIST_SUBCLASS | TF_DICT_SUBCLASS | TF_EXC_SUBCLASS |
                                                   TF_TYPE_SUBCLASS | TF_FLOAT_SUBCLASS);
  t->dict = as_dict(dict_copy(val(dict)));
  // __qualname__ and __module__ from the class body.
  if (Value q = dict_get_str(val(t->dict), names.qualname)) {
    if (is_str(q)) t->qualname = str_utf8_ref(as_str(q));
    dict_del(val(t->dict), val(names.qualname));
  } else {
    t->qualname = t->name;
  }
  if (Value m = dict_get_str(val(t->dict), names.module); m && is_str(m)) t->module = str_utf8_ref(as_str(m));
  // __init_subclass__ and __class_getitem__ given as plain functions are classmethods
  for (const char* special : {"__init_subclass__", "__class_getitem__"}) {
    Value f = dict_get_str(val(t->dict), intern(special));
    if (!f || !(type_of(f)->flags & TF_METHOD_DESCRIPTOR)) continue;
    Value cm = call(val(ClassMethodType), &f, 1);
    if (!cm) {
      decref(val(t));
      return nullptr;
    }
    dict_set(val(t->dict), val(intern(special)), cm);
    decref(cm);
  }
  // Instance layout: the best base's, then this class's __slots__, plus a __dict__ slot
  // unless the base has one or __slots__ leaves it out.
  t->basic_size = best->basic_size;
  t->dict_offset = best->dict_offset;
  bool want_dict = true, want_weakref = true;
  if (Value slots = dict_get_str(val(t->dict), names.slots)) {
    Value seq = is_str(slots) ? tuple_pack({slots}) : tuple_from_iterable(slots);
    if (!seq) {
      decref(val(t));
      return nullptr;
    }
    want_dict = false;
    want_weakref = false;
    std::vector<Str*> own;
    if (as_tuple(seq)->length && (winner == IntType || winner == TupleType || winner == BytesType)) {
      // variable-size instances: no room for slots after the items (CPython's itemsize check)
      raise_fmt(TypeErrorType, "nonempty __slots__ not supported for subtype of '%s'", {winner->name});
      decref(seq);
      decref(val(t));
      return nullptr;
    }
    for (std::size_t i = 0; i < as_tuple(seq)->length; ++i) {
      Value n = as_tuple(seq)->items[i];
      if (!is_str(n)) {
        raise_fmt(TypeErrorType, "__slots__ items must be strings, not '%s'", {type_name(n)});
        decref(seq);
        decref(val(t));
        return nullptr;
      }
      const std::string& ns = str_utf8_ref(as_str(n));
      if (ns == "__dict__") {
        want_dict = true;
        continue;
      }
      if (ns == "__weakref__") {
        want_weakref = true;
        continue;
      }
      if (dict_get_str(val(t->dict), as_str(n))) {
        raise_fmt(ValueErrorType, "'%s' in __slots__ conflicts with class variable", {ns});
        decref(seq);
        decref(val(t));
        return nullptr;
      }
      own.push_back(intern(ns));
    }
    decref(seq);
    if (t->basic_size < sizeof(Object)) t->basic_size = sizeof(Object);
    if (winner == ObjectType && best->dict_offset == 0 && !(best->flags & TF_HEAPTYPE)) t->basic_size = sizeof(Object);
    std::size_t off = (t->basic_size + 7) & ~std::size_t{7};
    t->slots_offset = static_cast<std::uint32_t>(off);
    t->nslots = static_cast<std::uint32_t>(own.size());
    for (std::size_t i = 0; i < own.size(); ++i) {
      Value d = make_member_descr(t, own[i], off + i * sizeof(Value));
      dict_set(val(t->dict), val(own[i]), d);
      decref(d);
    }
    t->basic_size = off + own.size() * sizeof(Value);
  }
  // A metaclass's instances are classes: their attributes live in the type's own dict.
  if (t->flags & TF_TYPE_SUBCLASS) want_dict = false;
  if (!t->dict_offset && want_dict) {
    if (winner == ObjectType && t->basic_size <= sizeof(Object)) {
      t->basic_size = sizeof(Instance);
      Instance probe;
      t->dict_offset = reinterpret_cast<char*>(&probe.dict) - reinterpret_cast<char*>(&probe);
    } else {
      std::size_t off = (t->basic_size + 7) & ~std::size_t{7};
      t->dict_offset = static_cast<std::ptrdiff_t>(off);
      t->basic_size = off + sizeof(Dict*);
    }
    if (!dict_get_str(val(t->dict), names.dict)) add_getset(t, "__dict__", instance_get_dict, instance_set_dict);
  }
  // __weakref__, as CPython adds it (there are no weak references yet: it reads None),
  // unless a base has one or cannot have one (int, tuple, bytes: variable size).
  if (want_weakref && !dict_get_str(val(t->dict), names.weakref) && !lookup_in_mro(best, names.weakref) &&
      !(winner->flags & (TF_INT_SUBCLASS | TF_TUPLE_SUBCLASS | TF_TYPE_SUBCLASS)) && !is_subtype(winner, BytesType) &&
      !is_subtype(winner, SetType) && !is_subtype(winner, FrozenSetType))
    add_getset(t, "__weakref__", [](Value) { return newref(None()); });
  if (dict_get_str(val(t->dict), names.eq) && !dict_get_str(val(t->dict), names.hash))
    dict_set(val(t->dict), val(names.hash), None());
  if (!dict_get_str(val(t->dict), names.doc)) dict_set(val(t->dict), val(names.doc), None());
  t->dealloc = heap_dealloc;
  t->traverse = heap_traverse;
  t->clear = heap_clear;
  t->finalize = heap_finalize;
  type_modified(t);
  update_slots(t);
  register_subclass(t);
  // __set_name__ on the class attributes, then the parent's __init_subclass__.
  {
    std::size_t pos = 0;
    Value k, v;
    Ref snapshot(dict_copy(val(t->dict)));
    while (dict_next(as_dict(snapshot.get()), pos, k, v)) {
      Value f = lookup_in_mro(type_of(v), names.set_name);
      if (!f) continue;
      Value args[2] = {val(t), k};
      Value r = call_unbound(f, v, args, 2);
      if (!r) {
        // RuntimeError("Error calling __set_name__ on ...") caused by the error (3.11)
        Value cause = take_error();
        Value kr = repr(k);
        std::string krs = kr ? str_utf8_ref(as_str(kr)) : "?";
        xdecref(kr);
        raise_fmt(RuntimeErrorType, "Error calling __set_name__ on '%s' instance %s in '%s'",
                  {type_name(v), krs, t->name});
        Value err = take_error();
        auto* e = static_cast<Exception*>(err.obj());
        e->cause = newref(cause);
        e->context = newref(cause);
        e->suppress_context = true;
        set_error(err);
        decref(err);
        decref(cause);
        decref(val(t));
        return nullptr;
      }
      decref(r);
    }
  }
  // The parent's __init_subclass__ (a plain function there is an implicit classmethod).
  std::size_t nkw = kwnames ? kwnames->length : 0;
  for (std::size_t i = 1; i < t->mro->length; ++i) {
    Type* k = as_type(t->mro->items[i]);
    if (!k->dict) continue;
    Value f = dict_get_str(val(k->dict), names.init_subclass);
    if (!f) continue;
    Type* ft = type_of(f);
    Value r;
    if (ft == ClassMethodDescrType && k == ObjectType) {
      if (nkw) {
        raise_fmt(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", {t->name});
        r = Value();
      } else {
        r = newref(None());
      }
    } else if (ft == ClassMethodType || ft == ClassMethodDescrType) {
      Value bound = ft->descr_get(f, Value(), val(t));
      r = bound ? call(bound, kwvals, 0, kwnames) : Value();
      xdecref(bound);
    } else {
      std::vector<Value> buf(nkw + 1);
      buf[0] = val(t);
      for (std::size_t j = 0; j < nkw; ++j) buf[j + 1] = kwvals[j];
      r = call(f, buf.data(), 1, kwnames);
    }
    if (!r) {
      decref(val(t));
      return nullptr;
    }
    decref(r);
    break;
  }
  return t;
}

// Makes a class with metatype `type`.
Type* make_heap_type(Str* name, Tuple* bases, Dict* dict) { return make_heap_type_meta(TypeType, name, bases, dict); }

}  // namespace peppy::objects
