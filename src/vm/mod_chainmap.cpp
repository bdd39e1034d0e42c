// mod_chainmap.cpp: collections.ChainMap: a view of several mappings searched in turn
// (writes go to the first), with CPython's repr, new_child/parents and KeyError
// messages. The collections module (mod_collections.cpp) exports it.
#include <string>

#include "objects/core.hpp"
#include "vm/mod_support.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

struct ChainMap : Object {
  Value maps;  // a list of mappings (owned)
  Dict* dict;  // __dict__ (owned)
};
Type g_chainmap;

// The ChainMap behind a value.
ChainMap* cm(Value v) { return static_cast<ChainMap*>(v.obj()); }
// The maps list (borrowed); it is always a list.
List* maps_of(Value self) { return as_list(cm(self)->maps); }

// ChainMap.__new__: one empty dict in maps.
Value cm_new(Type* t, const Value*, std::size_t, Tuple*) {
  Value v = alloc_instance(t);
  cm(v)->maps = make_list(0);
  return v;
}
// ChainMap(*maps)
int cm_init(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("ChainMap", kw)) return -1;
  Value l = make_tuple_from(args, nargs);
  Value lst = list_from_iterable(l);
  decref(l);
  if (!lst) return -1;
  if (as_list(lst)->length == 0) {
    Value d = make_dict();
    list_append(lst, d);
    decref(d);
  }
  Value old = cm(self)->maps;
  cm(self)->maps = lst;
  decref(old);
  return 0;
}
// Frees a ChainMap.
void cm_dealloc(Object* o) {
  ChainMap* c = static_cast<ChainMap*>(o);
  decref(c->maps);
  if (c->dict) decref(val(c->dict));
  free_instance(o);
}
// Visits a ChainMap's references.
void cm_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  ChainMap* c = static_cast<ChainMap*>(o);
  visit(c->maps, arg);
  if (c->dict) visit(val(c->dict), arg);
}
// A snapshot of the maps (new reference to a tuple).
Value maps_snapshot(Value self) { return make_tuple_from(maps_of(self)->items, maps_of(self)->length); }
// cm[key]: the first mapping that has it; else __missing__ / KeyError.
Value cm_getitem(Value self, Value key) {
  Value snap = maps_snapshot(self);
  Tuple* t = as_tuple(snap);
  for (std::size_t i = 0; i < t->length; ++i) {
    Value v = getitem(t->items[i], key);
    if (v) {
      decref(snap);
      return v;
    }
    if (!exception_matches(current_error(), val(KeyErrorType))) {
      decref(snap);
      return Value();
    }
    clear_error();
  }
  decref(snap);
  if (!is_exact(self, &g_chainmap)) {
    bool found = false;
    Value r = call_special(self, names.missing, &key, 1, &found);
    if (found || has_error()) return r;
  }
  return raise_key_error(key);
}
// key in cm
int cm_contains(Value self, Value key) {
  Value snap = maps_snapshot(self);
  Tuple* t = as_tuple(snap);
  int r = 0;
  for (std::size_t i = 0; i < t->length && r == 0; ++i) r = contains(t->items[i], key);
  decref(snap);
  return r;
}
// The merged keys in iteration order: the last mapping's first (a dict of key -> None).
Value merged_keys(Value self) {
  Value d = make_dict();
  Value snap = maps_snapshot(self);
  Tuple* t = as_tuple(snap);
  for (std::size_t i = t->length; i-- > 0;) {
    int r = for_each(t->items[i], [&](Value k) -> int { return dict_set(d, k, None()); });
    if (r < 0) {
      decref(snap);
      decref(d);
      return Value();
    }
  }
  decref(snap);
  return d;
}
// The merged contents as a dict {key: cm[key]}.
Value merged_dict(Value self) {
  Value keys = merged_keys(self);
  if (!keys) return keys;
  Value out = make_dict();
  int r = for_each(keys, [&](Value k) -> int {
    Value v = cm_getitem(self, k);
    if (!v) return -1;
    int s = dict_set(out, k, v);
    decref(v);
    return s;
  });
  decref(keys);
  if (r < 0) {
    decref(out);
    return Value();
  }
  return out;
}
// len(cm): the number of distinct keys.
std::int64_t cm_len(Value self) {
  Value keys = merged_keys(self);
  if (!keys) return -1;
  std::int64_t n = static_cast<std::int64_t>(as_dict(keys)->used);
  decref(keys);
  return n;
}
// iter(cm): the distinct keys, the last mapping's first.
Value cm_iter(Value self) {
  Value keys = merged_keys(self);
  if (!keys) return keys;
  Value it = get_iter(keys);
  decref(keys);
  return it;
}
// bool(cm): any mapping non-empty.
int cm_bool(Value self) {
  Value snap = maps_snapshot(self);
  Tuple* t = as_tuple(snap);
  int r = 0;
  for (std::size_t i = 0; i < t->length && r == 0; ++i) r = is_true(t->items[i]);
  decref(snap);
  return r;
}
// repr: "ChainMap({'a': 1}, {'b': 2})"
Value cm_repr(Value self) {
  if (repr_enter(self)) return make_str_ascii("...");
  std::string out = type_name(self) + "(";
  Value snap = maps_snapshot(self);
  Tuple* t = as_tuple(snap);
  for (std::size_t i = 0; i < t->length; ++i) {
    Value r = repr(t->items[i]);
    if (!r) {
      decref(snap);
      repr_leave(self);
      return r;
    }
    if (i) out += ", ";
    out += str_utf8_ref(as_str(r));
    decref(r);
  }
  decref(snap);
  repr_leave(self);
  return make_str_utf8(out + ")");
}
// "Key not found in the first mapping: 'x'" as a KeyError.
Value key_not_in_first(Value key) {
  Value r = repr(key);
  if (!r) return r;
  Value msg = make_str_utf8("Key not found in the first mapping: " + str_utf8_ref(as_str(r)));
  decref(r);
  raise_key_error(msg);
  decref(msg);
  return Value();
}
// cm[key] = v (first mapping) / del cm[key]
int cm_setitem(Value self, Value key, Value value) {
  Value first = maps_of(self)->items[0];
  if (value) return setitem(first, key, value);
  if (delitem(first, key) == 0) return 0;
  if (!exception_matches(current_error(), val(KeyErrorType))) return -1;
  clear_error();
  key_not_in_first(key);
  return -1;
}
// cm == other: the merged contents compared with a dict or ChainMap.
Value cm_richcompare(Value a, Value b, int op) {
  if ((op != 2 && op != 3) || !isinstance_type(a, &g_chainmap) ||
      (!is_dict(b) && !isinstance_type(b, &g_chainmap)))
    return newref(NotImplemented());
  Value x = merged_dict(a);
  if (!x) return x;
  Value y = is_dict(b) ? newref(b) : merged_dict(b);
  if (!y) {
    decref(x);
    return y;
  }
  Value r = compare(x, y, op);
  decref(x);
  decref(y);
  return r;
}
// A new ChainMap of self's class over the given maps (borrowed).
Value make_like(Value self, const Value* maps, std::size_t n) { return call(val(type_of(self)), maps, n); }

#define CM_METHOD(fn) Value fn(Value self, [[maybe_unused]] const Value* args, std::size_t nargs, Tuple* kw)

// ChainMap.get()
CM_METHOD(cm_get) {
  if (!no_kwargs("get", kw) || !check_args("get", nargs, 1, 2)) return Value();
  int c = cm_contains(self, args[0]);
  if (c < 0) return Value();
  if (!c) return newref(nargs > 1 ? args[1] : None());
  return cm_getitem(self, args[0]);
}
// ChainMap.new_child()
CM_METHOD(cm_new_child) {
  static const char* const pn[] = {"m"};
  std::size_t nkw = kw ? kw->length : 0;
  Value m = nargs ? args[0] : Value();
  if (nargs > 1) return raise(TypeErrorType, "new_child() takes from 1 to 2 positional arguments");
  Ref made;
  if (!m || m == None()) {
    made = Ref(make_dict());
    for (std::size_t i = 0; i < nkw; ++i) {
      if (str_utf8_ref(as_str(kw->items[i])) == pn[0]) {
        m = args[nargs + i];
        continue;
      }
      dict_set(made.get(), kw->items[i], args[nargs + i]);
    }
    if (!m || m == None()) m = made.get();
  } else {
    for (std::size_t i = 0; i < nkw; ++i)
      if (setitem(m, kw->items[i], args[nargs + i]) < 0) return Value();
  }
  List* l = maps_of(self);
  std::vector<Value> all{m};
  all.insert(all.end(), l->items, l->items + l->length);
  return make_like(self, all.data(), all.size());
}
// The parents attribute: a ChainMap of every map but the first (getter).
Value cm_parents(Value self) {
  List* l = maps_of(self);
  return make_like(self, l->items + 1, l->length ? l->length - 1 : 0);
}
// The maps attribute of ChainMap (getter).
Value cm_get_maps(Value self) { return newref(cm(self)->maps); }
// Sets the maps attribute of ChainMap.
int cm_set_maps(Value self, Value v) {
  if (!v || !is_list(v) || as_list(v)->length == 0) {
    raise(TypeErrorType, "maps must be a non-empty list");
    return -1;
  }
  Value old = cm(self)->maps;
  cm(self)->maps = newref(v);
  decref(old);
  return 0;
}
// ChainMap.copy()
CM_METHOD(cm_copy) {
  if (!no_kwargs("copy", kw) || !check_exact("copy", nargs, 0)) return Value();
  List* l = maps_of(self);
  Value first = call_method(l->items[0], intern("copy"), nullptr, 0);
  if (!first) return first;
  std::vector<Value> all{first};
  all.insert(all.end(), l->items + 1, l->items + l->length);
  Value r = make_like(self, all.data(), all.size());
  decref(first);
  return r;
}
// ChainMap.pop()
CM_METHOD(cm_pop) {
  if (!no_kwargs("pop", kw) || !check_args("pop", nargs, 1, 2)) return Value();
  Value r = call_method(maps_of(self)->items[0], intern("pop"), args, nargs);
  if (r || !exception_matches(current_error(), val(KeyErrorType))) return r;
  clear_error();
  return key_not_in_first(args[0]);
}
// ChainMap.popitem()
CM_METHOD(cm_popitem) {
  if (!no_kwargs("popitem", kw) || !check_exact("popitem", nargs, 0)) return Value();
  Value r = call_method(maps_of(self)->items[0], intern("popitem"), nullptr, 0);
  if (r || !exception_matches(current_error(), val(KeyErrorType))) return r;
  clear_error();
  Value msg = make_str_ascii("No keys found in the first mapping.");
  raise_key_error(msg);
  decref(msg);
  return Value();
}
// ChainMap.clear()
CM_METHOD(cm_clear) {
  if (!no_kwargs("clear", kw) || !check_exact("clear", nargs, 0)) return Value();
  return call_method(maps_of(self)->items[0], intern("clear"), nullptr, 0);
}
// keys()/items()/values() of the merged contents (views of a snapshot dict).
Value cm_view(Value self, const char* which) {
  Value d = merged_dict(self);
  if (!d) return d;
  Value r = call_method(d, intern(which), nullptr, 0);
  decref(d);
  return r;
}
// ChainMap.keys()
CM_METHOD(cm_keys) {
  if (!no_kwargs("keys", kw) || !check_exact("keys", nargs, 0)) return Value();
  return cm_view(self, "keys");
}
// ChainMap.items()
CM_METHOD(cm_items) {
  if (!no_kwargs("items", kw) || !check_exact("items", nargs, 0)) return Value();
  return cm_view(self, "items");
}
// ChainMap.values()
CM_METHOD(cm_values) {
  if (!no_kwargs("values", kw) || !check_exact("values", nargs, 0)) return Value();
  return cm_view(self, "values");
}

}  // namespace

// Readies collections.ChainMap once and returns it.
Type* chainmap_type() {
  static bool done = false;
  if (done) return &g_chainmap;
  done = true;
  Type* t = &g_chainmap;
  type_init(t, "ChainMap", ObjectType, sizeof(ChainMap), TF_BASETYPE | TF_GC);
  t->module = "collections";
  t->dict_offset = member_offset(&ChainMap::dict);
  t->new_fn = cm_new;
  t->init = cm_init;
  t->dealloc = cm_dealloc;
  t->traverse = cm_traverse;
  t->repr = cm_repr;
  t->getitem = cm_getitem;
  t->setitem = cm_setitem;
  t->contains = cm_contains;
  t->length = cm_len;
  t->iter = cm_iter;
  t->is_true = cm_bool;
  t->richcompare = cm_richcompare;
  t->hash = hash_not_implemented;
  add_method(t, "get", cm_get);
  add_method(t, "new_child", cm_new_child);
  add_method(t, "copy", cm_copy);
  add_method(t, "__copy__", cm_copy);
  add_method(t, "pop", cm_pop);
  add_method(t, "popitem", cm_popitem);
  add_method(t, "clear", cm_clear);
  add_method(t, "keys", cm_keys);
  add_method(t, "items", cm_items);
  add_method(t, "values", cm_values);
  add_getset(t, "parents", cm_parents);
  add_classmethod(t, "__class_getitem__", class_getitem);
  add_getset(t, "maps", cm_get_maps, cm_set_maps);
  add_getset(t, "__dict__", native_get_dict, native_set_dict);
  type_ready(t);
  return t;
}

}  // namespace peppy::vm
