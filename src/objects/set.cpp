// set.cpp: set and frozenset. An open-addressing table probed like CPython's (linear
// probes, then perturbation; growth at 60% fill), so small int sets print in CPython's
// order; the set methods and operators, subset comparisons, frozenset's hash.
#include <cstdlib>
#include <vector>

#include "bytecode/opcodes.hpp"
#include "objects/alloc.hpp"
#include "objects/core.hpp"
#include "objects/gc.hpp"

namespace peppy::objects {

static Type g_set, g_frozenset, g_set_iter;
Type* const SetType = &g_set;
Type* const FrozenSetType = &g_frozenset;

static Object g_dummy_obj;
// The marker of a deleted set entry.
static inline Value dummy() { return val(&g_dummy_obj); }
static constexpr std::size_t kLinearProbes = 9;

// ---------------------------------------------------------------- table
// A set of type t with an empty 8-slot table.
static Value set_alloc(Type* t) {
  Value v = alloc_instance(t);
  if (!v) return v;
  Set* s = as_set(v);
  s->table = static_cast<SetEntry*>(obj_calloc(8 * sizeof(SetEntry)));
  if (!s->table) {
    decref(v);
    return raise_no_memory();
  }
  s->mask = 7;
  s->hash = -1;
  return v;
}
// A new empty set.
Value make_set() { return set_alloc(SetType); }
// A new empty frozenset.
Value make_frozenset() { return set_alloc(FrozenSetType); }

// Inserts into a table known to hold no dummies and not to contain key.
static void set_insert_clean(SetEntry* table, std::size_t mask, Value key, std::int64_t hash) {
  auto perturb = static_cast<std::uint64_t>(hash);
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  for (;;) {
    if (!table[i].key) break;
    bool found = false;
    if (i + kLinearProbes <= mask) {
      for (std::size_t j = 1; j <= kLinearProbes; ++j)
        if (!table[i + j].key) {
          i += j;
          found = true;
          break;
        }
    }
    if (found) break;
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
  table[i].key = key;
  table[i].hash = hash;
}

// Rebuilds the table for `minused` entries.
static bool set_resize(Set* s, std::size_t minused) {
  std::size_t newsize = 8;
  while (newsize <= minused) newsize <<= 1;
  auto* nt = static_cast<SetEntry*>(obj_calloc(newsize * sizeof(SetEntry)));
  if (!nt) {
    raise_no_memory();
    return false;
  }
  SetEntry* old = s->table;
  std::size_t oldsize = s->mask + 1;
  for (std::size_t i = 0; i < oldsize; ++i)
    if (old[i].key && old[i].key != dummy()) set_insert_clean(nt, newsize - 1, old[i].key, old[i].hash);
  obj_free(old, oldsize * sizeof(SetEntry));
  s->table = nt;
  s->mask = newsize - 1;
  s->fill = s->used;
  return true;
}

// Finds key: the slot index of the live entry, -1 if absent, -2 on error.
static std::int64_t set_find(Set* s, Value key, std::int64_t hash) {
  for (;;) {
    SetEntry* table = s->table;
    std::size_t mask = s->mask;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    bool restart = false;
    for (;;) {
      std::size_t limit = i + kLinearProbes <= mask ? kLinearProbes : 0;
      for (std::size_t j = 0; j <= limit; ++j) {
        SetEntry& e = table[i + j];
        if (!e.key) return -1;
        if (e.key == key) return static_cast<std::int64_t>(i + j);
        if (e.hash == hash && e.key != dummy()) {
          if (key.is_small() && e.key.is_small()) continue;
          if (is_exact(key, StrType) && is_exact(e.key, StrType)) {
            if (str_equal(as_str(key), as_str(e.key))) return static_cast<std::int64_t>(i + j);
            continue;
          }
          Value k = newref(e.key);
          int c = equal(k, key);
          decref(k);
          if (c < 0) return -2;
          if (table != s->table || mask != s->mask) {
            restart = true;
            break;
          }
          if (c) return static_cast<std::int64_t>(i + j);
        }
      }
      if (restart) break;
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
}

// Adds key with a known hash (borrowed).
static int set_add_hashed(Set* s, Value key, std::int64_t hash) {
  std::int64_t ix = set_find(s, key, hash);
  if (ix == -2) return -1;
  if (ix >= 0) return 0;
  // Find the first free slot (empty or dummy) along the probe sequence.
  SetEntry* table = s->table;
  std::size_t mask = s->mask;
  auto perturb = static_cast<std::uint64_t>(hash);
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  std::size_t slot = SIZE_MAX;
  for (;;) {
    std::size_t limit = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (std::size_t j = 0; j <= limit; ++j) {
      SetEntry& e = table[i + j];
      if (!e.key || e.key == dummy()) {
        slot = i + j;
        break;
      }
    }
    if (slot != SIZE_MAX) break;
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
  bool was_empty = !table[slot].key;
  table[slot].key = newref(key);
  table[slot].hash = hash;
  ++s->used;
  if (was_empty) {
    ++s->fill;
    if (s->fill * 5 >= mask * 3) return set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4) ? 0 : -1;
  }
  return 0;
}

// set.add(item)
int set_add(Value set, Value item) {
  std::int64_t h = hash(item);
  if (h == -1) return -1;
  return set_add_hashed(as_set(set), item, h);
}

// item in s: 1 / 0 / -1.
int set_contains(Set* s, Value key) {
  std::int64_t h = hash(key);
  if (h == -1) {
    // A set used as a key is looked up as a frozenset.
    if (is_exact(key, SetType) && isinstance_type(current_error(), TypeErrorType)) {
      clear_error();
      Value f = set_from_iterable(FrozenSetType, key);
      if (!f) return -1;
      int r = set_contains(s, f);
      decref(f);
      return r;
    }
    return -1;
  }
  std::int64_t ix = set_find(s, key, h);
  return ix == -2 ? -1 : ix >= 0;
}

// Removes key; 1 if it was there, 0 if not, -1 on error.
static int set_discard_key(Set* s, Value key) {
  std::int64_t h = hash(key);
  if (h == -1) return -1;
  std::int64_t ix = set_find(s, key, h);
  if (ix < 0) return ix == -2 ? -1 : 0;
  Value k = s->table[ix].key;
  s->table[ix].key = dummy();
  s->table[ix].hash = -1;
  --s->used;
  decref(k);
  return 1;
}

// The next live entry from pos (borrowed).
bool set_next(Set* s, std::size_t& pos, Value& key) {
  while (pos <= s->mask) {
    SetEntry& e = s->table[pos++];
    if (e.key && e.key != dummy()) {
      key = e.key;
      return true;
    }
  }
  return false;
}

// Adds every item of iterable.
int set_update(Set* s, Value iterable) {
  if (is_set_or_frozenset(iterable)) {
    Set* o = as_set(iterable);
    for (std::size_t i = 0; i <= o->mask; ++i) {
      SetEntry e = o->table[i];
      if (e.key && e.key != dummy() && set_add_hashed(s, e.key, e.hash) < 0) return -1;
    }
    return 0;
  }
  if (is_dict(iterable)) {
    std::size_t pos = 0;
    Value k, v;
    Dict* d = as_dict(iterable);
    while (dict_next(d, pos, k, v))
      if (set_add_hashed(s, k, d->entries[pos - 1].hash) < 0) return -1;
    return 0;
  }
  return for_each(iterable, [&](Value x) { return set_add(val(s), x); });
}

// A new set/frozenset (type t) of the items of iterable.
Value set_from_iterable(Type* t, Value iterable) {
  Value s = set_alloc(t);
  if (!s) return s;
  if (iterable && set_update(as_set(s), iterable) < 0) {
    decref(s);
    return Value();
  }
  return s;
}

// Empties s.
static void set_clear_all(Set* s) {
  SetEntry* old = s->table;
  std::size_t n = s->mask + 1;
  s->table = static_cast<SetEntry*>(obj_calloc(8 * sizeof(SetEntry)));
  s->mask = 7;
  s->fill = s->used = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (old[i].key && old[i].key != dummy()) decref(old[i].key);
  obj_free(old, n * sizeof(SetEntry));
}

// Frees a set or frozenset.
static void set_dealloc(Object* o) {
  Set* s = static_cast<Set*>(o);
  SetEntry* t = s->table;
  std::size_t n = s->mask + 1;
  s->table = nullptr;
  for (std::size_t i = 0; i < n; ++i)
    if (t[i].key && t[i].key != dummy()) decref(t[i].key);
  obj_free(t, n * sizeof(SetEntry));
  free_instance(o);
}
// Visits the references of a set (for the cycle collector).
static void set_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  Set* s = static_cast<Set*>(o);
  for (std::size_t i = 0; i <= s->mask; ++i)
    if (s->table[i].key && s->table[i].key != dummy() && s->table[i].key.is_object()) visit(s->table[i].key, arg);
}

// ---------------------------------------------------------------- slots
static std::int64_t set_len(Value v) { return static_cast<std::int64_t>(as_set(v)->used); }
// `x in s` for a set.
static int set_contains_slot(Value self, Value x) { return set_contains(as_set(self), x); }

// "{1, 2}" / "set()" / "frozenset({1})" / "MySet({1})"
static Value set_repr(Value self) {
  Set* s = as_set(self);
  Type* t = type_of(self);
  bool plain = t == SetType;
  if (s->used == 0) return make_str_utf8(t->name + "()");
  if (repr_enter(self)) return make_str_utf8(t->name + "(...)");
  std::u32string out;
  if (!plain) {
    std::string n = t->name + "(";
    for (char c : n) out += static_cast<char32_t>(static_cast<unsigned char>(c));
  }
  out += U'{';
  std::size_t pos = 0;
  Value k;
  bool first = true;
  while (set_next(s, pos, k)) {
    if (!first) out += U", ";
    first = false;
    Value r = repr(k);
    if (!r) {
      repr_leave(self);
      return r;
    }
    out += str_view(as_str(r));
    decref(r);
  }
  out += U'}';
  if (!plain) out += U')';
  repr_leave(self);
  return make_str(out);
}

// Whether every item of a is in b.
static int set_issubset_raw(Set* a, Set* b) {
  if (a->used > b->used) return 0;
  std::size_t pos = 0;
  Value k;
  while (set_next(a, pos, k)) {
    int c = set_contains(b, k);
    if (c <= 0) return c;
  }
  return 1;
}

// Comparisons: subset/superset order, equality.
static Value set_richcompare(Value a, Value b, int op) {
  if (!is_set_or_frozenset(a) || !is_set_or_frozenset(b)) return newref(NotImplemented());
  Set* x = as_set(a);
  Set* y = as_set(b);
  int r;
  switch (op) {
    case 2:
    case 3:
      r = x->used == y->used ? set_issubset_raw(x, y) : 0;
      if (r < 0) return Value();
      return newref(boolean(op == 2 ? r : !r));
    case 1:  // <=
      r = set_issubset_raw(x, y);
      break;
    case 0:  // <
      r = x->used < y->used ? set_issubset_raw(x, y) : 0;
      break;
    case 5:  // >=
      r = set_issubset_raw(y, x);
      break;
    default:  // >
      r = y->used < x->used ? set_issubset_raw(y, x) : 0;
      break;
  }
  if (r < 0) return Value();
  return newref(boolean(r));
}

// frozenset's hash (CPython's: shuffled entry hashes xored, then mixed).
static std::int64_t frozenset_hash(Value v) {
  Set* s = as_set(v);
  if (s->hash != -1) return s->hash;
  std::uint64_t h = 0;
  auto shuffle = [](std::uint64_t x) { return ((x ^ 89869747ull) ^ (x << 16)) * 3644798167ull; };
  std::size_t pos = 0;
  Value k;
  while (set_next(s, pos, k)) h ^= shuffle(static_cast<std::uint64_t>(s->table[pos - 1].hash));
  h ^= (static_cast<std::uint64_t>(s->used) + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  auto r = static_cast<std::int64_t>(h);
  if (r == -1) r = 590923713;
  s->hash = r;
  return r;
}

// The result type of a binary set operation: a's exact base type (set or frozenset).
static Type* result_type(Value a) {
  return (type_of(a) == FrozenSetType || is_subtype(type_of(a), FrozenSetType)) ? FrozenSetType : SetType;
}

// a | b, a & b, a - b, a ^ b over any iterable b.
static Value set_union_raw(Value a, Value b, Type* t) {
  Value r = set_from_iterable(t, a);
  if (r && set_update(as_set(r), b) < 0) {
    decref(r);
    return Value();
  }
  return r;
}
// a & b (b any iterable) as a new set of type t.
static Value set_intersection_raw(Value a, Value b, Type* t) {
  Value r = set_alloc(t);
  if (!r) return r;
  Value other = is_set_or_frozenset(b) ? newref(b) : set_from_iterable(SetType, b);
  if (!other) {
    decref(r);
    return Value();
  }
  Set* x = as_set(a);
  Set* y = as_set(other);
  if (x->used > y->used) std::swap(x, y);
  std::size_t pos = 0;
  Value k;
  int err = 0;
  while (set_next(x, pos, k)) {
    int c = set_contains(y, k);
    if (c < 0 || (c && set_add_hashed(as_set(r), k, x->table[pos - 1].hash) < 0)) {
      err = 1;
      break;
    }
  }
  decref(other);
  if (err) {
    decref(r);
    return Value();
  }
  return r;
}
// a - b (b any iterable) as a new set of type t.
static Value set_difference_raw(Value a, Value b, Type* t) {
  Value other = is_set_or_frozenset(b) || is_dict(b) ? newref(b) : set_from_iterable(SetType, b);
  if (!other) return other;
  Value r = set_alloc(t);
  Set* x = as_set(a);
  std::size_t pos = 0;
  Value k;
  int err = 0;
  while (set_next(x, pos, k)) {
    int c = is_dict(other) ? contains(other, k) : set_contains(as_set(other), k);
    if (c < 0 || (!c && set_add_hashed(as_set(r), k, x->table[pos - 1].hash) < 0)) {
      err = 1;
      break;
    }
  }
  decref(other);
  if (err) {
    decref(r);
    return Value();
  }
  return r;
}
// a ^ b (b any iterable) as a new set of type t.
static Value set_symdiff_raw(Value a, Value b, Type* t) {
  Value other = is_set_or_frozenset(b) ? newref(b) : set_from_iterable(SetType, b);
  if (!other) return other;
  Value r = set_difference_raw(a, other, t);
  Value r2 = r ? set_difference_raw(other, a, SetType) : Value();
  decref(other);
  if (!r2) {
    xdecref(r);
    return Value();
  }
  int e = set_update(as_set(r), r2);
  decref(r2);
  if (e < 0) {
    decref(r);
    return Value();
  }
  return r;
}

#define SET_BINOP(name, raw)                                                                      \
  static Value name(Value a, Value b) {                                                           \
    if (!is_set_or_frozenset(a) || !is_set_or_frozenset(b)) return newref(NotImplemented());     \
    return raw(a, b, result_type(a));                                                             \
  }
SET_BINOP(set_or, set_union_raw)
SET_BINOP(set_and, set_intersection_raw)
SET_BINOP(set_sub, set_difference_raw)
SET_BINOP(set_xor, set_symdiff_raw)
#undef SET_BINOP

// In-place forms: mutate a (set only) and return it.
static Value set_replace_contents(Value a, Value r) {
  if (!r) return r;
  Set* s = as_set(a);
  Set* n = as_set(r);
  std::swap(s->table, n->table);
  std::swap(s->mask, n->mask);
  std::swap(s->fill, n->fill);
  std::swap(s->used, n->used);
  decref(r);
  return newref(a);
}
// set |= set.
static Value set_ior(Value a, Value b) {
  if (!is_set_or_frozenset(b)) return newref(NotImplemented());
  if (set_update(as_set(a), b) < 0) return Value();
  return newref(a);
}
// set &= set.
static Value set_iand(Value a, Value b) {
  if (!is_set_or_frozenset(b)) return newref(NotImplemented());
  return set_replace_contents(a, set_intersection_raw(a, b, SetType));
}
// set -= set.
static Value set_isub(Value a, Value b) {
  if (!is_set_or_frozenset(b)) return newref(NotImplemented());
  return set_replace_contents(a, set_difference_raw(a, b, SetType));
}
// set ^= set.
static Value set_ixor(Value a, Value b) {
  if (!is_set_or_frozenset(b)) return newref(NotImplemented());
  return set_replace_contents(a, set_symdiff_raw(a, b, SetType));
}

// ---------------------------------------------------------------- iteration
struct SetIter : Object {
  Value set;  // owned; null when exhausted
  std::size_t pos, used;
};
// iter() of a set.
static Value set_iter(Value self) {
  Value it = alloc_instance(&g_set_iter);
  if (!it) return it;
  auto* i = static_cast<SetIter*>(it.obj());
  i->set = newref(self);
  i->pos = 0;
  i->used = as_set(self)->used;
  return it;
}
// next() of set_iterator.
static Value set_iter_next(Value self) {
  auto* i = static_cast<SetIter*>(self.obj());
  if (!i->set) return Value();
  Set* s = as_set(i->set);
  if (s->used != i->used) {
    i->used = static_cast<std::size_t>(-1);
    return raise(RuntimeErrorType, "Set changed size during iteration");
  }
  Value k;
  if (set_next(s, i->pos, k)) return newref(k);
  Value ss = i->set;
  i->set = Value();
  decref(ss);
  return Value();
}
// Frees set_iterator.
static void set_iter_dealloc(Object* o) {
  xdecref(static_cast<SetIter*>(o)->set);
  free_instance(o);
}
// Visits the references of set_iterator (for the cycle collector).
static void set_iter_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  if (static_cast<SetIter*>(o)->set) visit(static_cast<SetIter*>(o)->set, arg);
}
// iter() of set_iterator.
static Value self_iter(Value self) { return newref(self); }

// ---------------------------------------------------------------- methods
static Value set_add_m(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("add", nargs, 1)) return Value();
  if (set_add(self, args[0]) < 0) return Value();
  return newref(None());
}
// set.discard()
static Value set_discard_m(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("discard", nargs, 1)) return Value();
  if (set_discard_key(as_set(self), args[0]) < 0) return Value();
  return newref(None());
}
// set.remove()
static Value set_remove_m(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("remove", nargs, 1)) return Value();
  int r = set_discard_key(as_set(self), args[0]);
  if (r < 0) return Value();
  if (r == 0) return raise_key_error(args[0]);
  return newref(None());
}
// set.pop()
static Value set_pop_m(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("pop", nargs, 0)) return Value();
  Set* s = as_set(self);
  if (s->used == 0) return raise(KeyErrorType, "pop from an empty set");
  std::size_t i = s->finger & s->mask;
  while (!s->table[i].key || s->table[i].key == dummy()) i = (i + 1) & s->mask;
  Value k = s->table[i].key;
  s->table[i].key = dummy();
  s->table[i].hash = -1;
  --s->used;
  s->finger = i + 1;
  return k;
}
// set.clear()
static Value set_clear_m(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("clear", nargs, 0)) return Value();
  set_clear_all(as_set(self));
  return newref(None());
}
// set.copy()
static Value set_copy_m(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("copy", nargs, 0)) return Value();
  if (is_exact(self, FrozenSetType)) return newref(self);
  return set_from_iterable(result_type(self), self);
}
// union/intersection/difference/symmetric_difference with any number of iterables.
template <Value (*Raw)(Value, Value, Type*)>
static Value set_multi(Value self, const Value* args, std::size_t nargs) {
  Value r = set_from_iterable(result_type(self), self);
  for (std::size_t i = 0; i < nargs && r; ++i) {
    Value n = Raw(r, args[i], result_type(self));
    decref(r);
    r = n;
  }
  return r;
}
// set.union()
static Value set_union_m(Value self, const Value* a, std::size_t n, Tuple*) { return set_multi<set_union_raw>(self, a, n); }
// set.intersection()
static Value set_intersection_m(Value self, const Value* a, std::size_t n, Tuple*) {
  return set_multi<set_intersection_raw>(self, a, n);
}
// set.difference()
static Value set_difference_m(Value self, const Value* a, std::size_t n, Tuple*) {
  return set_multi<set_difference_raw>(self, a, n);
}
// set.symmetric_difference()
static Value set_symdiff_m(Value self, const Value* a, std::size_t n, Tuple*) {
  if (!check_exact("symmetric_difference", n, 1)) return Value();
  return set_symdiff_raw(self, a[0], result_type(self));
}
// set.update()
static Value set_update_m(Value self, const Value* args, std::size_t nargs, Tuple*) {
  for (std::size_t i = 0; i < nargs; ++i)
    if (set_update(as_set(self), args[i]) < 0) return Value();
  return newref(None());
}
// intersection_update/difference_update with any number of iterables.
template <Value (*Raw)(Value, Value, Type*)>
static Value set_multi_update(Value self, const Value* args, std::size_t nargs) {
  for (std::size_t i = 0; i < nargs; ++i) {
    Value r = set_replace_contents(self, Raw(self, args[i], SetType));
    if (!r) return r;
    decref(r);
  }
  return newref(None());
}
// set.intersection_update()
static Value set_intersection_update_m(Value self, const Value* a, std::size_t n, Tuple*) {
  return set_multi_update<set_intersection_raw>(self, a, n);
}
// set.difference_update()
static Value set_difference_update_m(Value self, const Value* a, std::size_t n, Tuple*) {
  return set_multi_update<set_difference_raw>(self, a, n);
}
// set.symmetric_difference_update()
static Value set_symdiff_update_m(Value self, const Value* a, std::size_t n, Tuple*) {
  if (!check_exact("symmetric_difference_update", n, 1)) return Value();
  return set_multi_update<set_symdiff_raw>(self, a, n);
}
// issubset/issuperset/isdisjoint over any iterable.
static Value set_issubset_m(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("issubset", nargs, 1)) return Value();
  Value o = is_set_or_frozenset(args[0]) ? newref(args[0]) : set_from_iterable(SetType, args[0]);
  if (!o) return o;
  int r = set_issubset_raw(as_set(self), as_set(o));
  decref(o);
  return r < 0 ? Value() : newref(boolean(r));
}
// set.issuperset()
static Value set_issuperset_m(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("issuperset", nargs, 1)) return Value();
  Value o = is_set_or_frozenset(args[0]) ? newref(args[0]) : set_from_iterable(SetType, args[0]);
  if (!o) return o;
  int r = set_issubset_raw(as_set(o), as_set(self));
  decref(o);
  return r < 0 ? Value() : newref(boolean(r));
}
// set.isdisjoint()
static Value set_isdisjoint_m(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("isdisjoint", nargs, 1)) return Value();
  bool disjoint = true;
  int r = for_each(args[0], [&](Value x) {
    int c = set_contains(as_set(self), x);
    if (c < 0) return -1;
    if (c) {
      disjoint = false;
      return 1;
    }
    return 0;
  });
  return r < 0 ? Value() : newref(boolean(disjoint));
}
// set.__contains__()
static Value set_contains_m(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("__contains__", nargs, 1)) return Value();
  int r = set_contains(as_set(self), args[0]);
  return r < 0 ? Value() : newref(boolean(r));
}

// set(iterable=()) and frozenset(iterable=())
static Value set_new(Type* t, const Value*, std::size_t, Tuple*) { return set_alloc(t); }
// set.__init__.
static int set_init(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (!no_kwargs("set", kwnames) || !check_args("set", nargs, 0, 1)) return -1;
  Set* s = as_set(self);
  if (s->used) set_clear_all(s);
  if (nargs) return set_update(s, args[0]);
  return 0;
}
// set.__new__.
static Value frozenset_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (!no_kwargs("frozenset", kwnames) || !check_args("frozenset", nargs, 0, 1)) return Value();
  if (nargs && t == FrozenSetType && is_exact(args[0], FrozenSetType)) return newref(args[0]);
  return set_from_iterable(t, nargs ? args[0] : Value());
}

// Sets up set, frozenset and the set iterator.
void init_set_type() {
  g_dummy_obj.refcnt = std::intptr_t{1} << 60;
  for (Type* t : {SetType, FrozenSetType}) {
    bool frozen = t == FrozenSetType;
    type_init(t, frozen ? "frozenset" : "set", ObjectType, sizeof(Set), TF_BASETYPE | TF_GC);
    t->dealloc = set_dealloc;
    t->traverse = set_traverse;
    t->clear = [](Object* o) { set_clear_all(static_cast<Set*>(o)); };
    t->repr = set_repr;
    t->hash = frozen ? frozenset_hash : hash_not_implemented;
    t->richcompare = set_richcompare;
    t->length = set_len;
    t->contains = set_contains_slot;
    t->iter = set_iter;
    using bytecode::BinOp;
    t->binary[static_cast<int>(BinOp::Or)] = set_or;
    t->binary[static_cast<int>(BinOp::And)] = set_and;
    t->binary[static_cast<int>(BinOp::Subtract)] = set_sub;
    t->binary[static_cast<int>(BinOp::Xor)] = set_xor;
    if (!frozen) {
      t->inplace[static_cast<int>(BinOp::Or)] = set_ior;
      t->inplace[static_cast<int>(BinOp::And)] = set_iand;
      t->inplace[static_cast<int>(BinOp::Subtract)] = set_isub;
      t->inplace[static_cast<int>(BinOp::Xor)] = set_ixor;
      t->new_fn = set_new;
      t->init = set_init;
      add_method(t, "add", set_add_m);
      add_method(t, "discard", set_discard_m);
      add_method(t, "remove", set_remove_m);
      add_method(t, "pop", set_pop_m);
      add_method(t, "clear", set_clear_m);
      add_method(t, "update", set_update_m);
      add_method(t, "intersection_update", set_intersection_update_m);
      add_method(t, "difference_update", set_difference_update_m);
      add_method(t, "symmetric_difference_update", set_symdiff_update_m);
    } else {
      t->new_fn = frozenset_new;
    }
    add_method(t, "copy", set_copy_m);
    add_method(t, "union", set_union_m);
    add_method(t, "intersection", set_intersection_m);
    add_method(t, "difference", set_difference_m);
    add_method(t, "symmetric_difference", set_symdiff_m);
    add_method(t, "issubset", set_issubset_m);
    add_method(t, "issuperset", set_issuperset_m);
    add_method(t, "isdisjoint", set_isdisjoint_m);
    add_method(t, "__contains__", set_contains_m);
    type_ready(t);
  }
  type_init(&g_set_iter, "set_iterator", ObjectType, sizeof(SetIter), TF_GC);
  g_set_iter.dealloc = set_iter_dealloc;
  g_set_iter.traverse = set_iter_traverse;
  g_set_iter.iter = self_iter;
  g_set_iter.next = set_iter_next;
  type_ready(&g_set_iter);
}

}  // namespace peppy::objects
