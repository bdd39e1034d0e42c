// list.cpp: list. A growable array of owned references with CPython's over-allocation;
// indexing, slicing, slice assignment and deletion, + and * (and += / *=),
// comparison, repr with the "[...]" recursion guard, iteration (forward and
// reversed), the list methods, and a stable merge sort with key= and reverse=.
#include <algorithm>
#include <tuple>
#include <cstdlib>
#include <vector>

#include "objects/alloc.hpp"
#include "objects/core.hpp"
#include "objects/gc.hpp"

namespace peppy::objects {

static Type g_list, g_list_iter, g_list_reviter;
Type* const ListType = &g_list;

// ---------------------------------------------------------------- storage
// Makes room for n items (over-allocating like CPython). -1 with MemoryError.
static int list_reserve(List* l, std::size_t n) {
  if (n <= l->capacity) return 0;
  std::size_t cap = n + (n >> 3) + 6;
  cap &= ~std::size_t{3};
  if (cap < n) cap = n;
  auto* items = static_cast<Value*>(obj_realloc(l->items, l->capacity * sizeof(Value), cap * sizeof(Value)));
  if (!items) {
    raise_no_memory();
    return -1;
  }
  l->items = items;
  l->capacity = cap;
  return 0;
}

// Freed exact list headers, chained through `type`.
static List* g_free_lists = nullptr;
static int g_num_free_lists = 0;

// A list of type t with n null items.
static Value list_alloc_type(Type* t, std::size_t n) {
  Value v = t == ListType ? Value() : alloc_instance(t);
  List* l;
  if (t == ListType) {
    if (g_free_lists) {
      l = g_free_lists;
      g_free_lists = reinterpret_cast<List*>(l->type);
      --g_num_free_lists;
      gc_reuse(l);
    } else {
      l = static_cast<List*>(gc_alloc(sizeof(List)));
      if (!l) return raise_no_memory();
    }
    l->refcnt = 1;
    l->type = ListType;
    l->length = l->capacity = 0;
    l->items = nullptr;
    v = val(l);
  } else {
    if (!v) return v;
    l = as_list(v);
  }
  if (n) {
    l->items = static_cast<Value*>(obj_calloc(n * sizeof(Value)));
    if (!l->items) {
      decref(v);
      return raise_no_memory();
    }
    l->capacity = l->length = n;
  }
  return v;
}

// A list of n items for the caller to fill.
Value make_list(std::size_t n) { return list_alloc_type(ListType, n); }

// Frees a list.
static void list_dealloc(Object* o) {
  auto* l = static_cast<List*>(o);
  Value* items = l->items;
  std::size_t n = l->length, cap = l->capacity;
  l->items = nullptr;
  l->length = l->capacity = 0;
  for (std::size_t i = 0; i < n; ++i) xdecref(items[i]);
  obj_free(items, cap * sizeof(Value));
  if (o->type == ListType) {
    if (g_num_free_lists < 80) {
      o->type = reinterpret_cast<Type*>(g_free_lists);
      g_free_lists = l;
      ++g_num_free_lists;
      return;
    }
    gc_free(o, sizeof(List));
    return;
  }
  free_instance(o);
}
// Visits the references of list (for the cycle collector).
static void list_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  auto* l = static_cast<List*>(o);
  for (std::size_t i = 0; i < l->length; ++i)
    if (l->items[i].is_object()) visit(l->items[i], arg);
}

// Drops the items (the cycle collector breaking a cycle).
static void list_gc_clear(Object* o) {
  auto* l = static_cast<List*>(o);
  Value* items = l->items;
  std::size_t n = l->length, cap = l->capacity;
  l->items = nullptr;
  l->length = l->capacity = 0;
  for (std::size_t i = 0; i < n; ++i) xdecref(items[i]);
  obj_free(items, cap * sizeof(Value));
}

// Appends item (borrowed).
int list_append(Value list, Value item) {
  List* l = as_list(list);
  if (l->length == l->capacity && list_reserve(l, l->length + 1) < 0) return -1;
  l->items[l->length++] = newref(item);
  return 0;
}

// Appends every item of iterable.
int list_extend(List* l, Value iterable) {
  // the items directly, unless a subclass iterates its own way
  Type* it = type_of(iterable);
  if ((is_list(iterable) && it->iter == ListType->iter) || (is_tuple(iterable) && it->iter == TupleType->iter)) {
    bool lst = is_list(iterable);
    std::size_t n = lst ? as_list(iterable)->length : as_tuple(iterable)->length;
    if (list_reserve(l, l->length + n) < 0) return -1;
    Value* src = lst ? as_list(iterable)->items : as_tuple(iterable)->items;  // re-read: l may be iterable
    for (std::size_t i = 0; i < n; ++i) l->items[l->length + i] = newref(src[i]);
    l->length += n;
    return 0;
  }
  return for_each(iterable, [&](Value x) { return list_append(val(l), x); });
}

// A new list of the items of any iterable.
Value list_from_iterable(Value it) {
  Value l = make_list(0);
  if (!l) return l;
  if (list_extend(as_list(l), it) < 0) {
    decref(l);
    return Value();
  }
  return l;
}

// A list or tuple with the items of v (the same object when it already is one).
Value sequence_to_list_or_tuple(Value v, bool want_tuple) {
  if (is_exact(v, ListType) && !want_tuple) return newref(v);
  if (is_exact(v, TupleType)) return newref(v);
  if (want_tuple) return tuple_from_iterable(v);
  return list_from_iterable(v);
}

// ---------------------------------------------------------------- repr, compare
static Value list_repr(Value v) {
  List* l = as_list(v);
  if (l->length == 0) return make_str_ascii("[]");
  if (repr_enter(v)) return make_str_ascii("[...]");
  std::u32string out = U"[";
  for (std::size_t i = 0; i < l->length; ++i) {
    if (i) out += U", ";
    Value item = newref(l->items[i]);
    Value r = repr(item);
    decref(item);
    if (!r) {
      repr_leave(v);
      return r;
    }
    out += str_view(as_str(r));
    decref(r);
  }
  out += U']';
  repr_leave(v);
  return make_str(out);
}
// Rich comparison of list.
static Value list_richcompare(Value a, Value b, int op) {
  if (!is_list(a) || !is_list(b)) return newref(NotImplemented());
  return seq_richcompare(a, b, op, true);
}

// ---------------------------------------------------------------- indexing
static std::int64_t list_len(Value v) { return static_cast<std::int64_t>(as_list(v)->length); }

// Reads an index key as int64; false with TypeError for non-integers.
static bool list_index_key(Value key, std::int64_t& i) {
  if (key.is_small()) {
    i = key.small_value();
    return true;
  }
  if (!is_int(key) && !type_of(key)->index) {
    raise_fmt(TypeErrorType, "list indices must be integers or slices, not %s", {type_name(key)});
    return false;
  }
  return index_value(key, i);
}

// l[i] / l[a:b:c]
static Value list_getitem(Value self, Value key) {
  List* l = as_list(self);
  if (key.is_small()) {
    std::int64_t i = key.small_value();
    if (i < 0) i += static_cast<std::int64_t>(l->length);
    if (static_cast<std::uint64_t>(i) >= l->length) return raise(IndexErrorType, "list index out of range");
    return newref(l->items[i]);
  }
  if (is_exact(key, SliceType)) {
    std::int64_t start, stop, step;
    if (!slice_unpack(key, start, stop, step)) return Value();
    std::int64_t n = slice_adjust(static_cast<std::int64_t>(l->length), start, stop, step);
    Value r = make_list(static_cast<std::size_t>(n));
    if (!r) return r;
    for (std::int64_t i = 0, j = start; i < n; ++i, j += step) as_list(r)->items[i] = newref(l->items[j]);
    return r;
  }
  std::int64_t i;
  if (!list_index_key(key, i)) return Value();
  if (i < 0) i += static_cast<std::int64_t>(l->length);
  if (i < 0 || i >= static_cast<std::int64_t>(l->length)) return raise(IndexErrorType, "list index out of range");
  return newref(l->items[i]);
}

// l[a:b] = items (step 1): replaces the range with the values.
static int list_assign_range(List* l, std::int64_t lo, std::int64_t hi, const Value* vals, std::size_t nv) {
  if (hi < lo) hi = lo;
  auto old_n = static_cast<std::size_t>(hi - lo);
  std::vector<Value> removed(l->items + lo, l->items + hi);
  std::size_t newlen = l->length - old_n + nv;
  if (nv > old_n && list_reserve(l, newlen) < 0) return -1;
  if (l->items && l->length > static_cast<std::size_t>(hi))
    std::memmove(l->items + lo + nv, l->items + hi, (l->length - static_cast<std::size_t>(hi)) * sizeof(Value));
  for (std::size_t i = 0; i < nv; ++i) l->items[lo + static_cast<std::int64_t>(i)] = newref(vals[i]);
  l->length = newlen;
  for (Value v : removed) decref(v);
  return 0;
}

// l[key] = value / del l[key]
static int list_setitem(Value self, Value key, Value value) {
  List* l = as_list(self);
  if (is_exact(key, SliceType)) {
    std::int64_t start, stop, step;
    if (!slice_unpack(key, start, stop, step)) return -1;
    std::int64_t n = slice_adjust(static_cast<std::int64_t>(l->length), start, stop, step);
    if (!value) {
      if (step == 1) return list_assign_range(l, start, stop, nullptr, 0);
      if (n <= 0) return 0;
      if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
      }
      std::vector<Value> removed;
      std::size_t w = 0;
      for (std::size_t r = 0; r < l->length; ++r) {
        auto ri = static_cast<std::int64_t>(r);
        if (ri >= start && (ri - start) % step == 0 && (ri - start) / step < n)
          removed.push_back(l->items[r]);
        else
          l->items[w++] = l->items[r];
      }
      l->length = w;
      for (Value v : removed) decref(v);
      return 0;
    }
    Value seq = value == self ? list_from_iterable(value) : sequence_to_list_or_tuple(value, false);
    if (!seq) {
      if (isinstance_type(current_error(), TypeErrorType) && !type_of(value)->iter && !type_of(value)->getitem) {
        clear_error();
        raise_type_error("can only assign an iterable");
      }
      return -1;
    }
    const Value* vals = is_list(seq) ? as_list(seq)->items : as_tuple(seq)->items;
    std::size_t nv = is_list(seq) ? as_list(seq)->length : as_tuple(seq)->length;
    int r = 0;
    if (step == 1) {
      r = list_assign_range(l, start, stop, vals, nv);
    } else if (static_cast<std::int64_t>(nv) != n) {
      raise_fmt(ValueErrorType, "attempt to assign sequence of size %s to extended slice of size %s",
                {std::to_string(nv), std::to_string(n)});
      r = -1;
    } else {
      for (std::int64_t i = 0, j = start; i < n; ++i, j += step) {
        Value old = l->items[j];
        l->items[j] = newref(vals[i]);
        decref(old);
      }
    }
    decref(seq);
    return r;
  }
  std::int64_t i;
  if (!list_index_key(key, i)) return -1;
  if (i < 0) i += static_cast<std::int64_t>(l->length);
  if (i < 0 || i >= static_cast<std::int64_t>(l->length)) {
    raise(IndexErrorType, value ? "list assignment index out of range" : "list assignment index out of range");
    return -1;
  }
  Value old = l->items[i];
  if (value) {
    l->items[i] = newref(value);
  } else {
    std::memmove(l->items + i, l->items + i + 1, (l->length - static_cast<std::size_t>(i) - 1) * sizeof(Value));
    --l->length;
  }
  decref(old);
  return 0;
}

// x in l
static int list_contains(Value self, Value x) {
  List* l = as_list(self);
  for (std::size_t i = 0; i < l->length; ++i) {
    Value item = newref(l->items[i]);
    int e = equal(item, x);
    decref(item);
    if (e != 0) return e;
  }
  return 0;
}

// ---------------------------------------------------------------- + and *
static Value list_concat(Value a, Value b) {
  if (!is_list(b))
    return raise_fmt(TypeErrorType, "can only concatenate list (not \"%s\") to list", {type_name(b)});
  List* x = as_list(a);
  List* y = as_list(b);
  Value r = make_list(x->length + y->length);
  if (!r) return r;
  for (std::size_t i = 0; i < x->length; ++i) as_list(r)->items[i] = newref(x->items[i]);
  for (std::size_t i = 0; i < y->length; ++i) as_list(r)->items[x->length + i] = newref(y->items[i]);
  return r;
}
// list * n.
static Value list_repeat(Value a, Value n) {
  if (!is_int(n) && !type_of(n)->index)
    return raise_fmt(TypeErrorType, "can't multiply sequence by non-int of type '%s'", {type_name(n)});
  std::int64_t k;
  if (!index_value(n, k, OverflowErrorType)) return Value();
  List* l = as_list(a);
  if (k <= 0 || l->length == 0) return make_list(0);
  if (static_cast<std::uint64_t>(k) > (std::uint64_t{1} << 36) / l->length) return raise_no_memory();
  std::size_t len = l->length;
  Value r = make_list(len * static_cast<std::size_t>(k));
  if (!r) return r;
  std::size_t p = 0;
  for (std::int64_t j = 0; j < k; ++j)
    for (std::size_t i = 0; i < len; ++i) as_list(r)->items[p++] = newref(l->items[i]);
  return r;
}
// l += iterable
static Value list_inplace_concat(Value a, Value b) {
  if (list_extend(as_list(a), b) < 0) return Value();
  return newref(a);
}
// l *= n
static Value list_inplace_repeat(Value a, Value n) {
  if (!is_int(n) && !type_of(n)->index)
    return raise_fmt(TypeErrorType, "can't multiply sequence by non-int of type '%s'", {type_name(n)});
  std::int64_t k;
  if (!index_value(n, k, OverflowErrorType)) return Value();
  List* l = as_list(a);
  if (k <= 0) {
    list_assign_range(l, 0, static_cast<std::int64_t>(l->length), nullptr, 0);
    return newref(a);
  }
  std::size_t len = l->length;
  if (len && static_cast<std::uint64_t>(k) > (std::uint64_t{1} << 36) / len) return raise_no_memory();
  if (list_reserve(l, len * static_cast<std::size_t>(k)) < 0) return Value();
  for (std::int64_t j = 1; j < k; ++j)
    for (std::size_t i = 0; i < len; ++i) l->items[l->length++] = newref(l->items[i]);
  return newref(a);
}

// ---------------------------------------------------------------- iteration
struct ListIter : Object {
  Value seq;  // owned; null when exhausted
  std::size_t pos;
};
// iter() of list.
static Value list_iter(Value self) {
  Value it = alloc_instance(&g_list_iter);
  if (!it) return it;
  auto* i = static_cast<ListIter*>(it.obj());
  i->seq = newref(self);
  i->pos = 0;
  return it;
}
// next() of a list iterator.
static Value list_iter_next(Value self) {
  auto* i = static_cast<ListIter*>(self.obj());
  if (!i->seq) return Value();
  List* l = as_list(i->seq);
  if (i->pos < l->length) return newref(l->items[i->pos++]);
  Value s = i->seq;
  i->seq = Value();
  decref(s);
  return Value();
}
// reversed(list)
static Value list_reviter_next(Value self) {
  auto* i = static_cast<ListIter*>(self.obj());
  if (!i->seq) return Value();
  List* l = as_list(i->seq);
  if (i->pos > 0 && i->pos <= l->length) return newref(l->items[--i->pos]);
  Value s = i->seq;
  i->seq = Value();
  decref(s);
  return Value();
}
// Frees a list iterator.
static void list_iter_dealloc(Object* o) {
  xdecref(static_cast<ListIter*>(o)->seq);
  free_instance(o);
}
// Visits the references of a list iterator (for the cycle collector).
static void list_iter_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  if (static_cast<ListIter*>(o)->seq) visit(static_cast<ListIter*>(o)->seq, arg);
}
// iter() of a list iterator: itself.
static Value self_iter(Value self) { return newref(self); }
// list iterators' __length_hint__()
static Value list_iter_length_hint(Value self, const Value*, std::size_t, Tuple*) {
  auto* i = static_cast<ListIter*>(self.obj());
  if (!i->seq) return Value::small(0);
  std::size_t n = as_list(i->seq)->length;
  return make_int(i->pos < n ? static_cast<std::int64_t>(n - i->pos) : 0);
}
// list.__reversed__()
static Value list_reversed(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("__reversed__", nargs, 0)) return Value();
  Value it = alloc_instance(&g_list_reviter);
  if (!it) return it;
  auto* i = static_cast<ListIter*>(it.obj());
  i->seq = newref(self);
  i->pos = as_list(self)->length;
  return it;
}

// ---------------------------------------------------------------- methods
static Value list_append_m(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("append", nargs, 1)) return Value();
  if (list_append(self, args[0]) < 0) return Value();
  return newref(None());
}
// list.extend()
static Value list_extend_m(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("extend", nargs, 1)) return Value();
  if (list_extend(as_list(self), args[0]) < 0) return Value();
  return newref(None());
}
// list.insert()
static Value list_insert(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("insert", nargs, 2, 2)) return Value();
  std::int64_t i;
  if (!index_value(args[0], i, OverflowErrorType)) return Value();
  List* l = as_list(self);
  auto n = static_cast<std::int64_t>(l->length);
  if (i < 0) i = std::max<std::int64_t>(0, i + n);
  if (i > n) i = n;
  if (list_reserve(l, l->length + 1) < 0) return Value();
  std::memmove(l->items + i + 1, l->items + i, static_cast<std::size_t>(n - i) * sizeof(Value));
  l->items[i] = newref(args[1]);
  ++l->length;
  return newref(None());
}
// list.pop()
static Value list_pop(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("pop", nargs, 0, 1)) return Value();
  List* l = as_list(self);
  std::int64_t i = -1;
  if (nargs && !index_value(args[0], i, OverflowErrorType)) return Value();
  if (l->length == 0) return raise(IndexErrorType, "pop from empty list");
  auto n = static_cast<std::int64_t>(l->length);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(IndexErrorType, "pop index out of range");
  Value v = l->items[i];
  std::memmove(l->items + i, l->items + i + 1, static_cast<std::size_t>(n - i - 1) * sizeof(Value));
  --l->length;
  return v;
}
// list.remove()
static Value list_remove(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("remove", nargs, 1)) return Value();
  List* l = as_list(self);
  for (std::size_t i = 0; i < l->length; ++i) {
    Value item = newref(l->items[i]);
    int e = equal(item, args[0]);
    decref(item);
    if (e < 0) return Value();
    if (e) {
      if (i < l->length) {
        Value v = l->items[i];
        std::memmove(l->items + i, l->items + i + 1, (l->length - i - 1) * sizeof(Value));
        --l->length;
        decref(v);
      }
      return newref(None());
    }
  }
  return raise(ValueErrorType, "list.remove(x): x not in list");
}
// list.index()
static Value list_index(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("index", nargs, 1, 3)) return Value();
  List* l = as_list(self);
  auto n = static_cast<std::int64_t>(l->length);
  std::int64_t start = 0, stop = n;
  if (nargs > 1 && !index_value(args[1], start, OverflowErrorType)) return Value();
  if (nargs > 2 && !index_value(args[2], stop, OverflowErrorType)) return Value();
  if (start < 0) start = std::max<std::int64_t>(0, start + n);
  if (stop < 0) stop = std::max<std::int64_t>(0, stop + n);
  for (std::int64_t i = start; i < stop && i < static_cast<std::int64_t>(l->length); ++i) {
    Value item = newref(l->items[i]);
    int e = equal(item, args[0]);
    decref(item);
    if (e < 0) return Value();
    if (e) return make_int(i);
  }
  Value r = repr(args[0]);
  if (!r) return r;
  std::string s = str_utf8(as_str(r));
  decref(r);
  return raise_fmt(ValueErrorType, "%s is not in list", {s});
}
// list.count()
static Value list_count(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("count", nargs, 1)) return Value();
  List* l = as_list(self);
  std::int64_t c = 0;
  for (std::size_t i = 0; i < l->length; ++i) {
    Value item = newref(l->items[i]);
    int e = equal(item, args[0]);
    decref(item);
    if (e < 0) return Value();
    c += e;
  }
  return make_int(c);
}
// list.reverse()
static Value list_reverse(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("reverse", nargs, 0)) return Value();
  List* l = as_list(self);
  std::reverse(l->items, l->items + l->length);
  return newref(None());
}
// list.copy()
static Value list_copy(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("copy", nargs, 0)) return Value();
  List* l = as_list(self);
  Value r = make_list(l->length);
  if (!r) return r;
  for (std::size_t i = 0; i < l->length; ++i) as_list(r)->items[i] = newref(l->items[i]);
  return r;
}
// list.clear()
static Value list_clear(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("clear", nargs, 0)) return Value();
  List* l = as_list(self);
  list_assign_range(l, 0, static_cast<std::int64_t>(l->length), nullptr, 0);
  return newref(None());
}

// ---------------------------------------------------------------- sort
// A stable merge sort of keys (with their values carried along) using less(a, b).
// less returns 1 / 0 / -1 (error); after an error the sort stops comparing.
struct SortItem {
  Value key, value;
};
// Stable merge sort of a[0..n) with less (insertion sort for short runs).
template <class Less>
static int merge_sort(SortItem* a, SortItem* tmp, std::size_t n, Less& less) {
  if (n < 2) return 0;
  if (n <= 16) {
    for (std::size_t i = 1; i < n; ++i) {
      SortItem x = a[i];
      std::size_t j = i;
      while (j > 0) {
        int c = less(x.key, a[j - 1].key);
        if (c < 0) return -1;
        if (!c) break;
        a[j] = a[j - 1];
        --j;
      }
      a[j] = x;
    }
    return 0;
  }
  std::size_t mid = n / 2;
  if (merge_sort(a, tmp, mid, less) < 0 || merge_sort(a + mid, tmp, n - mid, less) < 0) return -1;
  // Already in order: nothing to merge.
  int c = less(a[mid].key, a[mid - 1].key);
  if (c < 0) return -1;
  if (!c) return 0;
  std::copy(a, a + mid, tmp);
  std::size_t i = 0, j = mid, k = 0;
  while (i < mid && j < n) {
    int lt = less(a[j].key, tmp[i].key);
    if (lt < 0) {
      // Put everything back in some order so no item is lost.
      while (i < mid) a[k++] = tmp[i++];
      return -1;
    }
    if (lt)
      a[k++] = a[j++];
    else
      a[k++] = tmp[i++];
  }
  while (i < mid) a[k++] = tmp[i++];
  return 0;
}

// a < b for two tuples (the sort's comparison for tuple keys): items compared with fast
// paths for small ints, strs and floats; 1 / 0 / -1.
static int tuple_less(Value a, Value b) {
  Tuple* x = as_tuple(a);
  Tuple* y = as_tuple(b);
  std::size_t n = x->length < y->length ? x->length : y->length;
  for (std::size_t i = 0; i < n; ++i) {
    Value p = x->items[i], q = y->items[i];
    if (p == q) continue;
    if (p.is_small() && q.is_small()) return p.small_value() < q.small_value();
    if (is_exact(p, StrType) && is_exact(q, StrType)) {
      std::u32string_view s = str_view(as_str(p)), t = str_view(as_str(q));
      if (s == t) continue;
      return s < t;
    }
    if (is_exact(p, FloatType) && is_exact(q, FloatType) && as_float(p)->value == as_float(p)->value &&
        as_float(q)->value == as_float(q)->value) {
      double u = as_float(p)->value, v = as_float(q)->value;
      if (u == v) continue;
      return u < v;
    }
    int e = equal(p, q);
    if (e < 0) return -1;
    if (e) continue;
    return compare_bool(p, q, 0);
  }
  return x->length < y->length;
}

// Sorts l in place (stable; key may be null; reverse keeps equal items in order).
int list_sort(List* l, Value key, bool reverse) {
  std::size_t n = l->length;
  Value* items = l->items;
  std::size_t saved_cap = l->capacity;
  // Empty the list while sorting (mutation detection, as CPython).
  l->items = nullptr;
  l->length = l->capacity = 0;
  std::vector<SortItem> v(n), tmp(n);
  int err = 0;
  std::size_t nkeys = 0;
  for (std::size_t i = 0; i < n; ++i) {
    v[i].value = items[i];
    if (key && key != None()) {
      Value k = call(key, &items[i], 1);
      if (!k) {
        err = -1;
        break;
      }
      v[i].key = k;
      ++nkeys;
    } else {
      v[i].key = items[i];
    }
  }
  if (!err) {
    // Pick a comparison: all small ints, all exact strs, all floats, or generic.
    bool all_small = true, all_str = true, all_float = true, all_tuple = true;
    for (auto& s : v) {
      all_small = all_small && s.key.is_small();
      all_str = all_str && is_exact(s.key, StrType);
      all_float = all_float && is_exact(s.key, FloatType);
      all_tuple = all_tuple && is_exact(s.key, TupleType);
    }
    auto run = [&](auto base_less) {
      auto less = [&](Value a, Value b) -> int { return reverse ? base_less(b, a) : base_less(a, b); };
      return merge_sort(v.data(), tmp.data(), n, less);
    };
    if (all_small)
      err = run([](Value a, Value b) -> int { return a.small_value() < b.small_value(); });
    else if (all_str)
      err = run([](Value a, Value b) -> int {
        std::u32string_view x = str_view(as_str(a)), y = str_view(as_str(b));
        return x < y;
      });
    else if (all_float)
      err = run([](Value a, Value b) -> int { return as_float(a)->value < as_float(b)->value; });
    else if (all_tuple)
      err = run(tuple_less);
    else
      err = run([](Value a, Value b) -> int { return compare_bool(a, b, 0); });
  }
  for (std::size_t i = 0; i < n; ++i) items[i] = v[i].value;
  if (key && key != None())
    for (std::size_t i = 0; i < nkeys; ++i) decref(v[i].key);
  bool modified = l->items != nullptr || l->length != 0;
  Value* extra = l->items;
  std::size_t extra_n = l->length, extra_cap = l->capacity;
  l->items = items;
  l->length = n;
  l->capacity = saved_cap;
  if (extra) {
    for (std::size_t i = 0; i < extra_n; ++i) decref(extra[i]);
    obj_free(extra, extra_cap * sizeof(Value));
  }
  if (modified && !err) {
    raise(ValueErrorType, "list modified during sort");
    return -1;
  }
  return err;
}

// l.sort(*, key=None, reverse=False)
static Value list_sort_m(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"key", "reverse"};
  Value a[2];
  if (!parse_args("sort", args, nargs, kwnames, kw, 2, 0, a, 0)) return Value();
  std::int64_t rev = 0;  // CPython reads reverse as an int
  if (a[1] && !index_value(a[1], rev, OverflowErrorType)) return Value();
  if (list_sort(as_list(self), a[0], rev != 0) < 0) return Value();
  return newref(None());
}

// list.__init__(iterable=())
static int list_init(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (!no_kwargs("list", kwnames) || !check_args("list", nargs, 0, 1)) return -1;
  List* l = as_list(self);
  if (l->length) list_assign_range(l, 0, static_cast<std::int64_t>(l->length), nullptr, 0);
  if (nargs) return list_extend(l, args[0]);
  return 0;
}
// list.__new__.
static Value list_new(Type* t, const Value*, std::size_t, Tuple*) { return list_alloc_type(t, 0); }
// list.__sizeof__()
static Value list_sizeof(Value self, const Value*, std::size_t, Tuple*) {
  return make_int(static_cast<std::int64_t>(sizeof(List) + as_list(self)->capacity * sizeof(Value)));
}

// Sets up list and its iterators.
void init_list_type() {
  Type* t = ListType;
  type_init(t, "list", ObjectType, sizeof(List), TF_BASETYPE | TF_LIST_SUBCLASS | TF_GC);
  t->dealloc = list_dealloc;
  t->traverse = list_traverse;
  t->clear = list_gc_clear;
  t->repr = list_repr;
  t->hash = hash_not_implemented;
  t->richcompare = list_richcompare;
  t->length = list_len;
  t->getitem = list_getitem;
  t->setitem = list_setitem;
  t->contains = list_contains;
  t->seq_concat = list_concat;
  t->seq_repeat = list_repeat;
  t->seq_inplace_concat = list_inplace_concat;
  t->seq_inplace_repeat = list_inplace_repeat;
  t->iter = list_iter;
  t->new_fn = list_new;
  t->init = list_init;
  add_method(t, "append", list_append_m);
  add_method(t, "extend", list_extend_m);
  add_method(t, "insert", list_insert);
  add_method(t, "pop", list_pop);
  add_method(t, "remove", list_remove);
  add_method(t, "index", list_index);
  add_method(t, "count", list_count);
  add_method(t, "reverse", list_reverse);
  add_method(t, "sort", list_sort_m);
  add_method(t, "copy", list_copy);
  add_method(t, "clear", list_clear);
  add_method(t, "__reversed__", list_reversed);
  add_method(t, "__sizeof__", list_sizeof);
  type_ready(t);
  for (auto [it, name, next] : {std::tuple<Type*, const char*, IterNextFn>{&g_list_iter, "list_iterator", list_iter_next},
                                {&g_list_reviter, "list_reverseiterator", list_reviter_next}}) {
    type_init(it, name, ObjectType, sizeof(ListIter), TF_GC);
    it->dealloc = list_iter_dealloc;
    it->traverse = list_iter_traverse;
    it->iter = self_iter;
    it->next = next;
    add_method(it, "__length_hint__", list_iter_length_hint);
    type_ready(it);
  }
}

}  // namespace peppy::objects
