// descr.cpp: the descriptor types classes use: staticmethod, classmethod, property
// and super (super(type, obj) and super(type, type2); the zero-argument form asks the
// VM for the class and first argument through super_noargs_hook), plus the small bound
// "method" object classmethod falls back on for callables that do not bind.
#include <cstdio>
#include <vector>

#include "objects/core.hpp"
#include "objects/union.hpp"

namespace peppy::objects {

static Type g_staticmethod, g_classmethod, g_property, g_super, g_bound, g_member;
Type* const MemberDescrType = &g_member;
Type* const StaticMethodType = &g_staticmethod;
Type* const ClassMethodType = &g_classmethod;
Type* const PropertyType = &g_property;
Type* const SuperType = &g_super;

bool (*super_noargs_hook)(Value* type_out, Value* obj_out) = nullptr;

struct Wrapper : Object {  // staticmethod / classmethod
  Dict* dict;              // __dict__ (owned; made on demand)
  Value func;              // owned
};
struct Property : Object {
  Value fget, fset, fdel, doc, name;  // owned (None when absent)
};
struct Super : Object {
  Type* type;      // owned ref: the class after which the search starts
  Value obj;       // owned: the instance or class (None for an unbound super)
  Type* obj_type;  // owned ref: the type whose MRO is searched
};
struct Bound : Object {
  Value func, self;  // owned
};

// ---------------------------------------------------------------- member descriptors
// A __slots__ entry: the Value at `offset` in instances of `owner`.
struct Member : Object {
  Str* name;  // owned
  Type* owner;
  std::size_t offset;
};
// A member descriptor for a __slots__ entry at offset in instances of owner.
Value make_member_descr(Type* owner, Str* name, std::size_t offset) {
  Value v = alloc_instance(MemberDescrType);
  if (!v) return v;
  auto* m = static_cast<Member*>(v.obj());
  m->name = as_str(newref(val(name)));
  m->owner = owner;
  m->offset = offset;
  return v;
}
// Where a member lives in obj.
static Value* member_slot(Member* m, Value obj) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + m->offset);
}
// __get__ of member_descriptor.
static Value member_get(Value self, Value obj, Value) {
  auto* m = static_cast<Member*>(self.obj());
  if (!obj) return newref(self);
  if (!isinstance_type(obj, m->owner))
    return raise_fmt(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                     {str_utf8_ref(m->name), m->owner->name, type_name(obj)});
  Value v = *member_slot(m, obj);
  if (!v)
    return raise_fmt(AttributeErrorType, "'%s' object has no attribute '%s'", {type_name(obj), str_utf8_ref(m->name)});
  return newref(v);
}
// __set__/__delete__ of member_descriptor.
static int member_set(Value self, Value obj, Value value) {
  auto* m = static_cast<Member*>(self.obj());
  if (!isinstance_type(obj, m->owner)) {
    raise_fmt(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
              {str_utf8_ref(m->name), m->owner->name, type_name(obj)});
    return -1;
  }
  Value* slot = member_slot(m, obj);
  Value old = *slot;
  if (!value && !old) {
    raise_fmt(AttributeErrorType, "'%s' object has no attribute '%s'", {type_name(obj), str_utf8_ref(m->name)});
    return -1;
  }
  *slot = value ? newref(value) : Value();
  xdecref(old);
  return 0;
}
// Frees member_descriptor.
static void member_dealloc(Object* o) {
  decref(val(static_cast<Member*>(o)->name));
  free_instance(o);
}
// repr() of member_descriptor.
static Value member_repr(Value self) {
  auto* m = static_cast<Member*>(self.obj());
  return make_str_utf8("<member '" + str_utf8_ref(m->name) + "' of '" + m->owner->name + "' objects>");
}
// The __name__, __qualname__ and __objclass__ attributes of member_descriptor (getters).
static Value member_get_name(Value self) { return newref(val(static_cast<Member*>(self.obj())->name)); }
static Value member_get_qualname(Value self) {
  auto* m = static_cast<Member*>(self.obj());
  const std::string& q = m->owner->qualname.empty() ? m->owner->name : m->owner->qualname;
  return make_str_utf8(q + "." + str_utf8_ref(m->name));
}
static Value member_get_objclass(Value self) { return newref(val(static_cast<Member*>(self.obj())->owner)); }
static Value member_get_doc(Value) { return newref(None()); }

// ---------------------------------------------------------------- types.GenericAlias
static Type g_alias;
struct GenericAlias : Object {
  Value origin, args;  // owned; args is a tuple
};
// list[int] and friends: origin[args].
Value make_generic_alias(Value origin, Value args) {
  Value v = alloc_instance(&g_alias);
  if (!v) return v;
  auto* a = static_cast<GenericAlias*>(v.obj());
  a->origin = newref(origin);
  a->args = is_tuple(args) ? newref(args) : tuple_pack({args});
  return v;
}
// types.GenericAlias(origin, args): what `__class_getitem__ = classmethod(GenericAlias)`
// (collections.abc) calls.
static Value alias_new(Type*, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("GenericAlias", kw) || !check_args("GenericAlias", nargs, 2, 2)) return Value();
  return make_generic_alias(args[0], args[1]);
}
// Frees GenericAlias.
static void alias_dealloc(Object* o) {
  auto* a = static_cast<GenericAlias*>(o);
  decref(a->origin);
  decref(a->args);
  free_instance(o);
}
// The text of one alias argument: a class by its (qualified) name, ... as "...".
static bool alias_arg_text(Value v, std::string& out) {
  if (v == Ellipsis()) {
    out += "...";
    return true;
  }
  if (is_type(v)) {
    Type* t = as_type(v);
    if (!t->module.empty() && t->module != "builtins") out += t->module + ".";
    out += t->qualname.empty() ? t->name : t->qualname;
    return true;
  }
  Value r = repr(v);
  if (!r) return false;
  out += str_utf8_ref(as_str(r));
  decref(r);
  return true;
}
// repr() of GenericAlias.
static Value alias_repr(Value self) {
  auto* a = static_cast<GenericAlias*>(self.obj());
  std::string out;
  if (!alias_arg_text(a->origin, out)) return Value();
  out += "[";
  Tuple* t = as_tuple(a->args);
  if (t->length == 0) out += "()";
  for (std::size_t i = 0; i < t->length; ++i) {
    if (i) out += ", ";
    if (!alias_arg_text(t->items[i], out)) return Value();
  }
  out += "]";
  return make_str_utf8(out);
}
// GenericAlias.__instancecheck__ / __subclasscheck__: refused.
static Value alias_instancecheck(Value, const Value*, std::size_t, Tuple*) {
  return raise_type_error("isinstance() argument 2 cannot be a parameterized generic");
}
static Value alias_subclasscheck(Value, const Value*, std::size_t, Tuple*) {
  return raise_type_error("issubclass() argument 2 cannot be a parameterized generic");
}
// Calls GenericAlias.
static Value alias_call(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  return call(static_cast<GenericAlias*>(self.obj())->origin, args, nargs, kw);
}
// Rich comparison of GenericAlias.
static Value alias_richcompare(Value a, Value b, int op) {
  if ((op != 2 && op != 3) || type_of(b) != &g_alias) return newref(NotImplemented());
  auto* x = static_cast<GenericAlias*>(a.obj());
  auto* y = static_cast<GenericAlias*>(b.obj());
  int e = x->origin == y->origin ? equal(x->args, y->args) : 0;
  if (e < 0) return Value();
  return newref(boolean(op == 2 ? e : !e));
}
// hash() of GenericAlias.
static std::int64_t alias_hash(Value v) {
  auto* a = static_cast<GenericAlias*>(v.obj());
  std::int64_t h = hash(a->args);
  if (h == -1) return -1;
  h ^= hash_pointer(a->origin);
  return h == -1 ? -2 : h;
}
// The __origin__ attribute of GenericAlias (getter).
static Value alias_origin(Value self) { return newref(static_cast<GenericAlias*>(self.obj())->origin); }
// The __args__ attribute of GenericAlias (getter).
static Value alias_args(Value self) { return newref(static_cast<GenericAlias*>(self.obj())->args); }
// The attributes an alias does not have come from its origin (list[int].append).
static Value alias_getattr(Value self, Str* name) {
  Value r = generic_getattr_opt(self, name, false);
  if (r || has_error()) return r;
  return getattr(static_cast<GenericAlias*>(self.obj())->origin, name);
}

// ---------------------------------------------------------------- mappingproxy
// A read-only view of a class's dict (C.__dict__): the class's attribute cache stays
// right because Python code cannot change the dict behind the class's back.
static Type g_proxy;
struct MappingProxy : Object {
  Value mapping;  // owned
};
Value make_mappingproxy(Value mapping) {
  Value v = alloc_instance(&g_proxy);
  if (!v) return v;
  static_cast<MappingProxy*>(v.obj())->mapping = newref(mapping);
  return v;
}
static Value proxied(Value self) { return static_cast<MappingProxy*>(self.obj())->mapping; }
// Frees a mappingproxy.
static void proxy_dealloc(Object* o) {
  decref(static_cast<MappingProxy*>(o)->mapping);
  free_instance(o);
}
// Visits the mapping of a mappingproxy.
static void proxy_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  visit(static_cast<MappingProxy*>(o)->mapping, arg);
}
// proxy[key]
static Value proxy_getitem(Value self, Value key) { return getitem(proxied(self), key); }
// len(proxy)
static std::int64_t proxy_len(Value self) { return length(proxied(self)); }
// key in proxy
static int proxy_contains(Value self, Value key) { return contains(proxied(self), key); }
// iter(proxy)
static Value proxy_iter(Value self) { return get_iter(proxied(self)); }
// "mappingproxy({...})"
static Value proxy_repr(Value self) {
  Value r = repr(proxied(self));
  if (!r) return r;
  std::string s = "mappingproxy(" + str_utf8_ref(as_str(r)) + ")";
  decref(r);
  return make_str_utf8(s);
}
// proxy == other: the mapping's comparison.
static Value proxy_richcompare(Value a, Value b, int op) { return compare(proxied(a), b, op); }
// The dict methods that read: forwarded to the mapping.
static Value proxy_forward(Value self, const char* name, const Value* args, std::size_t nargs) {
  return call_method(proxied(self), intern(name), args, nargs);
}
// mappingproxy.keys()
static Value proxy_keys(Value self, const Value* a, std::size_t n, Tuple*) { return proxy_forward(self, "keys", a, n); }
// mappingproxy.values()
static Value proxy_values(Value self, const Value* a, std::size_t n, Tuple*) { return proxy_forward(self, "values", a, n); }
// mappingproxy.items()
static Value proxy_items(Value self, const Value* a, std::size_t n, Tuple*) { return proxy_forward(self, "items", a, n); }
// mappingproxy.get()
static Value proxy_get(Value self, const Value* a, std::size_t n, Tuple*) { return proxy_forward(self, "get", a, n); }
// mappingproxy.copy()
static Value proxy_copy(Value self, const Value* a, std::size_t n, Tuple*) { return proxy_forward(self, "copy", a, n); }

// ---------------------------------------------------------------- bound callables
// A callable that calls func with self prepended (the fallback for classmethod).
static Value make_bound(Value func, Value self) {
  Value v = alloc_instance(&g_bound);
  if (!v) return v;
  static_cast<Bound*>(v.obj())->func = newref(func);
  static_cast<Bound*>(v.obj())->self = newref(self);
  return v;
}
// Calls method.
static Value bound_call(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  auto* b = static_cast<Bound*>(self.obj());
  std::size_t nkw = kwnames ? kwnames->length : 0;
  std::vector<Value> buf(nargs + nkw + 1);
  buf[0] = b->self;
  for (std::size_t i = 0; i < nargs + nkw; ++i) buf[i + 1] = args[i];
  return call(b->func, buf.data(), nargs + 1, kwnames);
}
// Frees method.
static void bound_dealloc(Object* o) {
  decref(static_cast<Bound*>(o)->func);
  decref(static_cast<Bound*>(o)->self);
  free_instance(o);
}

// ---------------------------------------------------------------- staticmethod / classmethod
// staticmethod/classmethod.__new__: an empty wrapper (any arguments); __init__ fills it,
// so that subclasses may call super().__init__(f) as in CPython.
static Value wrapper_new(Type* t, const Value*, std::size_t, Tuple*) {
  Value v = alloc_instance(t);
  if (!v) return v;
  static_cast<Wrapper*>(v.obj())->func = newref(None());
  return v;
}
// staticmethod/classmethod.__init__(callable): sets the wrapped callable.
static int wrapper_init(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  const char* name = type_of(self)->name.c_str();
  if (type_of(self) != StaticMethodType && type_of(self) != ClassMethodType)
    name = is_subtype(type_of(self), StaticMethodType) ? "staticmethod" : "classmethod";
  if (!no_kwargs(name, kw) || !check_args(name, nargs, 1, 1)) return -1;
  auto* w = static_cast<Wrapper*>(self.obj());
  Value old = w->func;
  w->func = newref(args[0]);
  xdecref(old);
  return 0;
}
// Frees a staticmethod/classmethod.
static void wrapper_dealloc(Object* o) {
  auto* w = static_cast<Wrapper*>(o);
  if (w->dict) decref(val(w->dict));
  xdecref(w->func);
  free_instance(o);
}
// Visits the function of a staticmethod/classmethod (for the cycle collector).
static void wrapper_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  auto* w = static_cast<Wrapper*>(o);
  if (w->dict) visit(val(w->dict), arg);
  if (w->func.is_object()) visit(w->func, arg);
}
// staticmethod.__get__: the function itself.
static Value staticmethod_get(Value self, Value, Value) { return newref(static_cast<Wrapper*>(self.obj())->func); }
// staticmethod objects are callable (3.10+).
static Value staticmethod_call(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  return call(static_cast<Wrapper*>(self.obj())->func, args, nargs, kw);
}
// classmethod.__get__: the function bound to the class.
static Value classmethod_get(Value self, Value obj, Value type) {
  Value func = static_cast<Wrapper*>(self.obj())->func;
  Value t = type ? type : val(type_of(obj));
  Type* ft = type_of(func);
  if (ft->descr_get) return ft->descr_get(func, t, val(type_of(t)));
  return make_bound(func, t);
}
// The __func__ attribute of staticmethod/classmethod (getter).
static Value wrapper_get_func(Value self) { return newref(static_cast<Wrapper*>(self.obj())->func); }
// The __isabstractmethod__ attribute of staticmethod/classmethod (getter).
static Value wrapper_get_isabstract(Value self) {
  Value f = getattr_or_null(static_cast<Wrapper*>(self.obj())->func, intern("__isabstractmethod__"));
  if (!f) return has_error() ? Value() : newref(False());
  return f;
}
// "<staticmethod(<function f at 0x...>)>"
static Value wrapper_repr(Value self) {
  Value r = repr(static_cast<Wrapper*>(self.obj())->func);
  if (!r) return r;
  std::string s = "<" + type_name(self) + "(" + str_utf8_ref(as_str(r)) + ")>";
  decref(r);
  return make_str_utf8(s);
}

// ---------------------------------------------------------------- property
static int property_init(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"fget", "fset", "fdel", "doc"};
  Value a[4];
  if (!parse_args("property", args, nargs, kwnames, kw, 4, 0, a)) return -1;
  auto* p = static_cast<Property*>(self.obj());
  Value* fields[] = {&p->fget, &p->fset, &p->fdel, &p->doc};
  for (int i = 0; i < 4; ++i) {
    Value old = *fields[i];
    *fields[i] = newref(a[i] ? a[i] : None());
    xdecref(old);
  }
  if (p->doc == None() && p->fget != None()) {
    Value d = getattr_or_null(p->fget, names.doc);
    if (d) {
      decref(p->doc);
      p->doc = d;
    } else if (has_error()) {
      clear_error();
    }
  }
  if (!p->name) p->name = newref(None());
  return 0;
}
// property.__new__.
static Value property_new(Type* t, const Value*, std::size_t, Tuple*) {
  Value v = alloc_instance(t);
  if (!v) return v;
  auto* p = static_cast<Property*>(v.obj());
  p->fget = newref(None());
  p->fset = newref(None());
  p->fdel = newref(None());
  p->doc = newref(None());
  p->name = newref(None());
  return v;
}
// Frees property.
static void property_dealloc(Object* o) {
  auto* p = static_cast<Property*>(o);
  for (Value v : {p->fget, p->fset, p->fdel, p->doc, p->name}) xdecref(v);
  free_instance(o);
}
// Visits the references of property (for the cycle collector).
static void property_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  auto* p = static_cast<Property*>(o);
  for (Value v : {p->fget, p->fset, p->fdel, p->doc})
    if (v.is_object()) visit(v, arg);
}
// property.__isabstractmethod__: whether fget, fset or fdel has a true __isabstractmethod__.
static Value property_get_isabstract(Value self) {
  auto* p = static_cast<Property*>(self.obj());
  for (Value f : {p->fget, p->fset, p->fdel}) {
    if (!f || f == None()) continue;
    Value a = getattr_or_null(f, intern("__isabstractmethod__"));
    if (!a) {
      if (has_error()) return Value();
      continue;
    }
    int t = is_true(a);
    decref(a);
    if (t < 0) return Value();
    if (t) return newref(True());
  }
  return newref(False());
}
// "property 'x' of 'C' object has no getter"
static void property_error(Property* p, Value obj, const char* what) {
  std::string who = p->name && is_str(p->name) ? "property '" + str_utf8_ref(as_str(p->name)) + "'" : "property";
  raise_fmt(AttributeErrorType, "%s of '%s' object has no %s", {who, type_name(obj), what});
}
// __get__ of property.
static Value property_get(Value self, Value obj, Value) {
  auto* p = static_cast<Property*>(self.obj());
  if (!obj) return newref(self);
  if (p->fget == None()) {
    property_error(p, obj, "getter");
    return Value();
  }
  return call(p->fget, &obj, 1);
}
// __set__/__delete__ of property.
static int property_set(Value self, Value obj, Value value) {
  auto* p = static_cast<Property*>(self.obj());
  Value f = value ? p->fset : p->fdel;
  if (f == None()) {
    property_error(p, obj, value ? "setter" : "deleter");
    return -1;
  }
  Value args[2] = {obj, value};
  Value r = call(f, args, value ? 2 : 1);
  if (!r) return -1;
  decref(r);
  return 0;
}
// A copy of the property with one accessor replaced (getter/setter/deleter).
static Value property_copy(Value self, int which, Value f) {
  auto* p = static_cast<Property*>(self.obj());
  Value args[4] = {p->fget, p->fset, p->fdel, p->doc};
  args[which] = f;
  Type* t = type_of(self);
  Value r = call(val(t), args, 4);
  if (r && is_exact(r, PropertyType)) {
    auto* np = static_cast<Property*>(r.obj());
    Value old = np->name;
    np->name = newref(p->name);
    xdecref(old);
  }
  return r;
}
// property.getter()
static Value property_getter(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("getter", nargs, 1)) return Value();
  return property_copy(self, 0, args[0]);
}
// property.setter()
static Value property_setter(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("setter", nargs, 1)) return Value();
  return property_copy(self, 1, args[0]);
}
// property.deleter()
static Value property_deleter(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("deleter", nargs, 1)) return Value();
  return property_copy(self, 2, args[0]);
}
// property.__set_name__()
static Value property_set_name(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("__set_name__", nargs, 2)) return Value();
  auto* p = static_cast<Property*>(self.obj());
  Value old = p->name;
  p->name = newref(args[1]);
  xdecref(old);
  return newref(None());
}
// The fget attribute of property (getter).
static Value property_fget(Value self) { return newref(static_cast<Property*>(self.obj())->fget); }
// The fset attribute of property (getter).
static Value property_fset(Value self) { return newref(static_cast<Property*>(self.obj())->fset); }
// The fdel attribute of property (getter).
static Value property_fdel(Value self) { return newref(static_cast<Property*>(self.obj())->fdel); }
// The __doc__ attribute of property (getter).
static Value property_doc(Value self) { return newref(static_cast<Property*>(self.obj())->doc); }
// Sets the __doc__ attribute of property.
static int property_set_doc(Value self, Value v) {
  auto* p = static_cast<Property*>(self.obj());
  Value old = p->doc;
  p->doc = newref(v ? v : None());
  xdecref(old);
  return 0;
}

// ---------------------------------------------------------------- super
// The type whose MRO super(type, obj) searches: type(obj), or obj itself for a class.
static Type* super_check(Type* t, Value obj) {
  if (is_type(obj) && is_subtype(as_type(obj), t)) return as_type(obj);
  if (isinstance_type(obj, t)) return type_of(obj);
  Value cls = getattr_or_null(obj, names.class_);
  if (cls && is_type(cls) && as_type(cls) != type_of(obj) && is_subtype(as_type(cls), t)) {
    Type* r = as_type(cls);
    decref(cls);
    return r;
  }
  xdecref(cls);
  if (!has_error()) raise_type_error("super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

// super(type, obj) as a Value.
Value make_super(Type* t, Value obj) {
  Type* ot = nullptr;
  if (obj && obj != None()) {
    ot = super_check(t, obj);
    if (!ot) return Value();
  }
  Value v = alloc_instance(SuperType);
  if (!v) return v;
  auto* s = static_cast<Super*>(v.obj());
  s->type = t;
  incref(val(t));
  s->obj = newref(obj ? obj : None());
  s->obj_type = ot;
  if (ot) incref(val(ot));
  return v;
}

// super.__new__.
static Value super_new(Type*, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("super", kw) || !check_args("super", nargs, 0, 2)) return Value();
  if (nargs == 0) {
    if (!super_noargs_hook) return raise(RuntimeErrorType, "super(): no arguments");
    Value t, obj;
    if (!super_noargs_hook(&t, &obj)) return Value();
    Value r = is_type(t) ? make_super(as_type(t), obj) : raise(RuntimeErrorType, "super(): __class__ is not a type");
    decref(t);
    decref(obj);
    return r;
  }
  if (!is_type(args[0]))
    return raise_fmt(TypeErrorType, "super() argument 1 must be a type, not %s", {type_name(args[0])});
  return make_super(as_type(args[0]), nargs > 1 ? args[1] : Value());
}
// Frees super.
static void super_dealloc(Object* o) {
  auto* s = static_cast<Super*>(o);
  decref(val(s->type));
  xdecref(s->obj);
  if (s->obj_type) decref(val(s->obj_type));
  free_instance(o);
}
// Visits the references of super (for the cycle collector).
static void super_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  auto* s = static_cast<Super*>(o);
  if (s->obj.is_object()) visit(s->obj, arg);
}
// super().name: the MRO of obj's type after `type`.
static Value super_getattr(Value self, Str* name) {
  auto* s = static_cast<Super*>(self.obj());
  if (s->obj_type && !(name->length == 9 && str_utf8_ref(name) == "__class__")) {
    Tuple* mro = type_mro(s->obj_type);
    std::size_t i = 0;
    while (i < mro->length && mro->items[i].obj() != s->type) ++i;
    for (++i; i < mro->length; ++i) {
      Type* k = as_type(mro->items[i]);
      if (!k->dict) continue;
      Value r = dict_get_str(val(k->dict), name);
      if (!r) continue;
      Type* rt = type_of(r);
      if (!rt->descr_get) return newref(r);
      Value obj = s->obj.obj() == s->obj_type ? Value() : s->obj;
      incref(r);
      Value out = rt->descr_get(r, obj, val(s->obj_type));
      decref(r);
      return out;
    }
  }
  return generic_getattr(self, name);
}
// repr() of super.
static Value super_repr(Value self) {
  auto* s = static_cast<Super*>(self.obj());
  std::string out = "<super: <class '" + s->type->name + "'>, ";
  if (s->obj_type)
    out += "<" + s->obj_type->name + " object>>";
  else
    out += "NULL>";
  return make_str_utf8(out);
}
// __get__ of super.
static Value super_descr_get(Value self, Value obj, Value) {
  auto* s = static_cast<Super*>(self.obj());
  if (!obj || s->obj != None()) return newref(self);
  return make_super(s->type, obj);
}
// The __thisclass__ attribute of super (getter).
static Value super_get_thisclass(Value self) { return newref(val(static_cast<Super*>(self.obj())->type)); }
// The __self__ attribute of super (getter).
static Value super_get_self(Value self) { return newref(static_cast<Super*>(self.obj())->obj); }
// The __self_class__ attribute of super (getter).
static Value super_get_self_class(Value self) {
  Type* t = static_cast<Super*>(self.obj())->obj_type;
  return newref(t ? val(t) : None());
}

// Sets up the descriptor types.
void init_descr_types() {
  type_init(&g_proxy, "mappingproxy", ObjectType, sizeof(MappingProxy), TF_GC);
  g_proxy.dealloc = proxy_dealloc;
  g_proxy.traverse = proxy_traverse;
  g_proxy.getitem = proxy_getitem;
  g_proxy.length = proxy_len;
  g_proxy.contains = proxy_contains;
  g_proxy.iter = proxy_iter;
  g_proxy.repr = proxy_repr;
  g_proxy.richcompare = proxy_richcompare;
  g_proxy.hash = hash_not_implemented;
  add_method(&g_proxy, "keys", proxy_keys);
  add_method(&g_proxy, "values", proxy_values);
  add_method(&g_proxy, "items", proxy_items);
  add_method(&g_proxy, "get", proxy_get);
  add_method(&g_proxy, "copy", proxy_copy);
  type_ready(&g_proxy);

  type_init(&g_alias, "GenericAlias", ObjectType, sizeof(GenericAlias), TF_GC);
  g_alias.module = "types";
  g_alias.new_fn = alias_new;
  g_alias.dealloc = alias_dealloc;
  g_alias.repr = alias_repr;
  g_alias.call = alias_call;
  g_alias.richcompare = alias_richcompare;
  g_alias.hash = alias_hash;
  g_alias.getattr = alias_getattr;
  g_alias.binary[7] = union_or_values;  // list[int] | None
  add_method(&g_alias, "__instancecheck__", alias_instancecheck);
  add_method(&g_alias, "__subclasscheck__", alias_subclasscheck);
  add_getset(&g_alias, "__origin__", alias_origin);
  add_getset(&g_alias, "__args__", alias_args);
  type_ready(&g_alias);
  init_union_type();

  type_init(&g_member, "member_descriptor", ObjectType, sizeof(Member), TF_GC);  // (gc: counted with its class)
  g_member.dealloc = member_dealloc;
  g_member.descr_get = member_get;
  g_member.descr_set = member_set;
  g_member.repr = member_repr;
  add_getset(&g_member, "__name__", member_get_name);
  add_getset(&g_member, "__qualname__", member_get_qualname);
  add_getset(&g_member, "__objclass__", member_get_objclass);
  add_getset(&g_member, "__doc__", member_get_doc);
  type_ready(&g_member);

  type_init(&g_bound, "method", ObjectType, sizeof(Bound), TF_GC);
  g_bound.dealloc = bound_dealloc;
  g_bound.call = bound_call;
  type_ready(&g_bound);

  for (Type* t : {StaticMethodType, ClassMethodType}) {
    bool st = t == StaticMethodType;
    type_init(t, st ? "staticmethod" : "classmethod", ObjectType, sizeof(Wrapper), TF_BASETYPE | TF_GC);
    {
      Wrapper probe{};
      t->dict_offset = reinterpret_cast<char*>(&probe.dict) - reinterpret_cast<char*>(&probe);
    }
    t->new_fn = wrapper_new;
    t->init = wrapper_init;
    t->dealloc = wrapper_dealloc;
    t->traverse = wrapper_traverse;
    t->repr = wrapper_repr;
    t->descr_get = st ? staticmethod_get : classmethod_get;
    if (st) t->call = staticmethod_call;
    add_getset(t, "__func__", wrapper_get_func);
    add_getset(t, "__wrapped__", wrapper_get_func);
    add_getset(t, "__isabstractmethod__", wrapper_get_isabstract);
    type_ready(t);
  }

  Type* p = PropertyType;
  type_init(p, "property", ObjectType, sizeof(Property), TF_BASETYPE | TF_GC);
  p->new_fn = property_new;
  p->init = property_init;
  p->dealloc = property_dealloc;
  p->traverse = property_traverse;
  p->descr_get = property_get;
  p->descr_set = property_set;
  add_method(p, "getter", property_getter);
  add_method(p, "setter", property_setter);
  add_method(p, "deleter", property_deleter);
  add_method(p, "__set_name__", property_set_name);
  add_getset(p, "fget", property_fget);
  add_getset(p, "fset", property_fset);
  add_getset(p, "fdel", property_fdel);
  add_getset(p, "__doc__", property_doc, property_set_doc);
  add_getset(p, "__isabstractmethod__", property_get_isabstract);
  type_ready(p);

  Type* s = SuperType;
  type_init(s, "super", ObjectType, sizeof(Super), TF_BASETYPE | TF_GC);
  s->new_fn = super_new;
  s->dealloc = super_dealloc;
  s->traverse = super_traverse;
  s->getattr = super_getattr;
  s->repr = super_repr;
  s->descr_get = super_descr_get;
  add_getset(s, "__thisclass__", super_get_thisclass);
  add_getset(s, "__self__", super_get_self);
  add_getset(s, "__self_class__", super_get_self_class);
  type_ready(s);
}

}  // namespace peppy::objects
