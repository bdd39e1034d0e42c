// objtype.cpp: `object` (the root of every class: construction, default comparison,
// hash, repr, __class__, __format__, __dir__) and the singletons None,
// NotImplemented and Ellipsis with their types.
#include <algorithm>

#include "objects/core.hpp"

namespace peppy::objects {

static Type g_object, g_none_type, g_notimpl_type, g_ellipsis_type;
Type* const ObjectType = &g_object;
Type* const NoneType = &g_none_type;
Type* const NotImplementedType = &g_notimpl_type;
Type* const EllipsisType = &g_ellipsis_type;

static Object g_none, g_notimpl, g_ellipsis;

// The singletons' addresses (None() etc. are inline in object.hpp).
Object* const kNoneObject = &g_none;
Object* const kNotImplementedObject = &g_notimpl;
Object* const kEllipsisObject = &g_ellipsis;

// ---------------------------------------------------------------- object
static int object_init(Value self, const Value* args, std::size_t nargs, Tuple* kwnames);

// CPython refuses to instantiate a class whose own `__abstractmethods__` (set by
// abc.ABCMeta) is a non-empty collection: "Can't instantiate abstract class C with abstract
// methods f, g" (names sorted). Returns false with that TypeError (or the error of sorting
// and joining the names) set.
static bool abstract_check(Type* t) {
  Value am = dict_get_str_ascii(t->dict, "__abstractmethods__");  // borrowed
  if (!am) return true;
  int truth = is_true(am);
  if (truth <= 0) return truth == 0;
  Ref names(list_from_iterable(am));
  if (!names || list_sort(static_cast<List*>(names.get().obj()), Value(), false) < 0) return false;
  Ref sep(make_str_ascii(", "));
  Value arg = names.get();
  Ref joined(call_method(sep.get(), intern("join"), &arg, 1));
  if (!joined) return false;
  std::size_t n = static_cast<List*>(names.get().obj())->length;
  raise_fmt(TypeErrorType, "Can't instantiate abstract class %s with abstract method%s %s",
            {t->name, n > 1 ? "s" : "", str_utf8(static_cast<Str*>(joined.get().obj()))});
  return false;
}

// object.__new__(cls): a bare instance. Extra arguments are an error unless the class
// overrides __init__ (and not __new__), as CPython.
Value object_new(Type* t, const Value*, std::size_t nargs, Tuple* kwnames) {
  std::size_t nkw = kwnames ? kwnames->length : 0;
  if (nargs + nkw > 0 && (t->new_fn != object_new || t->init == object_init)) {
    if (t->new_fn != object_new && t->init == object_init)
      return raise_fmt(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)", {});
    return raise_fmt(TypeErrorType, "%s() takes no arguments", {t->name});
  }
  if (t->flags & TF_INT_SUBCLASS || t->flags & TF_STR_SUBCLASS || t->flags & TF_TUPLE_SUBCLASS ||
      t->flags & TF_FLOAT_SUBCLASS)
    return raise_fmt(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", {t->name, t->name});
  if (t->dict && !abstract_check(t)) return Value();
  return alloc_instance(t);
}

// object.__init__: extra arguments are an error unless the class overrides __new__.
static int object_init(Value self, const Value*, std::size_t nargs, Tuple* kwnames) {
  Type* t = type_of(self);
  std::size_t nkw = kwnames ? kwnames->length : 0;
  if (nargs + nkw > 0 && (t->init != object_init || t->new_fn == object_new)) {
    if (t->init != object_init)
      raise_fmt(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)", {});
    else
      raise_fmt(TypeErrorType, "%s.__init__() takes exactly one argument (the instance to initialize)", {t->name});
    return -1;
  }
  return 0;
}

// Frees a plain instance.
static void object_dealloc(Object* o) { free_instance(o); }

// object.__eq__ is identity; __ne__ inverts __eq__.
static Value object_richcompare(Value a, Value b, int op) {
  if (op == 2) return newref(a == b ? True() : NotImplemented());
  if (op == 3) {
    Type* t = type_of(a);
    if (!t->richcompare) return newref(NotImplemented());
    Value r = t->richcompare(a, b, 2);
    if (!r || r == NotImplemented()) return r;
    int v = is_true(r);
    decref(r);
    if (v < 0) return Value();
    return newref(boolean(!v));
  }
  return newref(NotImplemented());
}

// object.__str__: repr(self).
static Value object_str(Value self) {
  Type* t = type_of(self);
  if (t->repr) return t->repr(self);
  return object_repr_default(self);
}

// __class__
static Value object_get_class(Value self) { return newref(val(type_of(self))); }
// obj.__class__ = C: only between classes with the same layout.
static int object_set_class(Value self, Value v) {
  if (!v) {
    raise_type_error("can't delete __class__ attribute");
    return -1;
  }
  if (!is_type(v)) {
    raise_fmt(TypeErrorType, "__class__ must be set to a class, not '%s' object", {type_name(v)});
    return -1;
  }
  Type* old = type_of(self);
  Type* nt = as_type(v);
  if (!(old->flags & TF_HEAPTYPE) || !(nt->flags & TF_HEAPTYPE)) {
    raise_type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  if (old->basic_size != nt->basic_size || old->dict_offset != nt->dict_offset) {
    raise_fmt(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", {nt->name, old->name});
    return -1;
  }
  incref(v);
  self.obj()->type = nt;
  decref(val(old));
  return 0;
}

// object.__format__(spec): str(self) for an empty spec.
static Value object_format(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("__format__", kw) || !check_exact("__format__", nargs, 1)) return Value();
  if (!is_str(args[0]))
    return raise_fmt(TypeErrorType, "__format__() argument must be str, not %s", {type_name(args[0])});
  if (as_str(args[0])->length != 0)
    return raise_fmt(TypeErrorType, "unsupported format string passed to %s.__format__", {type_name(self)});
  return str(self);
}

// object.__dir__(): the instance dict's keys and the class attributes, sorted.
static Value object_dir(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("__dir__", nargs, 0)) return Value();
  Value d = make_dict();
  if (Dict** dp = instance_dict_ptr(self); dp && *dp) dict_update(d, val(*dp));
  Type* t = type_of(self);
  Tuple* mro = type_mro(t);
  for (std::size_t i = 0; i < mro->length; ++i) {
    Type* k = as_type(mro->items[i]);
    if (!k->dict) continue;
    std::size_t pos = 0;
    Value key, v;
    while (dict_next(k->dict, pos, key, v)) dict_set(d, key, None());
  }
  Value l = list_from_iterable(d);
  decref(d);
  return l;
}

// object.__init_subclass__(): nothing.
static Value object_init_subclass(Value cls, const Value*, std::size_t nargs, Tuple* kw) {
  if (kw && kw->length && is_type(cls))
    return raise_fmt(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", {as_type(cls)->name});
  if (nargs && is_type(cls))
    return raise_fmt(TypeErrorType, "%s.__init_subclass__() takes no arguments (%s given)",
                     {as_type(cls)->name, std::to_string(nargs)});
  if (!no_kwargs("__init_subclass__", kw) || !check_exact("__init_subclass__", nargs, 0)) return Value();
  return newref(None());
}
// object.__subclasshook__(): NotImplemented.
static Value object_subclasshook(Value, const Value*, std::size_t, Tuple*) { return newref(NotImplemented()); }
// object.__sizeof__(): the instance's basic size.
static Value object_sizeof(Value self, const Value*, std::size_t, Tuple*) {
  return make_int(static_cast<std::int64_t>(type_of(self)->basic_size));
}

// ---------------------------------------------------------------- the singletons
static Value none_repr(Value) { return make_str_ascii("None"); }
// bool() of NoneType.
static int none_bool(Value) { return 0; }
// NoneType(): None.
static Value none_new(Type*, const Value*, std::size_t nargs, Tuple* kw) {
  if (nargs || (kw && kw->length)) return raise_type_error("NoneType takes no arguments");
  return newref(None());
}
// repr() of NotImplementedType.
static Value notimpl_repr(Value) { return make_str_ascii("NotImplemented"); }
// NotImplementedType.__new__.
static Value notimpl_new(Type*, const Value*, std::size_t nargs, Tuple* kw) {
  if (nargs || (kw && kw->length)) return raise_type_error("NotImplementedType takes no arguments");
  return newref(NotImplemented());
}
// repr() of ellipsis.
static Value ellipsis_repr(Value) { return make_str_ascii("Ellipsis"); }
// ellipsis.__new__.
static Value ellipsis_new(Type*, const Value*, std::size_t nargs, Tuple* kw) {
  if (nargs || (kw && kw->length)) return raise_type_error("ellipsis takes no arguments");
  return newref(Ellipsis());
}
// Singletons are never freed.
static void immortal_dealloc(Object* o) { o->refcnt = std::intptr_t{1} << 60; }

// Sets up object and the singletons' types.
void init_object_types() {
  Type* t = ObjectType;
  type_init(t, "object", nullptr, sizeof(Object), TF_BASETYPE);
  t->dealloc = object_dealloc;
  t->repr = object_repr_default;
  t->str = object_str;
  t->hash = hash_pointer;
  t->richcompare = object_richcompare;
  t->getattr = generic_getattr;
  t->setattr = generic_setattr;
  t->new_fn = object_new;
  t->init = object_init;
  add_getset(t, "__class__", object_get_class, object_set_class);
  add_method(t, "__format__", object_format);
  add_method(t, "__dir__", object_dir);
  add_method(t, "__sizeof__", object_sizeof);
  add_classmethod(t, "__init_subclass__", object_init_subclass);
  add_classmethod(t, "__subclasshook__", object_subclasshook);
  type_add(t, "__doc__", make_str_ascii("The base class of the class hierarchy."));
  type_ready(t);

  type_init(NoneType, "NoneType", ObjectType, sizeof(Object), 0);
  NoneType->repr = none_repr;
  NoneType->is_true = none_bool;
  NoneType->new_fn = none_new;
  NoneType->dealloc = immortal_dealloc;
  type_ready(NoneType);
  type_init(NotImplementedType, "NotImplementedType", ObjectType, sizeof(Object), 0);
  NotImplementedType->repr = notimpl_repr;
  NotImplementedType->new_fn = notimpl_new;
  NotImplementedType->dealloc = immortal_dealloc;
  type_ready(NotImplementedType);
  type_init(EllipsisType, "ellipsis", ObjectType, sizeof(Object), 0);
  EllipsisType->repr = ellipsis_repr;
  EllipsisType->new_fn = ellipsis_new;
  EllipsisType->dealloc = immortal_dealloc;
  type_ready(EllipsisType);
  for (auto [o, ty] : {std::pair{&g_none, NoneType}, {&g_notimpl, NotImplementedType}, {&g_ellipsis, EllipsisType}}) {
    o->refcnt = std::intptr_t{1} << 60;
    o->type = ty;
  }
}

}  // namespace peppy::objects
