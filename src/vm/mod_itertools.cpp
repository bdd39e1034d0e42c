// mod_itertools.cpp: the itertools module (built into the VM): lazy iterator types with
// CPython's behaviour, reprs (count(5), repeat('a', 3)) and argument errors: count,
// cycle, repeat, accumulate, chain (+ from_iterable), compress, dropwhile, filterfalse,
// groupby (+ _grouper), islice, pairwise, starmap, takewhile, tee (+ _tee over shared
// blocks of items), zip_longest, and the combinatoric product, permutations,
// combinations and combinations_with_replacement (CPython's index algorithms, so the
// order of the results is the same).
#include <string>
#include <vector>

#include "objects/core.hpp"
#include "objects/gc.hpp"
#include "vm/modules.hpp"
#include "vm/modutil.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

constexpr int kAdd = 0;
constexpr int kEq = 2;

// The one layout every itertools object uses: up to five owned values (null allowed),
// four counters, index vectors for the combinatoric iterators and a done flag. What
// each field means is written at each type's constructor.
struct It : Object {
  Value f[5];
  std::int64_t i[4];
  std::vector<std::int64_t>* idx;
  std::vector<std::int64_t>* cyc;
  bool done;
};

Type g_count, g_cycle, g_repeat, g_accumulate, g_chain, g_compress, g_dropwhile, g_filterfalse, g_groupby,
    g_grouper, g_islice, g_pairwise, g_starmap, g_takewhile, g_tee, g_teedata, g_zip_longest, g_product,
    g_permutations, g_combinations, g_cwr;

// The itertools layout of v.
It* I(Value v) { return static_cast<It*>(v.obj()); }

// A new itertools object of type t (fields zeroed).
Value make_it(Type* t) { return alloc_instance(t); }

// Replaces an owned field with a new reference.
void set_field(Value& field, Value v) {
  Value old = field;
  field = v;
  xdecref(old);
}

// iter() of the iterator types: the object itself.
Value self_iter(Value self) { return newref(self); }

// Frees an itertools object.
void it_dealloc(Object* o) {
  It* it = static_cast<It*>(o);
  for (Value& v : it->f) xdecref(v);
  delete it->idx;
  delete it->cyc;
  free_instance(o);
}
// Visits an itertools object's references.
void it_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  for (Value v : static_cast<It*>(o)->f)
    if (v) visit(v, arg);
}

// "X() takes no keyword arguments" and "X expected N arguments, got M".
bool plain_args(const char* name, std::size_t nargs, Tuple* kw, std::size_t min, std::size_t max) {
  return no_kwargs(name, kw) && check_args(name, nargs, min, max);
}

// repr() of a value as UTF-8 text; false with an error set.
bool repr_text(Value v, std::string& out) {
  Value r = repr(v);
  if (!r) return false;
  out = str_utf8_ref(as_str(r));
  decref(r);
  return true;
}

// A new vector of n indices (0), or null with MemoryError set when it cannot be had.
std::vector<std::int64_t>* index_vector(std::size_t n) {
  try {
    return new std::vector<std::int64_t>(n, 0);
  } catch (const std::exception&) {
    raise_no_memory();
    return nullptr;
  }
}

// A tuple of pool[indices[0..r)] (pool a tuple).
Value pick(Value pool, const std::vector<std::int64_t>& indices, std::size_t r) {
  Value t = make_tuple(r);
  for (std::size_t k = 0; k < r; ++k) as_tuple(t)->items[k] = newref(as_tuple(pool)->items[indices[k]]);
  return t;
}

// ---------------------------------------------------------------- count
// f[0] the next value, f[1] the step.
bool is_number(Value v) {
  Type* t = type_of(v);
  return is_int(v) || is_float(v) || t == ComplexType || t->to_int || t->to_float || t->index;
}
// count(start=0, step=1)
Value count_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"start", "step"};
  Value a[2];
  if (!parse_args("count", args, nargs, kw, names, 2, 0, a)) return Value();
  if ((a[0] && !is_number(a[0])) || (a[1] && !is_number(a[1]))) return raise(TypeErrorType, "a number is required");
  Value c = make_it(t);
  I(c)->f[0] = a[0] ? newref(a[0]) : Value::small(0);
  I(c)->f[1] = a[1] ? newref(a[1]) : Value::small(1);
  // CPython's fast mode (an int start that fits, a step of int 1) counts in plain ints.
  std::int64_t start = 0, step = 0;
  if (is_int(I(c)->f[0]) && int_to_int64(I(c)->f[0], start) && is_int(I(c)->f[1]) && int_to_int64(I(c)->f[1], step) &&
      step == 1) {
    set_field(I(c)->f[0], make_int(start));
    set_field(I(c)->f[1], Value::small(1));
  }
  return c;
}
// next(count)
Value count_next(Value self) {
  It* c = I(self);
  Value cur = c->f[0];
  Value nxt = (cur.is_small() && c->f[1].is_small()) ? make_int(cur.small_value() + c->f[1].small_value())
                                                     : binary_op(cur, c->f[1], kAdd);
  if (!nxt) return nxt;
  c->f[0] = nxt;
  return cur;  // the reference the field held
}
// repr: count(5) / count(0, 2)
Value count_repr(Value self) {
  It* c = I(self);
  std::string s, st;
  if (!repr_text(c->f[0], s)) return Value();
  Value step = c->f[1];
  std::int64_t stepv = 0;
  bool unit = is_int(step) && int_to_int64(step, stepv) && stepv == 1;
  if (!unit && !repr_text(step, st)) return Value();
  std::string name = type_of(self)->name;
  return make_str_utf8(name + "(" + s + (unit ? "" : ", " + st) + ")");
}

// ---------------------------------------------------------------- cycle
// f[0] the source iterator, f[1] the saved items (a list); i[0] the replay position.
Value cycle_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!plain_args("cycle", nargs, kw, 1, 1)) return Value();
  Value src = get_iter(args[0]);
  if (!src) return src;
  Value c = make_it(t);
  I(c)->f[0] = src;
  I(c)->f[1] = make_list(0);
  return c;
}
// next(cycle)
Value cycle_next(Value self) {
  It* c = I(self);
  if (!c->done) {
    Value x = iter_next(c->f[0]);
    if (x) {
      list_append(c->f[1], x);
      return x;
    }
    if (has_error()) return x;
    c->done = true;
  }
  List* saved = as_list(c->f[1]);
  if (saved->length == 0) return Value();
  Value x = saved->items[c->i[0] % static_cast<std::int64_t>(saved->length)];
  c->i[0] = (c->i[0] + 1) % static_cast<std::int64_t>(saved->length);
  return newref(x);
}

// ---------------------------------------------------------------- repeat
// f[0] the object; i[0] the times left (-1: forever).
Value repeat_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"object", "times"};
  Value a[2];
  if (!parse_args("repeat", args, nargs, kw, names, 2, 1, a)) return Value();
  std::int64_t times = -1;
  if (a[1]) {
    if (!is_int(a[1])) return modutil::raise_not_integer(a[1]);
    if (!int_to_int64(a[1], times)) return raise(OverflowErrorType, "Python int too large to convert to C ssize_t");
    if (times < 0) times = 0;
  }
  Value r = make_it(t);
  I(r)->f[0] = newref(a[0]);
  I(r)->i[0] = times;
  return r;
}
// next(repeat)
Value repeat_next(Value self) {
  It* r = I(self);
  if (r->i[0] == 0) return Value();
  if (r->i[0] > 0) --r->i[0];
  return newref(r->f[0]);
}
// repr: repeat('a', 3) / repeat('a')
Value repeat_repr(Value self) {
  It* r = I(self);
  std::string s;
  if (!repr_text(r->f[0], s)) return Value();
  std::string name = type_of(self)->name;
  if (r->i[0] < 0) return make_str_utf8(name + "(" + s + ")");
  return make_str_utf8(name + "(" + s + ", " + std::to_string(r->i[0]) + ")");
}
// repeat.__length_hint__()
Value repeat_length_hint(Value self, const Value*, std::size_t, Tuple*) {
  if (I(self)->i[0] < 0) return raise(TypeErrorType, "len() of unsized object");
  return make_int(I(self)->i[0]);
}

// ---------------------------------------------------------------- accumulate
// f[0] the source, f[1] the function (null: +), f[2] the running total, f[3] the
// initial value not yet given out.
Value accumulate_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"iterable", "func", "initial"};
  Value a[3];
  if (!parse_args("accumulate", args, nargs, kw, names, 3, 1, a, 2)) return Value();
  Value src = get_iter(a[0]);
  if (!src) return src;
  Value r = make_it(t);
  I(r)->f[0] = src;
  if (a[1] && !is_none(a[1])) I(r)->f[1] = newref(a[1]);
  if (a[2] && !is_none(a[2])) I(r)->f[3] = newref(a[2]);
  return r;
}
// next(accumulate)
Value accumulate_next(Value self) {
  It* r = I(self);
  if (r->f[3]) {
    set_field(r->f[2], r->f[3]);
    r->f[3] = Value();
    return newref(r->f[2]);
  }
  Value x = iter_next(r->f[0]);
  if (!x) return x;
  if (!r->f[2]) {
    r->f[2] = x;
    return newref(x);
  }
  Value args[2] = {r->f[2], x};
  Value total = r->f[1] ? call(r->f[1], args, 2) : binary_op(r->f[2], x, kAdd);
  decref(x);
  if (!total) return total;
  set_field(r->f[2], total);
  return newref(total);
}

// ---------------------------------------------------------------- chain
// f[0] the iterator over the iterables, f[1] the active iterator.
Value chain_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("chain", kw)) return Value();
  Value tup = make_tuple_from(args, nargs);
  Value src = get_iter(tup);
  decref(tup);
  Value c = make_it(t);
  I(c)->f[0] = src;
  return c;
}
// chain.from_iterable(iterable)
Value chain_from_iterable(Value type, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!is_type(type) || !is_subtype(as_type(type), &g_chain))
    return raise(TypeErrorType, "descriptor 'from_iterable' for type 'itertools.chain' doesn't apply to type '" +
                                    (is_type(type) ? as_type(type)->name : type_name(type)) + "'");
  if (!no_kwargs("from_iterable", kw) || !check_exact("chain.from_iterable", nargs, 1)) return Value();
  Value src = get_iter(args[0]);
  if (!src) return src;
  Value c = make_it(as_type(type));
  I(c)->f[0] = src;
  return c;
}
// next(chain)
Value chain_next(Value self) {
  It* c = I(self);
  for (;;) {
    if (!c->f[1]) {
      if (!c->f[0]) return Value();
      Value iterable = iter_next(c->f[0]);
      if (!iterable) {
        if (!has_error()) set_field(c->f[0], Value());
        return Value();
      }
      Value active = get_iter(iterable);
      decref(iterable);
      if (!active) return active;
      c->f[1] = active;
    }
    Value x = iter_next(c->f[1]);
    if (x || has_error()) return x;
    set_field(c->f[1], Value());
  }
}

// ---------------------------------------------------------------- compress
// f[0] the data iterator, f[1] the selectors iterator.
Value compress_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"data", "selectors"};
  Value a[2];
  if (!parse_args("compress", args, nargs, kw, names, 2, 2, a)) return Value();
  Value d = get_iter(a[0]);
  if (!d) return d;
  Value s = get_iter(a[1]);
  if (!s) {
    decref(d);
    return s;
  }
  Value c = make_it(t);
  I(c)->f[0] = d;
  I(c)->f[1] = s;
  return c;
}
// next(compress)
Value compress_next(Value self) {
  It* c = I(self);
  for (;;) {
    Value d = iter_next(c->f[0]);
    if (!d) return d;
    Value s = iter_next(c->f[1]);
    if (!s) {
      decref(d);
      return s;
    }
    int ok = is_true(s);
    decref(s);
    if (ok > 0) return d;
    decref(d);
    if (ok < 0) return Value();
  }
}

// ---------------------------------------------------------------- dropwhile, takewhile, filterfalse
// f[0] the predicate, f[1] the source; done: dropping (or taking) has ended.
Value pred_new(Type* t, const char* name, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!plain_args(name, nargs, kw, 2, 2)) return Value();
  Value src = get_iter(args[1]);
  if (!src) return src;
  Value p = make_it(t);
  I(p)->f[0] = newref(args[0]);
  I(p)->f[1] = src;
  return p;
}
// dropwhile(predicate, iterable)
Value dropwhile_new(Type* t, const Value* a, std::size_t n, Tuple* kw) { return pred_new(t, "dropwhile", a, n, kw); }
// takewhile(predicate, iterable)
Value takewhile_new(Type* t, const Value* a, std::size_t n, Tuple* kw) { return pred_new(t, "takewhile", a, n, kw); }
// filterfalse(function or None, iterable)
Value filterfalse_new(Type* t, const Value* a, std::size_t n, Tuple* kw) { return pred_new(t, "filterfalse", a, n, kw); }

// The truth of predicate(x) (of x itself for a None predicate when none_is_bool: filterfalse): 1, 0 or -1.
int test(Value pred, Value x, bool none_is_bool = false) {
  if ((none_is_bool && is_none(pred)) || pred == val(BoolType)) return is_true(x);
  Value r = call(pred, &x, 1);
  if (!r) return -1;
  int ok = is_true(r);
  decref(r);
  return ok;
}
// next(dropwhile)
Value dropwhile_next(Value self) {
  It* p = I(self);
  for (;;) {
    Value x = iter_next(p->f[1]);
    if (!x || p->done) return x;
    int ok = test(p->f[0], x);
    if (ok == 0) {
      p->done = true;
      return x;
    }
    decref(x);
    if (ok < 0) return Value();
  }
}
// next(takewhile)
Value takewhile_next(Value self) {
  It* p = I(self);
  if (p->done) return Value();
  Value x = iter_next(p->f[1]);
  if (!x) return x;
  int ok = test(p->f[0], x);
  if (ok > 0) return x;
  decref(x);
  if (ok == 0) p->done = true;
  return Value();
}
// next(filterfalse)
Value filterfalse_next(Value self) {
  It* p = I(self);
  for (;;) {
    Value x = iter_next(p->f[1]);
    if (!x) return x;
    int ok = test(p->f[0], x, true);
    if (ok == 0) return x;
    decref(x);
    if (ok < 0) return Value();
  }
}

// ---------------------------------------------------------------- groupby
// groupby: f[0] the source, f[1] the key function (null: identity), f[2] the target
// key, f[3] the current key, f[4] the current value; i[0] the current _grouper
// (a borrowed pointer: only compared). _grouper: f[0] its groupby, f[1] its key.
Value groupby_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"iterable", "key"};
  Value a[2];
  if (!parse_args("groupby", args, nargs, kw, names, 2, 1, a)) return Value();
  Value src = get_iter(a[0]);
  if (!src) return src;
  Value g = make_it(t);
  I(g)->f[0] = src;
  if (a[1] && !is_none(a[1])) I(g)->f[1] = newref(a[1]);
  return g;
}
// Reads the next value and its key into the groupby; -1 when exhausted or on error.
int groupby_step(It* g) {
  Value x = iter_next(g->f[0]);
  if (!x) return -1;
  Value k = g->f[1] ? call(g->f[1], &x, 1) : newref(x);
  if (!k) {
    decref(x);
    return -1;
  }
  set_field(g->f[4], x);
  set_field(g->f[3], k);
  return 0;
}
// next(groupby): (key, _grouper)
Value groupby_next(Value self) {
  It* g = I(self);
  g->i[0] = 0;
  for (;;) {
    if (g->f[3]) {
      if (!g->f[2]) break;
      int same = equal(g->f[2], g->f[3]);
      if (same < 0) return Value();
      if (same == 0) break;
    }
    if (groupby_step(g) < 0) return Value();
  }
  set_field(g->f[2], newref(g->f[3]));
  Value grouper = make_it(&g_grouper);
  I(grouper)->f[0] = newref(self);
  I(grouper)->f[1] = newref(g->f[2]);
  g->i[0] = static_cast<std::int64_t>(reinterpret_cast<std::intptr_t>(grouper.obj()));
  Value t = make_tuple(2);
  as_tuple(t)->items[0] = newref(g->f[3]);
  as_tuple(t)->items[1] = grouper;
  return t;
}
// next(_grouper): the group's next value while the key stays the same
Value grouper_next(Value self) {
  It* gr = I(self);
  It* g = I(gr->f[0]);
  if (g->i[0] != static_cast<std::int64_t>(reinterpret_cast<std::intptr_t>(self.obj()))) return Value();
  if (!g->f[4] && groupby_step(g) < 0) return Value();
  int same = equal(gr->f[1], g->f[3]);
  if (same <= 0) return Value();
  Value x = g->f[4];
  g->f[4] = Value();
  return x;
}
// Frees a _grouper (its groupby forgets it).
void grouper_dealloc(Object* o) {
  It* gr = static_cast<It*>(o);
  if (gr->f[0] && I(gr->f[0])->i[0] == static_cast<std::int64_t>(reinterpret_cast<std::intptr_t>(o)))
    I(gr->f[0])->i[0] = 0;
  it_dealloc(o);
}

// ---------------------------------------------------------------- islice
// f[0] the source (null when done); i[0] the next index to give, i[1] stop (-1: none),
// i[2] step, i[3] the items consumed.
bool islice_index(Value v, std::int64_t& out, const char* msg) {
  if (is_none(v)) return true;
  std::int64_t x = -1;
  if (!index_value(v, x, OverflowErrorType) || x < 0) {
    clear_error();
    raise(ValueErrorType, msg);
    return false;
  }
  out = x;
  return true;
}
// islice(iterable, stop) / islice(iterable, start, stop[, step])
Value islice_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!plain_args("islice", nargs, kw, 2, 4)) return Value();
  std::int64_t start = 0, stop = -1, step = 1;
  const char* stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  if (nargs == 2) {
    if (!islice_index(args[1], stop, stop_msg)) return Value();
  } else {
    if (!islice_index(args[2], stop, stop_msg)) return Value();
    if (!islice_index(args[1], start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
      return Value();
    if (nargs == 4) {
      step = -1;
      if (!islice_index(args[3], step, "Step for islice() must be a positive integer or None.")) return Value();
      if (is_none(args[3])) step = 1;
      if (step < 1) return raise(ValueErrorType, "Step for islice() must be a positive integer or None.");
    }
  }
  Value src = get_iter(args[0]);
  if (!src) return src;
  Value s = make_it(t);
  I(s)->f[0] = src;
  I(s)->i[0] = start;
  I(s)->i[1] = stop;
  I(s)->i[2] = step;
  return s;
}
// next(islice)
Value islice_next(Value self) {
  It* s = I(self);
  if (!s->f[0]) return Value();
  std::int64_t stop = s->i[1];
  while (s->i[3] < s->i[0]) {
    Value x = iter_next(s->f[0]);
    if (!x) goto empty;
    decref(x);
    ++s->i[3];
  }
  if (stop != -1 && s->i[3] >= stop) goto empty;
  {
    Value x = iter_next(s->f[0]);
    if (!x) goto empty;
    ++s->i[3];
    std::int64_t old = s->i[0];
    s->i[0] += s->i[2];
    if (s->i[0] < old || (stop != -1 && s->i[0] > stop)) s->i[0] = stop;
    return x;
  }
empty:
  set_field(s->f[0], Value());
  return Value();
}

// ---------------------------------------------------------------- pairwise
// f[0] the source (null when done), f[1] the previous item.
Value pairwise_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!plain_args("pairwise", nargs, kw, 1, 1)) return Value();
  Value src = get_iter(args[0]);
  if (!src) return src;
  Value p = make_it(t);
  I(p)->f[0] = src;
  return p;
}
// next(pairwise)
Value pairwise_next(Value self) {
  It* p = I(self);
  if (!p->f[0]) return Value();
  if (!p->f[1]) {
    p->f[1] = iter_next(p->f[0]);
    if (!p->f[1]) {
      set_field(p->f[0], Value());
      return Value();
    }
  }
  Value x = iter_next(p->f[0]);
  if (!x) {
    set_field(p->f[0], Value());
    set_field(p->f[1], Value());
    return x;
  }
  Value t = make_tuple(2);
  as_tuple(t)->items[0] = p->f[1];
  as_tuple(t)->items[1] = newref(x);
  p->f[1] = x;
  return t;
}

// ---------------------------------------------------------------- starmap
// f[0] the function, f[1] the source of argument tuples.
Value starmap_new(Type* t, const Value* a, std::size_t n, Tuple* kw) { return pred_new(t, "starmap", a, n, kw); }
// next(starmap)
Value starmap_next(Value self) {
  It* s = I(self);
  Value x = iter_next(s->f[1]);
  if (!x) return x;
  Value args = is_tuple(x) ? newref(x) : tuple_from_iterable(x);
  decref(x);
  if (!args) return args;
  Value r = call(s->f[0], as_tuple(args)->items, as_tuple(args)->length);
  decref(args);
  return r;
}

// ---------------------------------------------------------------- tee
// A block of items read from the shared source: up to kTeeBlock items, then the next
// block (made on demand). _tee: f[0] its current block; i[0] its position in it.
constexpr int kTeeBlock = 57;
struct TeeData : Object {
  Value source;  // owned
  Value next;    // owned; null until needed
  int count;
  bool running;
  Value items[kTeeBlock];  // owned, [0..count)
};
// A new block reading from source.
Value teedata_new(Value source) {
  Value d = alloc_instance(&g_teedata);
  static_cast<TeeData*>(d.obj())->source = newref(source);
  return d;
}
// Frees a block, and the blocks after it without deep recursion.
void teedata_dealloc(Object* o) {
  auto* d = static_cast<TeeData*>(o);
  for (;;) {
    for (int k = 0; k < d->count; ++k) decref(d->items[k]);
    decref(d->source);
    Value next = d->next;
    free_instance(d);
    if (!next || --next.obj()->refcnt != 0) return;
    d = static_cast<TeeData*>(next.obj());
    gc_on_dealloc(d);  // freed here rather than by objects::dealloc: untracked the same way
  }
}
// Visits a block's references.
void teedata_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  auto* d = static_cast<TeeData*>(o);
  visit(d->source, arg);
  if (d->next) visit(d->next, arg);
  for (int k = 0; k < d->count; ++k) visit(d->items[k], arg);
}
// A new _tee at the start of block data (borrowed).
Value tee_at(Value data, std::int64_t index) {
  Value t = make_it(&g_tee);
  I(t)->f[0] = newref(data);
  I(t)->i[0] = index;
  return t;
}
// next(_tee)
Value tee_next(Value self) {
  It* t = I(self);
  auto* d = static_cast<TeeData*>(t->f[0].obj());
  if (t->i[0] >= kTeeBlock) {
    if (!d->next) d->next = teedata_new(d->source);
    set_field(t->f[0], newref(d->next));
    d = static_cast<TeeData*>(t->f[0].obj());
    t->i[0] = 0;
  }
  if (t->i[0] < d->count) return newref(d->items[t->i[0]++]);
  if (d->running) return raise(RuntimeErrorType, "cannot re-enter the tee iterator");
  d->running = true;
  Value x = iter_next(d->source);
  d->running = false;
  if (!x) return x;
  d->items[d->count++] = newref(x);
  ++t->i[0];
  return x;
}
// _tee.__copy__()
Value tee_copy(Value self, const Value*, std::size_t, Tuple*) { return tee_at(I(self)->f[0], I(self)->i[0]); }
// tee(iterable, n=2): n independent iterators over one source.
Value itertools_tee(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!plain_args("tee", nargs, kw, 1, 2)) return Value();
  std::int64_t n = 2;
  if (nargs == 2) {
    if (!is_int(args[1])) return modutil::raise_not_integer(args[1]);
    if (!int_to_int64(args[1], n)) return raise(OverflowErrorType, "Python int too large to convert to C ssize_t");
  }
  if (n < 0) return raise(ValueErrorType, "n must be >= 0");
  Value src = get_iter(args[0]);
  if (!src) return src;
  Value first;
  if (type_of(src) == &g_tee) {
    first = src;  // a _tee is copyable: it is the first of the results
  } else {
    Value data = teedata_new(src);
    first = tee_at(data, 0);
    decref(data);
    decref(src);
  }
  Value out = make_tuple(static_cast<std::size_t>(n));
  if (!out) {
    decref(first);
    return out;
  }
  for (std::int64_t k = 0; k < n; ++k) as_tuple(out)->items[k] = k == 0 ? newref(first) : tee_copy(first, nullptr, 0, nullptr);
  decref(first);
  return out;
}

// ---------------------------------------------------------------- zip_longest
// f[0] the iterators (a list; None once exhausted), f[1] the fill value; i[0] the
// number still active.
Value zip_longest_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  Value fill = None();
  if (kw) {
    for (std::size_t k = 0; k < kw->length; ++k) {
      if (str_utf8_ref(as_str(kw->items[k])) != "fillvalue")
        return raise(TypeErrorType, "zip_longest() got an unexpected keyword argument");
      fill = args[nargs + k];
    }
  }
  Value iters = make_list(0);
  for (std::size_t k = 0; k < nargs; ++k) {
    Value src = get_iter(args[k]);
    if (!src) {
      decref(iters);
      return src;
    }
    list_append(iters, src);
    decref(src);
  }
  Value z = make_it(t);
  I(z)->f[0] = iters;
  I(z)->f[1] = newref(fill);
  I(z)->i[0] = static_cast<std::int64_t>(nargs);
  return z;
}
// next(zip_longest)
Value zip_longest_next(Value self) {
  It* z = I(self);
  List* its = as_list(z->f[0]);
  std::size_t n = its->length;
  if (n == 0 || z->i[0] == 0) return Value();
  Value t = make_tuple(n);
  for (std::size_t k = 0; k < n; ++k) as_tuple(t)->items[k] = newref(None());
  for (std::size_t k = 0; k < n; ++k) {
    Value x;
    if (is_none(its->items[k])) {
      x = newref(z->f[1]);
    } else {
      x = iter_next(its->items[k]);
      if (!x) {
        if (has_error() || --z->i[0] == 0) {
          decref(t);
          return Value();
        }
        Value old = its->items[k];
        its->items[k] = newref(None());
        decref(old);
        x = newref(z->f[1]);
      }
    }
    Value old = as_tuple(t)->items[k];
    as_tuple(t)->items[k] = x;
    decref(old);
  }
  return t;
}

// ---------------------------------------------------------------- product
// f[0] the pools (a tuple of tuples, repeated); idx the indices; done: finished;
// i[0] 1 once the first result was given.
Value product_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  std::int64_t repeat = 1;
  if (kw) {
    for (std::size_t k = 0; k < kw->length; ++k) {
      const std::string& kn = str_utf8_ref(as_str(kw->items[k]));
      if (kn != "repeat") return raise(TypeErrorType, "'" + kn + "' is an invalid keyword argument for product()");
      Value r = args[nargs + k];
      if (!is_int(r)) return modutil::raise_not_integer(r);
      if (!int_to_int64(r, repeat)) return raise(OverflowErrorType, "Python int too large to convert to C ssize_t");
      if (repeat < 0) return raise(ValueErrorType, "repeat argument cannot be negative");
    }
  }
  std::vector<Value> pools;
  for (std::size_t k = 0; k < nargs; ++k) {
    Value p = tuple_from_iterable(args[k]);
    if (!p) {
      for (Value v : pools) decref(v);
      return p;
    }
    pools.push_back(p);
  }
  if (repeat > 0 && nargs > (std::size_t{1} << 40) / static_cast<std::size_t>(repeat)) {
    for (Value v : pools) decref(v);
    return raise_no_memory();
  }
  std::size_t total = nargs * static_cast<std::size_t>(repeat);
  Value all = make_tuple(total);
  if (!all) {
    for (Value v : pools) decref(v);
    return all;
  }
  bool empty = false;
  for (std::size_t k = 0; k < total; ++k) {
    as_tuple(all)->items[k] = newref(pools[k % nargs]);
    if (as_tuple(pools[k % nargs])->length == 0) empty = true;
  }
  for (Value v : pools) decref(v);
  std::vector<std::int64_t>* idx = index_vector(total);
  if (!idx) {
    decref(all);
    return Value();
  }
  Value p = make_it(t);
  I(p)->f[0] = all;
  I(p)->idx = idx;
  I(p)->done = empty;
  return p;
}
// The tuple of the current choice of a product.
Value product_result(It* p) {
  Tuple* pools = as_tuple(p->f[0]);
  Value t = make_tuple(pools->length);
  for (std::size_t k = 0; k < pools->length; ++k)
    as_tuple(t)->items[k] = newref(as_tuple(pools->items[k])->items[(*p->idx)[k]]);
  return t;
}
// next(product)
Value product_next(Value self) {
  It* p = I(self);
  if (p->done) return Value();
  if (!p->i[0]) {
    p->i[0] = 1;
    return product_result(p);
  }
  Tuple* pools = as_tuple(p->f[0]);
  std::vector<std::int64_t>& idx = *p->idx;
  std::size_t k = pools->length;
  while (k > 0) {
    --k;
    if (++idx[k] < static_cast<std::int64_t>(as_tuple(pools->items[k])->length)) return product_result(p);
    idx[k] = 0;
  }
  p->done = true;
  return Value();
}

// ---------------------------------------------------------------- permutations, combinations
// f[0] the pool (a tuple); i[0] r; i[1] 1 once the first result was given; idx the
// indices, cyc the cycles (permutations).
Value perm_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"iterable", "r"};
  Value a[2];
  if (!parse_args("permutations", args, nargs, kw, names, 2, 1, a)) return Value();
  Value pool = tuple_from_iterable(a[0]);
  if (!pool) return pool;
  std::int64_t n = static_cast<std::int64_t>(as_tuple(pool)->length), r = n;
  if (a[1] && !is_none(a[1])) {
    if (!is_int(a[1])) {
      decref(pool);
      return raise(TypeErrorType, "Expected int as r");
    }
    if (!int_to_int64(a[1], r)) {
      decref(pool);
      return raise(OverflowErrorType, "Python int too large to convert to C ssize_t");
    }
    if (r < 0) {
      decref(pool);
      return raise(ValueErrorType, "r must be non-negative");
    }
  }
  Value p = make_it(t);
  I(p)->f[0] = pool;
  I(p)->i[0] = r;
  I(p)->done = r > n;
  I(p)->idx = new std::vector<std::int64_t>(static_cast<std::size_t>(n));
  for (std::int64_t k = 0; k < n; ++k) (*I(p)->idx)[k] = k;
  I(p)->cyc = new std::vector<std::int64_t>();
  for (std::int64_t k = 0; k < r && r <= n; ++k) I(p)->cyc->push_back(n - k);
  return p;
}
// next(permutations)
Value perm_next(Value self) {
  It* p = I(self);
  if (p->done) return Value();
  std::int64_t n = static_cast<std::int64_t>(as_tuple(p->f[0])->length), r = p->i[0];
  std::vector<std::int64_t>& idx = *p->idx;
  std::vector<std::int64_t>& cyc = *p->cyc;
  if (!p->i[1]) {
    p->i[1] = 1;
    return pick(p->f[0], idx, static_cast<std::size_t>(r));
  }
  if (n == 0) {
    p->done = true;
    return Value();
  }
  for (std::int64_t k = r - 1; k >= 0; --k) {
    if (--cyc[k] == 0) {
      std::int64_t first = idx[k];
      for (std::int64_t j = k; j < n - 1; ++j) idx[j] = idx[j + 1];
      idx[n - 1] = first;
      cyc[k] = n - k;
    } else {
      std::int64_t j = cyc[k];
      std::swap(idx[k], idx[n - j]);
      return pick(p->f[0], idx, static_cast<std::size_t>(r));
    }
  }
  p->done = true;
  return Value();
}

// combinations(iterable, r) and combinations_with_replacement(iterable, r).
Value comb_common(Type* t, const char* name, const Value* args, std::size_t nargs, Tuple* kw, bool repl) {
  static const char* const names[] = {"iterable", "r"};
  Value a[2];
  if (!parse_args(name, args, nargs, kw, names, 2, 2, a)) return Value();
  std::int64_t r;
  if (!index_value(a[1], r, OverflowErrorType)) return Value();
  Value pool = tuple_from_iterable(a[0]);
  if (!pool) return pool;
  if (r < 0) {
    decref(pool);
    return raise(ValueErrorType, "r must be non-negative");
  }
  std::int64_t n = static_cast<std::int64_t>(as_tuple(pool)->length);
  bool done = repl ? (n == 0 && r > 0) : r > n;
  std::vector<std::int64_t>* idx = index_vector(static_cast<std::size_t>(done ? 0 : r));
  if (!idx) {
    decref(pool);
    return Value();
  }
  Value c = make_it(t);
  I(c)->f[0] = pool;
  I(c)->i[0] = r;
  I(c)->done = done;
  I(c)->idx = idx;
  for (std::int64_t k = 0; k < r && !I(c)->done; ++k) (*I(c)->idx)[k] = repl ? 0 : k;
  return c;
}
// combinations(iterable, r)
Value comb_new(Type* t, const Value* a, std::size_t n, Tuple* kw) { return comb_common(t, "combinations", a, n, kw, false); }
// combinations_with_replacement(iterable, r)
Value cwr_new(Type* t, const Value* a, std::size_t n, Tuple* kw) {
  return comb_common(t, "combinations_with_replacement", a, n, kw, true);
}
// next(combinations)
Value comb_next(Value self) {
  It* c = I(self);
  if (c->done) return Value();
  std::int64_t n = static_cast<std::int64_t>(as_tuple(c->f[0])->length), r = c->i[0];
  std::vector<std::int64_t>& idx = *c->idx;
  if (!c->i[1]) {
    c->i[1] = 1;
    return pick(c->f[0], idx, static_cast<std::size_t>(r));
  }
  std::int64_t k = r - 1;
  while (k >= 0 && idx[k] == k + n - r) --k;
  if (k < 0) {
    c->done = true;
    return Value();
  }
  ++idx[k];
  for (std::int64_t j = k + 1; j < r; ++j) idx[j] = idx[j - 1] + 1;
  return pick(c->f[0], idx, static_cast<std::size_t>(r));
}
// next(combinations_with_replacement)
Value cwr_next(Value self) {
  It* c = I(self);
  if (c->done) return Value();
  std::int64_t n = static_cast<std::int64_t>(as_tuple(c->f[0])->length), r = c->i[0];
  std::vector<std::int64_t>& idx = *c->idx;
  if (!c->i[1]) {
    c->i[1] = 1;
    return pick(c->f[0], idx, static_cast<std::size_t>(r));
  }
  std::int64_t k = r - 1;
  while (k >= 0 && idx[k] == n - 1) --k;
  if (k < 0) {
    c->done = true;
    return Value();
  }
  std::int64_t v = idx[k] + 1;
  for (std::int64_t j = k; j < r; ++j) idx[j] = v;
  return pick(c->f[0], idx, static_cast<std::size_t>(r));
}

// _tee(iterable): a tee iterator over iterable (as tee(iterable, 1)[0]).
Value tee_new(Type*, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!plain_args("_tee", nargs, kw, 1, 1)) return Value();
  Value one = Value::small(1);
  Value both[2] = {args[0], one};
  Value t = itertools_tee(Value(), both, 2, nullptr);
  if (!t) return t;
  Value first = newref(as_tuple(t)->items[0]);
  decref(t);
  return first;
}
// _grouper and _tee_dataobject are only made by groupby and tee.
Value internal_new(Type* t, const Value*, std::size_t, Tuple*) {
  return raise(TypeErrorType, "cannot create 'itertools." + t->name + "' instances");
}

// ---------------------------------------------------------------- set-up
struct Spec {
  Type* t;
  const char* name;
  decltype(Type::new_fn) new_fn;
  IterNextFn next;
  UnaryFn repr;
};

// Sets up the itertools types once.
void init_itertools_types() {
  static bool done = false;
  if (done) return;
  done = true;
  const Spec specs[] = {
      {&g_count, "count", count_new, count_next, count_repr},
      {&g_cycle, "cycle", cycle_new, cycle_next, nullptr},
      {&g_repeat, "repeat", repeat_new, repeat_next, repeat_repr},
      {&g_accumulate, "accumulate", accumulate_new, accumulate_next, nullptr},
      {&g_chain, "chain", chain_new, chain_next, nullptr},
      {&g_compress, "compress", compress_new, compress_next, nullptr},
      {&g_dropwhile, "dropwhile", dropwhile_new, dropwhile_next, nullptr},
      {&g_filterfalse, "filterfalse", filterfalse_new, filterfalse_next, nullptr},
      {&g_groupby, "groupby", groupby_new, groupby_next, nullptr},
      {&g_grouper, "_grouper", internal_new, grouper_next, nullptr},
      {&g_islice, "islice", islice_new, islice_next, nullptr},
      {&g_pairwise, "pairwise", pairwise_new, pairwise_next, nullptr},
      {&g_starmap, "starmap", starmap_new, starmap_next, nullptr},
      {&g_takewhile, "takewhile", takewhile_new, takewhile_next, nullptr},
      {&g_tee, "_tee", tee_new, tee_next, nullptr},
      {&g_zip_longest, "zip_longest", zip_longest_new, zip_longest_next, nullptr},
      {&g_product, "product", product_new, product_next, nullptr},
      {&g_permutations, "permutations", perm_new, perm_next, nullptr},
      {&g_combinations, "combinations", comb_new, comb_next, nullptr},
      {&g_cwr, "combinations_with_replacement", cwr_new, cwr_next, nullptr},
  };
  for (const Spec& s : specs) {
    bool internal = s.t == &g_grouper || s.t == &g_tee;
    type_init(s.t, s.name, ObjectType, sizeof(It), internal ? TF_GC : TF_BASETYPE | TF_GC);
    s.t->module = "itertools";
    s.t->new_fn = s.new_fn;
    s.t->iter = self_iter;
    s.t->next = s.next;
    s.t->dealloc = s.t == &g_grouper ? grouper_dealloc : it_dealloc;
    s.t->traverse = it_traverse;
    if (s.repr) s.t->repr = s.repr;
    if (s.t == &g_repeat) add_method(s.t, "__length_hint__", repeat_length_hint);
    if (s.t == &g_chain) add_classmethod(s.t, "from_iterable", chain_from_iterable);
    if (s.t == &g_tee) add_method(s.t, "__copy__", tee_copy);
    type_ready(s.t);
  }
  type_init(&g_teedata, "_tee_dataobject", ObjectType, sizeof(TeeData), TF_GC);
  g_teedata.module = "itertools";
  g_teedata.dealloc = teedata_dealloc;
  g_teedata.traverse = teedata_traverse;
  g_teedata.new_fn = internal_new;
  type_ready(&g_teedata);
}

}  // namespace

// The itertools module.
Value make_itertools_module() {
  init_itertools_types();
  Value mod = new_module("itertools");
  Type* types[] = {&g_count,     &g_cycle,     &g_repeat,       &g_accumulate,   &g_chain,        &g_compress,
                   &g_dropwhile, &g_filterfalse, &g_groupby,    &g_islice,       &g_pairwise,     &g_starmap,
                   &g_takewhile, &g_zip_longest, &g_product,    &g_permutations, &g_combinations, &g_cwr,
                   &g_grouper,   &g_tee,       &g_teedata};
  for (Type* t : types) module_put(mod, t->name.c_str(), newref(val(t)));
  module_put_fn(mod, "tee", itertools_tee);
  return mod;
}

}  // namespace peppy::vm
