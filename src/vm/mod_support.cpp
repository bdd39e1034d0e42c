// mod_support.cpp: helpers shared by the built-in modules written in C++: data-carrying
// native callables (which may bind like methods), namedtuple classes (collections.
// namedtuple and functools' CacheInfo), functools.update_wrapper, __dict__ access for
// native types and OSError raising.
#include "vm/mod_support.hpp"

#include <cstring>

#include "vm/runtime.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

// ---------------------------------------------------------------- data functions
struct DataFnObj : Object {
  const char* name;
  DataFn fn;
  Value data;  // owned
};
Type g_datafn, g_datamethod, g_tuplegetter;

// Frees a data function.
void datafn_dealloc(Object* o) {
  xdecref(static_cast<DataFnObj*>(o)->data);
  free_instance(o);
}
// Visits a data function's data.
void datafn_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  Value d = static_cast<DataFnObj*>(o)->data;
  if (d.is_object()) visit(d, arg);
}
// Calls a data function.
Value datafn_call(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  auto* f = static_cast<DataFnObj*>(self.obj());
  return f->fn(f->data, args, nargs, kwnames);
}
// repr: "<function NAME>"-like text.
Value datafn_repr(Value self) {
  return make_str_utf8(std::string("<built-in function ") + static_cast<DataFnObj*>(self.obj())->name + ">");
}
// __name__ of data functions.
Value datafn_name(Value self) { return make_str_utf8(static_cast<DataFnObj*>(self.obj())->name); }

// ---------------------------------------------------------------- _tuplegetter
struct TupleGetter : Object {
  std::int64_t index;
  Value doc;  // owned
};
// Frees a _tuplegetter.
void tg_dealloc(Object* o) {
  xdecref(static_cast<TupleGetter*>(o)->doc);
  free_instance(o);
}
// P.x / p.x: the field's item.
Value tg_get(Value self, Value obj, Value) {
  auto* g = static_cast<TupleGetter*>(self.obj());
  if (!obj || obj == None()) return newref(self);
  if (!is_tuple(obj))
    return raise_fmt(TypeErrorType, "descriptor for index '%s' for tuple subclasses doesn't apply to '%s' object",
                     {std::to_string(g->index), type_name(obj)});
  Tuple* t = as_tuple(obj);
  if (static_cast<std::size_t>(g->index) >= t->length) return raise(IndexErrorType, "tuple index out of range");
  return newref(t->items[g->index]);
}
// p.x = v: not allowed.
int tg_set(Value, Value, Value value) {
  raise(AttributeErrorType, value ? "can't set attribute" : "can't delete attribute");
  return -1;
}
// The __doc__ attribute of _tuplegetter (getter).
Value tg_doc(Value self) { return newref(static_cast<TupleGetter*>(self.obj())->doc); }

// repr: "_tuplegetter(0, 'Alias for field number 0')"
Value tg_repr(Value self) {
  auto* g = static_cast<TupleGetter*>(self.obj());
  Value d = repr(g->doc);
  if (!d) return d;
  std::string out = "_tuplegetter(" + std::to_string(g->index) + ", " + str_utf8_ref(as_str(d)) + ")";
  decref(d);
  return make_str_utf8(out);
}

// Readies the helper types once.
void init_types() {
  static bool done = false;
  if (done) return;
  done = true;
  type_init(&g_datafn, "builtin_function_or_method", ObjectType, sizeof(DataFnObj), TF_GC);
  g_datafn.new_fn = no_new;
  g_datafn.dealloc = datafn_dealloc;
  g_datafn.traverse = datafn_traverse;
  g_datafn.call = datafn_call;
  g_datafn.repr = datafn_repr;
  add_getset(&g_datafn, "__name__", datafn_name);
  add_getset(&g_datafn, "__qualname__", datafn_name);
  type_ready(&g_datafn);
  type_init(&g_datamethod, "function", ObjectType, sizeof(DataFnObj), TF_GC | TF_METHOD_DESCRIPTOR);
  g_datamethod.new_fn = no_new;
  g_datamethod.dealloc = datafn_dealloc;
  g_datamethod.traverse = datafn_traverse;
  g_datamethod.call = datafn_call;
  g_datamethod.repr = datafn_repr;
  g_datamethod.descr_get = method_like_get;
  add_getset(&g_datamethod, "__name__", datafn_name);
  add_getset(&g_datamethod, "__qualname__", datafn_name);
  type_ready(&g_datamethod);
  type_init(&g_tuplegetter, "_tuplegetter", ObjectType, sizeof(TupleGetter), 0);
  g_tuplegetter.module = "_collections";
  g_tuplegetter.repr = tg_repr;
  g_tuplegetter.new_fn = no_new;
  g_tuplegetter.dealloc = tg_dealloc;
  g_tuplegetter.descr_get = tg_get;
  g_tuplegetter.descr_set = tg_set;
  add_getset(&g_tuplegetter, "__doc__", tg_doc);
  type_ready(&g_tuplegetter);
}

// ---------------------------------------------------------------- namedtuple methods
// The data of a namedtuple class's functions: (name, fields tuple, defaults tuple or None).
Str* nt_name(Value data) { return as_str(as_tuple(data)->items[0]); }
// The field names of a namedtuple function's data.
Tuple* nt_fields(Value data) { return as_tuple(as_tuple(data)->items[1]); }
// The defaults (a tuple or None) of a namedtuple function's data.
Value nt_defaults(Value data) { return as_tuple(data)->items[2]; }

// "'x', 'y', and 'z'" as CPython lists missing arguments.
std::string quoted_list(const std::vector<std::string>& v) {
  std::string s;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) s += v.size() > 2 ? ", " : " ";
    if (i && i + 1 == v.size()) s += "and ";
    s += "'" + v[i] + "'";
  }
  return s;
}

// P.__new__(cls, *fields, **kw): binds the fields (with defaults) and makes the tuple.
Value nt_new(Value data, const Value* args, std::size_t nargs, Tuple* kwnames) {
  std::string fname = str_utf8(nt_name(data)) + ".__new__()";
  if (nargs < 1 || !is_type(args[0])) return raise(TypeErrorType, fname + " missing 1 required positional argument: '_cls'");
  Type* cls = as_type(args[0]);
  if (!is_subtype(cls, TupleType))
    return raise_fmt(TypeErrorType, "tuple.__new__(%s): %s is not a subtype of tuple", {cls->name, cls->name});
  Tuple* fields = nt_fields(data);
  std::size_t n = fields->length;
  if (nargs - 1 > n)
    return raise(TypeErrorType, fname + " takes " + std::to_string(n + 1) + " positional argument" + (n ? "s" : "") +
                                    " but " + std::to_string(nargs) + (nargs == 1 ? " was" : " were") + " given");
  std::vector<Value> vals(n);
  for (std::size_t i = 0; i + 1 < nargs; ++i) vals[i] = args[i + 1];
  std::size_t nkw = kwnames ? kwnames->length : 0;
  for (std::size_t k = 0; k < nkw; ++k) {
    Str* kn = as_str(kwnames->items[k]);
    std::size_t j = 0;
    for (; j < n; ++j)
      if (str_equal(as_str(fields->items[j]), kn)) break;
    if (j == n) return raise(TypeErrorType, fname + " got an unexpected keyword argument '" + str_utf8(kn) + "'");
    if (vals[j]) return raise(TypeErrorType, fname + " got multiple values for argument '" + str_utf8(kn) + "'");
    vals[j] = args[nargs + k];
  }
  Value defs = nt_defaults(data);
  std::size_t nd = is_tuple(defs) ? as_tuple(defs)->length : 0;
  std::vector<std::string> missing;
  for (std::size_t i = 0; i < n; ++i) {
    if (vals[i]) continue;
    if (i >= n - nd)
      vals[i] = as_tuple(defs)->items[i - (n - nd)];
    else
      missing.push_back(str_utf8(as_str(fields->items[i])));
  }
  if (!missing.empty())
    return raise(TypeErrorType, fname + " missing " + std::to_string(missing.size()) + " required positional argument" +
                                    (missing.size() == 1 ? "" : "s") + ": " + quoted_list(missing));
  Value t = make_tuple_from(vals.data(), n);
  Value r = TupleType->new_fn(cls, &t, 1, nullptr);
  decref(t);
  return r;
}

// repr: "P(x=1, y=2)" with the instance's class name.
Value nt_repr(Value data, const Value* args, std::size_t nargs, Tuple*) {
  if (nargs != 1) return raise(TypeErrorType, "__repr__() takes 1 positional argument");
  Value self = args[0];
  if (!is_tuple(self)) return raise(TypeErrorType, "__repr__ needs a tuple");
  Tuple* fields = nt_fields(data);
  if (repr_enter(self)) return make_str_ascii("...");
  std::string out = type_of(self)->name + "(";
  Tuple* t = as_tuple(self);
  for (std::size_t i = 0; i < t->length && i < fields->length; ++i) {
    if (i) out += ", ";
    out += str_utf8(as_str(fields->items[i])) + "=";
    Value r = repr(t->items[i]);
    if (!r) {
      repr_leave(self);
      return r;
    }
    out += str_utf8_ref(as_str(r));
    decref(r);
  }
  repr_leave(self);
  return make_str_utf8(out + ")");
}

// P._make(iterable)
Value nt_make(Value data, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (kwnames || nargs != 2) return raise(TypeErrorType, "_make() takes 2 positional arguments");
  if (!is_type(args[0]) || !is_subtype(as_type(args[0]), TupleType))
    return raise(TypeErrorType, "_make() needs a tuple subclass");
  Value t = tuple_from_iterable(args[1]);
  if (!t) return t;
  std::size_t n = nt_fields(data)->length;
  if (as_tuple(t)->length != n) {
    std::size_t got = as_tuple(t)->length;
    decref(t);
    return raise(TypeErrorType, "Expected " + std::to_string(n) + " arguments, got " + std::to_string(got));
  }
  Value r = TupleType->new_fn(as_type(args[0]), &t, 1, nullptr);
  decref(t);
  return r;
}

// p._replace(**kw)
Value nt_replace(Value data, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (nargs != 1 || !is_tuple(args[0])) return raise(TypeErrorType, "_replace() takes 1 positional argument");
  Tuple* self = as_tuple(args[0]);
  Tuple* fields = nt_fields(data);
  std::size_t n = fields->length;
  std::vector<Value> vals(self->items, self->items + self->length);
  std::size_t nkw = kwnames ? kwnames->length : 0;
  std::vector<bool> used(nkw, false);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t k = 0; k < nkw; ++k)
      if (str_equal(as_str(fields->items[i]), as_str(kwnames->items[k]))) {
        if (i < vals.size()) vals[i] = args[nargs + k];
        used[k] = true;
      }
  std::string extra;
  for (std::size_t k = 0; k < nkw; ++k)
    if (!used[k]) extra += (extra.empty() ? "" : ", ") + str_repr_utf8(as_str(kwnames->items[k]));
  if (!extra.empty()) return raise(ValueErrorType, "Got unexpected field names: [" + extra + "]");
  Value t = make_tuple_from(vals.data(), vals.size());
  Value r = TupleType->new_fn(type_of(args[0]), &t, 1, nullptr);
  decref(t);
  return r;
}

// p._asdict(): {field: value}
Value nt_asdict(Value data, const Value* args, std::size_t nargs, Tuple*) {
  if (nargs != 1 || !is_tuple(args[0])) return raise(TypeErrorType, "_asdict() takes 1 positional argument");
  Tuple* self = as_tuple(args[0]);
  Tuple* fields = nt_fields(data);
  Value d = make_dict();
  for (std::size_t i = 0; i < fields->length && i < self->length; ++i) dict_set(d, fields->items[i], self->items[i]);
  return d;
}

// p.__getnewargs__(): tuple(p)
Value nt_getnewargs(Value, const Value* args, std::size_t nargs, Tuple*) {
  if (nargs != 1 || !is_tuple(args[0])) return raise(TypeErrorType, "__getnewargs__() takes 1 positional argument");
  return make_tuple_from(as_tuple(args[0])->items, as_tuple(args[0])->length);
}

// d[name] = v (steals v).
void put(Value d, const char* name, Value v) {
  dict_set_str(d, name, v);
  decref(v);
}

}  // namespace

Value method_like_get(Value self, Value obj, Value) {
  if (!obj || obj == None()) return newref(self);
  return make_bound_method(self, obj);
}

// See mod_support.hpp.
Value class_getitem(Value cls, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (!no_kwargs("__class_getitem__", kwnames) || !check_exact("__class_getitem__", nargs, 1)) return Value();
  return make_generic_alias(cls, args[0]);
}

// See mod_support.hpp.
std::int64_t unhashable_qualified(Value self) {
  Type* t = type_of(self);
  std::string name = (t->flags & TF_HEAPTYPE) ? t->name : t->module + "." + t->name;
  raise(TypeErrorType, "unhashable type: '" + name + "'");
  return -1;
}

// See mod_support.hpp.
Value no_new(Type* t, const Value*, std::size_t, Tuple*) {
  std::string name = t->module.empty() || t->module == "builtins" ? t->name : t->module + "." + t->name;
  return raise(TypeErrorType, "cannot create '" + name + "' instances");
}

// See mod_support.hpp.
Value make_data_fn(const char* name, DataFn fn, Value data, bool method) {
  init_types();
  Value v = alloc_instance(method ? &g_datamethod : &g_datafn);
  auto* f = static_cast<DataFnObj*>(v.obj());
  f->name = name;
  f->fn = fn;
  f->data = newref(data);
  return v;
}

// See mod_support.hpp.
Value make_namedtuple_class(const std::string& name, const std::vector<std::string>& fields, Value defaults,
                            Value module) {
  init_types();
  Value ftuple = make_tuple(fields.size());
  for (std::size_t i = 0; i < fields.size(); ++i) as_tuple(ftuple)->items[i] = newref(val(intern(fields[i])));
  Value name_s = make_str_utf8(name);
  Value data = tuple_pack({name_s, ftuple, defaults ? defaults : None()});
  Value ns = make_dict();
  std::string doc = name + "(";
  for (std::size_t i = 0; i < fields.size(); ++i) doc += (i ? ", " : "") + fields[i];
  put(ns, "__doc__", make_str_utf8(doc + ")"));
  put(ns, "__slots__", newref(empty_tuple()));
  put(ns, "_fields", newref(ftuple));
  Value fd = make_dict();
  if (defaults && is_tuple(defaults)) {
    std::size_t nd = as_tuple(defaults)->length, n = fields.size();
    for (std::size_t i = 0; i < nd; ++i) dict_set(fd, as_tuple(ftuple)->items[n - nd + i], as_tuple(defaults)->items[i]);
  }
  put(ns, "_field_defaults", fd);
  put(ns, "__match_args__", newref(ftuple));
  put(ns, "__module__", newref(module ? module : None()));
  put(ns, "__new__", make_data_fn("__new__", nt_new, data, false));
  Value mk = make_data_fn("_make", nt_make, data, false);
  put(ns, "_make", call(val(ClassMethodType), &mk, 1));
  decref(mk);
  put(ns, "_replace", make_data_fn("_replace", nt_replace, data, true));
  put(ns, "__repr__", make_data_fn("__repr__", nt_repr, data, true));
  put(ns, "_asdict", make_data_fn("_asdict", nt_asdict, data, true));
  put(ns, "__getnewargs__", make_data_fn("__getnewargs__", nt_getnewargs, data, true));
  for (std::size_t i = 0; i < fields.size(); ++i) {
    Value g = alloc_instance(&g_tuplegetter);
    auto* tg = static_cast<TupleGetter*>(g.obj());
    tg->index = static_cast<std::int64_t>(i);
    tg->doc = make_str_utf8("Alias for field number " + std::to_string(i));
    put(ns, fields[i].c_str(), g);
  }
  Value bases = tuple_pack({val(TupleType)});
  Type* t = make_heap_type(as_str(name_s), as_tuple(bases), as_dict(ns));
  decref(bases);
  decref(ns);
  decref(data);
  decref(ftuple);
  decref(name_s);
  return t ? val(t) : Value();
}

// See mod_support.hpp.
Value update_wrapper_default(Value wrapper, Value wrapped) {
  static const char* const assigned[] = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};
  for (const char* a : assigned) {
    Value v = getattr_or_null(wrapped, intern(a));
    if (!v) {
      if (has_error()) {
        if (!exception_matches(current_error(), val(AttributeErrorType))) return Value();
        clear_error();
      }
      continue;
    }
    int r = setattr(wrapper, intern(a), v);
    decref(v);
    if (r < 0) return Value();
  }
  Value wd = getattr(wrapper, names.dict);
  if (!wd) return Value();
  Value od = getattr_or_null(wrapped, names.dict);
  if (!od && has_error()) clear_error();
  if (od) {
    Value r = call_method(wd, intern("update"), &od, 1);
    decref(od);
    if (!r) {
      decref(wd);
      return r;
    }
    decref(r);
  }
  decref(wd);
  if (setattr(wrapper, intern("__wrapped__"), wrapped) < 0) return Value();
  return newref(wrapper);
}

// See mod_support.hpp.
Value native_get_dict(Value self) {
  Dict** dp = instance_dict_ptr(self);
  if (!dp) return raise_type_error("This object has no __dict__");
  if (!*dp) *dp = as_dict(make_dict());
  return newref(val(*dp));
}
// See mod_support.hpp.
int native_set_dict(Value self, Value v) {
  Dict** dp = instance_dict_ptr(self);
  if (!v || !is_dict(v)) {
    raise_type_error(v ? "__dict__ must be set to a dictionary" : "cannot delete __dict__");
    return -1;
  }
  Dict* old = *dp;
  *dp = as_dict(newref(v));
  if (old) decref(val(old));
  return 0;
}

// See mod_support.hpp.
Value raise_os_error(int err, Value filename) {
  Value args[3] = {make_int(err), make_str_utf8(std::strerror(err)), filename ? newref(filename) : Value()};
  Value e = call(val(OSErrorType), args, filename ? 3 : 2);
  for (Value a : args) xdecref(a);
  if (!e) return e;
  set_error(e);
  decref(e);
  return Value();
}

}  // namespace peppy::vm
