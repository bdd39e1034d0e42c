// range.cpp: range (64-bit bounds: length, indexing, slicing, fast `in`, iteration,
// reversed, index/count, repr, equality), slice (indices(), repr, comparison, and the
// unpacking the sequences use) and cell.
#include <cstdlib>

#include "objects/core.hpp"
#include "objects/gc.hpp"

namespace peppy::objects {

static Type g_range, g_range_iter, g_slice, g_cell;
Type* const RangeType = &g_range;
Type* const SliceType = &g_slice;
Type* const CellType = &g_cell;

// ---------------------------------------------------------------- slices
// A slice's start/stop/step as int64 (None: the defaults, marked by INT64 extremes).
bool slice_unpack(Value sv, std::int64_t& start, std::int64_t& stop, std::int64_t& step) {
  auto* s = static_cast<Slice*>(sv.obj());
  auto get = [](Value v, std::int64_t& out, std::int64_t dflt) -> bool {
    if (v == None()) {
      out = dflt;
      return true;
    }
    if (v.is_small()) {
      out = v.small_value();
      return true;
    }
    if (!is_int(v) && !type_of(v)->index) {
      raise_type_error("slice indices must be integers or None or have an __index__ method");
      return false;
    }
    Value i = index_to_int(v);
    if (!i) return false;
    if (!int_to_int64(i, out)) out = int_sign(i) < 0 ? INT64_MIN + 1 : INT64_MAX;
    decref(i);
    return true;
  };
  if (!get(s->step, step, 1)) return false;
  if (step == 0) {
    raise(ValueErrorType, "slice step cannot be zero");
    return false;
  }
  if (step < -INT64_MAX) step = -INT64_MAX;
  if (!get(s->start, start, step < 0 ? INT64_MAX : 0)) return false;
  if (!get(s->stop, stop, step < 0 ? INT64_MIN + 1 : INT64_MAX)) return false;
  return true;
}

// Clamps start/stop to a sequence of length n; returns the number of items.
std::int64_t slice_adjust(std::int64_t n, std::int64_t& start, std::int64_t& stop, std::int64_t step) {
  if (start < 0) {
    start += n;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= n) {
    start = step < 0 ? n - 1 : n;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= n) {
    stop = step < 0 ? n - 1 : n;
  }
  if (step < 0) {
    if (stop < start) return (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    return (stop - start - 1) / step + 1;
  }
  return 0;
}

// slice(start, stop, step) (borrows).
Value make_slice(Value start, Value stop, Value step) {
  Value v = alloc_instance(SliceType);
  if (!v) return v;
  auto* s = static_cast<Slice*>(v.obj());
  s->start = newref(start ? start : None());
  s->stop = newref(stop ? stop : None());
  s->step = newref(step ? step : None());
  return v;
}
// Frees slice.
static void slice_dealloc(Object* o) {
  auto* s = static_cast<Slice*>(o);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
  free_instance(o);
}
// Visits the references of slice (for the cycle collector).
static void slice_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  auto* s = static_cast<Slice*>(o);
  visit(s->start, arg);
  visit(s->stop, arg);
  visit(s->step, arg);
}
// slice(stop) / slice(start, stop[, step])
static Value slice_new(Type*, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("slice", kw) || !check_args("slice", nargs, 1, 3)) return Value();
  if (nargs == 1) return make_slice(None(), args[0], None());
  return make_slice(args[0], args[1], nargs > 2 ? args[2] : None());
}
// "slice(1, 2, None)"
static Value slice_repr(Value self) {
  auto* s = static_cast<Slice*>(self.obj());
  std::string out = "slice(";
  int i = 0;
  for (Value v : {s->start, s->stop, s->step}) {
    Value r = repr(v);
    if (!r) return r;
    if (i++) out += ", ";
    out += str_utf8_ref(as_str(r));
    decref(r);
  }
  out += ")";
  return make_str_utf8(out);
}
// Rich comparison of slice.
static Value slice_richcompare(Value a, Value b, int op) {
  if (!is_exact(a, SliceType) || !is_exact(b, SliceType)) return newref(NotImplemented());
  auto* x = static_cast<Slice*>(a.obj());
  auto* y = static_cast<Slice*>(b.obj());
  Value ta = tuple_pack({x->start, x->stop, x->step});
  Value tb = tuple_pack({y->start, y->stop, y->step});
  Value r = compare(ta, tb, op);
  decref(ta);
  decref(tb);
  return r;
}
// slice.indices(length)
static Value slice_indices(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("indices", nargs, 1)) return Value();
  std::int64_t n;
  if (!index_value(args[0], n, OverflowErrorType)) return Value();
  if (n < 0) return raise(ValueErrorType, "length should not be negative");
  std::int64_t start, stop, step;
  if (!slice_unpack(self, start, stop, step)) return Value();
  slice_adjust(n, start, stop, step);
  Value a = make_int(start), b = make_int(stop), c = make_int(step);
  Value t = tuple_pack({a, b, c});
  decref(a);
  decref(b);
  decref(c);
  return t;
}
// The start attribute of slice (getter).
static Value slice_get_start(Value s) { return newref(static_cast<Slice*>(s.obj())->start); }
// The stop attribute of slice (getter).
static Value slice_get_stop(Value s) { return newref(static_cast<Slice*>(s.obj())->stop); }
// The step attribute of slice (getter).
static Value slice_get_step(Value s) { return newref(static_cast<Slice*>(s.obj())->step); }

// ---------------------------------------------------------------- range
static Value make_range(std::int64_t start, std::int64_t stop, std::int64_t step) {
  Value v = alloc_instance(RangeType);
  if (!v) return v;
  auto* r = static_cast<Range*>(v.obj());
  r->start = start;
  r->stop = stop;
  r->step = step;
  __int128 len = 0;
  if (step > 0 && start < stop)
    len = (static_cast<__int128>(stop) - start - 1) / step + 1;
  else if (step < 0 && start > stop)
    len = (static_cast<__int128>(start) - stop - 1) / -static_cast<__int128>(step) + 1;
  // A length past int64 (only len() cares: CPython's OverflowError) is kept saturated.
  r->huge = len > INT64_MAX;
  r->length = r->huge ? INT64_MAX : static_cast<std::int64_t>(len);
  return v;
}

// range(stop) / range(start, stop[, step])
static Value range_new(Type*, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("range", kw)) return Value();
  if (nargs == 0) return raise_type_error("range expected at least 1 argument, got 0");
  if (nargs > 3) return raise_fmt(TypeErrorType, "range expected at most 3 arguments, got %s", {std::to_string(nargs)});
  std::int64_t v[3] = {0, 0, 1};
  for (std::size_t i = 0; i < nargs; ++i) {
    Value a = args[i];
    if (a.is_small()) {
      v[i] = a.small_value();
      continue;
    }
    if (!is_int(a) && !type_of(a)->index)
      return raise_fmt(TypeErrorType, "'%s' object cannot be interpreted as an integer", {type_name(a)});
    Value iv = index_to_int(a);
    if (!iv) return iv;
    bool ok = int_to_int64(iv, v[i]);
    decref(iv);
    if (!ok || v[i] < -(std::int64_t{1} << 62) || v[i] > (std::int64_t{1} << 62))
      return raise(OverflowErrorType, "Python int too large to convert to C long");
  }
  if (nargs == 1) return make_range(0, v[0], 1);
  if (v[2] == 0) return raise(ValueErrorType, "range() arg 3 must not be zero");
  return make_range(v[0], v[1], v[2]);
}
// Frees range.
static void range_dealloc(Object* o) { free_instance(o); }
// len() of range.
static std::int64_t range_len(Value v) {
  auto* r = static_cast<Range*>(v.obj());
  if (r->huge) {
    raise(OverflowErrorType, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return r->length;
}
// bool() of range.
static int range_bool(Value v) { return static_cast<Range*>(v.obj())->length != 0; }

// "range(0, 5)" / "range(0, 10, 2)"
static Value range_repr(Value self) {
  auto* r = static_cast<Range*>(self.obj());
  std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) s += ", " + std::to_string(r->step);
  return make_str_ascii(s + ")");
}

// Whether integer x is in r.
static bool range_has(Range* r, std::int64_t x) {
  if (r->step > 0) {
    if (x < r->start || x >= r->stop) return false;
  } else {
    if (x > r->start || x <= r->stop) return false;
  }
  return (static_cast<__int128>(x) - r->start) % r->step == 0;
}
// `x in range`.
static int range_contains(Value self, Value x) {
  auto* r = static_cast<Range*>(self.obj());
  if (x.is_small()) return range_has(r, x.small_value());
  if (is_exact(x, BoolType)) return range_has(r, x == True() ? 1 : 0);
  if (is_exact(x, IntType)) return 0;  // too big for the 64-bit bounds
  // Other values: compare with each item.
  for (std::int64_t i = 0; i < r->length; ++i) {
    Value v = make_int(static_cast<std::int64_t>(r->start + static_cast<__int128>(i) * r->step));
    int e = equal(v, x);
    decref(v);
    if (e != 0) return e;
  }
  return 0;
}

// r[i] / r[a:b:c]
static Value range_getitem(Value self, Value key) {
  auto* r = static_cast<Range*>(self.obj());
  if (is_exact(key, SliceType)) {
    std::int64_t start, stop, step;
    if (!slice_unpack(key, start, stop, step)) return Value();
    std::int64_t n = slice_adjust(r->length, start, stop, step);
    // As CPython: the slice's clamped start and stop indexes mapped through the range.
    (void)n;
    __int128 nstep = static_cast<__int128>(r->step) * step;
    __int128 nstart = r->start + static_cast<__int128>(start) * r->step;
    __int128 nstop = r->start + static_cast<__int128>(stop) * r->step;
    const __int128 lim = INT64_MAX;
    auto clamp = [&](__int128 v) { return v > lim ? lim : v < -lim ? -lim : v; };
    nstep = clamp(nstep);
    return make_range(static_cast<std::int64_t>(clamp(nstart)), static_cast<std::int64_t>(clamp(nstop)),
                      static_cast<std::int64_t>(nstep));
  }
  if (!is_int(key) && !type_of(key)->index)
    return raise_fmt(TypeErrorType, "range indices must be integers or slices, not %s", {type_name(key)});
  std::int64_t i;
  if (!index_value(key, i)) return Value();
  if (i < 0) i += r->length;
  if (i < 0 || i >= r->length) return raise(IndexErrorType, "range object index out of range");
  return make_int(static_cast<std::int64_t>(r->start + static_cast<__int128>(i) * r->step));
}

// range == range: the same sequence of values.
static Value range_richcompare(Value a, Value b, int op) {
  if (!is_exact(a, RangeType) || !is_exact(b, RangeType) || (op != 2 && op != 3)) return newref(NotImplemented());
  auto* x = static_cast<Range*>(a.obj());
  auto* y = static_cast<Range*>(b.obj());
  bool eq = x->length == y->length &&
            (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
  return newref(boolean(op == 2 ? eq : !eq));
}
// hash() of range.
static std::int64_t range_hash(Value v) {
  auto* r = static_cast<Range*>(v.obj());
  Value a = make_int(r->length), b = r->length ? make_int(r->start) : newref(None()),
        c = r->length > 1 ? make_int(r->step) : newref(None());
  Value t = tuple_pack({a, b, c});
  decref(a);
  decref(b);
  decref(c);
  std::int64_t h = hash(t);
  decref(t);
  return h;
}

struct RangeIter : Object {
  std::int64_t next, step, remaining;
};
// An iterator over n values from start by step.
static Value range_iter_make(std::int64_t start, std::int64_t step, std::int64_t n) {
  Value it = alloc_instance(&g_range_iter);
  if (!it) return it;
  auto* i = static_cast<RangeIter*>(it.obj());
  i->next = start;
  i->step = step;
  i->remaining = n;
  return it;
}
// iter() of range.
static Value range_iter(Value self) {
  auto* r = static_cast<Range*>(self.obj());
  return range_iter_make(r->start, r->step, r->length);
}
// next() of range_iterator.
static Value range_iter_next(Value self) {
  auto* i = static_cast<RangeIter*>(self.obj());
  if (i->remaining <= 0) return Value();
  std::int64_t v = i->next;
  // (unsigned: after the last item the value may leave the int64 range; it is not used)
  i->next = static_cast<std::int64_t>(static_cast<std::uint64_t>(i->next) + static_cast<std::uint64_t>(i->step));
  --i->remaining;
  return Value::fits_small(v) ? Value::small(v) : make_int(v);
}
// iter() of range_iterator.
static Value self_iter(Value self) { return newref(self); }
// range_iterator.__length_hint__()
static Value range_iter_length_hint(Value self, const Value*, std::size_t, Tuple*) {
  return make_int(static_cast<RangeIter*>(self.obj())->remaining);
}
// range.__reversed__()
static Value range_reversed(Value self, const Value*, std::size_t, Tuple*) {
  auto* r = static_cast<Range*>(self.obj());
  if (r->length == 0) return range_iter_make(0, 1, 0);
  return range_iter_make(static_cast<std::int64_t>(r->start + static_cast<__int128>(r->length - 1) * r->step), -r->step,
                         r->length);
}
// range.count()
static Value range_count(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("count", nargs, 1)) return Value();
  int c = range_contains(self, args[0]);
  return c < 0 ? Value() : make_int(c);
}
// range.index()
static Value range_index(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("index", nargs, 1)) return Value();
  auto* r = static_cast<Range*>(self.obj());
  std::int64_t x;
  if (is_int(args[0]) && int_to_int64(args[0], x) && range_has(r, x)) return make_int(static_cast<std::int64_t>((static_cast<__int128>(x) - r->start) / r->step));
  Value rr = repr(args[0]);
  if (!rr) return rr;
  std::string s = str_utf8(as_str(rr));
  decref(rr);
  return raise_fmt(ValueErrorType, "%s is not in range", {s});
}
// The start attribute of range (getter).
static Value range_get_start(Value s) { return make_int(static_cast<Range*>(s.obj())->start); }
// The stop attribute of range (getter).
static Value range_get_stop(Value s) { return make_int(static_cast<Range*>(s.obj())->stop); }
// The step attribute of range (getter).
static Value range_get_step(Value s) { return make_int(static_cast<Range*>(s.obj())->step); }

// ---------------------------------------------------------------- cell
Value make_cell(Value contents) {
  Value v = alloc_instance(CellType);
  if (!v) return v;
  static_cast<Cell*>(v.obj())->value = newref(contents);
  return v;
}
// Frees cell.
static void cell_dealloc(Object* o) {
  xdecref(static_cast<Cell*>(o)->value);
  free_instance(o);
}
// Visits the references of cell (for the cycle collector).
static void cell_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  if (static_cast<Cell*>(o)->value) visit(static_cast<Cell*>(o)->value, arg);
}
// repr() of cell.
static Value cell_repr(Value self) {
  auto* c = static_cast<Cell*>(self.obj());
  char buf[96];
  if (!c->value) {
    std::snprintf(buf, sizeof buf, "<cell at %p: empty>", static_cast<void*>(self.obj()));
    return make_str_ascii(buf);
  }
  std::snprintf(buf, sizeof buf, "<cell at %p: %s object at %p>", static_cast<void*>(self.obj()),
                type_name(c->value).c_str(), static_cast<void*>(c->value.obj()));
  return make_str_utf8(buf);
}
// The cell_contents attribute of cell (getter).
static Value cell_get_contents(Value self) {
  auto* c = static_cast<Cell*>(self.obj());
  if (!c->value) return raise(ValueErrorType, "Cell is empty");
  return newref(c->value);
}
// Sets the cell_contents attribute of cell.
static int cell_set_contents(Value self, Value v) {
  auto* c = static_cast<Cell*>(self.obj());
  Value old = c->value;
  c->value = newref(v);
  xdecref(old);
  return 0;
}

// Sets up range, its iterator, slice and cell.
void init_range_types() {
  Type* t = RangeType;
  type_init(t, "range", ObjectType, sizeof(Range), 0);
  t->dealloc = range_dealloc;
  t->repr = range_repr;
  t->hash = range_hash;
  t->richcompare = range_richcompare;
  t->length = range_len;
  t->is_true = range_bool;
  t->getitem = range_getitem;
  t->contains = range_contains;
  t->iter = range_iter;
  t->new_fn = range_new;
  add_method(t, "__reversed__", range_reversed);
  add_method(t, "count", range_count);
  add_method(t, "index", range_index);
  add_getset(t, "start", range_get_start);
  add_getset(t, "stop", range_get_stop);
  add_getset(t, "step", range_get_step);
  type_ready(t);
  type_init(&g_range_iter, "range_iterator", ObjectType, sizeof(RangeIter), 0);
  g_range_iter.dealloc = range_dealloc;
  g_range_iter.iter = self_iter;
  g_range_iter.next = range_iter_next;
  add_method(&g_range_iter, "__length_hint__", range_iter_length_hint);
  type_ready(&g_range_iter);

  type_init(SliceType, "slice", ObjectType, sizeof(Slice), TF_GC);
  SliceType->dealloc = slice_dealloc;
  SliceType->traverse = slice_traverse;
  SliceType->repr = slice_repr;
  SliceType->hash = hash_not_implemented;
  SliceType->richcompare = slice_richcompare;
  SliceType->new_fn = slice_new;
  add_method(SliceType, "indices", slice_indices);
  add_getset(SliceType, "start", slice_get_start);
  add_getset(SliceType, "stop", slice_get_stop);
  add_getset(SliceType, "step", slice_get_step);
  type_ready(SliceType);

  type_init(CellType, "cell", ObjectType, sizeof(Cell), TF_GC);
  CellType->dealloc = cell_dealloc;
  CellType->traverse = cell_traverse;
  CellType->clear = [](Object* o) {
    auto* c = static_cast<Cell*>(o);
    Value v = c->value;
    c->value = Value();
    xdecref(v);
  };
  CellType->repr = cell_repr;
  add_getset(CellType, "cell_contents", cell_get_contents, cell_set_contents);
  type_ready(CellType);
}

}  // namespace peppy::objects
