// mod_deque.cpp: collections.deque: a double-ended queue over a ring buffer, with
// maxlen, rotation, indexing, iteration that detects mutation, sequence comparison and
// CPython's reprs and messages. The collections module (mod_collections.cpp) exports it.
#include <string>
#include <vector>

#include "objects/core.hpp"
#include "vm/mod_support.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

struct Deque : Object {
  Value* buf;               // ring buffer of cap slots (owned references in the live part)
  std::size_t cap, head, len;
  std::int64_t maxlen;      // -1: unbounded
  std::uint64_t state;      // bumped by every mutation (iterators check it)
};
Type g_deque, g_deque_iter, g_deque_reviter;

// The deque behind a value.
Deque* dq(Value v) { return static_cast<Deque*>(v.obj()); }
// The i-th item's slot (0 = leftmost).
Value& at(Deque* d, std::size_t i) { return d->buf[(d->head + i) % d->cap]; }

// Makes room for one more item.
void grow(Deque* d) {
  if (d->len < d->cap) return;
  std::size_t nc = d->cap ? d->cap * 2 : 8;
  Value* nb = new Value[nc];
  for (std::size_t i = 0; i < d->len; ++i) nb[i] = at(d, i);
  delete[] d->buf;
  d->buf = nb;
  d->cap = nc;
  d->head = 0;
}
// Appends on the right (steals v); drops from the left when full.
void push_right(Deque* d, Value v) {
  ++d->state;
  if (d->maxlen == 0) {
    decref(v);
    return;
  }
  Value dropped;
  if (d->maxlen > 0 && static_cast<std::int64_t>(d->len) >= d->maxlen) {
    dropped = at(d, 0);
    d->head = (d->head + 1) % d->cap;
    --d->len;
  }
  grow(d);
  at(d, d->len) = v;
  ++d->len;
  xdecref(dropped);
}
// Appends on the left (steals v); drops from the right when full.
void push_left(Deque* d, Value v) {
  ++d->state;
  if (d->maxlen == 0) {
    decref(v);
    return;
  }
  Value dropped;
  if (d->maxlen > 0 && static_cast<std::int64_t>(d->len) >= d->maxlen) {
    dropped = at(d, d->len - 1);
    --d->len;
  }
  grow(d);
  d->head = (d->head + d->cap - 1) % d->cap;
  at(d, 0) = v;
  ++d->len;
  xdecref(dropped);
}
// Removes and returns the rightmost item (new ref); the deque must not be empty.
Value take_right(Deque* d) {
  ++d->state;
  Value v = at(d, d->len - 1);
  --d->len;
  return v;
}
// Removes and returns the leftmost item (new ref); the deque must not be empty.
Value take_left(Deque* d) {
  ++d->state;
  Value v = at(d, 0);
  d->head = (d->head + 1) % d->cap;
  --d->len;
  return v;
}
// Removes every item.
void clear_all(Deque* d) {
  ++d->state;
  while (d->len) decref(take_right(d));
}
// A snapshot of the items (new refs).
std::vector<Value> items_of(Deque* d) {
  std::vector<Value> v(d->len);
  for (std::size_t i = 0; i < d->len; ++i) v[i] = newref(at(d, i));
  return v;
}
// Releases a snapshot.
void release(std::vector<Value>& v) {
  for (Value x : v) decref(x);
}

// Adds every item of iterable on the right (or left).
int extend_from(Deque* d, Value iterable, bool left) {
  if (iterable == val(d)) {  // d.extend(d): from a copy
    std::vector<Value> snap = items_of(d);
    for (Value x : snap) left ? push_left(d, x) : push_right(d, x);
    return 0;
  }
  return for_each(iterable, [&](Value x) -> int {
    left ? push_left(d, newref(x)) : push_right(d, newref(x));
    return 0;
  });
}

// deque.__new__: an empty deque.
Value deque_new(Type* t, const Value*, std::size_t, Tuple*) {
  Value v = alloc_instance(t);
  Deque* d = dq(v);
  d->maxlen = -1;
  return v;
}
// deque(iterable=(), maxlen=None)
int deque_init(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const pn[] = {"iterable", "maxlen"};
  Value a[2];
  if (!parse_args("deque", args, nargs, kw, pn, 2, 0, a)) return -1;
  Deque* d = dq(self);
  std::int64_t maxlen = -1;
  if (a[1] && a[1] != None()) {
    if (!is_int(a[1])) {
      raise(TypeErrorType, "an integer is required");
      return -1;
    }
    if (!int_to_int64(a[1], maxlen)) {
      raise(OverflowErrorType, "Python int too large to convert to C ssize_t");
      return -1;
    }
    if (maxlen < 0) {
      raise(ValueErrorType, "maxlen must be non-negative");
      return -1;
    }
  }
  d->maxlen = maxlen;
  if (d->len) clear_all(d);
  if (a[0] && extend_from(d, a[0], false) < 0) return -1;
  return 0;
}
// Frees a deque.
void deque_dealloc(Object* o) {
  Deque* d = static_cast<Deque*>(o);
  for (std::size_t i = 0; i < d->len; ++i) decref(at(d, i));
  delete[] d->buf;
  free_instance(o);
}
// Visits the items.
void deque_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  Deque* d = static_cast<Deque*>(o);
  for (std::size_t i = 0; i < d->len; ++i)
    if (at(d, i).is_object()) visit(at(d, i), arg);
}
// repr: "deque([1, 2])", "deque([], maxlen=3)"
Value deque_repr(Value self) {
  Deque* d = dq(self);
  if (repr_enter(self)) return make_str_ascii("[...]");
  std::vector<Value> snap = items_of(d);
  std::string out = type_of(self)->name + "([";
  bool ok = true;
  for (std::size_t i = 0; i < snap.size() && ok; ++i) {
    Value r = repr(snap[i]);
    if (!r) {
      ok = false;
      break;
    }
    if (i) out += ", ";
    out += str_utf8_ref(as_str(r));
    decref(r);
  }
  release(snap);
  repr_leave(self);
  if (!ok) return Value();
  out += "]";
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  return make_str_utf8(out + ")");
}
// len(d)
std::int64_t deque_len(Value self) { return static_cast<std::int64_t>(dq(self)->len); }
// An index into the deque, with CPython's errors; false with an error set.
bool deque_index(Deque* d, Value key, std::size_t& out) {
  if (!is_int(key) && !type_of(key)->index) {
    raise_fmt(TypeErrorType, "sequence index must be integer, not '%s'", {type_name(key)});
    return false;
  }
  std::int64_t i;
  if (!index_value(key, i, IndexErrorType)) return false;
  if (i < 0) i += static_cast<std::int64_t>(d->len);
  if (i < 0 || i >= static_cast<std::int64_t>(d->len)) {
    raise(IndexErrorType, "deque index out of range");
    return false;
  }
  out = static_cast<std::size_t>(i);
  return true;
}
// d[i]
Value deque_getitem(Value self, Value key) {
  std::size_t i;
  if (!deque_index(dq(self), key, i)) return Value();
  return newref(at(dq(self), i));
}
// d[i] = v / del d[i]
int deque_setitem(Value self, Value key, Value value) {
  Deque* d = dq(self);
  std::size_t i;
  if (!deque_index(d, key, i)) return -1;
  if (value) {
    Value old = at(d, i);
    at(d, i) = newref(value);
    decref(old);
    return 0;
  }
  Value old = at(d, i);
  for (std::size_t j = i; j + 1 < d->len; ++j) at(d, j) = at(d, j + 1);
  --d->len;
  ++d->state;
  decref(old);
  return 0;
}
// x in d
int deque_contains(Value self, Value x) {
  std::vector<Value> snap = items_of(dq(self));
  int found = 0;
  for (Value v : snap) {
    int e = equal(v, x);
    if (e != 0) {
      found = e;
      break;
    }
  }
  release(snap);
  return found;
}
// Sequence comparison of two deques.
Value deque_richcompare(Value a, Value b, int op) {
  if (!isinstance_type(a, &g_deque) || !isinstance_type(b, &g_deque)) return newref(NotImplemented());
  std::vector<Value> x = items_of(dq(a)), y = items_of(dq(b));
  Value la = make_list(x.size()), lb = make_list(y.size());
  for (std::size_t i = 0; i < x.size(); ++i) as_list(la)->items[i] = x[i];
  for (std::size_t i = 0; i < y.size(); ++i) as_list(lb)->items[i] = y[i];
  Value r = compare(la, lb, op);
  decref(la);
  decref(lb);
  return r;
}
// A new deque of self's type and maxlen holding items (borrowed).
Value new_like(Value self, const std::vector<Value>& items) {
  Value v = deque_new(&g_deque, nullptr, 0, nullptr);
  if (!v) return v;
  dq(v)->maxlen = dq(self)->maxlen;
  for (Value x : items) push_right(dq(v), newref(x));
  return v;
}
// d + other (other a deque)
Value deque_concat(Value a, Value b) {
  if (!isinstance_type(b, &g_deque))
    return raise_fmt(TypeErrorType, "can only concatenate deque (not \"%s\") to deque", {type_name(b)});
  std::vector<Value> x = items_of(dq(a)), y = items_of(dq(b));
  x.insert(x.end(), y.begin(), y.end());
  Value r = new_like(a, x);
  release(x);
  return r;
}
// d * n
Value deque_repeat(Value a, Value n) {
  std::int64_t k;
  if (!index_value(n, k)) return Value();
  std::vector<Value> x = items_of(dq(a));
  std::vector<Value> all;
  for (std::int64_t i = 0; i < k; ++i) all.insert(all.end(), x.begin(), x.end());
  Value r = new_like(a, all);
  release(x);
  return r;
}
// d += iterable
Value deque_iconcat(Value a, Value b) {
  if (extend_from(dq(a), b, false) < 0) return Value();
  return newref(a);
}
// d *= n
Value deque_irepeat(Value a, Value n) {
  std::int64_t k;
  if (!index_value(n, k)) return Value();
  Deque* d = dq(a);
  std::vector<Value> x = items_of(d);
  if (k <= 0) clear_all(d);
  for (std::int64_t i = 1; i < k; ++i)
    for (Value v : x) push_right(d, newref(v));
  release(x);
  return newref(a);
}

// ---- iterators
struct DequeIter : Object {
  Value deque;  // owned
  std::size_t index;
  std::uint64_t state;
  bool reversed;
};
// iter(d) / reversed(d)
Value make_iter(Value self, bool rev) {
  Value v = alloc_instance(rev ? &g_deque_reviter : &g_deque_iter);
  auto* it = static_cast<DequeIter*>(v.obj());
  it->deque = newref(self);
  it->index = 0;
  it->state = dq(self)->state;
  it->reversed = rev;
  return v;
}
// iter(d)
Value deque_iter(Value self) { return make_iter(self, false); }
// next(iterator)
Value iter_next_item(Value self) {
  auto* it = static_cast<DequeIter*>(self.obj());
  Deque* d = dq(it->deque);
  if (d->state != it->state) {
    it->index = d->len + 1;
    return raise(RuntimeErrorType, "deque mutated during iteration");
  }
  if (it->index >= d->len) return Value();
  std::size_t i = it->reversed ? d->len - 1 - it->index : it->index;
  ++it->index;
  return newref(at(d, i));
}
// Frees an iterator.
void iter_dealloc(Object* o) {
  decref(static_cast<DequeIter*>(o)->deque);
  free_instance(o);
}
// Visits an iterator's deque.
void iter_traverse(Object* o, void (*visit)(Value, void*), void* arg) { visit(static_cast<DequeIter*>(o)->deque, arg); }
// iter(iterator): the iterator itself.
Value self_iter(Value self) { return newref(self); }

// ---- methods
#define DQ_METHOD(fn) Value fn(Value self, [[maybe_unused]] const Value* args, std::size_t nargs, Tuple* kw)

// deque.append()
DQ_METHOD(m_append) {
  if (!no_kwargs("append", kw) || !check_exact("append", nargs, 1)) return Value();
  push_right(dq(self), newref(args[0]));
  return newref(None());
}
// deque.appendleft()
DQ_METHOD(m_appendleft) {
  if (!no_kwargs("appendleft", kw) || !check_exact("appendleft", nargs, 1)) return Value();
  push_left(dq(self), newref(args[0]));
  return newref(None());
}
// deque.pop()
DQ_METHOD(m_pop) {
  if (!no_kwargs("pop", kw) || !check_exact("pop", nargs, 0)) return Value();
  if (!dq(self)->len) return raise(IndexErrorType, "pop from an empty deque");
  return take_right(dq(self));
}
// deque.popleft()
DQ_METHOD(m_popleft) {
  if (!no_kwargs("popleft", kw) || !check_exact("popleft", nargs, 0)) return Value();
  if (!dq(self)->len) return raise(IndexErrorType, "pop from an empty deque");
  return take_left(dq(self));
}
// deque.extend()
DQ_METHOD(m_extend) {
  if (!no_kwargs("extend", kw) || !check_exact("extend", nargs, 1)) return Value();
  if (extend_from(dq(self), args[0], false) < 0) return Value();
  return newref(None());
}
// deque.extendleft()
DQ_METHOD(m_extendleft) {
  if (!no_kwargs("extendleft", kw) || !check_exact("extendleft", nargs, 1)) return Value();
  if (extend_from(dq(self), args[0], true) < 0) return Value();
  return newref(None());
}
// deque.clear()
DQ_METHOD(m_clear) {
  if (!no_kwargs("clear", kw) || !check_exact("clear", nargs, 0)) return Value();
  clear_all(dq(self));
  return newref(None());
}
// d.rotate(n=1): n steps to the right.
DQ_METHOD(m_rotate) {
  if (!no_kwargs("rotate", kw) || !check_args("rotate", nargs, 0, 1)) return Value();
  std::int64_t n = 1;
  if (nargs && !index_value(args[0], n)) return Value();
  Deque* d = dq(self);
  if (d->len <= 1) return newref(None());
  std::int64_t len = static_cast<std::int64_t>(d->len);
  n %= len;
  if (n < 0) n += len;
  ++d->state;
  for (std::int64_t i = 0; i < n; ++i) {  // move the rightmost item to the left end
    Value v = at(d, d->len - 1);
    d->head = (d->head + d->cap - 1) % d->cap;
    at(d, 0) = v;
  }
  return newref(None());
}
// deque.count()
DQ_METHOD(m_count) {
  if (!no_kwargs("count", kw) || !check_exact("count", nargs, 1)) return Value();
  std::vector<Value> snap = items_of(dq(self));
  std::int64_t c = 0;
  for (Value v : snap) {
    int e = equal(v, args[0]);
    if (e < 0) {
      release(snap);
      return Value();
    }
    c += e;
  }
  release(snap);
  return make_int(c);
}
// d.index(x[, start[, stop]])
DQ_METHOD(m_index) {
  if (!no_kwargs("index", kw) || !check_args("index", nargs, 1, 3)) return Value();
  Deque* d = dq(self);
  std::int64_t len = static_cast<std::int64_t>(d->len), start = 0, stop = len;
  if (nargs > 1 && !index_value(args[1], start)) return Value();
  if (nargs > 2 && !index_value(args[2], stop)) return Value();
  if (start < 0) start = start + len < 0 ? 0 : start + len;
  if (stop < 0) stop = stop + len < 0 ? 0 : stop + len;
  if (stop > len) stop = len;
  std::uint64_t state = d->state;
  for (std::int64_t i = start; i < stop; ++i) {
    Value v = newref(at(d, static_cast<std::size_t>(i)));
    int e = equal(v, args[0]);
    decref(v);
    if (e < 0) return Value();
    if (d->state != state) return raise(RuntimeErrorType, "deque mutated during iteration");
    if (e) return make_int(i);
  }
  Value r = repr(args[0]);
  if (!r) return r;
  std::string msg = str_utf8_ref(as_str(r)) + " is not in deque";
  decref(r);
  return raise(ValueErrorType, msg);
}
// d.insert(i, x)
DQ_METHOD(m_insert) {
  if (!no_kwargs("insert", kw) || !check_args("insert", nargs, 2, 2)) return Value();
  Deque* d = dq(self);
  std::int64_t i;
  if (!index_value(args[0], i)) return Value();
  if (d->maxlen >= 0 && static_cast<std::int64_t>(d->len) >= d->maxlen)
    return raise(IndexErrorType, "deque already at its maximum size");
  std::int64_t len = static_cast<std::int64_t>(d->len);
  if (i < 0) i = i + len < 0 ? 0 : i + len;
  if (i > len) i = len;
  push_right(d, newref(args[1]));
  for (std::int64_t j = len; j > i; --j) std::swap(at(d, j), at(d, j - 1));
  return newref(None());
}
// d.remove(x)
DQ_METHOD(m_remove) {
  if (!no_kwargs("remove", kw) || !check_exact("remove", nargs, 1)) return Value();
  Deque* d = dq(self);
  std::uint64_t state = d->state;
  for (std::size_t i = 0; i < d->len; ++i) {
    Value v = newref(at(d, i));
    int e = equal(v, args[0]);
    decref(v);
    if (e < 0) return Value();
    if (d->state != state) return raise(IndexErrorType, "deque mutated during remove().");
    if (e) {
      Value idx = make_int(static_cast<std::int64_t>(i));
      int r = deque_setitem(self, idx, Value());
      decref(idx);
      if (r < 0) return Value();
      return newref(None());
    }
  }
  Value r = repr(args[0]);
  if (!r) return r;
  std::string msg = str_utf8_ref(as_str(r)) + " is not in deque";
  decref(r);
  return raise(ValueErrorType, msg);
}
// deque.reverse()
DQ_METHOD(m_reverse) {
  if (!no_kwargs("reverse", kw) || !check_exact("reverse", nargs, 0)) return Value();
  Deque* d = dq(self);
  ++d->state;
  for (std::size_t i = 0, j = d->len; i + 1 < j; ++i, --j) std::swap(at(d, i), at(d, j - 1));
  return newref(None());
}
// deque.copy()
DQ_METHOD(m_copy) {
  if (!no_kwargs("copy", kw) || !check_exact("copy", nargs, 0)) return Value();
  std::vector<Value> snap = items_of(dq(self));
  Value r;
  if (is_exact(self, &g_deque)) {
    r = new_like(self, snap);
  } else {
    Value lst = make_list(0);
    for (Value v : snap) list_append(lst, v);
    Value ml = dq(self)->maxlen < 0 ? newref(None()) : make_int(dq(self)->maxlen);
    Value a[2] = {lst, ml};
    r = call(val(type_of(self)), a, 2);
    decref(lst);
    decref(ml);
  }
  release(snap);
  return r;
}
// reversed(deque)
DQ_METHOD(m_reversed) {
  if (!no_kwargs("__reversed__", kw) || !check_exact("__reversed__", nargs, 0)) return Value();
  return make_iter(self, true);
}
// The maxlen attribute of deque (getter).
Value get_maxlen(Value self) { return dq(self)->maxlen < 0 ? newref(None()) : make_int(dq(self)->maxlen); }

}  // namespace

// Readies collections.deque (and its iterators) once and returns it.
Type* deque_type() {
  static bool done = false;
  if (done) return &g_deque;
  done = true;
  Type* t = &g_deque;
  type_init(t, "deque", ObjectType, sizeof(Deque), TF_BASETYPE | TF_GC);
  t->module = "collections";
  t->new_fn = deque_new;
  t->init = deque_init;
  t->dealloc = deque_dealloc;
  t->traverse = deque_traverse;
  t->repr = deque_repr;
  t->hash = unhashable_qualified;
  type_add(t, "__hash__", newref(None()));
  t->length = deque_len;
  t->getitem = deque_getitem;
  t->setitem = deque_setitem;
  t->contains = deque_contains;
  t->iter = deque_iter;
  t->richcompare = deque_richcompare;
  t->seq_concat = deque_concat;
  t->seq_repeat = deque_repeat;
  t->seq_inplace_concat = deque_iconcat;
  t->seq_inplace_repeat = deque_irepeat;
  add_method(t, "append", m_append);
  add_method(t, "appendleft", m_appendleft);
  add_method(t, "pop", m_pop);
  add_method(t, "popleft", m_popleft);
  add_method(t, "extend", m_extend);
  add_method(t, "extendleft", m_extendleft);
  add_method(t, "clear", m_clear);
  add_method(t, "rotate", m_rotate);
  add_method(t, "count", m_count);
  add_method(t, "index", m_index);
  add_method(t, "insert", m_insert);
  add_method(t, "remove", m_remove);
  add_method(t, "reverse", m_reverse);
  add_method(t, "copy", m_copy);
  add_method(t, "__copy__", m_copy);
  add_method(t, "__reversed__", m_reversed);
  add_classmethod(t, "__class_getitem__", class_getitem);
  add_getset(t, "maxlen", get_maxlen);
  type_ready(t);
  for (auto [it, name] : {std::pair{&g_deque_iter, "_deque_iterator"},
                          {&g_deque_reviter, "_deque_reverse_iterator"}}) {
    type_init(it, name, ObjectType, sizeof(DequeIter), TF_GC);
    it->module = "_collections";
    it->new_fn = no_new;
    it->dealloc = iter_dealloc;
    it->traverse = iter_traverse;
    it->iter = self_iter;
    it->next = iter_next_item;
    type_ready(it);
  }
  return t;
}

}  // namespace peppy::vm
