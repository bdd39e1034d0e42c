// dict.cpp: dict. CPython's compact, insertion-ordered layout: an index table probed
// with perturbation pointing into an entry array; fast str-key lookups; the dict
// methods; the keys/values/items views and iterators (with "dictionary changed size
// during iteration"); comparison; repr with the "{...}" guard; the | and |= merges.
#include <cstdlib>
#include <vector>

#include "bytecode/opcodes.hpp"
#include "objects/alloc.hpp"
#include "objects/core.hpp"
#include "objects/gc.hpp"

namespace peppy::objects {

static Type g_dict, g_keys, g_values, g_items, g_dict_iter;
Type* const DictType = &g_dict;
Type* const DictKeysType = &g_keys;
Type* const DictValuesType = &g_values;
Type* const DictItemsType = &g_items;

static constexpr std::int32_t kEmpty = -1, kDummy = -2;

// ---------------------------------------------------------------- table
// Allocates a table of `size` index slots (a power of two) and its entry array.
static bool dict_alloc_table(Dict* d, std::size_t size) {
  std::size_t usable = size * 2 / 3;
  auto* idx = static_cast<std::int32_t*>(obj_malloc(size * sizeof(std::int32_t)));
  auto* ent = static_cast<DictEntry*>(obj_malloc(usable * sizeof(DictEntry)));
  if (!idx || !ent) {
    obj_free(idx, size * sizeof(std::int32_t));
    obj_free(ent, usable * sizeof(DictEntry));
    raise_no_memory();
    return false;
  }
  std::memset(idx, 0xFF, size * sizeof(std::int32_t));
  d->indices = idx;
  d->entries = ent;
  d->mask = size - 1;
  d->usable = usable;
  d->nentries = 0;
  return true;
}

// Puts entry index ix into the first free index slot for hash.
static void dict_place(Dict* d, std::int64_t hash, std::int32_t ix) {
  std::size_t mask = d->mask;
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  auto perturb = static_cast<std::uint64_t>(hash);
  while (d->indices[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  d->indices[i] = ix;
}

// Rebuilds the table with room for at least `need` live entries (compacting deleted ones).
static bool dict_resize(Dict* d, std::size_t need) {
  std::size_t size = 8;
  while (size * 2 / 3 < need) size <<= 1;
  std::int32_t* old_idx = d->indices;
  DictEntry* old = d->entries;
  std::size_t old_n = d->nentries, old_size = d->indices ? d->mask + 1 : 0, old_usable = d->usable;
  if (!dict_alloc_table(d, size)) return false;
  std::size_t k = 0;
  for (std::size_t i = 0; i < old_n; ++i) {
    if (!old[i].key) continue;
    d->entries[k] = old[i];
    dict_place(d, old[i].hash, static_cast<std::int32_t>(k));
    ++k;
  }
  d->nentries = k;
  obj_free(old_idx, old_size * sizeof(std::int32_t));
  obj_free(old, old_usable * sizeof(DictEntry));
  return true;
}

// Finds key: the entry index (>= 0), -1 if absent, -2 on a comparison error.
static std::int64_t dict_find(Dict* d, Value key, std::int64_t hash) {
  for (;;) {
    if (!d->indices) return -1;
    std::size_t mask = d->mask;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    auto perturb = static_cast<std::uint64_t>(hash);
    bool key_is_str = is_exact(key, StrType);
    bool restart = false;
    for (;;) {
      std::int32_t ix = d->indices[i];
      if (ix == kEmpty) return -1;
      if (ix >= 0) {
        DictEntry& e = d->entries[ix];
        if (e.key == key) return ix;
        if (e.hash == hash) {
          if (key_is_str && is_exact(e.key, StrType)) {
            if (str_equal(as_str(e.key), as_str(key))) return ix;
          } else if (!(key.is_small() && e.key.is_small())) {
            DictEntry* ents = d->entries;
            std::uint64_t ver = d->version;
            Value k = newref(e.key);
            int c = equal(k, key);
            decref(k);
            if (c < 0) return -2;
            if (ents != d->entries || ver != d->version) {
              restart = true;  // the dict changed under the comparison: look again
              break;
            }
            if (c) return ix;
          }
        }
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    if (!restart) return -1;
  }
}

// A new empty dict. Exact dicts are tracked by the cycle collector only from the first
// key or value that may be part of a cycle (as CPython's).
Value make_dict() {
  auto* d = static_cast<Dict*>(gc_alloc_untracked(sizeof(Dict)));
  if (!d) return raise_no_memory();
  std::memset(static_cast<void*>(d), 0, sizeof(Dict));
  d->refcnt = 1;
  d->type = DictType;
  return val(d);
}

// A new dict of type t.
static Value dict_alloc_type(Type* t) {
  if (t == DictType) return make_dict();
  return alloc_instance(t);
}

// Frees a dict.
static void dict_dealloc(Object* o) {
  Dict* d = static_cast<Dict*>(o);
  DictEntry* ents = d->entries;
  std::int32_t* idx = d->indices;
  std::size_t n = d->nentries, size = idx ? d->mask + 1 : 0, usable = d->usable;
  d->entries = nullptr;
  d->indices = nullptr;
  d->nentries = d->used = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!ents[i].key) continue;
    decref(ents[i].key);
    decref(ents[i].value);
  }
  obj_free(ents, usable * sizeof(DictEntry));
  obj_free(idx, size * sizeof(std::int32_t));
  if (o->type == DictType) {
    gc_free(o, sizeof(Dict));
    return;
  }
  free_instance(o);
}
// Visits the references of dict (for the cycle collector).
static void dict_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  Dict* d = static_cast<Dict*>(o);
  for (std::size_t i = 0; i < d->nentries; ++i) {
    if (!d->entries[i].key) continue;
    if (d->entries[i].key.is_object()) visit(d->entries[i].key, arg);
    if (d->entries[i].value.is_object()) visit(d->entries[i].value, arg);
  }
}

// ---------------------------------------------------------------- access
// The value for key with a known hash (borrowed), or null; *err set to 1 on error.
Value dict_lookup(Dict* d, Value key, std::int64_t hash, int* err) {
  std::int64_t ix = dict_find(d, key, hash);
  if (ix == -2) {
    if (err) *err = 1;
    return Value();
  }
  return ix < 0 ? Value() : d->entries[ix].value;
}

// The value for key (borrowed) or null (check has_error()).
Value dict_get(Value dict, Value key) {
  std::int64_t h = hash(key);
  if (h == -1) return Value();
  return dict_lookup(as_dict(dict), key, h, nullptr);
}

// The value for a str key (borrowed) or null; never raises.
Value dict_get_str(Value dict, Str* key) {
  Dict* d = as_dict(dict);
  if (!d->indices) return Value();
  std::int64_t hash = key->hash != -1 ? key->hash : str_hash(key);
  std::size_t mask = d->mask;
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  auto perturb = static_cast<std::uint64_t>(hash);
  for (;;) {
    std::int32_t ix = d->indices[i];
    if (ix == kEmpty) return Value();
    if (ix >= 0) {
      DictEntry& e = d->entries[ix];
      if (e.key.obj() == key) return e.value;
      if (e.hash == hash && is_str(e.key) && str_equal(as_str(e.key), key)) return e.value;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// The entry index of a str key in d, or -1 (for the VM's global-load cache: an entry
// keeps its index while d->version is unchanged).
std::int64_t dict_lookup_index(Dict* d, Str* key) {
  if (!d->indices) return -1;
  std::int64_t hash = key->hash != -1 ? key->hash : str_hash(key);
  std::size_t mask = d->mask;
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  auto perturb = static_cast<std::uint64_t>(hash);
  for (;;) {
    std::int32_t ix = d->indices[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      DictEntry& e = d->entries[ix];
      if (e.key.obj() == key || (e.hash == hash && is_str(e.key) && str_equal(as_str(e.key), key))) return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// The value for a UTF-8 key (borrowed) or null.
Value dict_get_str_ascii(Dict* d, std::string_view key) { return dict_get_str(val(d), intern(key)); }

// d[key] = value with a known hash (both borrowed).
int dict_set_hashed(Dict* d, Value key, std::int64_t hash, Value value) {
  std::int64_t ix = dict_find(d, key, hash);
  if (ix == -2) return -1;
  if (!gc_is_tracked(d) && (gc_may_be_tracked(value) || gc_may_be_tracked(key))) gc_track_new(d);
  if (ix >= 0) {
    Value old = d->entries[ix].value;
    d->entries[ix].value = newref(value);
    decref(old);
    return 0;
  }
  if (!d->indices) {
    if (!dict_alloc_table(d, 8)) return -1;
  } else if (d->nentries >= d->usable) {
    if (!dict_resize(d, d->used * 3 > 5 ? d->used * 3 : 6)) return -1;
  }
  auto n = static_cast<std::int32_t>(d->nentries);
  d->entries[n] = DictEntry{hash, newref(key), newref(value)};
  dict_place(d, hash, n);
  ++d->nentries;
  ++d->used;
  ++d->version;
  return 0;
}

// d[key] = value (borrows both).
int dict_set(Value dict, Value key, Value value) {
  std::int64_t h = hash(key);
  if (h == -1) return -1;
  return dict_set_hashed(as_dict(dict), key, h, value);
}
// d[key] = value with a UTF-8 key.
int dict_set_str(Value dict, std::string_view key, Value value) { return dict_set(dict, val(intern(key)), value); }

// Removes entry ix found for hash (the index slot is found again by identity).
static void dict_remove_entry(Dict* d, std::int64_t ix, std::int64_t hash) {
  std::size_t mask = d->mask;
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  auto perturb = static_cast<std::uint64_t>(hash);
  while (d->indices[i] != ix) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  d->indices[i] = kDummy;
  Value k = d->entries[ix].key, v = d->entries[ix].value;
  d->entries[ix].key = Value();
  d->entries[ix].value = Value();
  --d->used;
  ++d->version;
  decref(k);
  decref(v);
}

// del d[key]; KeyError if missing.
int dict_del(Value dict, Value key) {
  std::int64_t h = hash(key);
  if (h == -1) return -1;
  Dict* d = as_dict(dict);
  std::int64_t ix = dict_find(d, key, h);
  if (ix == -2) return -1;
  if (ix < 0) {
    raise_key_error(key);
    return -1;
  }
  dict_remove_entry(d, ix, h);
  return 0;
}

// Removes and returns a str key's value (new ref), or null if absent.
Value dict_pop_item_str(Dict* d, Str* key) {
  std::int64_t h = str_hash(key);
  std::int64_t ix = dict_find(d, val(key), h);
  if (ix < 0) return Value();
  Value v = newref(d->entries[ix].value);
  dict_remove_entry(d, ix, h);
  return v;
}

// The next live entry from pos (borrowed key and value).
bool dict_next(Dict* d, std::size_t& pos, Value& key, Value& value) {
  while (pos < d->nentries) {
    DictEntry& e = d->entries[pos++];
    if (e.key) {
      key = e.key;
      value = e.value;
      return true;
    }
  }
  return false;
}

// Empties d.
static void dict_clear_all(Dict* d) {
  DictEntry* ents = d->entries;
  std::int32_t* idx = d->indices;
  std::size_t n = d->nentries, size = idx ? d->mask + 1 : 0, usable = d->usable;
  d->entries = nullptr;
  d->indices = nullptr;
  d->nentries = d->used = d->usable = d->mask = 0;
  ++d->version;
  for (std::size_t i = 0; i < n; ++i) {
    if (!ents[i].key) continue;
    decref(ents[i].key);
    decref(ents[i].value);
  }
  obj_free(ents, usable * sizeof(DictEntry));
  obj_free(idx, size * sizeof(std::int32_t));
}

// A shallow copy of a dict.
Value dict_copy(Value dv) {
  Value r = make_dict();
  if (!r) return r;
  Dict* d = as_dict(dv);
  Dict* c = as_dict(r);
  if (d->used) {
    if (!dict_resize(c, d->used)) {
      decref(r);
      return Value();
    }
    std::size_t pos = 0;
    Value k, v;
    while (dict_next(d, pos, k, v)) {
      auto n = static_cast<std::int32_t>(c->nentries);
      std::int64_t h = d->entries[pos - 1].hash;
      c->entries[n] = DictEntry{h, newref(k), newref(v)};
      dict_place(c, h, n);
      ++c->nentries;
      ++c->used;
    }
  }
  if (gc_is_tracked(d)) gc_track_new(c);
  return r;
}

// d.update(other): a dict, a mapping with keys(), or an iterable of pairs.
int dict_update(Value dv, Value other) {
  Dict* d = as_dict(dv);
  if (is_dict(other)) {
    Dict* o = as_dict(other);
    if (o == d) return 0;
    std::size_t pos = 0;
    Value k, v;
    while (dict_next(o, pos, k, v)) {
      Value kk = newref(k), vv = newref(v);
      int r = dict_set_hashed(d, kk, o->entries[pos - 1].hash, vv);
      decref(kk);
      decref(vv);
      if (r < 0) return -1;
    }
    return 0;
  }
  Value keys = getattr_or_null(other, names.keys);
  if (keys) {
    Value ks = call(keys, nullptr, 0);
    decref(keys);
    if (!ks) return -1;
    int r = for_each(ks, [&](Value k) {
      Value v = getitem(other, k);
      if (!v) return -1;
      int rr = dict_set(dv, k, v);
      decref(v);
      return rr;
    });
    decref(ks);
    return r;
  }
  if (has_error()) return -1;
  std::size_t idx = 0;
  int r = for_each(other, [&](Value item) {
    Value seq = is_tuple(item) || is_list(item) ? newref(item) : Value();
    if (!seq) {
      if (!type_of(item)->iter && !type_of(item)->getitem) {
        raise_fmt(TypeErrorType, "cannot convert dictionary update sequence element #%s to a sequence",
                  {std::to_string(idx)});
        return -1;
      }
      seq = tuple_from_iterable(item);
      if (!seq) return -1;
    }
    std::size_t n = is_list(seq) ? as_list(seq)->length : as_tuple(seq)->length;
    if (n != 2) {
      decref(seq);
      raise_fmt(ValueErrorType, "dictionary update sequence element #%s has length %s; 2 is required",
                {std::to_string(idx), std::to_string(n)});
      return -1;
    }
    Value* it = is_list(seq) ? as_list(seq)->items : as_tuple(seq)->items;
    int rr = dict_set(dv, it[0], it[1]);
    decref(seq);
    ++idx;
    return rr;
  });
  if (r < 0 && isinstance_type(current_error(), TypeErrorType) && idx == 0 && !type_of(other)->iter &&
      !type_of(other)->getitem) {
    clear_error();
    raise_fmt(TypeErrorType, "'%s' object is not iterable", {type_name(other)});
  }
  return r;
}

// ---------------------------------------------------------------- slots
static std::int64_t dict_len(Value v) { return static_cast<std::int64_t>(as_dict(v)->used); }

// d[key]; __missing__ for subclasses; KeyError(key) otherwise.
static Value dict_getitem(Value self, Value key) {
  std::int64_t h = hash(key);
  if (h == -1) return Value();
  int err = 0;
  Value v = dict_lookup(as_dict(self), key, h, &err);
  if (v) return newref(v);
  if (err) return Value();
  if (!is_exact(self, DictType)) {
    bool found = false;
    Value r = call_special(self, names.missing, &key, 1, &found);
    if (found || has_error()) return r;
  }
  return raise_key_error(key);
}
// dict[key] = value (value null: del).
static int dict_setitem(Value self, Value key, Value value) {
  if (value) return dict_set(self, key, value);
  return dict_del(self, key);
}
// `x in dict`.
static int dict_contains(Value self, Value key) {
  std::int64_t h = hash(key);
  if (h == -1) return -1;
  std::int64_t ix = dict_find(as_dict(self), key, h);
  return ix == -2 ? -1 : ix >= 0;
}

// repr: "{1: 2, 'a': [3]}" ("{...}" when recursive)
static Value dict_repr(Value self) {
  Dict* d = as_dict(self);
  if (d->used == 0) return make_str_ascii("{}");
  if (repr_enter(self)) return make_str_ascii("{...}");
  std::u32string out = U"{";
  std::size_t pos = 0;
  Value k, v;
  bool first = true;
  while (dict_next(d, pos, k, v)) {
    if (!first) out += U", ";
    first = false;
    Value kk = newref(k), vv = newref(v);
    Value rk = repr(kk);
    Value rv = rk ? repr(vv) : Value();
    decref(kk);
    decref(vv);
    if (!rk || !rv) {
      xdecref(rk);
      repr_leave(self);
      return Value();
    }
    out += str_view(as_str(rk));
    out += U": ";
    out += str_view(as_str(rv));
    decref(rk);
    decref(rv);
  }
  out += U'}';
  repr_leave(self);
  return make_str(out);
}

// d1 == d2: the same keys with equal values.
static Value dict_richcompare(Value a, Value b, int op) {
  if (!is_dict(a) || !is_dict(b) || (op != 2 && op != 3)) return newref(NotImplemented());
  Dict* x = as_dict(a);
  Dict* y = as_dict(b);
  bool eq = x->used == y->used;
  if (eq) {
    for (std::size_t i = 0; i < x->nentries && eq; ++i) {
      DictEntry e = x->entries[i];
      if (!e.key) continue;
      incref(e.key);
      incref(e.value);
      int err = 0;
      Value bv = dict_lookup(y, e.key, e.hash, &err);
      int c = 0;
      if (bv) {
        incref(bv);
        c = equal(e.value, bv);
        decref(bv);
      }
      decref(e.key);
      decref(e.value);
      if (err || c < 0) return Value();
      if (!bv || !c) eq = false;
    }
  }
  return newref(boolean(op == 2 ? eq : !eq));
}

// d | other
static Value dict_or(Value a, Value b) {
  if (!is_dict(a) || !is_dict(b)) return newref(NotImplemented());
  Value r = dict_copy(a);
  if (r && dict_update(r, b) < 0) {
    decref(r);
    return Value();
  }
  return r;
}
// d |= other
static Value dict_ior(Value a, Value b) {
  if (dict_update(a, b) < 0) return Value();
  return newref(a);
}

// ---------------------------------------------------------------- iteration and views
struct DictIter : Object {
  Value dict;  // owned; null when exhausted
  std::size_t pos;
  std::size_t used;
  int kind;  // 0 keys, 1 values, 2 items
  bool reversed;
};
struct DictView : Object {
  Value dict;  // owned
};
static Type g_dict_reviter;

// An iterator over d's keys (0), values (1) or items (2).
static Value make_dict_iter(Value d, int kind, bool reversed = false) {
  Value it = alloc_instance(reversed ? &g_dict_reviter : &g_dict_iter);
  if (!it) return it;
  auto* i = static_cast<DictIter*>(it.obj());
  i->dict = newref(d);
  i->pos = reversed ? as_dict(d)->nentries : 0;
  i->used = as_dict(d)->used;
  i->kind = kind;
  i->reversed = reversed;
  return it;
}
// next() of a dict iterator.
static Value dict_iter_next(Value self) {
  auto* i = static_cast<DictIter*>(self.obj());
  if (!i->dict) return Value();
  Dict* d = as_dict(i->dict);
  if (d->used != i->used) {
    i->used = static_cast<std::size_t>(-1);
    return raise(RuntimeErrorType, "dictionary changed size during iteration");
  }
  for (;;) {
    DictEntry* e;
    if (i->reversed) {
      if (i->pos == 0 || i->pos > d->nentries) break;
      e = &d->entries[--i->pos];
    } else {
      if (i->pos >= d->nentries) break;
      e = &d->entries[i->pos++];
    }
    if (!e->key) continue;
    if (i->kind == 0) return newref(e->key);
    if (i->kind == 1) return newref(e->value);
    return tuple_pack({e->key, e->value});
  }
  Value dd = i->dict;
  i->dict = Value();
  decref(dd);
  return Value();
}
// Frees a dict iterator.
static void dict_iter_dealloc(Object* o) {
  xdecref(static_cast<DictIter*>(o)->dict);
  free_instance(o);
}
// Visits the references of a dict iterator (for the cycle collector).
static void dict_iter_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  if (static_cast<DictIter*>(o)->dict) visit(static_cast<DictIter*>(o)->dict, arg);
}
// iter() of a dict iterator: itself.
static Value self_iter(Value self) { return newref(self); }
// dict iterators' __length_hint__()
static Value dict_iter_length_hint(Value self, const Value*, std::size_t, Tuple*) {
  auto* i = static_cast<DictIter*>(self.obj());
  if (!i->dict) return Value::small(0);
  Dict* d = as_dict(i->dict);
  std::int64_t n = 0;
  for (std::size_t p = i->pos; p < d->nentries; ++p) n += d->entries[p].key ? 1 : 0;
  return make_int(n);
}
// iter() of dict.
static Value dict_iter_slot(Value self) { return make_dict_iter(self, 0); }

// A keys/values/items view of d.
static Value make_view(Value d, Type* t) {
  Value v = alloc_instance(t);
  if (!v) return v;
  static_cast<DictView*>(v.obj())->dict = newref(d);
  return v;
}
// Frees a dict view.
static void view_dealloc(Object* o) {
  decref(static_cast<DictView*>(o)->dict);
  free_instance(o);
}
// Visits the references of a dict view (for the cycle collector).
static void view_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  visit(static_cast<DictView*>(o)->dict, arg);
}
// The dict behind a view.
static Value view_dict(Value v) { return static_cast<DictView*>(v.obj())->dict; }
// len() of a dict view.
static std::int64_t view_len(Value v) { return static_cast<std::int64_t>(as_dict(view_dict(v))->used); }
// 0 keys, 1 values, 2 items.
static int view_kind(Value v) {
  Type* t = type_of(v);
  return t == DictKeysType ? 0 : t == DictValuesType ? 1 : 2;
}
// iter() of a dict view.
static Value view_iter(Value v) { return make_dict_iter(view_dict(v), view_kind(v)); }
// "dict_keys([1, 2])"
static Value view_repr(Value v) {
  if (repr_enter(v)) return make_str_ascii("...");
  Value l = list_from_iterable(v);
  Value r = l ? repr(l) : Value();
  xdecref(l);
  repr_leave(v);
  if (!r) return r;
  std::string s = type_name(v) + "(" + str_utf8_ref(as_str(r)) + ")";
  decref(r);
  return make_str_utf8(s);
}
// `k in d.keys()`.
static int keys_contains(Value v, Value key) { return dict_contains(view_dict(v), key); }
// `(k, v) in d.items()`.
static int items_contains(Value v, Value item) {
  if (!is_tuple(item) || as_tuple(item)->length != 2) return 0;
  Value key = as_tuple(item)->items[0];
  std::int64_t h = hash(key);
  if (h == -1) return -1;
  int err = 0;
  Value found = dict_lookup(as_dict(view_dict(v)), key, h, &err);
  if (err) return -1;
  if (!found) return 0;
  incref(found);
  int r = equal(found, as_tuple(item)->items[1]);
  decref(found);
  return r;
}
// Set operations on keys/items views: through sets.
static Value view_setop(Value a, Value b, int op) {
  bool a_view = type_of(a) == DictKeysType || type_of(a) == DictItemsType;
  Value left = set_from_iterable(SetType, a_view ? a : a);
  if (!left) return left;
  Value r = binary_op(left, is_set_or_frozenset(b) ? b : b, op);
  if (!r && has_error() && isinstance_type(current_error(), TypeErrorType) && !is_set_or_frozenset(b)) {
    clear_error();
    Value right = set_from_iterable(SetType, b);
    if (!right) {
      decref(left);
      return Value();
    }
    r = binary_op(left, right, op);
    decref(right);
  }
  decref(left);
  return r;
}
// view & other.
static Value view_and(Value a, Value b) { return view_setop(a, b, static_cast<int>(bytecode::BinOp::And)); }
// view | other.
static Value view_or(Value a, Value b) { return view_setop(a, b, static_cast<int>(bytecode::BinOp::Or)); }
// view - other.
static Value view_sub(Value a, Value b) { return view_setop(a, b, static_cast<int>(bytecode::BinOp::Subtract)); }
// view ^ other.
static Value view_xor(Value a, Value b) { return view_setop(a, b, static_cast<int>(bytecode::BinOp::Xor)); }
// Rich comparison of keys and items views (as sets).
static Value view_richcompare(Value a, Value b, int op) {
  if (type_of(a) == DictValuesType) return newref(NotImplemented());
  Value sa = set_from_iterable(SetType, a);
  if (!sa) return sa;
  Value sb = is_set_or_frozenset(b) ? newref(b)
             : (type_of(b) == DictKeysType || type_of(b) == DictItemsType) ? set_from_iterable(SetType, b)
                                                                            : Value();
  if (!sb) {
    decref(sa);
    return has_error() ? Value() : newref(NotImplemented());
  }
  Value r = compare(sa, sb, op);
  decref(sa);
  decref(sb);
  return r;
}
// reversed() of a dict view.
static Value view_reversed(Value self, const Value*, std::size_t, Tuple*) {
  return make_dict_iter(view_dict(self), view_kind(self), true);
}
// dict_keys/dict_items.isdisjoint()
static Value view_isdisjoint(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("isdisjoint", nargs, 1)) return Value();
  bool disjoint = true;
  int r = for_each(args[0], [&](Value x) {
    int c = contains(self, x);
    if (c < 0) return -1;
    if (c) {
      disjoint = false;
      return 1;
    }
    return 0;
  });
  if (r < 0) return Value();
  return newref(boolean(disjoint));
}

// ---------------------------------------------------------------- methods
static Value dict_get_m(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("get", nargs, 1, 2)) return Value();
  std::int64_t h = hash(args[0]);
  if (h == -1) return Value();
  int err = 0;
  Value v = dict_lookup(as_dict(self), args[0], h, &err);
  if (err) return Value();
  return newref(v ? v : nargs > 1 ? args[1] : None());
}
// dict.setdefault()
static Value dict_setdefault(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("setdefault", nargs, 1, 2)) return Value();
  std::int64_t h = hash(args[0]);
  if (h == -1) return Value();
  int err = 0;
  Value v = dict_lookup(as_dict(self), args[0], h, &err);
  if (err) return Value();
  if (v) return newref(v);
  Value dflt = nargs > 1 ? args[1] : None();
  if (dict_set_hashed(as_dict(self), args[0], h, dflt) < 0) return Value();
  return newref(dflt);
}
// dict.pop()
static Value dict_pop(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("pop", nargs, 1, 2)) return Value();
  std::int64_t h = hash(args[0]);
  if (h == -1) return Value();
  Dict* d = as_dict(self);
  std::int64_t ix = dict_find(d, args[0], h);
  if (ix == -2) return Value();
  if (ix < 0) {
    if (nargs > 1) return newref(args[1]);
    return raise_key_error(args[0]);
  }
  Value v = newref(d->entries[ix].value);
  dict_remove_entry(d, ix, h);
  return v;
}
// dict.popitem()
static Value dict_popitem(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("popitem", nargs, 0)) return Value();
  Dict* d = as_dict(self);
  if (d->used == 0) return raise(KeyErrorType, "popitem(): dictionary is empty");
  std::size_t i = d->nentries;
  while (i > 0 && !d->entries[i - 1].key) --i;
  DictEntry e = d->entries[i - 1];
  Value t = tuple_pack({e.key, e.value});
  dict_remove_entry(d, static_cast<std::int64_t>(i - 1), e.hash);
  d->nentries = i - 1;  // the freed tail can be reused
  return t;
}
// dict.keys()
static Value dict_keys(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("keys", nargs, 0)) return Value();
  return make_view(self, DictKeysType);
}
// dict.values()
static Value dict_values(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("values", nargs, 0)) return Value();
  return make_view(self, DictValuesType);
}
// dict.items()
static Value dict_items(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("items", nargs, 0)) return Value();
  return make_view(self, DictItemsType);
}
// d.update([other], **kw)
static Value dict_update_m(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (!check_args("update", nargs, 0, 1)) return Value();
  if (nargs && dict_update(self, args[0]) < 0) return Value();
  if (kwnames)
    for (std::size_t i = 0; i < kwnames->length; ++i)
      if (dict_set(self, kwnames->items[i], args[nargs + i]) < 0) return Value();
  return newref(None());
}
// dict.copy()
static Value dict_copy_m(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("copy", nargs, 0)) return Value();
  return dict_copy(self);
}
// dict.clear()
static Value dict_clear_m(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("clear", nargs, 0)) return Value();
  dict_clear_all(as_dict(self));
  return newref(None());
}
// dict.fromkeys(iterable, value=None)
static Value dict_fromkeys(Value cls, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("fromkeys", nargs, 1, 2)) return Value();
  Value d = call(cls, nullptr, 0);
  if (!d) return d;
  Value v = nargs > 1 ? args[1] : None();
  int r = for_each(args[0], [&](Value k) { return setitem(d, k, v); });
  if (r < 0) {
    decref(d);
    return Value();
  }
  return d;
}
// dict.__reversed__()
static Value dict_reversed(Value self, const Value*, std::size_t, Tuple*) { return make_dict_iter(self, 0, true); }
// dict.__contains__()
static Value dict_contains_m(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("__contains__", nargs, 1)) return Value();
  int r = dict_contains(self, args[0]);
  return r < 0 ? Value() : newref(boolean(r));
}
// dict.__getitem__()
static Value dict_getitem_m(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("__getitem__", nargs, 1)) return Value();
  return dict_getitem(self, args[0]);
}

// dict(**kw) / dict(mapping, **kw) / dict(iterable, **kw)
static int dict_init(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (!check_args("dict", nargs, 0, 1)) return -1;
  if (nargs && dict_update(self, args[0]) < 0) return -1;
  if (kwnames)
    for (std::size_t i = 0; i < kwnames->length; ++i)
      if (dict_set(self, kwnames->items[i], args[nargs + i]) < 0) return -1;
  return 0;
}
// dict.__new__.
static Value dict_new(Type* t, const Value*, std::size_t, Tuple*) { return dict_alloc_type(t); }

// Sets up dict, its views and iterators.
void init_dict_type() {
  Type* t = DictType;
  type_init(t, "dict", ObjectType, sizeof(Dict), TF_BASETYPE | TF_DICT_SUBCLASS | TF_GC);
  t->dealloc = dict_dealloc;
  t->traverse = dict_traverse;
  t->clear = [](Object* o) { dict_clear_all(static_cast<Dict*>(o)); };
  t->repr = dict_repr;
  t->hash = hash_not_implemented;
  t->richcompare = dict_richcompare;
  t->length = dict_len;
  t->getitem = dict_getitem;
  t->setitem = dict_setitem;
  t->contains = dict_contains;
  t->iter = dict_iter_slot;
  t->new_fn = dict_new;
  t->init = dict_init;
  t->binary[static_cast<int>(bytecode::BinOp::Or)] = dict_or;
  t->inplace[static_cast<int>(bytecode::BinOp::Or)] = dict_ior;
  add_method(t, "get", dict_get_m);
  add_method(t, "setdefault", dict_setdefault);
  add_method(t, "pop", dict_pop);
  add_method(t, "popitem", dict_popitem);
  add_method(t, "keys", dict_keys);
  add_method(t, "values", dict_values);
  add_method(t, "items", dict_items);
  add_method(t, "update", dict_update_m);
  add_method(t, "copy", dict_copy_m);
  add_method(t, "clear", dict_clear_m);
  add_classmethod(t, "fromkeys", dict_fromkeys);
  add_method(t, "__reversed__", dict_reversed);
  add_method(t, "__contains__", dict_contains_m);
  add_method(t, "__getitem__", dict_getitem_m);
  type_ready(t);

  for (auto [vt, name] : {std::pair{DictKeysType, "dict_keys"}, {DictValuesType, "dict_values"},
                          {DictItemsType, "dict_items"}}) {
    type_init(vt, name, ObjectType, sizeof(DictView), TF_GC);
    vt->dealloc = view_dealloc;
    vt->traverse = view_traverse;
    vt->length = view_len;
    vt->iter = view_iter;
    vt->repr = view_repr;
    add_method(vt, "__reversed__", view_reversed);
    if (vt != DictValuesType) {
      vt->contains = vt == DictKeysType ? keys_contains : items_contains;
      vt->richcompare = view_richcompare;
      vt->hash = hash_not_implemented;
      vt->binary[static_cast<int>(bytecode::BinOp::And)] = view_and;
      vt->binary[static_cast<int>(bytecode::BinOp::Or)] = view_or;
      vt->binary[static_cast<int>(bytecode::BinOp::Subtract)] = view_sub;
      vt->binary[static_cast<int>(bytecode::BinOp::Xor)] = view_xor;
      add_method(vt, "isdisjoint", view_isdisjoint);
    }
    type_ready(vt);
  }
  for (auto [it, name] : {std::pair{&g_dict_iter, "dict_keyiterator"}, {&g_dict_reviter, "dict_reversekeyiterator"}}) {
    type_init(it, name, ObjectType, sizeof(DictIter), TF_GC);
    it->dealloc = dict_iter_dealloc;
    it->traverse = dict_iter_traverse;
    it->iter = self_iter;
    it->next = dict_iter_next;
    add_method(it, "__length_hint__", dict_iter_length_hint);
    type_ready(it);
  }
}

}  // namespace peppy::objects
