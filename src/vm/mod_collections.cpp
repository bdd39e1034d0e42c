// mod_collections.cpp: the collections module (built into the VM): deque (mod_deque.cpp),
// ChainMap (mod_chainmap.cpp),
// defaultdict, OrderedDict and Counter (native subclasses of dict), namedtuple (classes
// made by mod_support's make_namedtuple_class), with CPython's reprs and messages.
#include <string>
#include <vector>

#include "bytecode/opcodes.hpp"
#include "objects/core.hpp"
#include "vm/mod_support.hpp"
#include "vm/modules.hpp"
#include "vm/runtime.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

using bytecode::BinOp;
using bytecode::CmpOp;
constexpr int kLt = static_cast<int>(CmpOp::Lt), kLe = static_cast<int>(CmpOp::Le), kEq = static_cast<int>(CmpOp::Eq),
              kNe = static_cast<int>(CmpOp::Ne), kGt = static_cast<int>(CmpOp::Gt), kGe = static_cast<int>(CmpOp::Ge);
constexpr int op(BinOp b) { return static_cast<int>(b); }

Type g_defaultdict, g_ordereddict, g_counter;

// ---------------------------------------------------------------- defaultdict
struct DefaultDict : Dict {
  Value factory;  // owned; null = None
};
// The defaultdict behind a value.
DefaultDict* as_dd(Value v) { return static_cast<DefaultDict*>(v.obj()); }

// Frees a defaultdict (the dict part through dict's own dealloc).
void dd_dealloc(Object* o) {
  Value f = static_cast<DefaultDict*>(o)->factory;
  static_cast<DefaultDict*>(o)->factory = Value();
  xdecref(f);
  DictType->dealloc(o);
}
// Visits a defaultdict's references.
void dd_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  Value f = static_cast<DefaultDict*>(o)->factory;
  if (f.is_object()) visit(f, arg);
  DictType->traverse(o, visit, arg);
}
// defaultdict(default_factory=None, *args, **kw)
int dd_init(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  Value f = nargs ? args[0] : None();
  if (f != None() && !type_of(f)->call) {
    raise(TypeErrorType, "first argument must be callable or None");
    return -1;
  }
  Value old = as_dd(self)->factory;
  as_dd(self)->factory = f == None() ? Value() : newref(f);
  xdecref(old);
  return DictType->init(self, args + (nargs ? 1 : 0), nargs ? nargs - 1 : 0, kw);
}
// d.__missing__(key): a new default stored under key (KeyError without a factory).
Value dd_missing(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("__missing__", kw) || !check_exact("__missing__", nargs, 1)) return Value();
  Value f = as_dd(self)->factory;
  if (!f) return raise_key_error(args[0]);
  Value v = call(f, nullptr, 0);
  if (!v) return v;
  if (setitem(self, args[0], v) < 0) {
    decref(v);
    return Value();
  }
  return v;
}
// repr: "defaultdict(<class 'list'>, {...})"
Value dd_repr(Value self) {
  Value f = as_dd(self)->factory;
  Value fr;
  if (!f) {
    fr = make_str_ascii("None");
  } else {
    if (repr_enter(f)) {
      fr = make_str_ascii("...");
    } else {
      fr = repr(f);
      repr_leave(f);
    }
  }
  if (!fr) return fr;
  Value dr = DictType->repr(self);
  if (!dr) {
    decref(fr);
    return dr;
  }
  std::string out = type_of(self)->name + "(" + str_utf8_ref(as_str(fr)) + ", " + str_utf8_ref(as_str(dr)) + ")";
  decref(fr);
  decref(dr);
  return make_str_utf8(out);
}
// d.copy(): a defaultdict of the same type and factory.
Value dd_copy(Value self, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("copy", kw) || !check_exact("copy", nargs, 0)) return Value();
  Value a[2] = {as_dd(self)->factory ? as_dd(self)->factory : None(), self};
  return call(val(type_of(self)), a, 2);
}
// d | other / other | d: a defaultdict of d's type and factory.
Value dd_or(Value a, Value b) {
  bool left = isinstance_type(a, &g_defaultdict);
  Value self = left ? a : b, other = left ? b : a;
  if (!is_dict(other)) return newref(NotImplemented());
  Value fa[2] = {as_dd(self)->factory ? as_dd(self)->factory : None(), left ? self : other};
  Value r = call(val(type_of(self)), fa, 2);
  if (r && dict_update(r, left ? other : self) < 0) {
    decref(r);
    return Value();
  }
  return r;
}
// The default_factory attribute of defaultdict (getter).
Value dd_get_factory(Value self) { return newref(as_dd(self)->factory ? as_dd(self)->factory : None()); }
// Sets the default_factory attribute of defaultdict.
int dd_set_factory(Value self, Value v) {
  Value old = as_dd(self)->factory;
  as_dd(self)->factory = !v || v == None() ? Value() : newref(v);
  xdecref(old);
  return 0;
}

// ---------------------------------------------------------------- OrderedDict
// The (key, value) items of a dict in order (new references).
std::vector<std::pair<Value, Value>> dict_items_of(Value d) {
  std::vector<std::pair<Value, Value>> out;
  std::size_t pos = 0;
  Value k, v;
  while (dict_next(as_dict(d), pos, k, v)) out.emplace_back(newref(k), newref(v));
  return out;
}
// Releases dict_items_of's result.
void release_items(std::vector<std::pair<Value, Value>>& items) {
  for (auto& [k, v] : items) {
    decref(k);
    decref(v);
  }
}
// repr: "OrderedDict([('a', 1)])" / "OrderedDict()"
Value od_repr(Value self) {
  std::string name = type_of(self)->name;
  if (as_dict(self)->used == 0) return make_str_utf8(name + "()");
  if (repr_enter(self)) return make_str_ascii("...");
  auto items = dict_items_of(self);
  Value lst = make_list(0);
  for (auto& [k, v] : items) {
    Value t = make_tuple2(k, v);
    list_append(lst, t);
    decref(t);
  }
  release_items(items);
  Value r = repr(lst);
  decref(lst);
  repr_leave(self);
  if (!r) return r;
  std::string out = name + "(" + str_utf8_ref(as_str(r)) + ")";
  decref(r);
  return make_str_utf8(out);
}
// od.popitem(last=True)
Value od_popitem(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const pn[] = {"last"};
  Value a[1];
  if (!parse_args("popitem", args, nargs, kw, pn, 1, 0, a)) return Value();
  int last = a[0] ? is_true(a[0]) : 1;
  if (last < 0) return Value();
  Dict* d = as_dict(self);
  if (d->used == 0) {
    Value msg = make_str_ascii("dictionary is empty");
    raise_key_error(msg);
    decref(msg);
    return Value();
  }
  Value key;
  std::size_t pos = 0;
  Value k, v;
  while (dict_next(d, pos, k, v)) {
    key = k;
    if (!last) break;
  }
  Value kk = newref(key);
  Value vv = newref(dict_get(self, kk));
  dict_del(self, kk);
  Value r = make_tuple2(kk, vv);
  decref(kk);
  decref(vv);
  return r;
}
// od.move_to_end(key, last=True)
Value od_move_to_end(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const pn[] = {"key", "last"};
  Value a[2];
  if (!parse_args("move_to_end", args, nargs, kw, pn, 2, 1, a)) return Value();
  int last = a[1] ? is_true(a[1]) : 1;
  if (last < 0) return Value();
  Value v = dict_get(self, a[0]);
  if (!v) return has_error() ? Value() : raise_key_error(a[0]);
  Value key = Value(), val_ = newref(v);
  // The stored key object (not the argument) keeps its identity.
  {
    std::size_t pos = 0;
    Value k, x;
    while (dict_next(as_dict(self), pos, k, x))
      if (equal(k, a[0]) == 1) {
        key = newref(k);
        break;
      }
  }
  if (!key) key = newref(a[0]);
  dict_del(self, key);
  if (last) {
    dict_set(self, key, val_);
  } else {
    auto rest = dict_items_of(self);
    for (auto& [k, x] : rest) dict_del(self, k);
    dict_set(self, key, val_);
    for (auto& [k, x] : rest) dict_set(self, k, x);
    release_items(rest);
  }
  decref(key);
  decref(val_);
  return newref(None());
}
// od == other: order matters between two OrderedDicts.
Value od_richcompare(Value a, Value b, int opn) {
  Value r = DictType->richcompare(a, b, opn);
  if (!r || r == NotImplemented() || (opn != kEq && opn != kNe)) return r;
  if (!isinstance_type(a, &g_ordereddict) || !isinstance_type(b, &g_ordereddict)) return r;
  bool eq = r == True();
  if (opn == kNe) eq = r == False();
  decref(r);
  if (eq) {
    auto x = dict_items_of(a), y = dict_items_of(b);
    for (std::size_t i = 0; i < x.size() && i < y.size() && eq; ++i) {
      int e = equal(x[i].first, y[i].first);
      if (e < 0) {
        release_items(x);
        release_items(y);
        return Value();
      }
      eq = e == 1;
    }
    release_items(x);
    release_items(y);
  }
  return newref(boolean(opn == kEq ? eq : !eq));
}
// od | other / other | od: an OrderedDict of od's type.
Value od_or(Value a, Value b) {
  bool left = isinstance_type(a, &g_ordereddict);
  Value self = left ? a : b, other = left ? b : a;
  if (!is_dict(other)) return newref(NotImplemented());
  Value first = left ? self : other;
  Value r = call(val(type_of(self)), &first, 1);
  if (r && dict_update(r, left ? other : self) < 0) {
    decref(r);
    return Value();
  }
  return r;
}
// od.copy(): type(od)(od)
Value od_copy(Value self, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("copy", kw) || !check_exact("copy", nargs, 0)) return Value();
  return call(val(type_of(self)), &self, 1);
}

// ---------------------------------------------------------------- Counter
// c[key] as a count: 0 when missing (new reference).
Value count_of(Value c, Value key) {
  Value v = dict_get(c, key);
  if (v) return newref(v);
  if (has_error()) return Value();
  return Value::small(0);
}
// Adds n (a count, borrowed) to c[key].
int add_count(Value c, Value key, Value n, bool subtract = false) {
  Value cur = count_of(c, key);
  if (!cur) return -1;
  Value s = binary_op(cur, n, op(subtract ? BinOp::Subtract : BinOp::Add));
  decref(cur);
  if (!s) return -1;
  int r = dict_set(c, key, s);
  decref(s);
  return r;
}
// Counts the items of iterable (or adds a mapping's counts) into c.
int counter_add_from(Value c, Value src, bool subtract) {
  if (is_dict(src)) {
    auto items = dict_items_of(src);
    int r = 0;
    for (auto& [k, v] : items)
      if (r == 0) r = add_count(c, k, v, subtract);
    release_items(items);
    return r;
  }
  Value one = Value::small(1);
  return for_each(src, [&](Value x) -> int { return add_count(c, x, one, subtract); });
}
// c.update(iterable=None, /, **kw) and c.subtract(...)
Value counter_update_impl(Value self, const Value* args, std::size_t nargs, Tuple* kw, bool subtract) {
  const char* name = subtract ? "subtract" : "update";
  if (!check_args(name, nargs, 0, 1)) return Value();
  if (nargs && args[0] != None() && counter_add_from(self, args[0], subtract) < 0) return Value();
  std::size_t nkw = kw ? kw->length : 0;
  for (std::size_t i = 0; i < nkw; ++i)
    if (add_count(self, kw->items[i], args[nargs + i], subtract) < 0) return Value();
  return newref(None());
}
// c.update(iterable=None, /, **kw): adds counts.
Value counter_update(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  return counter_update_impl(self, args, nargs, kw, false);
}
// c.subtract(iterable=None, /, **kw): subtracts counts.
Value counter_subtract(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  return counter_update_impl(self, args, nargs, kw, true);
}
// Counter(iterable=None, /, **kwds)
int counter_init(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!check_args("Counter", nargs, 0, 1)) return -1;
  Value r = counter_update_impl(self, args, nargs, kw, false);
  if (!r) return -1;
  decref(r);
  return 0;
}
// c.__missing__(key): 0
Value counter_missing(Value, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("__missing__", nargs, 1)) return Value();
  return Value::small(0);
}
// del c[key] ignores a missing key; c[key] = v stores.
int counter_setitem(Value self, Value key, Value value) {
  if (value) return dict_set(self, key, value);
  int c = DictType->contains(self, key);
  if (c <= 0) return c;
  return dict_del(self, key);
}
// The key of most_common's sort: item[1].
Value second_item(Value, const Value* args, std::size_t nargs, Tuple*) {
  if (nargs != 1 || !is_tuple(args[0]) || as_tuple(args[0])->length < 2) return raise(TypeErrorType, "bad item");
  return newref(as_tuple(args[0])->items[1]);
}
// The (elem, count) pairs by count, largest first (ties in insertion order).
Value most_common_list(Value self) {
  auto items = dict_items_of(self);
  Value lst = make_list(0);
  for (auto& [k, v] : items) {
    Value t = make_tuple2(k, v);
    list_append(lst, t);
    decref(t);
  }
  release_items(items);
  Value key = make_data_fn("<lambda>", second_item, None(), false);
  int r = list_sort(as_list(lst), key, true);
  decref(key);
  if (r < 0) {
    decref(lst);
    return Value();
  }
  return lst;
}
// c.most_common(n=None)
Value counter_most_common(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const pn[] = {"n"};
  Value a[1];
  if (!parse_args("most_common", args, nargs, kw, pn, 1, 0, a)) return Value();
  Value lst = most_common_list(self);
  if (!lst || !a[0] || a[0] == None()) return lst;
  std::int64_t n;
  if (!index_value(a[0], n)) {
    decref(lst);
    return Value();
  }
  List* l = as_list(lst);
  if (n < 0) n = 0;
  while (static_cast<std::int64_t>(l->length) > n) decref(l->items[--l->length]);
  return lst;
}
// c.elements(): each element repeated by its count.
Value counter_elements(Value self, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("elements", kw) || !check_exact("elements", nargs, 0)) return Value();
  auto items = dict_items_of(self);
  Value lst = make_list(0);
  bool ok = true;
  for (auto& [k, v] : items) {
    std::int64_t n;
    if (!index_value(v, n)) {
      ok = false;
      break;
    }
    for (std::int64_t i = 0; i < n; ++i) list_append(lst, k);
  }
  release_items(items);
  if (!ok) {
    decref(lst);
    return Value();
  }
  Value it = get_iter(lst);
  decref(lst);
  return it;
}
// c.total(): the sum of the counts.
Value counter_total(Value self, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("total", kw) || !check_exact("total", nargs, 0)) return Value();
  Value sum = Value::small(0);
  auto items = dict_items_of(self);
  for (auto& [k, v] : items) {
    if (!sum) break;
    Value s = binary_op(sum, v, op(BinOp::Add));
    decref(sum);
    sum = s;
  }
  release_items(items);
  return sum;
}
// Counter.fromkeys: not supported.
Value counter_fromkeys(Value, const Value*, std::size_t, Tuple*) {
  return raise(NotImplementedErrorType, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}
// c.copy(): type(c)(c)
Value counter_copy(Value self, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("copy", kw) || !check_exact("copy", nargs, 0)) return Value();
  return call(val(type_of(self)), &self, 1);
}
// repr: "Counter({'a': 2, 'b': 1})" by count; "Counter()" when empty.
Value counter_repr(Value self) {
  std::string name = type_of(self)->name;
  if (as_dict(self)->used == 0) return make_str_utf8(name + "()");
  if (repr_enter(self)) return make_str_ascii("...");
  Value lst = most_common_list(self);
  std::string out;
  if (!lst) {
    if (!exception_matches(current_error(), val(TypeErrorType))) {
      repr_leave(self);
      return lst;
    }
    clear_error();
    Value r = DictType->repr(self);
    repr_leave(self);
    if (!r) return r;
    out = name + "(" + str_utf8_ref(as_str(r)) + ")";
    decref(r);
    return make_str_utf8(out);
  }
  out = name + "({";
  List* l = as_list(lst);
  for (std::size_t i = 0; i < l->length; ++i) {
    Tuple* t = as_tuple(l->items[i]);
    Value rk = repr(t->items[0]);
    Value rv = rk ? repr(t->items[1]) : Value();
    if (!rv) {
      xdecref(rk);
      decref(lst);
      repr_leave(self);
      return Value();
    }
    if (i) out += ", ";
    out += str_utf8_ref(as_str(rk)) + ": " + str_utf8_ref(as_str(rv));
    decref(rk);
    decref(rv);
  }
  decref(lst);
  repr_leave(self);
  return make_str_utf8(out + "})");
}
// Whether v is a Counter (or a subclass's instance).
bool is_counter(Value v) { return isinstance_type(v, &g_counter); }
// A new empty Counter.
Value new_counter() { return call(val(&g_counter), nullptr, 0); }
// count > 0 (or < 0): 1 / 0 / -1.
int sign_test(Value count, int cmp) { return compare_bool(count, Value::small(0), cmp); }

// The binary multiset operations. kind: 0 +, 1 -, 2 |, 3 &.
Value counter_binop(Value a, Value b, int kind) {
  if (!is_counter(a) || !is_counter(b)) return newref(NotImplemented());
  Value result = new_counter();
  if (!result) return result;
  auto mine = dict_items_of(a);
  bool ok = true;
  for (auto& [elem, count] : mine) {
    if (!ok) break;
    Value other = count_of(b, elem);
    if (!other) {
      ok = false;
      break;
    }
    Value nc;
    if (kind == 0) {
      nc = binary_op(count, other, op(BinOp::Add));
    } else if (kind == 1) {
      nc = binary_op(count, other, op(BinOp::Subtract));
    } else {
      int lt = compare_bool(count, other, kLt);
      nc = lt < 0 ? Value() : newref(kind == 2 ? (lt ? other : count) : (lt ? count : other));
    }
    decref(other);
    int pos = nc ? sign_test(nc, kGt) : -1;
    if (pos > 0) ok = dict_set(result, elem, nc) == 0;
    if (pos < 0) ok = false;
    xdecref(nc);
  }
  release_items(mine);
  if (ok && kind != 3) {
    auto theirs = dict_items_of(b);
    for (auto& [elem, count] : theirs) {
      if (!ok) break;
      int in = DictType->contains(a, elem);
      if (in < 0) {
        ok = false;
        break;
      }
      if (in) continue;
      if (kind == 1) {
        int neg = sign_test(count, kLt);
        if (neg < 0) ok = false;
        if (neg > 0) {
          Value n = unary_negative(count);
          ok = n && dict_set(result, elem, n) == 0;
          xdecref(n);
        }
      } else {
        int pos = sign_test(count, kGt);
        if (pos < 0) ok = false;
        if (pos > 0) ok = dict_set(result, elem, count) == 0;
      }
    }
    release_items(theirs);
  }
  if (!ok) {
    decref(result);
    return Value();
  }
  return result;
}
// c + d
Value counter_add(Value a, Value b) { return counter_binop(a, b, 0); }
// c - d
Value counter_sub(Value a, Value b) { return counter_binop(a, b, 1); }
// c | d
Value counter_or(Value a, Value b) { return counter_binop(a, b, 2); }
// c & d
Value counter_and(Value a, Value b) { return counter_binop(a, b, 3); }
// Removes the items whose count is not positive.
int keep_positive(Value c) {
  auto items = dict_items_of(c);
  int r = 0;
  for (auto& [k, v] : items) {
    if (r < 0) break;
    int pos = sign_test(v, kGt);
    if (pos < 0) r = -1;
    if (pos == 0 && dict_del(c, k) < 0) r = -1;
  }
  release_items(items);
  return r;
}
// c += other / c -= other / c |= other / c &= other (in place; then only positive counts).
Value counter_inplace(Value a, Value b, int kind) {
  if (!is_counter(a) || !is_dict(b)) return newref(NotImplemented());
  int r = 0;
  if (kind <= 1) {
    auto theirs = dict_items_of(b);
    for (auto& [k, v] : theirs)
      if (r == 0) r = add_count(a, k, v, kind == 1);
    release_items(theirs);
  } else if (kind == 2) {
    auto theirs = dict_items_of(b);
    for (auto& [k, v] : theirs) {
      if (r < 0) break;
      Value cur = count_of(a, k);
      if (!cur) {
        r = -1;
        break;
      }
      int gt = compare_bool(v, cur, kGt);
      if (gt < 0) r = -1;
      if (gt > 0) r = dict_set(a, k, v);
      decref(cur);
    }
    release_items(theirs);
  } else {
    auto mine = dict_items_of(a);
    for (auto& [k, v] : mine) {
      if (r < 0) break;
      Value other = count_of(b, k);
      if (!other) {
        r = -1;
        break;
      }
      int lt = compare_bool(other, v, kLt);
      if (lt < 0) r = -1;
      if (lt > 0) r = dict_set(a, k, other);
      decref(other);
    }
    release_items(mine);
  }
  if (r < 0 || keep_positive(a) < 0) return Value();
  return newref(a);
}
// c += d
Value counter_iadd(Value a, Value b) { return counter_inplace(a, b, 0); }
// c -= d
Value counter_isub(Value a, Value b) { return counter_inplace(a, b, 1); }
// c |= d
Value counter_ior(Value a, Value b) { return counter_inplace(a, b, 2); }
// c &= d
Value counter_iand(Value a, Value b) { return counter_inplace(a, b, 3); }
// +c / -c: the positive counts, or the negated negative ones.
Value counter_unary(Value self, bool neg) {
  Value result = new_counter();
  if (!result) return result;
  auto items = dict_items_of(self);
  bool ok = true;
  for (auto& [k, v] : items) {
    if (!ok) break;
    int t = sign_test(v, neg ? kLt : kGt);
    if (t < 0) ok = false;
    if (t > 0) {
      Value n = neg ? binary_op(Value::small(0), v, op(BinOp::Subtract)) : newref(v);
      ok = n && dict_set(result, k, n) == 0;
      xdecref(n);
    }
  }
  release_items(items);
  if (!ok) {
    decref(result);
    return Value();
  }
  return result;
}
// +c
Value counter_pos(Value self) { return counter_unary(self, false); }
// -c
Value counter_neg(Value self) { return counter_unary(self, true); }
// c == d, c <= d ...: every element's count compared (missing counts are 0).
Value counter_richcompare(Value a, Value b, int opn) {
  if (!is_counter(a) || !is_counter(b)) return newref(NotImplemented());
  int elem_op = opn == kEq || opn == kNe ? kEq : opn == kLt || opn == kLe ? kLe : kGe;
  bool all = true;
  for (Value c : {a, b}) {
    auto items = dict_items_of(c);
    for (auto& [k, v] : items) {
      if (!all) break;
      Value x = count_of(a, k), y = count_of(b, k);
      int r = x && y ? compare_bool(x, y, elem_op) : -1;
      xdecref(x);
      xdecref(y);
      if (r < 0) {
        release_items(items);
        return Value();
      }
      all = r == 1;
    }
    release_items(items);
  }
  bool result = all;
  if (opn == kNe) result = !all;
  if (opn == kLt || opn == kGt) {
    if (all) {
      Value e = counter_richcompare(a, b, kEq);
      if (!e) return e;
      result = e == False();
      decref(e);
    }
  }
  return newref(boolean(result));
}

// ---------------------------------------------------------------- namedtuple
const char* const kKeywords[] = {"False", "None",   "True",    "and",    "as",       "assert", "async", "await",
                                 "break", "class",  "continue", "def",   "del",      "elif",   "else",  "except",
                                 "finally", "for",  "from",    "global", "if",       "import", "in",    "is",
                                 "lambda", "nonlocal", "not",  "or",     "pass",     "raise",  "return", "try",
                                 "while", "with",   "yield"};
// Whether s is a Python keyword (keyword.iskeyword).
bool is_keyword(const std::string& s) {
  for (const char* k : kKeywords)
    if (s == k) return true;
  return false;
}
// str.isidentifier() of s; -1 on error.
int is_identifier(Value s) {
  Value r = call_method(s, intern("isidentifier"), nullptr, 0);
  if (!r) return -1;
  int t = r == True();
  decref(r);
  return t;
}
// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)
Value col_namedtuple(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const pn[] = {"typename", "field_names", "rename", "defaults", "module"};
  Value a[5];
  if (!parse_args("namedtuple", args, nargs, kw, pn, 5, 2, a, 2)) return Value();
  Ref fields_seq;
  if (is_str(a[1])) {
    Value comma = make_str_ascii(","), space = make_str_ascii(" ");
    Value rargs[2] = {comma, space};
    Value r = call_method(a[1], intern("replace"), rargs, 2);
    decref(comma);
    decref(space);
    if (!r) return r;
    fields_seq = Ref(call_method(r, intern("split"), nullptr, 0));
    decref(r);
  } else {
    fields_seq = Ref(list_from_iterable(a[1]));
  }
  if (!fields_seq) return Value();
  std::vector<Ref> fields;
  int err = for_each(fields_seq.get(), [&](Value f) -> int {
    Value s = str(f);
    if (!s) return -1;
    fields.emplace_back(s);
    return 0;
  });
  if (err < 0) return Value();
  Ref tname(str(a[0]));
  if (!tname) return Value();
  int rename = a[2] ? is_true(a[2]) : 0;
  if (rename < 0) return Value();
  if (rename) {
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      std::string n = str_utf8(as_str(fields[i].get()));
      int id = is_identifier(fields[i].get());
      if (id < 0) return Value();
      bool dup = false;
      for (auto& s : seen) dup = dup || s == n;
      if (!id || is_keyword(n) || n.rfind('_', 0) == 0 || dup) fields[i] = Ref(make_str_utf8(std::string(1, '_').append(std::to_string(i))));
      seen.push_back(n);
    }
  }
  std::vector<Value> all{tname.get()};
  for (auto& f : fields) all.push_back(f.get());
  for (Value n : all) {
    int id = is_identifier(n);
    if (id < 0) return Value();
    Value r = repr(n);
    std::string rs = str_utf8_ref(as_str(r));
    decref(r);
    if (!id) return raise(ValueErrorType, "Type names and field names must be valid identifiers: " + rs);
    if (is_keyword(str_utf8(as_str(n)))) return raise(ValueErrorType, "Type names and field names cannot be a keyword: " + rs);
  }
  std::vector<std::string> names_;
  for (auto& f : fields) {
    std::string n = str_utf8(as_str(f.get()));
    Value r = repr(f.get());
    std::string rs = str_utf8_ref(as_str(r));
    decref(r);
    if (n.rfind('_', 0) == 0 && !rename) return raise(ValueErrorType, "Field names cannot start with an underscore: " + rs);
    for (auto& s : names_)
      if (s == n) return raise(ValueErrorType, "Encountered duplicate field name: " + rs);
    names_.push_back(n);
  }
  Ref defaults;
  if (a[3] && a[3] != None()) {
    defaults = Ref(tuple_from_iterable(a[3]));
    if (!defaults) return Value();
    if (as_tuple(defaults.get())->length > names_.size())
      return raise(TypeErrorType, "Got more default values than field names");
  }
  Value module = a[4] && a[4] != None() ? a[4] : Value();
  Ref modname;
  if (!module) {
    Frame* f = thread().current;
    Value g = f ? f->globals : Value();
    Value n = g ? dict_get_str(g, names.name) : Value();
    modname = Ref(n ? newref(n) : make_str_ascii("__main__"));
    module = modname.get();
  }
  return make_namedtuple_class(str_utf8(as_str(tname.get())), names_, defaults.get(), module);
}

// Readies the dict subclasses once.
void init_types() {
  static bool done = false;
  if (done) return;
  done = true;
  constexpr std::uint32_t kFlags = TF_BASETYPE | TF_DICT_SUBCLASS | TF_GC;
  Type* t = &g_defaultdict;
  type_init(t, "defaultdict", DictType, sizeof(DefaultDict), kFlags);
  t->module = "collections";
  t->dealloc = dd_dealloc;
  t->traverse = dd_traverse;
  t->init = dd_init;
  t->repr = dd_repr;
  t->binary[op(BinOp::Or)] = dd_or;
  t->hash = unhashable_qualified;
  type_add(t, "__hash__", newref(None()));
  add_method(t, "__missing__", dd_missing);
  add_method(t, "copy", dd_copy);
  add_method(t, "__copy__", dd_copy);
  add_getset(t, "default_factory", dd_get_factory, dd_set_factory);
  add_classmethod(t, "__class_getitem__", class_getitem);
  type_ready(t);

  t = &g_ordereddict;
  type_init(t, "OrderedDict", DictType, sizeof(Dict), kFlags);
  t->module = "collections";
  t->repr = od_repr;
  t->richcompare = od_richcompare;
  t->binary[op(BinOp::Or)] = od_or;
  t->hash = unhashable_qualified;
  type_add(t, "__hash__", newref(None()));
  add_method(t, "popitem", od_popitem);
  add_method(t, "move_to_end", od_move_to_end);
  add_classmethod(t, "__class_getitem__", class_getitem);
  add_method(t, "copy", od_copy);
  add_method(t, "__copy__", od_copy);
  type_ready(t);

  t = &g_counter;
  type_init(t, "Counter", DictType, sizeof(Dict), kFlags);
  t->module = "collections";
  t->init = counter_init;
  t->repr = counter_repr;
  t->setitem = counter_setitem;
  t->richcompare = counter_richcompare;
  t->binary[op(BinOp::Add)] = counter_add;
  t->binary[op(BinOp::Subtract)] = counter_sub;
  t->binary[op(BinOp::Or)] = counter_or;
  t->binary[op(BinOp::And)] = counter_and;
  t->inplace[op(BinOp::Add)] = counter_iadd;
  t->inplace[op(BinOp::Subtract)] = counter_isub;
  t->inplace[op(BinOp::Or)] = counter_ior;
  t->inplace[op(BinOp::And)] = counter_iand;
  t->positive = counter_pos;
  t->negative = counter_neg;
  add_method(t, "__missing__", counter_missing);
  add_method(t, "update", counter_update);
  add_method(t, "subtract", counter_subtract);
  add_method(t, "most_common", counter_most_common);
  add_method(t, "elements", counter_elements);
  add_method(t, "total", counter_total);
  add_method(t, "copy", counter_copy);
  add_method(t, "__copy__", counter_copy);
  add_classmethod(t, "fromkeys", counter_fromkeys);
  add_classmethod(t, "__class_getitem__", class_getitem);
  type_ready(t);
}

}  // namespace

// The collections module.
Value make_collections_module() {
  init_types();
  Value mod = new_module("collections");
  module_put(mod, "deque", newref(val(deque_type())));
  module_put(mod, "defaultdict", newref(val(&g_defaultdict)));
  module_put(mod, "OrderedDict", newref(val(&g_ordereddict)));
  module_put(mod, "Counter", newref(val(&g_counter)));
  module_put_fn(mod, "namedtuple", col_namedtuple);
  module_put(mod, "ChainMap", newref(val(chainmap_type())));
  return mod;
}

}  // namespace peppy::vm
