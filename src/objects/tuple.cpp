// tuple.cpp: tuple. Items stored right after the header (one allocation), the hash
// CPython's (xxHash-based) and cached; indexing and slicing, + and *, comparison,
// containment, iteration, count/index, repr, and tuple(iterable). Also the
// lexicographic comparison list shares.
#include <cstdlib>
#include <vector>

#include "objects/alloc.hpp"
#include "objects/core.hpp"
#include "objects/gc.hpp"

namespace peppy::objects {

static Type g_tuple, g_tuple_iter;
Type* const TupleType = &g_tuple;

static Tuple* g_empty_tuple = nullptr;

// ---------------------------------------------------------------- allocation
// Freed exact tuples of 1..kFreeSizes-1 items, by size, chained through `type`.
static constexpr std::size_t kFreeSizes = 16, kFreeMax = 1000;
static Tuple* g_free_tuples[kFreeSizes];
static std::size_t g_num_free_tuples[kFreeSizes];

// A tuple of type t with n null items.
static Tuple* tuple_alloc_type(Type* t, std::size_t n) {
  if (t == TupleType && n < kFreeSizes && g_free_tuples[n]) {
    Tuple* tp = g_free_tuples[n];
    g_free_tuples[n] = reinterpret_cast<Tuple*>(tp->type);
    --g_num_free_tuples[n];
    tp->refcnt = 1;
    tp->type = TupleType;
    tp->hash = -1;
    for (std::size_t i = 0; i < n; ++i) tp->items[i] = Value();
    gc_reuse(tp);
    return tp;
  }
  std::size_t head = t == TupleType ? sizeof(Tuple) : ((t->basic_size + 7) & ~std::size_t{7});
  void* mem = gc_alloc_zeroed(head + n * sizeof(Value));
  if (!mem) {
    raise_no_memory();
    return nullptr;
  }
  auto* tp = static_cast<Tuple*>(mem);
  tp->refcnt = 1;
  tp->type = t;
  tp->hash = -1;
  tp->length = n;
  tp->items = reinterpret_cast<Value*>(static_cast<char*>(mem) + head);
  if (t->flags & TF_HEAPTYPE) incref(val(t));
  return tp;
}

// The empty tuple (borrowed; shared).
Value empty_tuple() {
  if (!g_empty_tuple) {
    g_empty_tuple = tuple_alloc_type(TupleType, 0);
    g_empty_tuple->refcnt = std::intptr_t{1} << 60;
    gc_untrack(g_empty_tuple);
  }
  return val(g_empty_tuple);
}

// A tuple of n items for the caller to fill (steals the refs it stores).
Value make_tuple(std::size_t n) {
  if (n == 0) return newref(empty_tuple());
  Tuple* t = tuple_alloc_type(TupleType, n);
  return t ? val(t) : Value();
}

// A tuple of copies of items[0..n).
Value make_tuple_from(const Value* items, std::size_t n) {
  Value t = make_tuple(n);
  if (!t) return t;
  for (std::size_t i = 0; i < n; ++i) as_tuple(t)->items[i] = newref(items[i]);
  return t;
}

// A tuple of the given items (borrowed).
Value tuple_pack(std::initializer_list<Value> items) { return make_tuple_from(items.begin(), items.size()); }

// Frees a tuple.
static void tuple_dealloc(Object* o) {
  auto* t = static_cast<Tuple*>(o);
  for (std::size_t i = 0; i < t->length; ++i) xdecref(t->items[i]);
  if (o->type == TupleType) {
    std::size_t n = t->length;
    if (n > 0 && n < kFreeSizes && g_num_free_tuples[n] < kFreeMax) {
      o->type = reinterpret_cast<Type*>(g_free_tuples[n]);
      g_free_tuples[n] = t;
      ++g_num_free_tuples[n];
      return;
    }
    gc_free(o, sizeof(Tuple) + n * sizeof(Value));
    return;
  }
  free_instance_sized(o, ((o->type->basic_size + 7) & ~std::size_t{7}) + t->length * sizeof(Value));
}
// Visits the items.
static void tuple_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  auto* t = static_cast<Tuple*>(o);
  for (std::size_t i = 0; i < t->length; ++i)
    if (t->items[i].is_object()) visit(t->items[i], arg);
}

// ---------------------------------------------------------------- hash, repr, compare
// CPython's tuple hash (xxHash's 64-bit round over the items' hashes).
static std::int64_t tuple_hash(Value v) {
  Tuple* t = as_tuple(v);
  if (t->hash != -1) return t->hash;
  const std::uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull, P5 = 2870177450012600261ull;
  std::uint64_t acc = P5;
  for (std::size_t i = 0; i < t->length; ++i) {
    std::int64_t h = hash(t->items[i]);
    if (h == -1) return -1;
    acc += static_cast<std::uint64_t>(h) * P2;
    acc = (acc << 31) | (acc >> 33);
    acc *= P1;
  }
  acc += t->length ^ (P5 ^ 3527539ull);
  auto r = static_cast<std::int64_t>(acc);
  if (r == -1) r = 1546275796;
  t->hash = r;
  return r;
}

// repr: "(1, 2)", "(1,)", "()"
static Value tuple_repr(Value v) {
  Tuple* t = as_tuple(v);
  if (t->length == 0) return make_str_ascii("()");
  if (repr_enter(v)) return make_str_ascii("(...)");
  std::u32string out = U"(";
  for (std::size_t i = 0; i < t->length; ++i) {
    if (i) out += U", ";
    Value r = repr(t->items[i]);
    if (!r) {
      repr_leave(v);
      return r;
    }
    out += str_view(as_str(r));
    decref(r);
  }
  if (t->length == 1) out += U',';
  out += U')';
  repr_leave(v);
  return make_str(out);
}

static Value seq_richcompare_items(Value a, Value b, int op, bool lists);
static int g_compare_depth = 0;

// Lexicographic comparison of two lists or two tuples (RecursionError when nested too deep).
Value seq_richcompare(Value a, Value b, int op, bool lists) {
  if (g_compare_depth > 3000) return raise(RecursionErrorType, "maximum recursion depth exceeded in comparison");
  ++g_compare_depth;
  Value r = seq_richcompare_items(a, b, op, lists);
  --g_compare_depth;
  return r;
}

// The item-by-item part of seq_richcompare.
static Value seq_richcompare_items(Value a, Value b, int op, bool lists) {
  auto len = [&](Value s) { return lists ? as_list(s)->length : as_tuple(s)->length; };
  auto item = [&](Value s, std::size_t i) { return lists ? as_list(s)->items[i] : as_tuple(s)->items[i]; };
  if ((op == 2 || op == 3) && len(a) != len(b)) return newref(boolean(op == 3));
  std::size_t i = 0;
  for (; i < len(a) && i < len(b); ++i) {
    Value x = item(a, i), y = item(b, i);
    incref(x);
    incref(y);
    int e = equal(x, y);
    decref(x);
    decref(y);
    if (e < 0) return Value();
    if (!e) break;
  }
  if (i >= len(a) || i >= len(b)) {
    std::size_t na = len(a), nb = len(b);
    return newref(cmp_result(na < nb ? -1 : na > nb, op));
  }
  if (op == 2) return newref(False());
  if (op == 3) return newref(True());
  Value x = item(a, i), y = item(b, i);
  incref(x);
  incref(y);
  Value r = compare(x, y, op);
  decref(x);
  decref(y);
  return r;
}
// Rich comparison of tuple.
static Value tuple_richcompare(Value a, Value b, int op) {
  if (!is_tuple(a) || !is_tuple(b)) return newref(NotImplemented());
  return seq_richcompare(a, b, op, false);
}

// ---------------------------------------------------------------- sequence
static std::int64_t tuple_len(Value v) { return static_cast<std::int64_t>(as_tuple(v)->length); }

// t[i] / t[a:b:c]
static Value tuple_getitem(Value self, Value key) {
  Tuple* t = as_tuple(self);
  if (key.is_small()) {
    std::int64_t i = key.small_value();
    if (i < 0) i += static_cast<std::int64_t>(t->length);
    if (i < 0 || i >= static_cast<std::int64_t>(t->length)) return raise(IndexErrorType, "tuple index out of range");
    return newref(t->items[i]);
  }
  if (is_exact(key, SliceType)) {
    std::int64_t start, stop, step;
    if (!slice_unpack(key, start, stop, step)) return Value();
    std::int64_t n = slice_adjust(static_cast<std::int64_t>(t->length), start, stop, step);
    if (step == 1 && n == static_cast<std::int64_t>(t->length) && is_exact(self, TupleType)) return newref(self);
    Value r = make_tuple(static_cast<std::size_t>(n));
    if (!r) return r;
    for (std::int64_t i = 0, j = start; i < n; ++i, j += step) as_tuple(r)->items[i] = newref(t->items[j]);
    return r;
  }
  if (is_int(key) || type_of(key)->index) {
    std::int64_t i;
    if (!index_value(key, i)) return Value();
    if (i < 0) i += static_cast<std::int64_t>(t->length);
    if (i < 0 || i >= static_cast<std::int64_t>(t->length)) return raise(IndexErrorType, "tuple index out of range");
    return newref(t->items[i]);
  }
  return raise_fmt(TypeErrorType, "tuple indices must be integers or slices, not %s", {type_name(key)});
}

// a + b
static Value tuple_concat(Value a, Value b) {
  if (!is_tuple(b))
    return raise_fmt(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", {type_name(b)});
  Tuple* x = as_tuple(a);
  Tuple* y = as_tuple(b);
  if (y->length == 0 && is_exact(a, TupleType)) return newref(a);
  if (x->length == 0 && is_exact(b, TupleType)) return newref(b);
  Value r = make_tuple(x->length + y->length);
  if (!r) return r;
  for (std::size_t i = 0; i < x->length; ++i) as_tuple(r)->items[i] = newref(x->items[i]);
  for (std::size_t i = 0; i < y->length; ++i) as_tuple(r)->items[x->length + i] = newref(y->items[i]);
  return r;
}
// t * n
static Value tuple_repeat(Value a, Value n) {
  if (!is_int(n) && !type_of(n)->index)
    return raise_fmt(TypeErrorType, "can't multiply sequence by non-int of type '%s'", {type_name(n)});
  std::int64_t k;
  if (!index_value(n, k, OverflowErrorType)) return Value();
  Tuple* t = as_tuple(a);
  if (k <= 0 || t->length == 0) return newref(empty_tuple());
  if (k == 1 && is_exact(a, TupleType)) return newref(a);
  if (static_cast<std::uint64_t>(k) > (std::uint64_t{1} << 36) / t->length) return raise_no_memory();
  Value r = make_tuple(t->length * static_cast<std::size_t>(k));
  if (!r) return r;
  std::size_t p = 0;
  for (std::int64_t j = 0; j < k; ++j)
    for (std::size_t i = 0; i < t->length; ++i) as_tuple(r)->items[p++] = newref(t->items[i]);
  return r;
}
// x in t
static int tuple_contains(Value self, Value x) {
  Tuple* t = as_tuple(self);
  for (std::size_t i = 0; i < t->length; ++i) {
    int e = equal(t->items[i], x);
    if (e != 0) return e;
  }
  return 0;
}

// ---------------------------------------------------------------- iteration
struct TupleIter : Object {
  Value seq;  // owned; null when exhausted
  std::size_t pos;
};
// iter() of tuple.
static Value tuple_iter(Value self) {
  Value it = alloc_instance(&g_tuple_iter);
  if (!it) return it;
  auto* i = static_cast<TupleIter*>(it.obj());
  i->seq = newref(self);
  i->pos = 0;
  return it;
}
// next() of tuple_iterator.
static Value tuple_iter_next(Value self) {
  auto* i = static_cast<TupleIter*>(self.obj());
  if (!i->seq) return Value();
  Tuple* t = as_tuple(i->seq);
  if (i->pos < t->length) return newref(t->items[i->pos++]);
  Value s = i->seq;
  i->seq = Value();
  decref(s);
  return Value();
}
// Frees tuple_iterator.
static void tuple_iter_dealloc(Object* o) {
  xdecref(static_cast<TupleIter*>(o)->seq);
  free_instance(o);
}
// Visits the references of tuple_iterator (for the cycle collector).
static void tuple_iter_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  if (static_cast<TupleIter*>(o)->seq) visit(static_cast<TupleIter*>(o)->seq, arg);
}
// iter() of tuple_iterator.
static Value self_iter(Value self) { return newref(self); }
// tuple_iterator.__length_hint__()
static Value tuple_iter_length_hint(Value self, const Value*, std::size_t, Tuple*) {
  auto* i = static_cast<TupleIter*>(self.obj());
  if (!i->seq) return Value::small(0);
  return make_int(static_cast<std::int64_t>(as_tuple(i->seq)->length - i->pos));
}

// ---------------------------------------------------------------- methods
// t.count(x)
static Value tuple_count(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("count", nargs, 1)) return Value();
  Tuple* t = as_tuple(self);
  std::int64_t c = 0;
  for (std::size_t i = 0; i < t->length; ++i) {
    int e = equal(t->items[i], args[0]);
    if (e < 0) return Value();
    c += e;
  }
  return make_int(c);
}
// t.index(x, start=0, stop=len)
static Value tuple_index(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("index", nargs, 1, 3)) return Value();
  Tuple* t = as_tuple(self);
  auto n = static_cast<std::int64_t>(t->length);
  std::int64_t start = 0, stop = n;
  if (nargs > 1 && !index_value(args[1], start, OverflowErrorType)) return Value();
  if (nargs > 2 && !index_value(args[2], stop, OverflowErrorType)) return Value();
  if (start < 0) start = std::max<std::int64_t>(0, start + n);
  if (stop < 0) stop = std::max<std::int64_t>(0, stop + n);
  for (std::int64_t i = start; i < stop && i < n; ++i) {
    int e = equal(t->items[i], args[0]);
    if (e < 0) return Value();
    if (e) return make_int(i);
  }
  return raise(ValueErrorType, "tuple.index(x): x not in tuple");
}
// tuple.__getnewargs__()
static Value tuple_getnewargs(Value self, const Value*, std::size_t, Tuple*) {
  Value t = make_tuple_from(as_tuple(self)->items, as_tuple(self)->length);
  Value r = tuple_pack({t});
  decref(t);
  return r;
}

// A tuple from any iterable (the same object for exact tuples).
Value tuple_from_iterable(Value it) {
  if (is_exact(it, TupleType)) return newref(it);
  if (is_list(it) && type_of(it)->iter == ListType->iter) return make_tuple_from(as_list(it)->items, as_list(it)->length);
  Value l = list_from_iterable(it);
  if (!l) return l;
  List* lp = as_list(l);
  Value t = make_tuple(lp->length);
  if (t) {
    for (std::size_t i = 0; i < lp->length; ++i) as_tuple(t)->items[i] = lp->items[i];
    lp->length = 0;
  }
  decref(l);
  return t;
}

// tuple(iterable=())
static Value tuple_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (!no_kwargs("tuple", kwnames) || !check_args("tuple", nargs, 0, 1)) return Value();
  Value r = nargs ? tuple_from_iterable(args[0]) : newref(empty_tuple());
  if (!r || t == TupleType) return r;
  Tuple* src = as_tuple(r);
  Tuple* o = tuple_alloc_type(t, src->length);
  if (o)
    for (std::size_t i = 0; i < src->length; ++i) o->items[i] = newref(src->items[i]);
  decref(r);
  return o ? val(o) : Value();
}

// Sets up tuple and its iterator.
void init_tuple_type() {
  Type* t = TupleType;
  type_init(t, "tuple", ObjectType, sizeof(Tuple), TF_BASETYPE | TF_TUPLE_SUBCLASS | TF_GC);
  t->dealloc = tuple_dealloc;
  t->traverse = tuple_traverse;
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->richcompare = tuple_richcompare;
  t->length = tuple_len;
  t->getitem = tuple_getitem;
  t->seq_concat = tuple_concat;
  t->seq_repeat = tuple_repeat;
  t->contains = tuple_contains;
  t->iter = tuple_iter;
  t->new_fn = tuple_new;
  add_method(t, "count", tuple_count);
  add_method(t, "index", tuple_index);
  add_method(t, "__getnewargs__", tuple_getnewargs);
  type_ready(t);
  type_init(&g_tuple_iter, "tuple_iterator", ObjectType, sizeof(TupleIter), TF_GC);
  g_tuple_iter.dealloc = tuple_iter_dealloc;
  g_tuple_iter.traverse = tuple_iter_traverse;
  g_tuple_iter.iter = self_iter;
  g_tuple_iter.next = tuple_iter_next;
  add_method(&g_tuple_iter, "__length_hint__", tuple_iter_length_hint);
  type_ready(&g_tuple_iter);
}

}  // namespace peppy::objects
