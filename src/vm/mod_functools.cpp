// mod_functools.cpp: the functools module (built into the VM): reduce, partial,
// lru_cache / cache (with cache_info, cache_clear, cache_parameters), update_wrapper and
// wraps, total_ordering, cmp_to_key, cached_property, partialmethod and singledispatch
// (by the MRO; no ABC registration), with CPython's reprs and messages.
#include <cstdio>
#include <string>
#include <vector>

#include "objects/core.hpp"
#include "vm/mod_support.hpp"
#include "vm/modules.hpp"
#include "vm/runtime.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

Type g_partial, g_lru, g_keywrapper, g_cached_property;
Value g_cache_info_class;  // the CacheInfo namedtuple class (owned, made once)
Value g_kwmark;            // the separator of keyword arguments in lru_cache keys
Value g_update_wrapper, g_assigned, g_updated;  // update_wrapper and its default lists (owned)

// ---------------------------------------------------------------- reduce
// reduce(function, iterable[, initial])
Value ft_reduce(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("reduce", kw) || !check_args("reduce", nargs, 2, 3)) return Value();
  Value it = get_iter(args[1]);
  if (!it) {
    if (exception_matches(current_error(), val(TypeErrorType))) {
      clear_error();
      return raise(TypeErrorType, "reduce() arg 2 must support iteration");
    }
    return it;
  }
  Value acc = nargs == 3 ? newref(args[2]) : Value();
  for (;;) {
    Value item = iter_next(it);
    if (!item) break;
    if (!acc) {
      acc = item;
      continue;
    }
    Value pair[2] = {acc, item};
    Value r = call(args[0], pair, 2);
    decref(acc);
    decref(item);
    acc = r;
    if (!acc) break;
  }
  decref(it);
  if (has_error()) {
    xdecref(acc);
    return Value();
  }
  if (!acc) return raise(TypeErrorType, "reduce() of empty iterable with no initial value");
  return acc;
}

// ---------------------------------------------------------------- partial
struct Partial : Object {
  Value fn;      // owned
  Value args;    // a tuple (owned)
  Value kw;      // a dict (owned)
  Dict* dict;    // __dict__ (owned, made on demand)
};
// The partial object behind a value.
Partial* as_partial(Value v) { return static_cast<Partial*>(v.obj()); }

// partial(func, *args, **keywords): nested plain partials flatten.
Value partial_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (nargs < 1) return raise(TypeErrorType, "type 'partial' takes at least one argument");
  Value fn = args[0];
  if (!type_of(fn)->call) return raise(TypeErrorType, "the first argument must be callable");
  std::vector<Value> pos;
  Value kw = make_dict();
  if (is_exact(fn, &g_partial) && !as_partial(fn)->dict) {
    Partial* inner = as_partial(fn);
    for (std::size_t i = 0; i < as_tuple(inner->args)->length; ++i) pos.push_back(as_tuple(inner->args)->items[i]);
    dict_update(kw, inner->kw);
    fn = inner->fn;
  }
  for (std::size_t i = 1; i < nargs; ++i) pos.push_back(args[i]);
  std::size_t nkw = kwnames ? kwnames->length : 0;
  for (std::size_t i = 0; i < nkw; ++i) dict_set(kw, kwnames->items[i], args[nargs + i]);
  Value self = alloc_instance(t);
  Partial* p = as_partial(self);
  p->fn = newref(fn);
  p->args = make_tuple_from(pos.data(), pos.size());
  p->kw = kw;
  return self;
}
// Frees a partial.
void partial_dealloc(Object* o) {
  Partial* p = static_cast<Partial*>(o);
  decref(p->fn);
  decref(p->args);
  decref(p->kw);
  if (p->dict) decref(val(p->dict));
  free_instance(o);
}
// Visits a partial's references.
void partial_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  Partial* p = static_cast<Partial*>(o);
  for (Value v : {p->fn, p->args, p->kw})
    if (v.is_object()) visit(v, arg);
  if (p->dict) visit(val(p->dict), arg);
}
// Calls a partial: its args then the call's, its keywords updated by the call's.
Value partial_call(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  Partial* p = as_partial(self);
  Tuple* pa = as_tuple(p->args);
  std::vector<Value> buf(pa->items, pa->items + pa->length);
  buf.insert(buf.end(), args, args + nargs);
  std::size_t npos = buf.size();
  std::size_t nkw = kwnames ? kwnames->length : 0;
  Dict* pk = as_dict(p->kw);
  if (pk->used == 0) {
    buf.insert(buf.end(), args + nargs, args + nargs + nkw);
    return call(p->fn, buf.data(), npos, kwnames);
  }
  Value kw = dict_copy(p->kw);
  for (std::size_t i = 0; i < nkw; ++i) dict_set(kw, kwnames->items[i], args[nargs + i]);
  Value names_t = make_tuple(as_dict(kw)->used);
  std::size_t pos = 0, i = 0;
  Value k, v;
  while (dict_next(as_dict(kw), pos, k, v)) {
    as_tuple(names_t)->items[i++] = newref(k);
    buf.push_back(v);
  }
  Value r = call(p->fn, buf.data(), npos, as_tuple(names_t));
  decref(names_t);
  decref(kw);
  return r;
}
// repr: "functools.partial(<function f at 0x...>, 1, b=2)"
Value partial_repr(Value self) {
  Partial* p = as_partial(self);
  std::string name = is_exact(self, &g_partial) ? "functools.partial" : type_of(self)->name;
  if (repr_enter(self)) return make_str_ascii("...");
  std::string out = name + "(";
  auto add = [&](Value v) -> bool {
    Value r = repr(v);
    if (!r) return false;
    out += str_utf8_ref(as_str(r));
    decref(r);
    return true;
  };
  bool ok = add(p->fn);
  for (std::size_t i = 0; ok && i < as_tuple(p->args)->length; ++i) {
    out += ", ";
    ok = add(as_tuple(p->args)->items[i]);
  }
  std::size_t pos = 0;
  Value k, v;
  while (ok && dict_next(as_dict(p->kw), pos, k, v)) {
    Value s = str(k);
    if (!s) {
      ok = false;
      break;
    }
    out += ", " + str_utf8_ref(as_str(s)) + "=";
    decref(s);
    ok = add(v);
  }
  repr_leave(self);
  if (!ok) return Value();
  return make_str_utf8(out + ")");
}
// The func attribute of partial (getter).
Value partial_func(Value self) { return newref(as_partial(self)->fn); }
// The args attribute of partial (getter).
Value partial_args(Value self) { return newref(as_partial(self)->args); }
// The keywords attribute of partial (getter).
Value partial_keywords(Value self) { return newref(as_partial(self)->kw); }

// Setting func/args/keywords of a partial: read-only members.
int partial_readonly(Value, Value) {
  raise(AttributeErrorType, "readonly attribute");
  return -1;
}


// ---------------------------------------------------------------- partialmethod
// partialmethod(func, *args, **keywords): a descriptor that binds like func, then applies
// the stored arguments. Shares Partial's layout (func, args, keywords, __dict__).
Type g_partialmethod;

// partialmethod(func, *args, **keywords); a nested partialmethod flattens.
Value pm_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (nargs < 1) return raise(TypeErrorType, "partialmethod.__init__() missing 1 required positional argument: 'func'");
  Value fn = args[0];
  if (!type_of(fn)->call && !type_of(fn)->descr_get) {
    Value r = repr(fn);
    if (!r) return r;
    std::string msg = str_utf8_ref(as_str(r)) + " is not callable or a descriptor";
    decref(r);
    return raise(TypeErrorType, msg);
  }
  std::vector<Value> pos;
  Value kw = make_dict();
  if (isinstance_type(fn, &g_partialmethod)) {
    Partial* inner = as_partial(fn);
    for (std::size_t i = 0; i < as_tuple(inner->args)->length; ++i) pos.push_back(as_tuple(inner->args)->items[i]);
    dict_update(kw, inner->kw);
    fn = inner->fn;
  }
  for (std::size_t i = 1; i < nargs; ++i) pos.push_back(args[i]);
  std::size_t nkw = kwnames ? kwnames->length : 0;
  for (std::size_t i = 0; i < nkw; ++i) dict_set(kw, kwnames->items[i], args[nargs + i]);
  Value self = alloc_instance(t);
  Partial* p = as_partial(self);
  p->fn = newref(fn);
  p->args = make_tuple_from(pos.data(), pos.size());
  p->kw = kw;
  return self;
}
// The unbound form (class access): calls func(cls_or_self, *args, *call_args, **merged).
Value pm_unbound_call(Value data, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (nargs < 1) return raise(TypeErrorType, "_method() missing 1 required positional argument: 'cls_or_self'");
  Partial* p = as_partial(data);
  Tuple* pa = as_tuple(p->args);
  std::vector<Value> buf{args[0]};
  buf.insert(buf.end(), pa->items, pa->items + pa->length);
  buf.insert(buf.end(), args + 1, args + nargs);
  std::size_t npos = buf.size();
  Value kw = dict_copy(p->kw);
  std::size_t nkw = kwnames ? kwnames->length : 0;
  for (std::size_t i = 0; i < nkw; ++i) dict_set(kw, kwnames->items[i], args[nargs + i]);
  Value names_t = make_tuple(as_dict(kw)->used);
  std::size_t pos = 0, i = 0;
  Value k, v;
  while (dict_next(as_dict(kw), pos, k, v)) {
    as_tuple(names_t)->items[i++] = newref(k);
    buf.push_back(v);
  }
  Value r = call(p->fn, buf.data(), npos, as_tuple(names_t));
  decref(names_t);
  decref(kw);
  return r;
}
// __get__: func bound to obj with the stored arguments applied (a partial), or the
// unbound form when func does not bind.
Value pm_get(Value self, Value obj, Value type) {
  Partial* p = as_partial(self);
  TernaryFn get = type_of(p->fn)->descr_get;
  if (get) {
    Value nf = get(p->fn, obj && obj != None() ? obj : Value(), type ? type : (obj ? val(type_of(obj)) : Value()));
    if (!nf) return nf;
    if (nf != p->fn) {
      Tuple* pa = as_tuple(p->args);
      std::vector<Value> buf{nf};
      buf.insert(buf.end(), pa->items, pa->items + pa->length);
      std::size_t npos = buf.size();
      Value names_t = make_tuple(as_dict(p->kw)->used);
      std::size_t pos = 0, i = 0;
      Value k, v;
      while (dict_next(as_dict(p->kw), pos, k, v)) {
        as_tuple(names_t)->items[i++] = newref(k);
        buf.push_back(v);
      }
      Value r = partial_new(&g_partial, buf.data(), npos, i ? as_tuple(names_t) : nullptr);
      decref(names_t);
      decref(nf);
      return r;
    }
    decref(nf);
  }
  Value unbound = make_data_fn("_method", pm_unbound_call, self, true);
  if (!obj || obj == None()) return unbound;
  Value r = make_bound_method(unbound, obj);
  decref(unbound);
  return r;
}
// repr: "functools.partialmethod(<function C.f at 0x...>, 10, b=2)"
Value pm_repr(Value self) {
  Value r = partial_repr(self);
  if (!r || !is_exact(self, &g_partialmethod)) return r;
  std::string s = str_utf8(as_str(r));
  decref(r);
  return make_str_utf8("functools.partialmethod" + s.substr(s.find('(')));
}

// ---------------------------------------------------------------- lru_cache
struct LruCache : Object {
  Value fn;              // owned
  Value cache;           // a dict key -> result, least recently used first (owned)
  std::int64_t maxsize;  // -1: unbounded
  bool typed;
  std::int64_t hits, misses;
  Dict* dict;  // __dict__ (owned)
};
// The lru_cache wrapper behind a value.
LruCache* as_lru(Value v) { return static_cast<LruCache*>(v.obj()); }

// The cache key of a call: the arguments, the keyword names and values after a marker,
// and the argument types when typed. A lone int or str argument is its own key.
Value make_key(LruCache* c, const Value* args, std::size_t nargs, Tuple* kwnames) {
  std::size_t nkw = kwnames ? kwnames->length : 0;
  if (nkw == 0 && nargs == 1 && (args[0].is_small() || is_exact(args[0], StrType) || is_exact(args[0], IntType)))
    return newref(args[0]);
  std::vector<Value> items(args, args + nargs);
  if (nkw) {
    items.push_back(g_kwmark);
    for (std::size_t i = 0; i < nkw; ++i) {
      items.push_back(kwnames->items[i]);
      items.push_back(args[nargs + i]);
    }
  }
  if (c->typed) {
    for (std::size_t i = 0; i < nargs + nkw; ++i) items.push_back(val(type_of(args[i])));
  }
  return make_tuple_from(items.data(), items.size());
}

// Calls the cached function (or answers from the cache).
Value lru_call(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  LruCache* c = as_lru(self);
  if (c->maxsize == 0) {
    ++c->misses;
    return call(c->fn, args, nargs, kwnames);
  }
  Value key = make_key(c, args, nargs, kwnames);
  if (!key) return key;
  std::int64_t h = hash(key);
  if (h == -1) {
    decref(key);
    return Value();
  }
  int err = 0;
  Value hit = dict_lookup(as_dict(c->cache), key, h, &err);
  if (err) {
    decref(key);
    return Value();
  }
  if (hit) {
    ++c->hits;
    Value r = newref(hit);
    if (c->maxsize > 0) {  // move to the most recent end
      dict_del(c->cache, key);
      dict_set_hashed(as_dict(c->cache), key, h, r);
    }
    decref(key);
    return r;
  }
  ++c->misses;
  Value r = call(c->fn, args, nargs, kwnames);
  if (!r) {
    decref(key);
    return r;
  }
  Value again = dict_lookup(as_dict(c->cache), key, h, &err);
  if (!again && !err) {
    if (c->maxsize > 0 && static_cast<std::int64_t>(as_dict(c->cache)->used) >= c->maxsize) {
      std::size_t pos = 0;
      Value k, v;
      if (dict_next(as_dict(c->cache), pos, k, v)) {
        Value kk = newref(k);
        dict_del(c->cache, kk);
        decref(kk);
      }
    }
    dict_set_hashed(as_dict(c->cache), key, h, r);
  }
  decref(key);
  return r;
}
// Frees an lru_cache wrapper.
void lru_dealloc(Object* o) {
  LruCache* c = static_cast<LruCache*>(o);
  decref(c->fn);
  decref(c->cache);
  if (c->dict) decref(val(c->dict));
  free_instance(o);
}
// Visits an lru_cache wrapper's references.
void lru_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  LruCache* c = static_cast<LruCache*>(o);
  visit(c->fn, arg);
  visit(c->cache, arg);
  if (c->dict) visit(val(c->dict), arg);
}
// f.cache_info(): CacheInfo(hits=, misses=, maxsize=, currsize=)
Value lru_cache_info(Value self, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("cache_info", kw) || !check_exact("cache_info", nargs, 0)) return Value();
  LruCache* c = as_lru(self);
  Value a[4] = {make_int(c->hits), make_int(c->misses), c->maxsize < 0 ? newref(None()) : make_int(c->maxsize),
                make_int(static_cast<std::int64_t>(as_dict(c->cache)->used))};
  Value r = call(g_cache_info_class, a, 4);
  for (Value v : a) decref(v);
  return r;
}
// f.cache_clear()
Value lru_cache_clear(Value self, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("cache_clear", kw) || !check_exact("cache_clear", nargs, 0)) return Value();
  LruCache* c = as_lru(self);
  Value old = c->cache;
  c->cache = make_dict();
  decref(old);
  c->hits = c->misses = 0;
  return newref(None());
}
// f.cache_parameters(): {'maxsize': ..., 'typed': ...}
Value lru_cache_parameters(Value self, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("cache_parameters", kw) || !check_exact("cache_parameters", nargs, 0)) return Value();
  LruCache* c = as_lru(self);
  Value d = make_dict();
  Value m = c->maxsize < 0 ? newref(None()) : make_int(c->maxsize);
  dict_set_str(d, "maxsize", m);
  decref(m);
  dict_set_str(d, "typed", boolean(c->typed));
  return d;
}

// Wraps fn in a new lru_cache wrapper (update_wrapper applied).
Value make_lru(Value fn, std::int64_t maxsize, bool typed) {
  if (!type_of(fn)->call) return raise(TypeErrorType, "the first argument must be callable");
  Value self = alloc_instance(&g_lru);
  LruCache* c = as_lru(self);
  c->fn = newref(fn);
  c->cache = make_dict();
  c->maxsize = maxsize;
  c->typed = typed;
  Value r = update_wrapper_default(self, fn);
  decref(self);
  return r;
}
// The decorator lru_cache(maxsize, typed) returns: data = (maxsize or None, typed).
Value lru_decorating(Value data, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("decorating_function", kw) || !check_args("decorating_function", nargs, 1, 1)) return Value();
  Value m = as_tuple(data)->items[0];
  std::int64_t maxsize = m == None() ? -1 : m.small_value();
  return make_lru(args[0], maxsize, as_tuple(data)->items[1] == True());
}
// lru_cache(maxsize=128, typed=False) / @lru_cache used bare.
Value ft_lru_cache(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const pn[] = {"maxsize", "typed"};
  Value a[2];
  if (!parse_args("lru_cache", args, nargs, kw, pn, 2, 0, a)) return Value();
  int typed = a[1] ? is_true(a[1]) : 0;
  if (typed < 0) return Value();
  Value m = a[0] ? a[0] : Value::small(128);
  if (m != None() && !is_int(m) && type_of(m)->call) return make_lru(m, 128, typed);
  std::int64_t maxsize = -1;
  if (m != None()) {
    if (!is_int(m)) return raise(TypeErrorType, "Expected first argument to be an integer, a callable, or None");
    if (!int_to_int64(m, maxsize)) maxsize = INT64_MAX;
    if (maxsize < 0) maxsize = 0;
  }
  Value ms = maxsize < 0 ? newref(None()) : make_int(maxsize);
  Value data = tuple_pack({ms, boolean(typed)});
  decref(ms);
  Value r = make_data_fn("decorating_function", lru_decorating, data, false);
  decref(data);
  return r;
}
// cache(fn): lru_cache(maxsize=None)(fn)
Value ft_cache(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("cache", kw) || !check_args("cache", nargs, 1, 1)) return Value();
  return make_lru(args[0], -1, false);
}

// ---------------------------------------------------------------- update_wrapper, wraps
// update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES)
Value ft_update_wrapper(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const pn[] = {"wrapper", "wrapped", "assigned", "updated"};
  Value a[4];
  if (!parse_args("update_wrapper", args, nargs, kw, pn, 4, 2, a)) return Value();
  if (!a[2] && !a[3]) return update_wrapper_default(a[0], a[1]);
  Value wrapper = a[0], wrapped = a[1];
  if (a[2]) {
    int r = for_each(a[2], [&](Value name) -> int {
      if (!is_str(name)) {
        raise_fmt(TypeErrorType, "attribute name must be string, not '%s'", {type_name(name)});
        return -1;
      }
      Value v = getattr_or_null(wrapped, as_str(name));
      if (!v) {
        if (has_error()) {
          if (!exception_matches(current_error(), val(AttributeErrorType))) return -1;
          clear_error();
        }
        return 0;
      }
      int s = setattr(wrapper, as_str(name), v);
      decref(v);
      return s < 0 ? -1 : 0;
    });
    if (r < 0) return Value();
  } else {
    Value t = update_wrapper_default(wrapper, wrapped);
    if (!t) return t;
    decref(t);
  }
  if (a[3]) {
    int r = for_each(a[3], [&](Value name) -> int {
      if (!is_str(name)) {
        raise_fmt(TypeErrorType, "attribute name must be string, not '%s'", {type_name(name)});
        return -1;
      }
      Value wd = getattr(wrapper, as_str(name));
      if (!wd) return -1;
      Value od = getattr_or_null(wrapped, as_str(name));
      if (!od && has_error()) clear_error();
      if (!od) od = make_dict();
      Value u = call_method(wd, intern("update"), &od, 1);
      decref(od);
      decref(wd);
      if (!u) return -1;
      decref(u);
      return 0;
    });
    if (r < 0) return Value();
  }
  if (setattr(wrapper, intern("__wrapped__"), wrapped) < 0) return Value();
  return newref(wrapper);
}
// wraps(wrapped, assigned=..., updated=...): partial(update_wrapper, wrapped=..., ...)
Value ft_wraps(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const pn[] = {"wrapped", "assigned", "updated"};
  Value a[3];
  if (!parse_args("wraps", args, nargs, kw, pn, 3, 1, a)) return Value();
  Value uw = g_update_wrapper;
  Value assigned = a[1] ? a[1] : g_assigned;
  Value updated = a[2] ? a[2] : g_updated;
  Value kn = tuple_pack({val(intern("wrapped")), val(intern("assigned")), val(intern("updated"))});
  Value buf[4] = {uw, a[0], assigned, updated};
  Value r = partial_new(&g_partial, buf, 1, as_tuple(kn));
  decref(kn);
  return r;
}

// ---------------------------------------------------------------- total_ordering
// The derived comparisons: data = (root name, kind). Kinds, with r = root(self, other):
// 0: not r and self != other; 1: r or self == other; 2: not r;
// 3: not r or self == other; 4: r and self != other.
Value ordering_op(Value data, const Value* args, std::size_t nargs, Tuple* kw) {
  if (kw || nargs != 2) return raise(TypeErrorType, "comparison takes exactly 2 arguments");
  Value self = args[0], other = args[1];
  Str* root = as_str(as_tuple(data)->items[0]);
  std::int64_t kind = as_tuple(data)->items[1].small_value();
  Value f = lookup_in_mro(type_of(self), root);
  if (!f) return raise(AttributeErrorType, "missing root comparison");
  Value r = call_unbound(f, self, &other, 1);
  if (!r || r == NotImplemented()) return r;
  int t = is_true(r);
  if (t < 0) {
    decref(r);
    return Value();
  }
  switch (kind) {
    case 0:
      decref(r);
      if (t) return newref(False());
      return compare(self, other, 3);
    case 1:
      if (t) return r;
      decref(r);
      return compare(self, other, 2);
    case 2:
      decref(r);
      return newref(boolean(!t));
    case 3:
      decref(r);
      if (!t) return newref(True());
      return compare(self, other, 2);
    default:
      if (!t) return r;
      decref(r);
      return compare(self, other, 3);
  }
}
// @total_ordering: fills in the missing comparison methods from the one defined.
Value ft_total_ordering(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("total_ordering", kw) || !check_args("total_ordering", nargs, 1, 1)) return Value();
  Value cls = args[0];
  static const char* const ops[] = {"__lt__", "__le__", "__gt__", "__ge__"};
  bool defined[4];
  bool any = false;
  for (int i = 0; i < 4; ++i) {
    Value mine = getattr_or_null(cls, intern(ops[i]));
    if (!mine && has_error()) clear_error();
    Value base = getattr_or_null(val(ObjectType), intern(ops[i]));
    if (!base && has_error()) clear_error();
    bool same = mine == base;
    if (mine && base && !same && type_of(mine) == type_of(base)) {
      int e = equal(mine, base);
      same = e > 0;
      if (e < 0) clear_error();
    }
    defined[i] = mine && !same;
    any = any || defined[i];
    xdecref(mine);
    xdecref(base);
  }
  if (!any) return raise(ValueErrorType, "must define at least one ordering operation: < > <= >=");
  // The root: max(roots) by name: __lt__ > __le__ > __gt__ > __ge__.
  int root = defined[0] ? 0 : defined[1] ? 1 : defined[2] ? 2 : 3;
  struct Derived {
    int op, kind;
  };
  static const Derived table[4][3] = {
      {{2, 0}, {1, 1}, {3, 2}},  // from __lt__: __gt__, __le__, __ge__
      {{3, 3}, {0, 4}, {2, 2}},  // from __le__: __ge__, __lt__, __gt__
      {{0, 0}, {3, 1}, {1, 2}},  // from __gt__: __lt__, __ge__, __le__
      {{1, 3}, {2, 4}, {0, 2}},  // from __ge__: __le__, __gt__, __lt__
  };
  for (const Derived& d : table[root]) {
    if (defined[d.op]) continue;
    Value data = tuple_pack({val(intern(ops[root])), Value::small(d.kind)});
    Value fn = make_data_fn(ops[d.op], ordering_op, data, true);
    decref(data);
    int r = setattr(cls, intern(ops[d.op]), fn);
    decref(fn);
    if (r < 0) return Value();
  }
  return newref(cls);
}

// ---------------------------------------------------------------- cmp_to_key
struct KeyWrapper : Object {
  Value cmp;  // owned
  Value obj;  // owned; null for the K "class" itself
};
// Frees a KeyWrapper.
void kw_dealloc(Object* o) {
  xdecref(static_cast<KeyWrapper*>(o)->cmp);
  xdecref(static_cast<KeyWrapper*>(o)->obj);
  free_instance(o);
}
// Visits a KeyWrapper's references.
void kw_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  auto* k = static_cast<KeyWrapper*>(o);
  if (k->cmp.is_object()) visit(k->cmp, arg);
  if (k->obj.is_object()) visit(k->obj, arg);
}
// K(obj): a key wrapping obj.
Value kw_call(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const pn[] = {"obj"};
  Value a[1];
  if (!parse_args("K", args, nargs, kwnames, pn, 1, 1, a)) return Value();
  Value v = alloc_instance(&g_keywrapper);
  auto* k = static_cast<KeyWrapper*>(v.obj());
  k->cmp = newref(static_cast<KeyWrapper*>(self.obj())->cmp);
  k->obj = newref(a[0]);
  return v;
}
// a < b etc.: cmp(a.obj, b.obj) compared with 0.
Value kw_richcompare(Value a, Value b, int op) {
  if (!is_exact(b, &g_keywrapper) || !static_cast<KeyWrapper*>(b.obj())->obj)
    return raise(TypeErrorType, "other argument must be K instance");
  auto* x = static_cast<KeyWrapper*>(a.obj());
  Value args[2] = {x->obj, static_cast<KeyWrapper*>(b.obj())->obj};
  if (!args[0]) return raise(TypeErrorType, "other argument must be K instance");
  Value r = call(x->cmp, args, 2);
  if (!r) return r;
  Value c = compare(r, Value::small(0), op);
  decref(r);
  return c;
}
// The obj attribute of KeyWrapper (getter).
Value kw_obj(Value self) {
  Value o = static_cast<KeyWrapper*>(self.obj())->obj;
  if (!o) return raise(AttributeErrorType, "obj");
  return newref(o);
}
// cmp_to_key(mycmp)
Value ft_cmp_to_key(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const pn[] = {"mycmp"};
  Value a[1];
  if (!parse_args("cmp_to_key", args, nargs, kw, pn, 1, 1, a)) return Value();
  Value v = alloc_instance(&g_keywrapper);
  static_cast<KeyWrapper*>(v.obj())->cmp = newref(a[0]);
  return v;
}

// ---------------------------------------------------------------- cached_property
struct CachedProperty : Object {
  Value func;      // owned
  Value attrname;  // owned; null until __set_name__
  Value doc;       // owned
  Dict* dict;
};
// The cached_property behind a value.
CachedProperty* as_cp(Value v) { return static_cast<CachedProperty*>(v.obj()); }
// cached_property(func)
Value cp_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const pn[] = {"func"};
  Value a[1];
  if (!parse_args("cached_property", args, nargs, kw, pn, 1, 1, a)) return Value();
  Value v = alloc_instance(t);
  CachedProperty* c = as_cp(v);
  c->func = newref(a[0]);
  c->doc = getattr_or_null(a[0], names.doc);
  if (!c->doc) {
    clear_error();
    c->doc = newref(None());
  }
  return v;
}
// Frees a cached_property.
void cp_dealloc(Object* o) {
  CachedProperty* c = static_cast<CachedProperty*>(o);
  decref(c->func);
  xdecref(c->attrname);
  xdecref(c->doc);
  if (c->dict) decref(val(c->dict));
  free_instance(o);
}
// Visits a cached_property's references.
void cp_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  CachedProperty* c = static_cast<CachedProperty*>(o);
  if (c->func.is_object()) visit(c->func, arg);
  if (c->dict) visit(val(c->dict), arg);
}
// __set_name__(owner, name)
Value cp_set_name(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("__set_name__", kw) || !check_args("__set_name__", nargs, 2, 2)) return Value();
  CachedProperty* c = as_cp(self);
  if (!c->attrname) {
    c->attrname = newref(args[1]);
  } else if (equal(c->attrname, args[1]) != 1) {
    Value a = repr(c->attrname), b = repr(args[1]);
    std::string msg = "Cannot assign the same cached_property to two different names (" +
                      str_utf8_ref(as_str(a)) + " and " + str_utf8_ref(as_str(b)) + ").";
    decref(a);
    decref(b);
    return raise(TypeErrorType, msg);
  }
  return newref(None());
}
// __get__: the value cached in the instance's __dict__, computed on first use.
Value cp_get(Value self, Value obj, Value) {
  if (!obj || obj == None()) return newref(self);
  CachedProperty* c = as_cp(self);
  if (!c->attrname) return raise(TypeErrorType, "Cannot use cached_property instance without calling __set_name__ on it.");
  Value d = getattr_or_null(obj, names.dict);
  if (!d) {
    clear_error();
    Value r = repr(c->attrname);
    std::string msg = "No '__dict__' attribute on '" + type_name(obj) + "' instance to cache " +
                      str_utf8_ref(as_str(r)) + " property.";
    decref(r);
    return raise(TypeErrorType, msg);
  }
  Value v = is_dict(d) ? dict_get(d, c->attrname) : Value();
  if (v) {
    incref(v);
    decref(d);
    return v;
  }
  v = call(c->func, &obj, 1);
  if (v && setitem(d, c->attrname, v) < 0) {
    decref(v);
    v = Value();
  }
  decref(d);
  return v;
}
// The __doc__ attribute of cached_property (getter).
Value cp_doc(Value self) { return newref(as_cp(self)->doc); }
// The func attribute of cached_property (getter).
Value cp_func(Value self) { return newref(as_cp(self)->func); }
// The attrname attribute of cached_property (getter).
Value cp_attrname(Value self) { return newref(as_cp(self)->attrname ? as_cp(self)->attrname : None()); }


// ---------------------------------------------------------------- singledispatch
struct SingleDispatch : Object {
  Value func;      // the default implementation (owned)
  Value registry;  // dict: class -> implementation (owned)
  Dict* dict;      // __dict__ (owned)
};
// The singledispatch function behind a value.
SingleDispatch* as_sd(Value v) { return static_cast<SingleDispatch*>(v.obj()); }
Type g_singledispatch;

// The implementation for class cls: the first class of its MRO that is registered.
Value sd_find(SingleDispatch* sd, Type* cls) {
  Tuple* mro = type_mro(cls);
  for (std::size_t i = 0; i < mro->length; ++i) {
    Value f = dict_get(sd->registry, mro->items[i]);
    if (f) return newref(f);
    if (has_error()) return Value();
  }
  return newref(sd->func);
}
// The name the dispatch errors use (the function's __name__, else 'singledispatch function').
std::string sd_name(SingleDispatch* sd) {
  Value n = getattr_or_null(sd->func, names.name);
  if (!n) {
    clear_error();
    return "singledispatch function";
  }
  std::string s = is_str(n) ? str_utf8(as_str(n)) : "singledispatch function";
  decref(n);
  return s;
}
// Calls the implementation registered for the first argument's class.
Value sd_call(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  SingleDispatch* sd = as_sd(self);
  if (nargs == 0) return raise(TypeErrorType, sd_name(sd) + " requires at least 1 positional argument");
  Value f = sd_find(sd, type_of(args[0]));
  if (!f) return f;
  Value r = call(f, args, nargs, kwnames);
  decref(f);
  return r;
}
// Registers func for cls and returns func.
Value sd_register_impl(Value self, Value cls, Value func) {
  if (dict_set(as_sd(self)->registry, cls, func) < 0) return Value();
  return newref(func);
}
// The decorator register(cls) returns: data = (dispatcher, cls).
Value sd_register_deco(Value data, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("register", kw) || !check_args("register", nargs, 1, 1)) return Value();
  return sd_register_impl(as_tuple(data)->items[0], as_tuple(data)->items[1], args[0]);
}
// f.register(cls, func=None) / @f.register(cls) / @f.register on an annotated function.
Value sd_register(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const pn[] = {"cls", "func"};
  Value a[2];
  if (!parse_args("register", args, nargs, kw, pn, 2, 1, a)) return Value();
  Value cls = a[0], func = a[1] && a[1] != None() ? a[1] : Value();
  if (is_type(cls)) {
    if (func) return sd_register_impl(self, cls, func);
    Value data = tuple_pack({self, cls});
    Value d = make_data_fn("register", sd_register_deco, data, false);
    decref(data);
    return d;
  }
  Value r = repr(cls);
  if (!r) return r;
  std::string rs = str_utf8(as_str(r));
  decref(r);
  if (func) return raise(TypeErrorType, "Invalid first argument to `register()`. " + rs + " is not a class or union type.");
  Value ann = getattr_or_null(cls, intern("__annotations__"));
  if (!ann) clear_error();
  if (!ann || !is_dict(ann) || as_dict(ann)->used == 0) {
    xdecref(ann);
    return raise(TypeErrorType, "Invalid first argument to `register()`: " + rs +
                                    ". Use either `@register(some_class)` or plain `@register` on an annotated function.");
  }
  std::size_t pos = 0;
  Value k, v;
  dict_next(as_dict(ann), pos, k, v);
  if (!is_type(v)) {
    Value kr = repr(k), vr = repr(v);
    std::string msg = "Invalid annotation for " + str_utf8(as_str(kr)) + ". " + str_utf8(as_str(vr)) + " is not a class.";
    decref(kr);
    decref(vr);
    decref(ann);
    return raise(TypeErrorType, msg);
  }
  Value target = newref(v);
  decref(ann);
  Value res = sd_register_impl(self, target, cls);
  decref(target);
  return res;
}
// f.dispatch(cls): the implementation for cls.
Value sd_dispatch(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("dispatch", kw) || !check_args("dispatch", nargs, 1, 1)) return Value();
  if (!is_type(args[0])) return raise(TypeErrorType, "dispatch() argument must be a class");
  return sd_find(as_sd(self), as_type(args[0]));
}
// The registry attribute: a read-only view of the registrations (getter).
Value sd_registry(Value self) { return make_mappingproxy(as_sd(self)->registry); }
// Frees a singledispatch function.
void sd_dealloc(Object* o) {
  SingleDispatch* sd = static_cast<SingleDispatch*>(o);
  decref(sd->func);
  decref(sd->registry);
  if (sd->dict) decref(val(sd->dict));
  free_instance(o);
}
// Visits a singledispatch function's references.
void sd_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  SingleDispatch* sd = static_cast<SingleDispatch*>(o);
  visit(sd->func, arg);
  visit(sd->registry, arg);
  if (sd->dict) visit(val(sd->dict), arg);
}
// repr: "<function NAME at 0x...>" like the Python-level wrapper CPython makes.
Value sd_repr(Value self) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(self.obj()));
  return make_str_utf8("<function " + sd_name(as_sd(self)) + " at " + buf + ">");
}
// singledispatch(func)
Value ft_singledispatch(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("singledispatch", kw) || !check_args("singledispatch", nargs, 1, 1)) return Value();
  Value v = alloc_instance(&g_singledispatch);
  SingleDispatch* sd = as_sd(v);
  sd->func = newref(args[0]);
  sd->registry = make_dict();
  dict_set(sd->registry, val(ObjectType), args[0]);
  Value r = update_wrapper_default(v, args[0]);
  decref(v);
  return r;
}

// Readies the module's types once.
void init_types() {
  static bool done = false;
  if (done) return;
  done = true;
  type_init(&g_partial, "partial", ObjectType, sizeof(Partial), TF_BASETYPE | TF_GC);
  g_partial.module = "functools";
  g_partial.dict_offset = member_offset(&Partial::dict);
  g_partial.new_fn = partial_new;
  g_partial.dealloc = partial_dealloc;
  g_partial.traverse = partial_traverse;
  g_partial.call = partial_call;
  g_partial.repr = partial_repr;
  add_getset(&g_partial, "func", partial_func, partial_readonly);
  add_getset(&g_partial, "args", partial_args, partial_readonly);
  add_getset(&g_partial, "keywords", partial_keywords, partial_readonly);
  add_getset(&g_partial, "__dict__", native_get_dict, native_set_dict);
  add_classmethod(&g_partial, "__class_getitem__", class_getitem);
  type_ready(&g_partial);

  type_init(&g_partialmethod, "partialmethod", ObjectType, sizeof(Partial), TF_BASETYPE | TF_GC);
  g_partialmethod.module = "functools";
  g_partialmethod.dict_offset = member_offset(&Partial::dict);
  g_partialmethod.new_fn = pm_new;
  g_partialmethod.dealloc = partial_dealloc;
  g_partialmethod.traverse = partial_traverse;
  g_partialmethod.repr = pm_repr;
  g_partialmethod.descr_get = pm_get;
  add_getset(&g_partialmethod, "func", partial_func, partial_readonly);
  add_getset(&g_partialmethod, "args", partial_args, partial_readonly);
  add_getset(&g_partialmethod, "keywords", partial_keywords, partial_readonly);
  add_getset(&g_partialmethod, "__dict__", native_get_dict, native_set_dict);
  type_ready(&g_partialmethod);

  type_init(&g_lru, "_lru_cache_wrapper", ObjectType, sizeof(LruCache), TF_GC);
  g_lru.module = "functools";
  g_lru.dict_offset = member_offset(&LruCache::dict);
  g_lru.new_fn = no_new;
  g_lru.dealloc = lru_dealloc;
  g_lru.traverse = lru_traverse;
  g_lru.call = lru_call;
  g_lru.descr_get = method_like_get;  // binds like a method
  add_method(&g_lru, "cache_info", lru_cache_info);
  add_method(&g_lru, "cache_clear", lru_cache_clear);
  add_method(&g_lru, "cache_parameters", lru_cache_parameters);
  add_getset(&g_lru, "__dict__", native_get_dict, native_set_dict);
  type_ready(&g_lru);

  type_init(&g_keywrapper, "KeyWrapper", ObjectType, sizeof(KeyWrapper), TF_GC);
  g_keywrapper.module = "functools";
  g_keywrapper.new_fn = no_new;
  g_keywrapper.dealloc = kw_dealloc;
  g_keywrapper.traverse = kw_traverse;
  g_keywrapper.call = kw_call;
  g_keywrapper.richcompare = kw_richcompare;
  g_keywrapper.hash = unhashable_qualified;
  type_add(&g_keywrapper, "__hash__", newref(None()));
  add_getset(&g_keywrapper, "obj", kw_obj);
  type_ready(&g_keywrapper);

  type_init(&g_cached_property, "cached_property", ObjectType, sizeof(CachedProperty), TF_BASETYPE | TF_GC);
  g_cached_property.module = "functools";
  g_cached_property.dict_offset = member_offset(&CachedProperty::dict);
  g_cached_property.new_fn = cp_new;
  g_cached_property.dealloc = cp_dealloc;
  g_cached_property.traverse = cp_traverse;
  g_cached_property.descr_get = cp_get;
  add_method(&g_cached_property, "__set_name__", cp_set_name);
  add_getset(&g_cached_property, "__doc__", cp_doc);
  add_getset(&g_cached_property, "func", cp_func);
  add_getset(&g_cached_property, "attrname", cp_attrname);
  add_classmethod(&g_cached_property, "__class_getitem__", class_getitem);
  type_ready(&g_cached_property);

  type_init(&g_singledispatch, "function", ObjectType, sizeof(SingleDispatch), TF_GC);
  g_singledispatch.module = "functools";
  g_singledispatch.dict_offset = member_offset(&SingleDispatch::dict);
  g_singledispatch.new_fn = no_new;
  g_singledispatch.dealloc = sd_dealloc;
  g_singledispatch.traverse = sd_traverse;
  g_singledispatch.call = sd_call;
  g_singledispatch.descr_get = method_like_get;  // binds like a method
  g_singledispatch.repr = sd_repr;
  add_method(&g_singledispatch, "register", sd_register);
  add_method(&g_singledispatch, "dispatch", sd_dispatch);
  add_getset(&g_singledispatch, "registry", sd_registry);
  add_getset(&g_singledispatch, "__dict__", native_get_dict, native_set_dict);
  type_ready(&g_singledispatch);

  Value info_mod = make_str_ascii("functools");
  g_cache_info_class = make_namedtuple_class("CacheInfo", {"hits", "misses", "maxsize", "currsize"}, Value(), info_mod);
  decref(info_mod);
  g_kwmark = call(val(ObjectType), nullptr, 0);
  g_update_wrapper = make_builtin_function("update_wrapper", ft_update_wrapper);
  Value wa[5] = {make_str_ascii("__module__"), make_str_ascii("__name__"), make_str_ascii("__qualname__"),
                 make_str_ascii("__doc__"), make_str_ascii("__annotations__")};
  g_assigned = make_tuple_from(wa, 5);
  for (Value v : wa) decref(v);
  Value wu = make_str_ascii("__dict__");
  g_updated = tuple_pack({wu});
  decref(wu);
}

}  // namespace

// The functools module.
Value make_functools_module() {
  init_types();
  Value mod = new_module("functools");
  module_put_fn(mod, "reduce", ft_reduce);
  module_put(mod, "partial", newref(val(&g_partial)));
  module_put(mod, "partialmethod", newref(val(&g_partialmethod)));
  module_put_fn(mod, "lru_cache", ft_lru_cache);
  module_put_fn(mod, "cache", ft_cache);
  module_put(mod, "update_wrapper", newref(g_update_wrapper));
  module_put_fn(mod, "wraps", ft_wraps);
  module_put_fn(mod, "total_ordering", ft_total_ordering);
  module_put_fn(mod, "cmp_to_key", ft_cmp_to_key);
  module_put_fn(mod, "singledispatch", ft_singledispatch);
  module_put(mod, "cached_property", newref(val(&g_cached_property)));
  module_put(mod, "_lru_cache_wrapper", newref(val(&g_lru)));
  module_put(mod, "_CacheInfo", newref(g_cache_info_class));
  module_put(mod, "WRAPPER_ASSIGNMENTS", newref(g_assigned));
  module_put(mod, "WRAPPER_UPDATES", newref(g_updated));
  return mod;
}

}  // namespace peppy::vm
