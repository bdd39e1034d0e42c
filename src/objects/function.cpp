// function.cpp: built-in callables and descriptors: builtin_function_or_method (module
// functions and bound built-in methods), method_descriptor and classmethod_descriptor
// (methods in a built-in type's dict), wrapper_descriptor / method-wrapper (the slot
// wrappers: int.__add__, object.__init__) and getset_descriptor (computed attributes),
// plus the helpers that put them into type dicts.
#include <cstdio>
#include <vector>

#include "objects/core.hpp"
#include "objects/slots.hpp"

namespace peppy::objects {

static Type g_builtin_function, g_method_descr, g_classmethod_descr, g_wrapper_descr, g_method_wrapper, g_getset;
Type* const BuiltinFunctionType = &g_builtin_function;
Type* const MethodDescrType = &g_method_descr;
Type* const ClassMethodDescrType = &g_classmethod_descr;
Type* const WrapperDescrType = &g_wrapper_descr;
Type* const MethodWrapperType = &g_method_wrapper;
Type* const GetSetDescrType = &g_getset;

// Makes a BuiltinFunction of type t.
static BuiltinFunction* new_builtin(Type* t, const char* name, NativeFn fn, Value self, Type* owner) {
  Value v = alloc_instance(t);
  if (!v) return nullptr;
  auto* f = static_cast<BuiltinFunction*>(v.obj());
  f->name = name;
  f->fn = fn;
  f->self = newref(self);
  f->owner = owner;
  return f;
}

// A module-level built-in function (or one bound to self).
Value make_builtin_function(const char* name, NativeFn fn, Value self) {
  BuiltinFunction* f = new_builtin(BuiltinFunctionType, name, fn, self, nullptr);
  return f ? val(f) : Value();
}

// Frees a built-in function or descriptor.
static void builtin_dealloc(Object* o) {
  xdecref(static_cast<BuiltinFunction*>(o)->self);
  free_instance(o);
}

// Visits the object a built-in function is bound to (for the cycle collector).
static void builtin_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  visit(static_cast<BuiltinFunction*>(o)->self, arg);
}

// CPython names methods "list.append()" in its "takes exactly one argument" / "takes no
// arguments" errors: qualifies such a message raised by a method's own argument check.
static Value qualify_arg_error(BuiltinFunction* f, Type* owner) {
  if (!owner || !has_error() || type_of(current_error()) != TypeErrorType) return Value();
  Exception* e = as_exc(current_error());
  if (!is_tuple(e->args) || as_tuple(e->args)->length != 1 || !is_str(as_tuple(e->args)->items[0])) return Value();
  const std::string& msg = str_utf8_ref(as_str(as_tuple(e->args)->items[0]));
  std::string head = std::string(f->name) + "() takes ";
  if (msg.rfind(head, 0) != 0) return Value();
  if (msg.find("takes exactly one argument") == std::string::npos && msg.find("takes no arguments") == std::string::npos)
    return Value();
  std::string fixed = owner->name + "." + msg;
  clear_error();
  return raise(TypeErrorType, fixed);
}

// Calls a bound built-in function or method.
static Value builtin_call(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  auto* f = static_cast<BuiltinFunction*>(self.obj());
  if (f->wrap) return f->wrap(f->owner, f->slot, f->self, args, nargs, kwnames);
  Value r = f->fn(f->self, args, nargs, kwnames);
  if (!r && f->owner) qualify_arg_error(f, f->owner);
  return r;
}

// Checks that a method descriptor's first argument is an instance of its type.
static bool descr_check(BuiltinFunction* f, const Value* args, std::size_t nargs) {
  if (nargs < 1) {
    raise_fmt(TypeErrorType, "unbound method %s.%s() needs an argument", {f->owner->name, f->name});
    return false;
  }
  if (!isinstance_type(args[0], f->owner)) {
    raise_fmt(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
              {f->name, f->owner->name, type_name(args[0])});
    return false;
  }
  return true;
}

// Calls an unbound method descriptor: list.append(l, x).
static Value descr_call(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  auto* f = static_cast<BuiltinFunction*>(self.obj());
  if (!descr_check(f, args, nargs)) return Value();
  if (f->wrap) return f->wrap(f->owner, f->slot, args[0], args + 1, nargs - 1, kwnames);
  Value r = f->fn(args[0], args + 1, nargs - 1, kwnames);
  if (!r) qualify_arg_error(f, f->owner);
  return r;
}

// Binds a method descriptor to an instance: [].append.
static Value descr_get(Value self, Value obj, Value) {
  auto* f = static_cast<BuiltinFunction*>(self.obj());
  if (!obj || obj == None()) {
    if (!obj) return newref(self);
  }
  if (!isinstance_type(obj, f->owner))
    return raise_fmt(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                     {f->name, f->owner->name, type_name(obj)});
  Type* bt = f->wrap ? MethodWrapperType : BuiltinFunctionType;
  BuiltinFunction* b = new_builtin(bt, f->name, f->fn, obj, f->owner);
  if (!b) return Value();
  b->wrap = f->wrap;
  b->slot = f->slot;
  return val(b);
}

// Binds a classmethod descriptor to the class: dict.fromkeys.
static Value classdescr_get(Value self, Value obj, Value type) {
  auto* f = static_cast<BuiltinFunction*>(self.obj());
  Value t = type ? type : val(type_of(obj));
  BuiltinFunction* b = new_builtin(BuiltinFunctionType, f->name, f->fn, t, f->owner);
  return b ? val(b) : Value();
}

// Calls an unbound classmethod descriptor with the class first.
static Value classdescr_call(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  auto* f = static_cast<BuiltinFunction*>(self.obj());
  if (nargs < 1 || !is_type(args[0]))
    return raise_fmt(TypeErrorType, "descriptor '%s' of '%s' object needs a type", {f->name, f->owner->name});
  return f->fn(args[0], args + 1, nargs - 1, kwnames);
}

// The "at 0x..." part of reprs.
static std::string addr(Value v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(v.obj()));
  return buf;
}

// repr of builtin_function_or_method: "<built-in function len>" / "<built-in method
// append of list object at 0x...>".
static Value builtin_repr(Value self) {
  auto* f = static_cast<BuiltinFunction*>(self.obj());
  std::string s;
  if (!f->self || (f->owner == nullptr && !is_type(f->self) && f->self.is_object() &&
                   type_of(f->self)->name == "module")) {
    s = std::string("<built-in function ") + f->name + ">";
  } else if (is_type(f->self)) {
    s = std::string("<built-in method ") + f->name + " of type object at " + addr(f->self) + ">";
  } else {
    s = std::string("<built-in method ") + f->name + " of " + type_name(f->self) + " object at " + addr(f->self) + ">";
  }
  return make_str_utf8(s);
}
// "<method 'append' of 'list' objects>"
static Value descr_repr(Value self) {
  auto* f = static_cast<BuiltinFunction*>(self.obj());
  return make_str_utf8(std::string("<method '") + f->name + "' of '" + f->owner->name + "' objects>");
}
// "<slot wrapper '__add__' of 'int' objects>"
static Value wrapper_repr(Value self) {
  auto* f = static_cast<BuiltinFunction*>(self.obj());
  return make_str_utf8(std::string("<slot wrapper '") + f->name + "' of '" + f->owner->name + "' objects>");
}
// "<method-wrapper '__add__' of int object at 0x...>"
static Value method_wrapper_repr(Value self) {
  auto* f = static_cast<BuiltinFunction*>(self.obj());
  return make_str_utf8(std::string("<method-wrapper '") + f->name + "' of " + type_name(f->self) + " object at " +
                       addr(f->self) + ">");
}

// __name__ of built-in callables.
static Value builtin_get_name(Value self) { return make_str_utf8(static_cast<BuiltinFunction*>(self.obj())->name); }
// __qualname__: "list.append" / "len".
static Value builtin_get_qualname(Value self) {
  auto* f = static_cast<BuiltinFunction*>(self.obj());
  if (f->owner) return make_str_utf8(f->owner->name + "." + f->name);
  if (f->self && is_type(f->self)) return make_str_utf8(as_type(f->self)->name + "." + f->name);
  return make_str_utf8(f->name);
}
// __self__ of a bound built-in (None for module functions here).
static Value builtin_get_self(Value self) {
  auto* f = static_cast<BuiltinFunction*>(self.obj());
  return newref(f->self ? f->self : None());
}
// __objclass__ of descriptors.
static Value descr_get_objclass(Value self) { return newref(val(static_cast<BuiltinFunction*>(self.obj())->owner)); }
// __doc__: None.
static Value get_none(Value) { return newref(None()); }

// Built-in functions compare equal when they wrap the same function bound to the same object.
static Value builtin_richcompare(Value a, Value b, int op) {
  if ((op != 2 && op != 3) || type_of(a) != type_of(b)) return newref(NotImplemented());
  auto* x = static_cast<BuiltinFunction*>(a.obj());
  auto* y = static_cast<BuiltinFunction*>(b.obj());
  bool eq = x->fn == y->fn && x->wrap == y->wrap && x->slot == y->slot && x->self == y->self;
  return newref(boolean(op == 2 ? eq : !eq));
}
// hash of a built-in function: from its function and self.
static std::int64_t builtin_hash(Value v) {
  auto* f = static_cast<BuiltinFunction*>(v.obj());
  std::int64_t h = static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(f->fn ? reinterpret_cast<void*>(f->fn)
                                                                                     : reinterpret_cast<void*>(f->wrap)) >> 4);
  h ^= f->self ? (f->self.is_small() ? f->self.small_value() : hash_pointer(f->self)) : 0;
  h += f->slot;
  return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------- getset descriptors
// Reads a computed attribute.
static Value getset_get(Value self, Value obj, Value) {
  auto* g = static_cast<GetSet*>(self.obj());
  if (!obj) return newref(self);
  if (!isinstance_type(obj, g->owner))
    return raise_fmt(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                     {g->name, g->owner->name, type_name(obj)});
  return g->get(obj);
}
// Writes (or deletes) a computed attribute.
static int getset_set(Value self, Value obj, Value value) {
  auto* g = static_cast<GetSet*>(self.obj());
  if (!g->set) {
    raise_fmt(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", {g->name, g->owner->name});
    return -1;
  }
  return g->set(obj, value);
}
// "<attribute '__class__' of 'object' objects>"
static Value getset_repr(Value self) {
  auto* g = static_cast<GetSet*>(self.obj());
  return make_str_utf8(std::string("<attribute '") + g->name + "' of '" + g->owner->name + "' objects>");
}

// ---------------------------------------------------------------- type dict helpers
// Puts v under name in t's dict (steals v).
void type_add(Type* t, const char* name, Value v) {
  if (!t->dict) t->dict = as_dict(make_dict());
  dict_set(val(t->dict), val(intern(name)), v);
  decref(v);
  type_modified(t);
}

// Adds a method descriptor.
void add_method(Type* t, const char* name, NativeFn fn) {
  BuiltinFunction* f = new_builtin(MethodDescrType, name, fn, Value(), t);
  type_add(t, name, val(f));
}
// Adds a class method descriptor (dict.fromkeys).
void add_classmethod(Type* t, const char* name, NativeFn fn) {
  BuiltinFunction* f = new_builtin(ClassMethodDescrType, name, fn, Value(), t);
  type_add(t, name, val(f));
}
// Adds a static method: a built-in function bound to the type (str.maketrans).
void add_static(Type* t, const char* name, NativeFn fn) {
  BuiltinFunction* f = new_builtin(BuiltinFunctionType, name, fn, val(t), nullptr);
  type_add(t, name, val(f));
}
// Adds a computed attribute.
void add_getset(Type* t, const char* name, GetterFn get, SetterFn set) {
  Value v = alloc_instance(GetSetDescrType);
  auto* g = static_cast<GetSet*>(v.obj());
  g->name = name;
  g->get = get;
  g->set = set;
  g->owner = t;
  type_add(t, name, v);
}
// Adds a slot wrapper for `slot` under name.
void add_slot_wrapper(Type* t, const char* name, int slot) {
  BuiltinFunction* f = new_builtin(WrapperDescrType, name, nullptr, Value(), t);
  f->wrap = slot_wrapper_call;
  f->slot = slot;
  type_add(t, name, val(f));
}

// Sets up the built-in callable and descriptor types' sizes and slots (first of all).
void init_function_types() {
  type_init(BuiltinFunctionType, "builtin_function_or_method", ObjectType, sizeof(BuiltinFunction), TF_GC);
  type_init(MethodDescrType, "method_descriptor", ObjectType, sizeof(BuiltinFunction), TF_GC | TF_METHOD_DESCRIPTOR);
  type_init(ClassMethodDescrType, "classmethod_descriptor", ObjectType, sizeof(BuiltinFunction), TF_GC);
  type_init(WrapperDescrType, "wrapper_descriptor", ObjectType, sizeof(BuiltinFunction), TF_GC | TF_METHOD_DESCRIPTOR);
  type_init(MethodWrapperType, "method-wrapper", ObjectType, sizeof(BuiltinFunction), TF_GC);
  type_init(GetSetDescrType, "getset_descriptor", ObjectType, sizeof(GetSet), TF_GC);  // (gc: counted with its class)
  for (Type* t : {BuiltinFunctionType, MethodDescrType, ClassMethodDescrType, WrapperDescrType, MethodWrapperType}) {
    t->dealloc = builtin_dealloc;
    t->traverse = builtin_traverse;
    t->richcompare = builtin_richcompare;
    t->hash = builtin_hash;
  }
  BuiltinFunctionType->call = builtin_call;
  BuiltinFunctionType->repr = builtin_repr;
  MethodWrapperType->call = builtin_call;
  MethodWrapperType->repr = method_wrapper_repr;
  MethodDescrType->call = descr_call;
  MethodDescrType->descr_get = descr_get;
  MethodDescrType->repr = descr_repr;
  WrapperDescrType->call = descr_call;
  WrapperDescrType->descr_get = descr_get;
  WrapperDescrType->repr = wrapper_repr;
  ClassMethodDescrType->call = classdescr_call;
  ClassMethodDescrType->descr_get = classdescr_get;
  ClassMethodDescrType->repr = descr_repr;
  GetSetDescrType->dealloc = free_instance;
  GetSetDescrType->descr_get = getset_get;
  GetSetDescrType->descr_set = getset_set;
  GetSetDescrType->repr = getset_repr;
}

// Fills the callable types' dicts (after object and type are ready).
void ready_function_types() {
  for (Type* t : {BuiltinFunctionType, MethodDescrType, ClassMethodDescrType, WrapperDescrType, MethodWrapperType}) {
    add_getset(t, "__name__", builtin_get_name);
    add_getset(t, "__qualname__", builtin_get_qualname);
    add_getset(t, "__doc__", get_none);
  }
  add_getset(BuiltinFunctionType, "__self__", builtin_get_self);
  add_getset(MethodWrapperType, "__self__", builtin_get_self);
  add_getset(MethodDescrType, "__objclass__", descr_get_objclass);
  add_getset(WrapperDescrType, "__objclass__", descr_get_objclass);
  for (Type* t : {BuiltinFunctionType, MethodDescrType, ClassMethodDescrType, WrapperDescrType, MethodWrapperType,
                  GetSetDescrType})
    type_ready(t);
}

}  // namespace peppy::objects
