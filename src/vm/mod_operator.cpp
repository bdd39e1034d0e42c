// mod_operator.cpp: the operator module (built into the VM): the operators as functions
// (add, lt, not_, getitem, the in-place i* forms, their __dunder__ aliases, ...) over the
// object layer's generic operations, and the itemgetter, attrgetter and methodcaller
// types with CPython's reprs and argument errors.
#include <string>
#include <utility>
#include <vector>

#include "objects/core.hpp"
#include "vm/modules.hpp"
#include "vm/modutil.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

// ---------------------------------------------------------------- operator functions
// The binary number operators in bytecode::BinOp order, with their function names.
const char* const kBinNames[13] = {"add", "and_", "floordiv", "lshift", "matmul", "mul", "mod",
                                   "or_", "pow", "rshift", "sub", "truediv", "xor"};
const char* const kInplaceNames[13] = {"iadd", "iand", "ifloordiv", "ilshift", "imatmul", "imul", "imod",
                                       "ior", "ipow", "irshift", "isub", "itruediv", "ixor"};
const char* const kCmpNames[6] = {"lt", "le", "eq", "ne", "gt", "ge"};

// Checks a positional-only function's arguments ("add expected 2 arguments, got 1").
bool want(const char* name, std::size_t nargs, Tuple* kw, std::size_t min, std::size_t max) {
  if (kw && kw->length) {
    raise(TypeErrorType, std::string("_operator.") + name + "() takes no keyword arguments");
    return false;
  }
  return check_args(name, nargs, min, max);
}
// Checks a one-argument function's arguments ("_operator.neg() takes exactly one argument").
bool want1(const char* name, std::size_t nargs, Tuple* kw) {
  std::string q = std::string("_operator.") + name;
  if (kw && kw->length) {
    raise(TypeErrorType, q + "() takes no keyword arguments");
    return false;
  }
  return check_exact(q.c_str(), nargs, 1);
}

// add(a, b) ... xor(a, b)
template <int Op>
Value op_binary(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!want(kBinNames[Op], nargs, kw, 2, 2)) return Value();
  return binary_op(args[0], args[1], Op);
}
// iadd(a, b) ... ixor(a, b)
template <int Op>
Value op_inplace(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!want(kInplaceNames[Op], nargs, kw, 2, 2)) return Value();
  return binary_op(args[0], args[1], Op + 13);
}
// lt(a, b) ... ge(a, b)
template <int Op>
Value op_compare(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!want(kCmpNames[Op], nargs, kw, 2, 2)) return Value();
  return compare(args[0], args[1], Op);
}

// neg, pos, inv/invert, abs, not_, truth, index
Value op_neg(Value, const Value* a, std::size_t n, Tuple* kw) { return want1("neg", n, kw) ? unary_negative(a[0]) : Value(); }
// pos(a)
Value op_pos(Value, const Value* a, std::size_t n, Tuple* kw) { return want1("pos", n, kw) ? unary_positive(a[0]) : Value(); }
// inv(a): ~a
Value op_inv(Value, const Value* a, std::size_t n, Tuple* kw) { return want1("inv", n, kw) ? unary_invert(a[0]) : Value(); }
// invert(a): ~a
Value op_invert(Value, const Value* a, std::size_t n, Tuple* kw) {
  return want1("invert", n, kw) ? unary_invert(a[0]) : Value();
}
// abs(a)
Value op_abs(Value, const Value* a, std::size_t n, Tuple* kw) {
  if (!want1("abs", n, kw)) return Value();
  Value v = a[0];
  if (v.is_small()) return make_int(v.small_value() < 0 ? -v.small_value() : v.small_value());
  UnaryFn f = type_of(v)->absolute;
  if (!f) return raise(TypeErrorType, "bad operand type for abs(): '" + type_name(v) + "'");
  return f(v);
}
// not_(a)
Value op_not(Value, const Value* a, std::size_t n, Tuple* kw) {
  if (!want1("not_", n, kw)) return Value();
  int t = is_true(a[0]);
  return t < 0 ? Value() : newref(boolean(!t));
}
// truth(a)
Value op_truth(Value, const Value* a, std::size_t n, Tuple* kw) {
  if (!want1("truth", n, kw)) return Value();
  int t = is_true(a[0]);
  return t < 0 ? Value() : newref(boolean(t));
}
// index(a)
Value op_index(Value, const Value* a, std::size_t n, Tuple* kw) {
  if (!want1("index", n, kw)) return Value();
  return index_to_int(a[0]);
}
// is_(a, b), is_not(a, b)
Value op_is(Value, const Value* a, std::size_t n, Tuple* kw) {
  return want("is_", n, kw, 2, 2) ? newref(boolean(a[0] == a[1])) : Value();
}
// is_not(a, b)
Value op_is_not(Value, const Value* a, std::size_t n, Tuple* kw) {
  return want("is_not", n, kw, 2, 2) ? newref(boolean(a[0] != a[1])) : Value();
}
// contains(a, b): b in a
Value op_contains(Value, const Value* a, std::size_t n, Tuple* kw) {
  if (!want("contains", n, kw, 2, 2)) return Value();
  int r = contains(a[0], a[1]);
  return r < 0 ? Value() : newref(boolean(r));
}
// Iterates a for countOf/indexOf with the "argument of type ... is not iterable" message.
Value iter_for_search(Value a) {
  Value it = get_iter(a);
  if (!it && isinstance_type(current_error(), TypeErrorType)) {
    clear_error();
    return raise(TypeErrorType, "argument of type '" + type_name(a) + "' is not iterable");
  }
  return it;
}
// countOf(a, b): how many items of a are (or equal) b
Value op_countof(Value, const Value* a, std::size_t n, Tuple* kw) {
  if (!want("countOf", n, kw, 2, 2)) return Value();
  Value it = iter_for_search(a[0]);
  if (!it) return it;
  std::int64_t count = 0;
  for (Value x; (x = iter_next(it));) {
    int e = equal(x, a[1]);
    decref(x);
    if (e < 0) {
      decref(it);
      return Value();
    }
    count += e;
  }
  decref(it);
  return has_error() ? Value() : make_int(count);
}
// indexOf(a, b): the index of the first item of a that is (or equals) b
Value op_indexof(Value, const Value* a, std::size_t n, Tuple* kw) {
  if (!want("indexOf", n, kw, 2, 2)) return Value();
  Value it = iter_for_search(a[0]);
  if (!it) return it;
  std::int64_t i = 0;
  for (Value x; (x = iter_next(it)); ++i) {
    int e = equal(x, a[1]);
    decref(x);
    if (e != 0) {
      decref(it);
      return e < 0 ? Value() : make_int(i);
    }
  }
  decref(it);
  if (has_error()) return Value();
  return raise(ValueErrorType, "sequence.index(x): x not in sequence");
}
// getitem(a, b), setitem(a, b, c), delitem(a, b)
Value op_getitem(Value, const Value* a, std::size_t n, Tuple* kw) {
  return want("getitem", n, kw, 2, 2) ? getitem(a[0], a[1]) : Value();
}
// setitem(a, b, c): a[b] = c
Value op_setitem(Value, const Value* a, std::size_t n, Tuple* kw) {
  if (!want("setitem", n, kw, 3, 3) || setitem(a[0], a[1], a[2]) < 0) return Value();
  return newref(None());
}
// delitem(a, b): del a[b]
Value op_delitem(Value, const Value* a, std::size_t n, Tuple* kw) {
  if (!want("delitem", n, kw, 2, 2) || delitem(a[0], a[1]) < 0) return Value();
  return newref(None());
}
// Whether v supports the sequence protocol (CPython's PySequence_Check: items by index,
// not a dict).
bool is_sequence_like(Value v) { return !is_dict(v) && type_of(v)->getitem; }
// concat(a, b) / iconcat(a, b): the sequence's own concatenation, else + when both are
// sequences (CPython's PySequence_Concat / PySequence_InPlaceConcat).
Value concat_common(const char* name, const Value* a, std::size_t n, Tuple* kw, bool inplace) {
  if (!want(name, n, kw, 2, 2)) return Value();
  Type* t = type_of(a[0]);
  if (inplace && t->seq_inplace_concat) return t->seq_inplace_concat(a[0], a[1]);
  if (t->seq_concat) return t->seq_concat(a[0], a[1]);
  if (is_sequence_like(a[0]) && is_sequence_like(a[1])) return binary_op(a[0], a[1], inplace ? 13 : 0);
  return raise(TypeErrorType, "'" + type_name(a[0]) + "' object can't be concatenated");
}
// concat(a, b)
Value op_concat(Value, const Value* a, std::size_t n, Tuple* kw) { return concat_common("concat", a, n, kw, false); }
// iconcat(a, b)
Value op_iconcat(Value, const Value* a, std::size_t n, Tuple* kw) { return concat_common("iconcat", a, n, kw, true); }

// length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else default.
Value op_length_hint(Value, const Value* a, std::size_t n, Tuple* kw) {
  if (!want("length_hint", n, kw, 1, 2)) return Value();
  std::int64_t dflt = 0;
  if (n == 2) {
    if (!is_int(a[1])) return modutil::raise_not_integer(a[1]);
    if (!int_to_int64(a[1], dflt)) return raise(OverflowErrorType, "Python int too large to convert to C ssize_t");
  }
  if (type_of(a[0])->length) {
    std::int64_t len = length(a[0]);
    if (len >= 0) return make_int(len);
    if (!isinstance_type(current_error(), TypeErrorType)) return Value();
    clear_error();
  }
  bool found = false;
  Value r = call_special(a[0], names.length_hint, nullptr, 0, &found);
  if (!found) {
    if (has_error()) {
      if (!isinstance_type(current_error(), TypeErrorType)) return Value();
      clear_error();
    }
    return make_int(dflt);
  }
  if (!r) {
    if (!isinstance_type(current_error(), TypeErrorType)) return Value();
    clear_error();
    return make_int(dflt);
  }
  if (r == NotImplemented()) {
    decref(r);
    return make_int(dflt);
  }
  if (!is_int(r)) {
    std::string t = type_name(r);
    decref(r);
    return raise(TypeErrorType, "__length_hint__ must be an integer, not " + t);
  }
  if (int_sign(r) < 0) {
    decref(r);
    return raise(ValueErrorType, "__length_hint__() should return >= 0");
  }
  return r;
}

// call(obj, /, *args, **kwargs)
Value op_call(Value, const Value* a, std::size_t n, Tuple* kw) {
  if (n < 1) return raise(TypeErrorType, "call() missing 1 required positional argument: 'obj'");
  return call(a[0], a + 1, n - 1, kw);
}

// ---------------------------------------------------------------- itemgetter, attrgetter, methodcaller
// itemgetter(*items) / attrgetter(*names): the items (a tuple; for attrgetter each
// name is a tuple of its dotted parts as interned strs). methodcaller: name, args, kwargs.
struct Getter : Object {
  Value items;    // owned tuple
  Value display;  // owned tuple: the original arguments (for repr)
};
struct MethodCaller : Object {
  Value name;    // owned str
  Value args;    // owned tuple
  Value kwargs;  // owned dict
};
Type g_itemgetter, g_attrgetter, g_methodcaller;

// itemgetter(item, *items)
Value itemgetter_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("itemgetter", kw)) return Value();
  if (nargs < 1) return raise(TypeErrorType, "itemgetter expected 1 argument, got 0");
  Value g = alloc_instance(t);
  if (!g) return g;
  static_cast<Getter*>(g.obj())->items = make_tuple_from(args, nargs);
  static_cast<Getter*>(g.obj())->display = newref(static_cast<Getter*>(g.obj())->items);
  return g;
}
// itemgetter(...)(obj): obj[item] or a tuple of them
Value itemgetter_call(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("itemgetter", kw) || !check_args("itemgetter", nargs, 1, 1)) return Value();
  Tuple* items = as_tuple(static_cast<Getter*>(self.obj())->items);
  if (items->length == 1) return getitem(args[0], items->items[0]);
  Value out = make_tuple(items->length);
  for (std::size_t i = 0; i < items->length; ++i) {
    Value x = getitem(args[0], items->items[i]);
    if (!x) {
      for (std::size_t j = i; j < items->length; ++j) as_tuple(out)->items[j] = newref(None());
      decref(out);
      return x;
    }
    as_tuple(out)->items[i] = x;
  }
  return out;
}

// attrgetter(attr, *attrs): each name split at the dots
Value attrgetter_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("attrgetter", kw)) return Value();
  if (nargs < 1) return raise(TypeErrorType, "attrgetter expected 1 argument, got 0");
  Value items = make_tuple(nargs);
  for (std::size_t i = 0; i < nargs; ++i) as_tuple(items)->items[i] = newref(None());
  for (std::size_t i = 0; i < nargs; ++i) {
    if (!is_str(args[i])) {
      decref(items);
      return raise(TypeErrorType, "attribute name must be a string");
    }
    std::u32string_view text = str_view(as_str(args[i]));
    std::vector<Value> parts;
    std::size_t start = 0;
    for (;;) {
      std::size_t dot = text.find(U'.', start);
      std::u32string_view part = text.substr(start, dot == std::u32string_view::npos ? std::u32string_view::npos : dot - start);
      parts.push_back(val(intern(utf8_of(part))));
      if (dot == std::u32string_view::npos) break;
      start = dot + 1;
    }
    Value tup = make_tuple_from(parts.data(), parts.size());
    decref(as_tuple(items)->items[i]);
    as_tuple(items)->items[i] = tup;
  }
  Value g = alloc_instance(t);
  if (!g) {
    decref(items);
    return g;
  }
  static_cast<Getter*>(g.obj())->items = items;
  static_cast<Getter*>(g.obj())->display = make_tuple_from(args, nargs);
  return g;
}
// Follows one dotted attribute path from obj.
Value get_dotted(Value obj, Value parts) {
  Tuple* p = as_tuple(parts);
  Value cur = newref(obj);
  for (std::size_t i = 0; i < p->length; ++i) {
    Value next = getattr(cur, as_str(p->items[i]));
    decref(cur);
    if (!next) return next;
    cur = next;
  }
  return cur;
}
// attrgetter(...)(obj)
Value attrgetter_call(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("attrgetter", kw) || !check_args("attrgetter", nargs, 1, 1)) return Value();
  Tuple* items = as_tuple(static_cast<Getter*>(self.obj())->items);
  if (items->length == 1) return get_dotted(args[0], items->items[0]);
  Value out = make_tuple(items->length);
  for (std::size_t i = 0; i < items->length; ++i) {
    Value x = get_dotted(args[0], items->items[i]);
    if (!x) {
      for (std::size_t j = i; j < items->length; ++j) as_tuple(out)->items[j] = newref(None());
      decref(out);
      return x;
    }
    as_tuple(out)->items[i] = x;
  }
  return out;
}

// repr: "operator.itemgetter(1, 'a')" / "operator.attrgetter('a.b')"
Value getter_repr(Value self) {
  const char* name = type_of(self) == &g_itemgetter ? "itemgetter" : "attrgetter";
  if (repr_enter(self)) return make_str_utf8(std::string(name) + "(...)");
  Tuple* d = as_tuple(static_cast<Getter*>(self.obj())->display);
  std::string s = std::string("operator.") + name + "(";
  for (std::size_t i = 0; i < d->length; ++i) {
    Value r = repr(d->items[i]);
    if (!r) {
      repr_leave(self);
      return r;
    }
    if (i) s += ", ";
    s += str_utf8_ref(as_str(r));
    decref(r);
  }
  repr_leave(self);
  return make_str_utf8(s + ")");
}
// Frees an itemgetter/attrgetter.
void getter_dealloc(Object* o) {
  decref(static_cast<Getter*>(o)->items);
  decref(static_cast<Getter*>(o)->display);
  free_instance(o);
}
// Visits a getter's references.
void getter_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  visit(static_cast<Getter*>(o)->items, arg);
  visit(static_cast<Getter*>(o)->display, arg);
}

// methodcaller(name, /, *args, **kwargs)
Value methodcaller_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  if (nargs < 1) return raise(TypeErrorType, "methodcaller needs at least one argument, the method name");
  if (!is_str(args[0])) return raise(TypeErrorType, "method name must be a string");
  Value kwargs = make_dict();
  std::size_t nkw = kw ? kw->length : 0;
  for (std::size_t i = 0; i < nkw; ++i) dict_set(kwargs, kw->items[i], args[nargs + i]);
  Value m = alloc_instance(t);
  if (!m) {
    decref(kwargs);
    return m;
  }
  auto* mc = static_cast<MethodCaller*>(m.obj());
  mc->name = val(intern(str_utf8_ref(as_str(args[0]))));
  incref(mc->name);
  mc->args = make_tuple_from(args + 1, nargs - 1);
  mc->kwargs = kwargs;
  return m;
}
// methodcaller(...)(obj): obj.name(*args, **kwargs)
Value methodcaller_call(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("methodcaller", kw) || !check_args("methodcaller", nargs, 1, 1)) return Value();
  auto* mc = static_cast<MethodCaller*>(self.obj());
  Value method = getattr(args[0], as_str(mc->name));
  if (!method) return method;
  Tuple* a = as_tuple(mc->args);
  Dict* d = as_dict(mc->kwargs);
  std::vector<Value> buf(a->items, a->items + a->length);
  Value kwnames = Value();
  if (d->used) {
    kwnames = make_tuple(d->used);
    std::size_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(d, pos, k, v)) {
      as_tuple(kwnames)->items[i++] = newref(k);
      buf.push_back(v);
    }
  }
  Value r = call(method, buf.data(), a->length, kwnames ? as_tuple(kwnames) : nullptr);
  xdecref(kwnames);
  decref(method);
  return r;
}
// repr: "operator.methodcaller('f', 1, k=2)"
Value methodcaller_repr(Value self) {
  auto* mc = static_cast<MethodCaller*>(self.obj());
  if (repr_enter(self)) return make_str_ascii("operator.methodcaller(...)");
  std::string s = "operator.methodcaller(";
  bool ok = true;
  auto add = [&](Value v) {
    Value r = repr(v);
    if (!r) return ok = false;
    s += str_utf8_ref(as_str(r));
    decref(r);
    return true;
  };
  add(mc->name);
  Tuple* a = as_tuple(mc->args);
  for (std::size_t i = 0; ok && i < a->length; ++i) {
    s += ", ";
    add(a->items[i]);
  }
  std::size_t pos = 0;
  Value k, v;
  while (ok && dict_next(as_dict(mc->kwargs), pos, k, v)) {
    s += ", " + str_utf8_ref(as_str(k)) + "=";
    add(v);
  }
  repr_leave(self);
  if (!ok) return Value();
  return make_str_utf8(s + ")");
}
// Frees a methodcaller.
void methodcaller_dealloc(Object* o) {
  auto* mc = static_cast<MethodCaller*>(o);
  decref(mc->name);
  decref(mc->args);
  decref(mc->kwargs);
  free_instance(o);
}
// Visits a methodcaller's references.
void methodcaller_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  visit(static_cast<MethodCaller*>(o)->args, arg);
  visit(static_cast<MethodCaller*>(o)->kwargs, arg);
}

// Sets up the three callable types once.
void init_operator_types() {
  static bool done = false;
  if (done) return;
  done = true;
  struct Spec {
    Type* t;
    const char* name;
    std::size_t size;
    decltype(Type::new_fn) new_fn;
    CallFn call;
    UnaryFn repr;
    DeallocFn dealloc;
    TraverseFn traverse;
  };
  const Spec specs[] = {
      {&g_itemgetter, "itemgetter", sizeof(Getter), itemgetter_new, itemgetter_call, getter_repr, getter_dealloc,
       getter_traverse},
      {&g_attrgetter, "attrgetter", sizeof(Getter), attrgetter_new, attrgetter_call, getter_repr, getter_dealloc,
       getter_traverse},
      {&g_methodcaller, "methodcaller", sizeof(MethodCaller), methodcaller_new, methodcaller_call, methodcaller_repr,
       methodcaller_dealloc, methodcaller_traverse},
  };
  for (const Spec& s : specs) {
    type_init(s.t, s.name, ObjectType, s.size, TF_GC);
    s.t->module = "operator";
    s.t->new_fn = s.new_fn;
    s.t->call = s.call;
    s.t->repr = s.repr;
    s.t->dealloc = s.dealloc;
    s.t->traverse = s.traverse;
    type_ready(s.t);
  }
}

// Adds fn as module.name and module.__name__ (the dunder alias; "and_" gives "__and__").
void put_both(Value mod, const char* name, NativeFn fn) {
  module_put_fn(mod, name, fn);
  std::string n = name;
  if (n.back() == '_') n.pop_back();
  std::string dunder = "__" + n + "__";
  module_put(mod, dunder.c_str(), make_builtin_function(name, fn));
}

// Adds the binary and in-place operator functions.
template <int... I>
void put_binaries(Value mod, std::integer_sequence<int, I...>) {
  (put_both(mod, kBinNames[I], op_binary<I>), ...);
  (put_both(mod, kInplaceNames[I], op_inplace<I>), ...);
}
// Adds the comparison functions.
template <int... I>
void put_compares(Value mod, std::integer_sequence<int, I...>) {
  (put_both(mod, kCmpNames[I], op_compare<I>), ...);
}

}  // namespace

// The operator module.
Value make_operator_module() {
  init_operator_types();
  Value mod = new_module("operator");
  put_binaries(mod, std::make_integer_sequence<int, 13>());
  put_compares(mod, std::make_integer_sequence<int, 6>());
  struct Fn {
    const char* name;
    NativeFn fn;
    bool dunder;
  };
  const Fn fns[] = {
      {"neg", op_neg, true},         {"pos", op_pos, true},         {"inv", op_inv, true},
      {"invert", op_invert, true},   {"abs", op_abs, true},         {"not_", op_not, true},
      {"truth", op_truth, false},    {"index", op_index, true},     {"is_", op_is, false},
      {"is_not", op_is_not, false},  {"contains", op_contains, true}, {"countOf", op_countof, false},
      {"indexOf", op_indexof, false}, {"getitem", op_getitem, true}, {"setitem", op_setitem, true},
      {"delitem", op_delitem, true}, {"concat", op_concat, true},   {"iconcat", op_iconcat, true},
      {"length_hint", op_length_hint, false}, {"call", op_call, true},
  };
  for (const Fn& f : fns) {
    if (f.dunder)
      put_both(mod, f.name, f.fn);
    else
      module_put_fn(mod, f.name, f.fn);
  }
  module_put(mod, "itemgetter", newref(val(&g_itemgetter)));
  module_put(mod, "attrgetter", newref(val(&g_attrgetter)));
  module_put(mod, "methodcaller", newref(val(&g_methodcaller)));
  return mod;
}

}  // namespace peppy::vm
