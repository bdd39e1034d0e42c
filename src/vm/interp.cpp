// interp.cpp: the interpreter loop. One function, run(), executes frames on the
// thread's frame stack: Python-to-Python calls push a frame and go on in the same loop
// (no native recursion); returning pops it. Dispatch is computed goto over a label
// table expanded from opcodes.def (a switch when the compiler lacks labels-as-values).
// The bytecode was verified before it got here (bytecode/verify), so operands are in
// range and the stack never underflows; the loop does not check them again.
//
// Errors: an operation that fails sets the current exception and the loop goes to
// `error`, which adds a traceback entry and unwinds through the code's exception table
// (handlers) and then the frames.
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "limits.hpp"
#include "objects/core.hpp"
#include "objects/exc_group.hpp"
#include "objects/gc.hpp"
#include "vm/import.hpp"
#include "vm/mod_support.hpp"
#include "vm/runtime.hpp"

namespace peppy::vm {

using namespace objects;

// exec.cpp: a frame's locals mapping when it is not an exact dict
Value ns_lookup(Value ns, Str* name);
int ns_store(Value ns, Str* name, Value v);
int ns_delete(Value ns, Str* name);
using bytecode::Op;
using bytecode::Word;

Frame* setup_call(Thread& t, Function* fn, const Value* args, std::size_t nargs, Tuple* kwnames);

// Helpers of some opcodes (support.cpp).
int dict_merge_unique(Value dict, Value other, Value callable);
Value call_ex(Value callable, Value self, Value args, Value kwargs);
// The async opcodes' helpers (generator.cpp).
Value get_awaitable(Value x, std::uint32_t where);
Value get_aiter(Value x);
Value get_anext(Value aiter);
Value before_async_with(Value mgr, Value* exit);
Value async_gen_wrap(Value v);

namespace {

// The exception-table entry that handles instruction `at`, or null.
const bytecode::ExceptionEntry* find_handler(const bytecode::Code& code, std::uint32_t at) {
  const bytecode::ExceptionEntry* best = nullptr;
  for (const auto& e : code.exception_table)
    if (e.start <= at && at < e.end && (!best || e.start >= best->start)) best = &e;
  return best;
}

// Adds a traceback entry for frame f at instruction `at` to the current exception.
void add_traceback(Frame* f, std::uint32_t at) {
  Value exc = current_error();
  if (!exc.is_object() || !isinstance_type(exc, BaseExceptionType)) return;
  auto* e = static_cast<objects::Exception*>(exc.obj());
  auto* tb = new Traceback();
  tb->type = TracebackType;
  tb->next = e->traceback;  // takes over the reference
  tb->code = f->co;
  incref(Value::object(f->co));
  tb->lasti = at;
  const auto& pos = f->co->code->positions;
  tb->lineno = at < pos.size() ? pos[at].lineno : -1;
  e->traceback = Value::object(tb);
}

// Chains a newly raised exception to `handled` (__context__), as CPython does when an
// exception is raised inside an except or finally block.
void chain_context_with(Value handled) {
  if (!handled) return;
  Value exc = current_error();
  if (!exc.is_object() || exc == handled || !isinstance_type(exc, BaseExceptionType)) return;
  auto* e = static_cast<objects::Exception*>(exc.obj());
  if (e->context) return;
  // Avoid a cycle: cut the chain where it would come back to exc.
  Value o = handled;
  while (o.is_object() && isinstance_type(o, BaseExceptionType)) {
    auto* oe = static_cast<objects::Exception*>(o.obj());
    if (oe->context == exc) {
      decref(oe->context);
      oe->context = Value();
      break;
    }
    o = oe->context;
  }
  e->context = newref(handled);
}

// Chains a new exception to the one being handled (the innermost one).
void chain_context(Thread& t) { chain_context_with(handled_exception(t)); }

// NameError for a missing global or name.
void name_error(Str* name) {
  raise(NameErrorType, "name '" + str_utf8(name) + "' is not defined");
}

// A Python-level exception instance from what `raise X` names (a class or an
// instance); null with TypeError set otherwise.
Value make_exception(Value x) {
  if (x.is_object() && type_of(x) != nullptr && isinstance_type(x, TypeType) &&
      is_subtype(static_cast<Type*>(x.obj()), BaseExceptionType)) {
    return call(x, nullptr, 0, nullptr);
  }
  if (isinstance_type(x, BaseExceptionType)) return newref(x);
  return raise(TypeErrorType, "exceptions must derive from BaseException");
}

// `raise` (RAISE_VARARGS): sets the exception; returns true for a bare re-raise (no
// new traceback entry, as CPython).
bool do_raise(Thread& t, Value exc, Value cause) {
  if (exc.is_null()) {
    if (!handled_exception(t)) {
      raise(RuntimeErrorType, "No active exception to reraise");
      return false;
    }
    set_error(handled_exception(t));
    return true;
  }
  Value e = make_exception(exc);
  if (!e) return false;
  if (cause) {
    Value c;
    if (cause == None()) {
      c = Value();
    } else {
      c = make_exception(cause);
      if (!c) {
        decref(e);
        clear_error();
        raise(TypeErrorType, "exception causes must derive from BaseException");
        return false;
      }
    }
    auto* ee = static_cast<objects::Exception*>(e.obj());
    decref(ee->cause);
    ee->cause = c;
    ee->suppress_context = true;
  }
  set_error(e);
  decref(e);
  return false;
}

// isinstance(exc, t) for `except t:` (t a class or a tuple of classes).
int vm_exception_matches(Value exc, Value t) {
  if (isinstance_type(t, TupleType)) {
    auto* tp = static_cast<Tuple*>(t.obj());
    for (std::size_t i = 0; i < tp->length; ++i) {
      int r = vm_exception_matches(exc, tp->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  if (!isinstance_type(t, TypeType) || !is_subtype(static_cast<Type*>(t.obj()), BaseExceptionType)) {
    raise(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return isinstance_type(exc, static_cast<Type*>(t.obj())) ? 1 : 0;
}

// The items of an iterable for unpacking into `n` targets (UNPACK_SEQUENCE), pushed in
// reverse onto sp. Returns the new sp, or null with an error set.
Value* unpack(Value seq, std::size_t n, Value* sp) {
  if (type_of(seq) == TupleType || type_of(seq) == ListType) {
    std::size_t len = type_of(seq) == TupleType ? static_cast<Tuple*>(seq.obj())->length
                                                 : static_cast<objects::List*>(seq.obj())->length;
    Value* items = type_of(seq) == TupleType ? static_cast<Tuple*>(seq.obj())->items
                                              : static_cast<objects::List*>(seq.obj())->items;
    if (len != n) {
      if (len < n)
        raise(ValueErrorType, "not enough values to unpack (expected " + std::to_string(n) + ", got " + std::to_string(len) + ")");
      else
        raise(ValueErrorType, "too many values to unpack (expected " + std::to_string(n) + ")");
      return nullptr;
    }
    for (std::size_t i = n; i-- > 0;) *sp++ = newref(items[i]);
    return sp;
  }
  Value it = get_iter(seq);
  if (!it) {
    if (has_error() && isinstance_type(current_error(), TypeErrorType)) {
      clear_error();
      raise(TypeErrorType, "cannot unpack non-iterable " + type_of(seq)->name + " object");
    }
    return nullptr;
  }
  std::vector<Value> got;
  for (std::size_t i = 0; i < n; ++i) {
    Value v = iter_next(it);
    if (!v) {
      for (Value g : got) decref(g);
      decref(it);
      if (!has_error())
        raise(ValueErrorType, "not enough values to unpack (expected " + std::to_string(n) + ", got " + std::to_string(i) + ")");
      return nullptr;
    }
    got.push_back(v);
  }
  Value extra = iter_next(it);
  decref(it);
  if (extra || has_error()) {
    decref(extra);
    for (Value g : got) decref(g);
    if (!has_error()) raise(ValueErrorType, "too many values to unpack (expected " + std::to_string(n) + ")");
    return nullptr;
  }
  for (std::size_t i = n; i-- > 0;) *sp++ = got[i];
  return sp;
}

// UNPACK_EX: `before` targets, a starred list, `after` targets.
Value* unpack_ex(Value seq, std::size_t before, std::size_t after, Value* sp) {
  Value it = get_iter(seq);
  if (!it) {
    if (has_error() && isinstance_type(current_error(), TypeErrorType)) {
      clear_error();
      raise(TypeErrorType, "cannot unpack non-iterable " + type_of(seq)->name + " object");
    }
    return nullptr;
  }
  std::vector<Value> all;
  for (;;) {
    Value v = iter_next(it);
    if (!v) break;
    all.push_back(v);
  }
  decref(it);
  if (has_error()) {
    for (Value g : all) decref(g);
    return nullptr;
  }
  if (all.size() < before + after) {
    for (Value g : all) decref(g);
    raise(ValueErrorType, "not enough values to unpack (expected at least " + std::to_string(before + after) + ", got " +
                              std::to_string(all.size()) + ")");
    return nullptr;
  }
  const std::size_t mid = all.size() - before - after;
  Value list = make_list(mid);
  if (!list) {
    for (Value g : all) decref(g);
    return nullptr;
  }
  for (std::size_t i = 0; i < mid; ++i) static_cast<objects::List*>(list.obj())->items[i] = all[before + i];
  for (std::size_t i = after; i-- > 0;) *sp++ = all[before + mid + i];
  *sp++ = list;
  for (std::size_t i = before; i-- > 0;) *sp++ = all[i];
  return sp;
}

// The string of FORMAT_VALUE: conversion then format(value, spec).
Value format_value(Value v, std::uint32_t flags, Value spec) {
  Value conv;
  switch (flags & bytecode::kFormatConvMask) {
    case bytecode::kFormatStr: conv = objects::str(v); break;
    case bytecode::kFormatRepr: conv = repr(v); break;
    case bytecode::kFormatAscii: conv = ascii_repr(v); break;
    default: conv = newref(v); break;
  }
  if (!conv) return conv;
  if (!spec && type_of(conv) == StrType) return conv;
  Value empty;
  if (!spec) empty = make_str(U"");
  Value r = format(conv, spec ? spec : empty);
  decref(empty);
  decref(conv);
  return r;
}

// Runs a class body (__build_class__'s first argument) with `ns` as its locals.
// Returns the body's result (None or the __class__ cell), new; null on error.
Value run_class_body(Function* fn, Value ns) {
  Thread& t = thread();
  if (t.depth >= t.recursion_limit) return raise(RecursionErrorType, "maximum recursion depth exceeded");
  Frame* f = push_frame(t, fn->code);
  if (!f) return Value();
  f->func = fn;
  incref(Value::object(fn));
  f->globals = fn->globals;
  f->builtins = fn->builtins;
  f->locals = newref(ns);
  CodeObject* co = fn->code;
  Value* slots = f->localsplus();
  for (std::uint32_t i = 0; i < co->ncells; ++i) slots[co->nlocals + i] = make_cell(Value());
  if (co->nfrees) {
    auto* closure = static_cast<Tuple*>(fn->closure.obj());
    for (std::uint32_t i = 0; i < co->nfrees; ++i) slots[co->nlocals + co->ncells + i] = newref(closure->items[i]);
  }
  f->is_entry = true;
  ++t.native_depth;
  Value r = run(t, f);
  --t.native_depth;
  return r;
}

// __build_class__(func, name, *bases, metaclass=None, **kwds)
Value build_class_impl(const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (nargs < 2 || type_of(args[0]) != FunctionType)
    return raise(TypeErrorType, "__build_class__: func must be a function");
  Value name = args[1];
  Value bases = make_tuple_from(args + 2, nargs - 2);
  if (!bases) return bases;
  Value meta;
  std::vector<Value> kwvals;
  std::vector<Value> kwkeys;
  if (kwnames) {
    for (std::size_t i = 0; i < kwnames->length; ++i) {
      if (equal(kwnames->items[i], Value::object(intern("metaclass"))) == 1) {
        meta = args[nargs + i];
      } else {
        kwkeys.push_back(kwnames->items[i]);
        kwvals.push_back(args[nargs + i]);
      }
    }
  }
  if (!meta || is_type(meta)) {
    // the most derived of the metaclass and the bases' metaclasses
    auto* bt = static_cast<Tuple*>(bases.obj());
    Type* winner = meta ? static_cast<Type*>(meta.obj()) : TypeType;
    for (std::size_t i = 0; i < bt->length; ++i) {
      Type* m = type_of(bt->items[i]);
      if (is_subtype(winner, m)) continue;
      if (is_subtype(m, winner)) {
        winner = m;
        continue;
      }
      decref(bases);
      return raise(TypeErrorType,
                   "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                   "metaclasses of all its bases");
    }
    meta = Value::object(winner);
  }
  // the namespace: meta.__prepare__(name, bases, **kwds), or a dict
  Value ns;
  Value prepare = getattr_or_null(meta, intern("__prepare__"));
  if (prepare) {
    std::vector<Value> pargs = {name, bases};
    for (Value v : kwvals) pargs.push_back(v);
    Value pkw = kwkeys.empty() ? Value() : make_tuple_from(kwkeys.data(), kwkeys.size());
    ns = call(prepare, pargs.data(), 2, pkw ? static_cast<Tuple*>(pkw.obj()) : nullptr);
    decref(pkw);
    decref(prepare);
    if (ns && !is_dict(ns) && !type_of(ns)->getitem) {
      std::string mname = is_type(meta) ? static_cast<Type*>(meta.obj())->name : std::string("<metaclass>");
      raise(TypeErrorType, mname + ".__prepare__() must return a mapping, not " + type_of(ns)->name);
      decref(ns);
      ns = Value();
    }
  } else if (!has_error()) {
    ns = make_dict();
  }
  if (!ns) {
    decref(bases);
    return ns;
  }
  Value cell = run_class_body(static_cast<Function*>(args[0].obj()), ns);
  if (!cell) {
    decref(ns);
    decref(bases);
    return cell;
  }
  std::vector<Value> margs = {name, bases, ns};
  Value kwn;
  for (Value v : kwvals) margs.push_back(v);
  if (!kwkeys.empty()) kwn = make_tuple_from(kwkeys.data(), kwkeys.size());
  Value cls = call(meta, margs.data(), 3, kwn ? static_cast<Tuple*>(kwn.obj()) : nullptr);
  decref(kwn);
  if (cls && type_of(cell) == CellType) {
    auto* c = static_cast<objects::Cell*>(cell.obj());
    decref(c->value);
    c->value = newref(cls);
  }
  decref(cell);
  decref(ns);
  decref(bases);
  return cls;
}

// Looks up a special method on the type of `obj` (not on the instance), bound to obj.
Value special_method(Value obj, const char* name) {
  Value d = lookup_in_mro(type_of(obj), intern(name));
  if (!d) return Value();
  Type* dt = type_of(d);
  if (dt->descr_get) return dt->descr_get(d, obj, Value::object(type_of(obj)));
  return newref(d);
}

// MATCH_KEYS: the values of `keys` in the mapping `subject` (a tuple), or None if one is
// missing; ValueError for a key listed twice.
Value match_keys(Value subject, Value keys) {
  auto* kt = static_cast<Tuple*>(keys.obj());
  Value values = make_tuple(kt->length);
  if (!values) return values;
  auto* vt = static_cast<Tuple*>(values.obj());
  for (std::size_t i = 0; i < kt->length; ++i) vt->items[i] = newref(None());
  for (std::size_t i = 0; i < kt->length; ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      int e = equal(kt->items[i], kt->items[j]);
      if (e < 0) {
        decref(values);
        return Value();
      }
      if (e) {
        Value r = repr(kt->items[i]);
        raise(ValueErrorType, "mapping pattern checks duplicate key (" + (r ? str_utf8(static_cast<Str*>(r.obj())) : "?") + ")");
        decref(r);
        decref(values);
        return Value();
      }
    }
    Value v;
    if (is_dict(subject)) {  // dict.get: no __missing__ (defaultdict, Counter), as CPython's .get(key, dummy)
      v = dict_get(subject, kt->items[i]);
      if (!v && has_error()) {
        decref(values);
        return Value();
      }
      v = v ? newref(v) : Value();
    } else {
      v = getitem(subject, kt->items[i]);
      if (!v) {
        if (!isinstance_type(current_error(), KeyErrorType)) {
          decref(values);
          return Value();
        }
        clear_error();
      }
    }
    if (!v) {
      decref(values);
      return newref(None());
    }
    decref(vt->items[i]);
    vt->items[i] = v;
  }
  return values;
}

// MATCH_CLASS: isinstance(subject, cls) and the attributes the pattern names (the
// positional ones through __match_args__), as a tuple; None when it does not match.
Value match_class(Value subject, Value cls, std::uint32_t npos, Value names) {
  if (!is_type(cls)) return raise(TypeErrorType, "called match pattern must be a class");
  Type* ct = static_cast<Type*>(cls.obj());
  if (!isinstance_type(subject, ct)) return newref(None());
  std::vector<Value> attr_names;
  bool self_match = false;
  if (npos > 0) {
    Value match_args = getattr_or_null(cls, intern("__match_args__"));
    if (has_error()) return Value();
    if (match_args) {
      if (!is_tuple(match_args)) {
        raise(TypeErrorType, ct->name + ".__match_args__ must be a tuple (got " + type_of(match_args)->name + ")");
        decref(match_args);
        return Value();
      }
      auto* mt = static_cast<Tuple*>(match_args.obj());
      if (npos > mt->length) {
        raise(TypeErrorType, ct->name + "() accepts " + std::to_string(mt->length) + " positional sub-pattern" +
                                 (mt->length == 1 ? "" : "s") + " (" + std::to_string(npos) + " given)");
        decref(match_args);
        return Value();
      }
      for (std::size_t i = 0; i < npos; ++i) attr_names.push_back(mt->items[i]);
      decref(match_args);
    } else {
      static Type* const* self_matching[] = {&BoolType, &BytesType, &DictType, &FloatType, &FrozenSetType,
                                             &IntType, &ListType, &SetType, &StrType, &TupleType};
      for (Type* const* t : self_matching)
        if (is_subtype(ct, *t)) self_match = true;
      if (!self_match || npos > 1) {
        raise(TypeErrorType, ct->name + "() accepts " + std::string(self_match ? "1" : "0") + " positional sub-pattern" +
                                 (self_match ? "" : "s") + " (" + std::to_string(npos) + " given)");
        return Value();
      }
    }
  }
  auto* nt = static_cast<Tuple*>(names.obj());
  for (std::size_t i = 0; i < nt->length; ++i) attr_names.push_back(nt->items[i]);
  Value out = make_tuple((self_match ? 1 : 0) + attr_names.size());
  if (!out) return out;
  auto* ot = static_cast<Tuple*>(out.obj());
  std::size_t k = 0;
  if (self_match) ot->items[k++] = newref(subject);
  for (std::size_t i = 0; i < attr_names.size(); ++i) ot->items[k + i] = newref(None());
  for (std::size_t i = 0; i < attr_names.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (equal(attr_names[i], attr_names[j]) == 1) {
        raise(TypeErrorType, ct->name + "() got multiple sub-patterns for attribute '" +
                                 str_utf8(static_cast<Str*>(attr_names[i].obj())) + "'");
        decref(out);
        return Value();
      }
    }
    Value v = getattr_or_null(subject, static_cast<Str*>(attr_names[i].obj()));
    if (!v) {
      decref(out);
      if (has_error()) return Value();
      return newref(None());
    }
    decref(ot->items[k + i]);
    ot->items[k + i] = v;
  }
  return out;
}

// BUILD_STRING: the n strs at items, joined.
Value concat_strs(const Value* items, std::size_t n) {
  std::size_t total = 0;
  for (std::size_t i = 0; i < n; ++i) total += static_cast<Str*>(items[i].obj())->length;
  std::u32string text;
  text.reserve(total);
  for (std::size_t i = 0; i < n; ++i) {
    auto* s = static_cast<Str*>(items[i].obj());
    text.append(s->data, s->length);
  }
  return make_str(text);
}

// ---- the attribute inline caches (CodeObject::AttrCache)

// The attribute cache entry of instruction `at` of co (the array is made on first use).
inline CodeObject::AttrCache& attr_cache_at(CodeObject* co, std::uint32_t at) {
  if (!co->attr_cache) co->attr_cache.reset(new CodeObject::AttrCache[co->code->code.size()]);
  return co->attr_cache[at];
}

// The __dict__ of an instance whose type has a dict offset (null: none made yet).
inline Dict* instance_dict(Object* o, Type* tp) {
  return *reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + tp->dict_offset);
}

// Whether the instance dict d (may be null) lacks the str key `name`: most often told
// by one probe of its index table (an empty slot where the name's hash starts).
inline bool dict_lacks_name(Dict* d, Str* name) {
  if (!d || d->used == 0 || !d->indices) return true;
  if (name->hash != -1) {
    const std::int32_t ix = d->indices[static_cast<std::size_t>(name->hash) & d->mask];
    if (ix == -1) return true;  // (dict.cpp's kEmpty)
    if (ix >= 0 && d->entries[ix].key.obj() == name) return false;
  }
  return dict_lookup_index(d, name) < 0;
}

// The way of ac that holds type tp (valid at the current type epoch), or -1.
inline int attr_cache_way(const CodeObject::AttrCache& ac, Type* tp) {
  if (ac.epoch != g_type_epoch) return -1;
  for (int i = 0; i < CodeObject::kAttrWays; ++i)
    if (ac.type[i] == tp) return i;
  return -1;
}

// A way of ac for type tp to fill: its own, else the next one round robin (all of them
// are dropped first when the type epoch moved on).
int attr_cache_claim(CodeObject::AttrCache& ac, Type* tp) {
  if (ac.epoch != g_type_epoch) {
    ac = CodeObject::AttrCache();
    ac.epoch = g_type_epoch;
  }
  for (int i = 0; i < CodeObject::kAttrWays; ++i)
    if (ac.type[i] == tp) return i;
  const int w = static_cast<int>(ac.next++ % CodeObject::kAttrWays);
  ac.type[w] = tp;
  return w;
}

// After a slow LOAD_ATTR or STORE_ATTR of `name` on obj: remembers where the attribute
// is when it lives in the instance's __dict__ under the default attribute protocol and
// no data descriptor of the type takes the name.
void fill_instance_attr_cache(CodeObject::AttrCache& ac, Value obj, Str* name, bool store) {
  if (!obj.is_object()) return;
  Type* tp = obj.obj()->type;
  if (!tp->dict_offset) return;
  if (store ? (tp->setattr && tp->setattr != generic_setattr) : (tp->getattr && tp->getattr != generic_getattr)) return;
  Value descr = lookup_in_mro(tp, name);
  if (descr && type_of(descr)->descr_set) return;
  Dict* d = instance_dict(obj.obj(), tp);
  if (!d) return;
  const std::int64_t ix = dict_lookup_index(d, name);
  if (ix < 0 || d->entries[ix].key.obj() != name) return;
  ac.u[attr_cache_claim(ac, tp)].index = ix;
}

// After a LOAD_METHOD that found a method descriptor `descr` on obj's type (not shadowed
// by the instance): remembers it for obj's type.
void fill_method_cache(CodeObject::AttrCache& ac, Type* tp, Value descr) {
  ac.u[attr_cache_claim(ac, tp)].descr = descr.obj();
}

// The call fast path: a frame for fn (simple_args, nargs == its argcount, not a
// generator) on the frame stack, taking over the references of fn and of args[0..nargs)
// (the caller's stack slots, which the caller then drops without decref). Returns null,
// having taken nothing, when the frame stack or the recursion limit is reached (the
// caller takes the general path, which raises).
inline Frame* push_simple_frame(Thread& t, Function* fn, Value* args, std::uint32_t nargs) {
  CodeObject* co = fn->code;
  if (t.depth >= t.recursion_limit || static_cast<std::size_t>(t.limit - t.top) < co->frame_size) return nullptr;
  Frame* f = new (t.top) Frame();
  t.top += co->frame_size;
  f->co = co;
  f->func = fn;
  f->globals = fn->globals;
  f->builtins = fn->builtins;
  Value* slots = f->localsplus();
  std::uint32_t i = 0;
  for (; i < nargs; ++i) slots[i] = args[i];
  for (; i < co->nlocalsplus; ++i) slots[i] = Value();
  f->sp = slots + co->nlocalsplus;
  return f;
}

// The interned "__init__".
Str* init_name() {
  static Str* const name = intern("__init__");
  return name;
}

// CALL of a class that can be made inline: a heap class of metaclass type, made by
// object.__new__, with a Python __init__ (not a generator). Returns that __init__
// (borrowed), or null.
Function* inline_init_of(Value callable) {
  if (!callable.is_object() || callable.obj()->type != TypeType) return nullptr;
  auto* ct = static_cast<Type*>(callable.obj());
  if (!(ct->flags & TF_HEAPTYPE) || ct->new_fn != object_new) return nullptr;
  Value init = lookup_in_mro(ct, init_name());
  if (!init || type_of(init) != FunctionType) return nullptr;
  auto* fn = static_cast<Function*>(init.obj());
  if (fn->code->code->flags & (bytecode::CO_GENERATOR | bytecode::CO_COROUTINE | bytecode::CO_ASYNC_GENERATOR))
    return nullptr;
  return fn;
}

// The TypeError of an __init__ that returned something else than None.
void init_returned_error(Value r) {
  raise(TypeErrorType, "__init__() should return None, not '" + type_of(r)->name + "'");
}

}  // namespace

// The built-in __build_class__ (called by `class` statements through LOAD_BUILD_CLASS).
Value build_class(Value, const Value* args, std::size_t nargs, Tuple* kwnames) {
  return build_class_impl(args, nargs, kwnames);
}

// ---------------------------------------------------------------- the loop
// Rule for the opcode bodies below: no local with a destructor (std::string, vectors...)
// may be alive at a DISPATCH(): computed gotos do not run destructors. Work that needs
// such objects lives in a helper function.
Value run(Thread& t, Frame* entry) {
#if defined(__GNUC__)
#define PEPPY_COMPUTED_GOTO 1
#endif

  Frame* f = entry;
  f->back = t.current;
  t.current = f;
  ++t.depth;
  const Word* code = f->co->code->code.data();
  Value* slots = f->localsplus();
  Value* sp = f->sp;
  std::uint32_t pc = f->pc;
  std::uint32_t cur = pc;  // the instruction being executed
  std::uint32_t oparg = 0;
  Value retval;

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<std::ptrdiff_t>(n)])
#define SKIP_CACHE() (++pc)
#define LOAD_FRAME()                     \
  do {                                   \
    code = f->co->code->code.data();     \
    slots = f->localsplus();             \
    sp = f->sp;                          \
    pc = f->pc;                          \
  } while (0)
#define SAVE_FRAME() \
  do {               \
    f->sp = sp;      \
    f->pc = pc;      \
    f->lasti = cur;  \
  } while (0)

// A safe point for the cycle collector: when allocations asked for a collection, it runs
// here (finalizers may run Python code, as at any call).
#define GC_SAFE_POINT()                \
  do {                                 \
    if (objects::g_gc_pending) {       \
      SAVE_FRAME();                    \
      objects::gc_collect_pending();   \
    }                                  \
  } while (0)

#ifdef PEPPY_COMPUTED_GOTO
  static void* const labels[] = {
#define DEF(name, operand, pops, pushes, jump_pushes, flags) &&L_##name,
#include "bytecode/opcodes.def"
#undef DEF
  };
#define TARGET(name) L_##name:
#define DISPATCH()                        \
  do {                                    \
    cur = pc;                             \
    const Word w_ = code[pc++];           \
    oparg = w_ >> 8;                      \
    goto* labels[w_ & 0xFF];              \
  } while (0)
#else
#define TARGET(name) case static_cast<int>(Op::name):
#define DISPATCH() goto dispatch
#endif

  GC_SAFE_POINT();
  if (f->throw_on_resume) {  // gen.throw(): the error is raised at the yield
    f->throw_on_resume = false;
    cur = f->lasti;
    chain_context_with(t.exc_info);  // only the generator's own handled exception, as CPython
    goto error_traced;
  }
#ifdef PEPPY_COMPUTED_GOTO
  DISPATCH();
#else
dispatch:
  cur = pc;
  {
    const Word w_ = code[pc++];
    oparg = w_ >> 8;
    switch (w_ & 0xFF) {
#endif

  TARGET(NOP) { DISPATCH(); }
  TARGET(EXTENDED_ARG) {
    const Word w = code[pc++];
    oparg = (oparg << 24) | (w >> 8);
#ifdef PEPPY_COMPUTED_GOTO
    goto* labels[w & 0xFF];
#else
    --pc;  // (switch build: re-dispatch the real instruction with the combined operand)
    goto error_unimplemented;
#endif
  }
  TARGET(POP_TOP) {
    decref(POP());
    DISPATCH();
  }
  TARGET(PUSH_NULL) {
    PUSH(Value());
    DISPATCH();
  }
  TARGET(COPY) {
    Value v = PEEK(oparg);
    PUSH(newref(v));
    DISPATCH();
  }
  TARGET(SWAP) {
    std::swap(sp[-1], sp[-static_cast<std::ptrdiff_t>(oparg)]);
    DISPATCH();
  }
  TARGET(LOAD_CONST) {
    PUSH(newref(f->co->consts[oparg]));
    DISPATCH();
  }
  TARGET(LOAD_FAST) {
    Value v = slots[oparg];
    if (v.is_null()) {
      raise(UnboundLocalErrorType, "cannot access local variable '" + str_utf8(f->co->varnames[oparg]) +
                                       "' where it is not associated with a value");
      goto error;
    }
    if (!v.is_small()) ++v.obj()->refcnt;  // (newref; v is not null)
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_FAST) {
    Value old = slots[oparg];
    slots[oparg] = POP();
    decref(old);
    DISPATCH();
  }
  TARGET(DELETE_FAST) {
    Value old = slots[oparg];
    if (old.is_null()) {
      raise(UnboundLocalErrorType, "cannot access local variable '" + str_utf8(f->co->varnames[oparg]) +
                                       "' where it is not associated with a value");
      goto error;
    }
    slots[oparg] = Value();
    decref(old);
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    Str* name = f->co->names[oparg];
    Value v;
    if (f->locals && type_of(f->locals) != DictType) {
      // a mapping from __prepare__ or exec(): its __getitem__
      v = ns_lookup(f->locals, name);
      if (v) {
        PUSH(v);
        DISPATCH();
      }
      if (has_error()) goto error;
    } else {
      v = f->locals ? dict_get_str(f->locals, name) : Value();
    }
    if (!v) v = dict_get_str(f->globals, name);
    if (!v) v = dict_get_str(f->builtins, name);
    if (!v) {
      if (!has_error()) name_error(name);
      goto error;
    }
    PUSH(newref(v));
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    Value v = POP();
    int r = ns_store(f->locals ? f->locals : f->globals, f->co->names[oparg], v);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    Str* name = f->co->names[oparg];
    if (ns_delete(f->locals ? f->locals : f->globals, name) < 0) {
      if (!isinstance_type(current_error(), KeyErrorType)) goto error;
      clear_error();
      name_error(name);
      goto error;
    }
    DISPATCH();
  }
  TARGET(LOAD_GLOBAL) {
    // The inline cache: where the name was found, while neither dict changed shape.
    CodeObject* co = f->co;
    if (!co->global_cache) co->global_cache.reset(new CodeObject::GlobalCache[co->code->code.size()]);
    CodeObject::GlobalCache& gc = co->global_cache[cur];
    auto* gd = static_cast<objects::Dict*>(f->globals.obj());
    auto* bd = static_cast<objects::Dict*>(f->builtins.obj());
    if (gc.globals_version == gd->version && (!gc.in_builtins || gc.builtins_version == bd->version)) {
      Value v = (gc.in_builtins ? bd : gd)->entries[gc.index].value;
      SKIP_CACHE();
      PUSH(newref(v));
      DISPATCH();
    }
    Str* name = co->names[oparg];
    Value v = dict_get_str(f->globals, name);
    if (v) {
      gc.index = objects::dict_lookup_index(gd, name);
      gc.in_builtins = false;
    } else {
      v = dict_get_str(f->builtins, name);
      if (v) {
        gc.index = objects::dict_lookup_index(bd, name);
        gc.in_builtins = true;
      }
    }
    if (v && gc.index >= 0) {
      gc.globals_version = gd->version;
      gc.builtins_version = bd->version;
    } else {
      gc.globals_version = ~0ull;
    }
    SKIP_CACHE();
    if (!v) {
      if (!has_error()) name_error(name);
      goto error;
    }
    PUSH(newref(v));
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    Value v = POP();
    int r = dict_set(f->globals, Value::object(f->co->names[oparg]), v);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }
  TARGET(DELETE_GLOBAL) {
    Str* name = f->co->names[oparg];
    if (dict_del(f->globals, Value::object(name)) < 0) {
      clear_error();
      name_error(name);
      goto error;
    }
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    auto* cell = static_cast<objects::Cell*>(slots[f->co->nlocals + oparg].obj());
    if (cell->value.is_null()) {
      goto unbound_deref;
    }
    PUSH(newref(cell->value));
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    auto* cell = static_cast<objects::Cell*>(slots[f->co->nlocals + oparg].obj());
    Value old = cell->value;
    cell->value = POP();
    decref(old);
    DISPATCH();
  }
  TARGET(DELETE_DEREF) {
    auto* cell = static_cast<objects::Cell*>(slots[f->co->nlocals + oparg].obj());
    if (cell->value.is_null()) goto unbound_deref;
    decref(cell->value);
    cell->value = Value();
    DISPATCH();
  }
  TARGET(LOAD_CLASSDEREF) {
    const std::uint32_t idx = oparg;
    Str* name = idx < f->co->ncells ? f->co->cellvars[idx] : f->co->freevars[idx - f->co->ncells];
    Value v = f->locals ? ns_lookup(f->locals, name) : Value();
    if (v) {
      PUSH(v);
      DISPATCH();
    }
    if (has_error()) goto error;
    auto* cell = static_cast<objects::Cell*>(slots[f->co->nlocals + oparg].obj());
    if (cell->value.is_null()) goto unbound_deref;
    PUSH(newref(cell->value));
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) {
    PUSH(newref(slots[f->co->nlocals + oparg]));
    DISPATCH();
  }
  TARGET(LOAD_ATTR) {
    Value obj = TOP();
    Str* name = f->co->names[oparg];
    CodeObject::AttrCache& ac = attr_cache_at(f->co, cur);
    SKIP_CACHE();
    if (obj.is_object()) {
      if (int w = attr_cache_way(ac, obj.obj()->type); w >= 0) {
        // An instance attribute: entry `index` of its __dict__ if that still holds name.
        Dict* d = instance_dict(obj.obj(), obj.obj()->type);
        const std::int64_t ix = ac.u[w].index;
        if (d && static_cast<std::size_t>(ix) < d->nentries && d->entries[ix].key.obj() == name) {
          TOP() = newref(d->entries[ix].value);
          decref(obj);
          DISPATCH();
        }
      }
    }
    Value v = getattr(obj, name);
    if (!v) goto error;
    fill_instance_attr_cache(ac, obj, name, false);
    decref(obj);
    TOP() = v;
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    Value obj = POP();
    Value v = POP();
    Str* name = f->co->names[oparg];
    CodeObject::AttrCache& ac = attr_cache_at(f->co, cur);
    if (int w = obj.is_object() ? attr_cache_way(ac, obj.obj()->type) : -1; w >= 0) {
      // No data descriptor takes the name: it goes to the instance's __dict__, in place
      // when entry `index` holds it.
      Dict* d = instance_dict(obj.obj(), obj.obj()->type);
      const std::int64_t ix = ac.u[w].index;
      if (d && static_cast<std::size_t>(ix) < d->nentries && d->entries[ix].key.obj() == name) {
        Value old = d->entries[ix].value;
        d->entries[ix].value = v;  // the stack's reference moves into the dict
        decref(old);
        decref(obj);
        DISPATCH();
      }
      if (d) {
        int r = dict_set(Value::object(d), Value::object(name), v);
        decref(obj);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
      }
    }
    int r = setattr(obj, name, v);
    if (r == 0) fill_instance_attr_cache(ac, obj, name, true);
    decref(obj);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }
  TARGET(DELETE_ATTR) {
    Value obj = POP();
    int r = setattr(obj, f->co->names[oparg], Value());
    decref(obj);
    if (r < 0) goto error;
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    Value obj = TOP();
    Str* name = f->co->names[oparg];
    CodeObject::AttrCache& ac = attr_cache_at(f->co, cur);
    SKIP_CACHE();
    Type* tp = type_of(obj);
    if (tp == ModuleType) {
      // module.function(...): entry `index` of the module's dict if it still holds name.
      auto* md = static_cast<Dict*>(static_cast<Module*>(obj.obj())->dict.obj());
      if (int w = attr_cache_way(ac, tp); w >= 0) {
        const std::int64_t ix = ac.u[w].index;
        if (static_cast<std::size_t>(ix) < md->nentries && md->entries[ix].key.obj() == name) {
          TOP() = newref(md->entries[ix].value);
          decref(obj);
          PUSH(Value());
          DISPATCH();
        }
      }
      const std::int64_t ix = dict_lookup_index(md, name);
      if (ix >= 0 && md->entries[ix].key.obj() == name) ac.u[attr_cache_claim(ac, tp)].index = ix;
    } else if (int w = attr_cache_way(ac, tp); w >= 0) {
      // The method found last time, unless the instance's __dict__ shadows it.
      Dict* dict = tp->dict_offset ? instance_dict(obj.obj(), tp) : nullptr;
      if (dict_lacks_name(dict, name)) {
        TOP() = newref(Value::object(ac.u[w].descr));
        PUSH(obj);  // the reference moves to the self slot
        DISPATCH();
      }
    }
    // A plain function found on the type, not shadowed by the instance: no bound method.
    Value d = lookup_in_mro(tp, name);
    if (d && (type_of(d)->flags & TF_METHOD_DESCRIPTOR) && (!tp->getattr || tp->getattr == generic_getattr)) {
      Value inst = Value();
      if (tp->dict_offset != 0) {
        Dict* dict = *reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.obj()) + tp->dict_offset);
        if (dict) inst = dict_get_str(Value::object(reinterpret_cast<Object*>(dict)), name);
      }
      if (!inst) {
        fill_method_cache(ac, tp, d);
        TOP() = newref(d);
        PUSH(obj);  // the reference moves to the self slot
        DISPATCH();
      }
    }
    Value v = getattr(obj, name);
    if (!v) goto error;
    decref(obj);
    TOP() = v;
    PUSH(Value());
    DISPATCH();
  }
  TARGET(BINARY_SUBSCR) {
    Value key = POP();
    Value obj = TOP();
    // list[i] and tuple[i] with a small int index in range: no call.
    if (key.is_small() && (is_exact(obj, ListType) || is_exact(obj, TupleType))) {
      std::int64_t i = key.small_value();
      const bool is_l = is_exact(obj, ListType);
      const std::int64_t n = static_cast<std::int64_t>(is_l ? static_cast<objects::List*>(obj.obj())->length
                                                           : static_cast<Tuple*>(obj.obj())->length);
      if (i < 0) i += n;
      if (i >= 0 && i < n) {
        Value item = is_l ? static_cast<objects::List*>(obj.obj())->items[i] : static_cast<Tuple*>(obj.obj())->items[i];
        TOP() = newref(item);
        decref(obj);
        DISPATCH();
      }
    }
    Value v = getitem(obj, key);
    decref(key);
    if (!v) goto error;
    decref(obj);
    TOP() = v;
    DISPATCH();
  }
  TARGET(STORE_SUBSCR) {
    Value key = POP();
    Value obj = POP();
    Value v = POP();
    if (key.is_small() && is_exact(obj, ListType)) {
      auto* l = static_cast<objects::List*>(obj.obj());
      std::int64_t i = key.small_value();
      if (i < 0) i += static_cast<std::int64_t>(l->length);
      if (i >= 0 && i < static_cast<std::int64_t>(l->length)) {
        Value old = l->items[i];
        l->items[i] = v;  // the stack's reference moves into the list
        decref(old);
        decref(obj);
        DISPATCH();
      }
    }
    int r = setitem(obj, key, v);
    decref(key);
    decref(obj);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }
  TARGET(DELETE_SUBSCR) {
    Value key = POP();
    Value obj = POP();
    int r = delitem(obj, key);
    decref(key);
    decref(obj);
    if (r < 0) goto error;
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    Value step = oparg == 3 ? POP() : Value();
    Value stop = POP();
    Value start = POP();
    Value s = objects::make_slice(start, stop, step ? step : None());
    decref(step);
    decref(stop);
    decref(start);
    if (!s) goto error;
    PUSH(s);
    DISPATCH();
  }
  TARGET(UNARY_POSITIVE) {
    Value v = TOP();
    Value r = unary_positive(v);
    if (!r) goto error;
    decref(v);
    TOP() = r;
    DISPATCH();
  }
  TARGET(UNARY_NEGATIVE) {
    Value v = TOP();
    Value r;
    if (v.is_small() && v.small_value() != Value::kSmallMin) {
      r = Value::small(-v.small_value());
    } else {
      r = unary_negative(v);
      if (!r) goto error;
    }
    decref(v);
    TOP() = r;
    DISPATCH();
  }
  TARGET(UNARY_NOT) {
    Value v = TOP();
    int b = is_true(v);
    if (b < 0) goto error;
    decref(v);
    TOP() = newref(boolean(!b));
    DISPATCH();
  }
  TARGET(UNARY_INVERT) {
    Value v = TOP();
    Value r = unary_invert(v);
    if (!r) goto error;
    decref(v);
    TOP() = r;
    DISPATCH();
  }
  TARGET(BINARY_OP) {
    Value b = POP();
    Value a = TOP();
    SKIP_CACHE();
    Value r;
    if (a.is_small() && b.is_small()) {
      const std::int64_t x = a.small_value(), y = b.small_value();
      std::int64_t z;
      switch (oparg % bytecode::kInplace) {
        case static_cast<int>(bytecode::BinOp::Add):
          z = x + y;
          if (Value::fits_small(z)) r = Value::small(z);
          break;
        case static_cast<int>(bytecode::BinOp::Subtract):
          z = x - y;
          if (Value::fits_small(z)) r = Value::small(z);
          break;
        case static_cast<int>(bytecode::BinOp::Multiply):
          if (!__builtin_mul_overflow(x, y, &z) && Value::fits_small(z)) r = Value::small(z);
          break;
        case static_cast<int>(bytecode::BinOp::And): r = Value::small(x & y); break;
        case static_cast<int>(bytecode::BinOp::Or): r = Value::small(x | y); break;
        case static_cast<int>(bytecode::BinOp::Xor): r = Value::small(x ^ y); break;
        case static_cast<int>(bytecode::BinOp::FloorDivide):
          if (y != 0) {
            std::int64_t q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
            if (Value::fits_small(q)) r = Value::small(q);
          }
          break;
        case static_cast<int>(bytecode::BinOp::Remainder):
          if (y != 0) {
            std::int64_t m = x % y;
            if (m != 0 && ((m < 0) != (y < 0))) m += y;
            r = Value::small(m);
          }
          break;
        default: break;
      }
    }
    // Floats (with a float or small int on the other side): computed here; the left
    // operand's box is reused when the stack held its only reference.
    if (!r && (is_exact(a, FloatType) || is_exact(b, FloatType)) && (is_exact(a, FloatType) || a.is_small()) &&
        (is_exact(b, FloatType) || b.is_small())) {
      const double x = a.is_small() ? static_cast<double>(a.small_value()) : static_cast<objects::Float*>(a.obj())->value;
      const double y = b.is_small() ? static_cast<double>(b.small_value()) : static_cast<objects::Float*>(b.obj())->value;
      double z = 0;
      bool done = true;
      switch (oparg % bytecode::kInplace) {
        case static_cast<int>(bytecode::BinOp::Add): z = x + y; break;
        case static_cast<int>(bytecode::BinOp::Subtract): z = x - y; break;
        case static_cast<int>(bytecode::BinOp::Multiply): z = x * y; break;
        case static_cast<int>(bytecode::BinOp::TrueDivide):
          if (y == 0) done = false;
          else z = x / y;
          break;
        case static_cast<int>(bytecode::BinOp::Power):
          // pow() as float.__pow__ calls it, for a positive finite base and a finite
          // exponent with a finite result (the rest, e.g. a complex result or an
          // OverflowError, goes the general way).
          if (x > 0 && std::isfinite(x) && std::isfinite(y)) {
            z = std::pow(x, y);
            done = std::isfinite(z);
          } else {
            done = false;
          }
          break;
        default: done = false; break;
      }
      if (done) {
        if (a.is_object() && a.obj()->refcnt == 1) {
          static_cast<objects::Float*>(a.obj())->value = z;
          decref(b);
          DISPATCH();  // TOP() is still a, now holding the result
        }
        r = make_float(z);
        if (!r) {
          decref(b);
          goto error;
        }
      }
    }
    if (!r) {
      r = binary_op(a, b, static_cast<int>(oparg));
      if (!r) {
        decref(b);
        goto error;
      }
    }
    decref(a);
    decref(b);
    TOP() = r;
    DISPATCH();
  }
  TARGET(COMPARE_OP) {
    Value b = POP();
    Value a = TOP();
    SKIP_CACHE();
    Value r;
    if (a.is_small() && b.is_small()) {
      const std::int64_t x = a.small_value(), y = b.small_value();
      bool c = false;
      switch (static_cast<bytecode::CmpOp>(oparg)) {
        case bytecode::CmpOp::Lt: c = x < y; break;
        case bytecode::CmpOp::Le: c = x <= y; break;
        case bytecode::CmpOp::Eq: c = x == y; break;
        case bytecode::CmpOp::Ne: c = x != y; break;
        case bytecode::CmpOp::Gt: c = x > y; break;
        case bytecode::CmpOp::Ge: c = x >= y; break;
      }
      // Compare-and-branch: a conditional jump next takes the answer without a bool.
      const Word next = code[pc];
      if ((next & 0xFF) == static_cast<Word>(Op::POP_JUMP_IF_FALSE)) {
        --sp;
        pc = c ? pc + 1 : (next >> 8);
        DISPATCH();
      }
      if ((next & 0xFF) == static_cast<Word>(Op::POP_JUMP_IF_TRUE)) {
        --sp;
        pc = c ? (next >> 8) : pc + 1;
        DISPATCH();
      }
      r = newref(boolean(c));
    } else if ((is_exact(a, FloatType) || a.is_small()) && (is_exact(b, FloatType) || b.is_small())) {
      const double x = a.is_small() ? static_cast<double>(a.small_value()) : static_cast<objects::Float*>(a.obj())->value;
      const double y = b.is_small() ? static_cast<double>(b.small_value()) : static_cast<objects::Float*>(b.obj())->value;
      // (a small int converts to a double exactly: it has at most 62 bits... and doubles
      // 53, so compare exactly only when the int fits 53 bits)
      const bool exact = (!a.is_small() || (a.small_value() > -(1ll << 53) && a.small_value() < (1ll << 53))) &&
                         (!b.is_small() || (b.small_value() > -(1ll << 53) && b.small_value() < (1ll << 53)));
      if (exact) {
        bool c = false;
        switch (static_cast<bytecode::CmpOp>(oparg)) {
          case bytecode::CmpOp::Lt: c = x < y; break;
          case bytecode::CmpOp::Le: c = x <= y; break;
          case bytecode::CmpOp::Eq: c = x == y; break;
          case bytecode::CmpOp::Ne: c = x != y; break;
          case bytecode::CmpOp::Gt: c = x > y; break;
          case bytecode::CmpOp::Ge: c = x >= y; break;
        }
        const Word next = code[pc];
        const Word nop = next & 0xFF;
        if (nop == static_cast<Word>(Op::POP_JUMP_IF_FALSE) || nop == static_cast<Word>(Op::POP_JUMP_IF_TRUE)) {
          // Compare-and-branch (as for ints above).
          --sp;
          decref(a);
          decref(b);
          pc = (c == (nop == static_cast<Word>(Op::POP_JUMP_IF_TRUE))) ? (next >> 8) : pc + 1;
          DISPATCH();
        }
        r = newref(boolean(c));
      } else {
        r = compare(a, b, static_cast<int>(oparg));
        if (!r) {
          decref(b);
          goto error;
        }
      }
    } else {
      r = compare(a, b, static_cast<int>(oparg));
      if (!r) {
        decref(b);
        goto error;
      }
    }
    decref(a);
    decref(b);
    TOP() = r;
    DISPATCH();
  }
  TARGET(IS_OP) {
    Value b = POP();
    Value a = TOP();
    const bool same = a == b;
    decref(a);
    decref(b);
    TOP() = newref(boolean(oparg ? !same : same));
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    Value container = POP();
    Value item = TOP();
    int c = contains(container, item);
    decref(container);
    if (c < 0) goto error;
    decref(item);
    TOP() = newref(boolean(oparg ? !c : c));
    DISPATCH();
  }
  TARGET(BUILD_TUPLE) {
    Value tup = make_tuple(oparg);
    if (!tup) goto error;
    auto* tp = static_cast<Tuple*>(tup.obj());
    for (std::uint32_t i = oparg; i-- > 0;) tp->items[i] = POP();
    PUSH(tup);
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    Value list = make_list(oparg);
    if (!list) goto error;
    auto* lp = static_cast<objects::List*>(list.obj());
    for (std::uint32_t i = oparg; i-- > 0;) lp->items[i] = POP();
    PUSH(list);
    DISPATCH();
  }
  TARGET(BUILD_SET) {
    Value set = make_set();
    if (!set) goto error;
    bool failed = false;
    for (std::uint32_t i = oparg; i > 0; --i)
      if (!failed && set_add(set, PEEK(i)) < 0) failed = true;
    for (std::uint32_t i = 0; i < oparg; ++i) decref(POP());
    if (failed) {
      decref(set);
      goto error;
    }
    PUSH(set);
    DISPATCH();
  }
  TARGET(BUILD_MAP) {
    Value d = make_dict();
    if (!d) goto error;
    bool failed = false;
    for (std::uint32_t i = oparg; i > 0; --i)
      if (!failed && dict_set(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0) failed = true;
    for (std::uint32_t i = 0; i < 2 * oparg; ++i) decref(POP());
    if (failed) {
      decref(d);
      goto error;
    }
    PUSH(d);
    DISPATCH();
  }
  TARGET(BUILD_STRING) {
    // (No C++ object with a destructor may live across DISPATCH: a computed goto leaves
    // its scope without destroying it.)
    Value s = concat_strs(sp - oparg, oparg);
    for (std::uint32_t i = 0; i < oparg; ++i) decref(POP());
    if (!s) goto error;
    PUSH(s);
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    Value v = POP();
    int r = list_append(PEEK(oparg), v);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }
  TARGET(SET_ADD) {
    Value v = POP();
    int r = set_add(PEEK(oparg), v);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    Value v = POP();
    Value k = POP();
    int r = dict_set(PEEK(oparg), k, v);
    decref(k);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }
  TARGET(LIST_EXTEND) {
    Value it = POP();
    int r = objects::list_extend(static_cast<objects::List*>(PEEK(oparg).obj()), it);
    if (r < 0 && isinstance_type(current_error(), TypeErrorType) && !type_of(it)->iter &&
        !lookup_in_mro(type_of(it), intern("__getitem__"))) {
      clear_error();
      raise(TypeErrorType, "Value after * must be an iterable, not " + type_of(it)->name);
    }
    decref(it);
    if (r < 0) goto error;
    DISPATCH();
  }
  TARGET(SET_UPDATE) {
    Value it = POP();
    int r = objects::set_update(static_cast<objects::Set*>(PEEK(oparg).obj()), it);
    decref(it);
    if (r < 0) goto error;
    DISPATCH();
  }
  TARGET(DICT_UPDATE) {
    Value other = POP();
    int r = objects::dict_update(PEEK(oparg), other);
    if (r < 0 && isinstance_type(current_error(), AttributeErrorType)) {
      clear_error();
      raise(TypeErrorType, "'" + type_of(other)->name + "' object is not a mapping");
    }
    decref(other);
    if (r < 0) goto error;
    DISPATCH();
  }
  TARGET(DICT_MERGE) {
    Value other = POP();
    int r = dict_merge_unique(PEEK(oparg), other, PEEK(oparg + 3));  // [callable, NULL, args, dict]
    decref(other);
    if (r < 0) goto error;
    DISPATCH();
  }
  TARGET(LIST_TO_TUPLE) {
    Value list = TOP();
    auto* lp = static_cast<objects::List*>(list.obj());
    Value tup = make_tuple_from(lp->items, lp->length);
    if (!tup) goto error;
    decref(list);
    TOP() = tup;
    DISPATCH();
  }
  TARGET(UNPACK_SEQUENCE) {
    Value seq = POP();
    if (is_exact(seq, TupleType) && static_cast<Tuple*>(seq.obj())->length == oparg) {
      // A tuple of the right length: its items, last first.
      Value* items = static_cast<Tuple*>(seq.obj())->items;
      for (std::uint32_t i = oparg; i-- > 0;) PUSH(newref(items[i]));
      decref(seq);
      DISPATCH();
    }
    Value* nsp = unpack(seq, oparg, sp);
    decref(seq);
    if (!nsp) goto error;
    sp = nsp;
    DISPATCH();
  }
  TARGET(UNPACK_EX) {
    Value seq = POP();
    Value* nsp = unpack_ex(seq, oparg & 0xFF, oparg >> 8, sp);
    decref(seq);
    if (!nsp) goto error;
    sp = nsp;
    DISPATCH();
  }
  TARGET(FORMAT_VALUE) {
    Value spec = (oparg & bytecode::kFormatWithSpec) ? POP() : Value();
    Value v = TOP();
    Value r = format_value(v, oparg, spec);
    decref(spec);
    if (!r) goto error;
    decref(v);
    TOP() = r;
    DISPATCH();
  }
  TARGET(JUMP) {
    pc = oparg;
    if (oparg <= cur) GC_SAFE_POINT();  // a loop's back edge
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_FALSE) {
    Value v = POP();
    int b;
    if (v == True()) b = 1;
    else if (v == False()) b = 0;
    else if (v == None()) b = 0;
    else if (v.is_small()) b = v.small_value() != 0;
    else if (is_exact(v, ListType)) b = static_cast<objects::List*>(v.obj())->length != 0;
    else {
      b = is_true(v);
      if (b < 0) {
        decref(v);
        goto error;
      }
    }
    decref(v);
    if (!b) {
      pc = oparg;
      if (oparg <= cur) GC_SAFE_POINT();
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_TRUE) {
    Value v = POP();
    int b;
    if (v == True()) b = 1;
    else if (v == False()) b = 0;
    else if (v == None()) b = 0;
    else if (v.is_small()) b = v.small_value() != 0;
    else if (is_exact(v, ListType)) b = static_cast<objects::List*>(v.obj())->length != 0;
    else {
      b = is_true(v);
      if (b < 0) {
        decref(v);
        goto error;
      }
    }
    decref(v);
    if (b) {
      pc = oparg;
      if (oparg <= cur) GC_SAFE_POINT();
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_NONE) {
    Value v = POP();
    const bool none = v == None();
    decref(v);
    if (none) pc = oparg;
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_NOT_NONE) {
    Value v = POP();
    const bool none = v == None();
    decref(v);
    if (!none) pc = oparg;
    DISPATCH();
  }
  TARGET(JUMP_IF_FALSE_OR_POP) {
    Value v = TOP();
    int b = is_true(v);
    if (b < 0) goto error;
    if (!b) {
      pc = oparg;
    } else {
      decref(POP());
    }
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    Value v = TOP();
    int b = is_true(v);
    if (b < 0) goto error;
    if (b) {
      pc = oparg;
    } else {
      decref(POP());
    }
    DISPATCH();
  }
  TARGET(GET_ITER) {
    Value v = TOP();
    Value it = get_iter(v);
    if (!it) goto error;
    decref(v);
    TOP() = it;
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    Value it = TOP();
    // The iterator's next slot directly (iter_next's checks only matter when it ends).
    IterNextFn next = it.is_object() ? it.obj()->type->next : nullptr;
    Value v = next ? next(it) : iter_next(it);
    if (v) {
      PUSH(v);
      DISPATCH();
    }
    if (has_error()) {
      if (!isinstance_type(current_error(), StopIterationType)) goto error;
      clear_error();
    }
    decref(POP());
    pc = oparg;
    DISPATCH();
  }
  TARGET(RETURN_VALUE) {
    retval = POP();
    SAVE_FRAME();
    const bool was_entry = f->is_entry;
    Frame* back = f->back;
    const Value init_self = f->init_self;  // (the reference moves here)
    f->init_self = Value();
    t.current = back;
    --t.depth;
    if (!f->locals && !f->owns_code && !f->on_heap) {
      // pop_frame's work for a plain function frame, inline.
      for (Value* p = f->localsplus(); p < sp; ++p) decref(*p);  // the locals and what is left on the stack
      decref(Value::object(f->func));
      t.top = reinterpret_cast<Value*>(f);
    } else {
      pop_frame(t, f);
    }
    if (was_entry) return retval;
    f = back;
    LOAD_FRAME();
    if (init_self) {
      // The frame ran __init__ for a CALL of its class: the result is the instance.
      if (retval != None()) {
        init_returned_error(retval);
        decref(retval);
        decref(init_self);
        cur = f->lasti;
        goto error;
      }
      decref(retval);
      retval = init_self;
    }
    PUSH(retval);
    DISPATCH();
  }
  TARGET(CALL) {
    // [callable, self-or-NULL, args...]
    Value* region = sp - oparg - 2;
    Value callable = region[0];
    std::size_t n = oparg;
    Value* args = region + 2;
    SKIP_CACHE();
    if (region[1]) {
      --args;
      ++n;
    } else if (type_of(callable) == MethodType) {
      // Unpack a bound method into (function, self) so that the call can be inlined.
      auto* m = static_cast<BoundMethod*>(callable.obj());
      region[0] = newref(m->func);
      region[1] = newref(m->self);
      decref(callable);
      callable = region[0];
      --args;
      ++n;
    }
    SAVE_FRAME();
    if (type_of(callable) == FunctionType &&
        !(static_cast<Function*>(callable.obj())->code->code->flags &
          (bytecode::CO_GENERATOR | bytecode::CO_COROUTINE | bytecode::CO_ASYNC_GENERATOR))) {
      auto* fn = static_cast<Function*>(callable.obj());
      if (fn->code->simple_args && fn->code->argcount == n && t.base) {
        if (Frame* nf = push_simple_frame(t, fn, args, static_cast<std::uint32_t>(n))) {
          // The new frame owns the function and the arguments now; a NULL self slot
          // holds nothing.
          sp = region;
          f->sp = sp;
          nf->back = f;
          t.current = nf;
          ++t.depth;
          f = nf;
          LOAD_FRAME();
          DISPATCH();
        }
      }
      Frame* nf = setup_call(t, fn, args, n, nullptr);
      // The new frame took its own references to the arguments.
      while (sp > region) decref(POP());
      f->sp = sp;
      if (!nf) goto error;
      nf->back = f;
      t.current = nf;
      ++t.depth;
      f = nf;
      LOAD_FRAME();
      GC_SAFE_POINT();
      DISPATCH();
    }
    if (!region[1]) {
      if (Function* init = inline_init_of(callable)) {
        // A class: the instance from object.__new__, then its __init__'s frame runs in
        // this loop with the instance as self (the NULL slot takes it).
        Value obj = object_new(static_cast<Type*>(callable.obj()), args, n, nullptr);
        if (!obj) {
          while (sp > region) decref(POP());
          goto error;
        }
        region[1] = obj;
        Frame* nf = setup_call(t, init, region + 1, n + 1, nullptr);
        if (nf) nf->init_self = newref(obj);
        while (sp > region) decref(POP());
        f->sp = sp;
        if (!nf) goto error;
        nf->back = f;
        t.current = nf;
        ++t.depth;
        f = nf;
        LOAD_FRAME();
        GC_SAFE_POINT();
        DISPATCH();
      }
    }
    Value r = call(callable, args, n, nullptr);
    while (sp > region) decref(POP());
    if (!r) goto error;
    PUSH(r);
    DISPATCH();
  }
  TARGET(CALL_KW) {
    Value kwnames = POP();
    auto* kw = static_cast<Tuple*>(kwnames.obj());
    std::size_t n = oparg;  // all args
    Value* args = sp - n;
    Value callable = sp[-static_cast<std::ptrdiff_t>(n) - 2];
    Value self = sp[-static_cast<std::ptrdiff_t>(n) - 1];
    std::size_t npos = n - kw->length;
    if (self) {
      --args;
      ++npos;
    }
    SAVE_FRAME();
    Value r;
    if (type_of(callable) == FunctionType) {
      r = call_function(static_cast<Function*>(callable.obj()), args, npos, kw);
    } else {
      r = call(callable, args, npos, kw);
    }
    for (Value* p = args; p < sp; ++p) decref(*p);
    sp = args;
    if (!self) decref(POP());
    decref(POP());
    decref(kwnames);
    if (!r) goto error;
    PUSH(r);
    DISPATCH();
  }
  TARGET(CALL_FUNCTION_EX) {
    Value kwargs = (oparg & 1) ? POP() : Value();
    Value posargs = POP();
    Value self = POP();
    Value callable = POP();
    SAVE_FRAME();
    Value r = call_ex(callable, self, posargs, kwargs);
    decref(kwargs);
    decref(posargs);
    decref(self);
    decref(callable);
    if (!r) goto error;
    PUSH(r);
    DISPATCH();
  }
  TARGET(MAKE_FUNCTION) {
    Value codev = POP();
    Value closure = (oparg & bytecode::kMakeClosure) ? POP() : Value();
    Value annotations = (oparg & bytecode::kMakeAnnotations) ? POP() : Value();
    Value kwdefaults = (oparg & bytecode::kMakeKwDefaults) ? POP() : Value();
    Value defaults = (oparg & bytecode::kMakeDefaults) ? POP() : Value();
    Value fn = make_function(static_cast<CodeObject*>(codev.obj()), f->globals, f->builtins);
    decref(codev);
    if (!fn) goto error;
    auto* fp = static_cast<Function*>(fn.obj());
    fp->closure = closure;
    fp->annotations = annotations;
    fp->kwdefaults = kwdefaults;
    fp->defaults = defaults;
    PUSH(fn);
    DISPATCH();
  }
  TARGET(LOAD_BUILD_CLASS) {
    Value v = dict_get_str(f->builtins, intern("__build_class__"));
    if (!v) {
      raise(NameErrorType, "__build_class__ not found");
      goto error;
    }
    PUSH(newref(v));
    DISPATCH();
  }
  TARGET(SETUP_ANNOTATIONS) {
    Value ns = f->locals ? f->locals : f->globals;
    if (!dict_get_str(ns, intern("__annotations__"))) {
      Value d = make_dict();
      if (!d) goto error;
      int r = dict_set(ns, Value::object(intern("__annotations__")), d);
      decref(d);
      if (r < 0) goto error;
    }
    DISPATCH();
  }
  TARGET(IMPORT_NAME) {
    Value fromlist = POP();
    Value level = POP();
    Value m = import_module(f->co->names[oparg], fromlist, level, f->globals);
    decref(fromlist);
    decref(level);
    if (!m) goto error;
    PUSH(m);
    DISPATCH();
  }
  TARGET(IMPORT_FROM) {
    Value m = TOP();
    Str* name = f->co->names[oparg];
    Value v = import_from(m, name);
    if (!v) goto error;
    PUSH(v);
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    Value m = POP();
    int r = import_star(m, f->locals ? f->locals : f->globals);
    decref(m);
    if (r < 0) goto error;
    DISPATCH();
  }
  TARGET(RAISE_VARARGS) {
    Value cause = oparg == 2 ? POP() : Value();
    Value exc = oparg >= 1 ? POP() : Value();
    const bool reraise = do_raise(t, exc, cause);
    decref(exc);
    decref(cause);
    if (reraise) goto exception_unwind;
    goto error;
  }
  TARGET(PUSH_EXC_INFO) {
    Value exc = TOP();
    Value prev = t.exc_info ? t.exc_info : newref(None());
    t.exc_info = newref(exc);
    TOP() = prev;
    PUSH(exc);
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    Value prev = POP();
    decref(t.exc_info);
    if (prev == None()) {
      decref(prev);
      t.exc_info = Value();
    } else {
      t.exc_info = prev;
    }
    DISPATCH();
  }
  TARGET(RERAISE) {
    Value exc = POP();
    if (oparg) {
      Value lasti = PEEK(oparg);
      if (lasti.is_small()) f->lasti = static_cast<std::uint32_t>(lasti.small_value());
    }
    set_error(exc);
    decref(exc);
    goto exception_unwind;
  }
  TARGET(CHECK_EXC_MATCH) {
    Value type = TOP();
    Value exc = PEEK(2);
    int m = vm_exception_matches(exc, type);
    if (m < 0) goto error;
    decref(type);
    TOP() = newref(boolean(m == 1));
    DISPATCH();
  }
  TARGET(CHECK_EG_MATCH) {
    // [exc, type] -> [exc, None] (no match) or [rest, match]; the match is then the
    // exception being handled.
    Value type = POP();
    Value exc = TOP();
    Value match, rest;
    SAVE_FRAME();
    const int r = objects::exc_group_match(exc, type, &match, &rest);
    decref(type);
    if (r < 0) goto error;
    if (match == None()) {
      decref(rest);
      PUSH(match);
      DISPATCH();
    }
    TOP() = rest;
    PUSH(match);
    decref(t.exc_info);
    t.exc_info = newref(match);
    decref(exc);
    DISPATCH();
  }
  TARGET(PREP_RERAISE_STAR) {
    Value excs = POP();
    Value orig = TOP();
    Value r = objects::prep_reraise_star(orig, excs);
    decref(excs);
    if (!r) goto error;
    decref(orig);
    TOP() = r;
    DISPATCH();
  }
  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(newref(Value::object(AssertionErrorType)));
    DISPATCH();
  }
  TARGET(BEFORE_WITH) {
    Value mgr = TOP();
    Value enter = special_method(mgr, "__enter__");
    if (!enter) {
      if (!has_error())
        raise(TypeErrorType, "'" + type_of(mgr)->name + "' object does not support the context manager protocol");
      goto error;
    }
    Value exit = special_method(mgr, "__exit__");
    if (!exit) {
      decref(enter);
      if (!has_error())
        raise(TypeErrorType, "'" + type_of(mgr)->name + "' object does not support the context manager protocol (missed __exit__ method)");
      goto error;
    }
    SAVE_FRAME();
    Value res = call(enter, nullptr, 0, nullptr);
    decref(enter);
    if (!res) {
      decref(exit);
      goto error;
    }
    decref(mgr);
    TOP() = exit;
    PUSH(res);
    DISPATCH();
  }
  TARGET(WITH_EXCEPT_START) {
    Value exc = TOP();
    Value exit = PEEK(4);
    Value tb = Value();
    if (isinstance_type(exc, BaseExceptionType)) tb = static_cast<objects::Exception*>(exc.obj())->traceback;
    Value args[3] = {Value::object(type_of(exc)), exc, tb ? tb : None()};
    SAVE_FRAME();
    Value r = call(exit, args, 3, nullptr);
    if (!r) goto error;
    PUSH(r);
    DISPATCH();
  }
  TARGET(RETURN_GENERATOR) {
    // The generator object was made by the call (make_generator); resuming starts here.
    DISPATCH();
  }
  TARGET(YIELD_VALUE) {
    // Only a generator's own frame yields, and it is always the entry of this run().
    retval = POP();
    SAVE_FRAME();
    f->yielded = true;
    t.current = f->back;
    --t.depth;
    return retval;
  }
  TARGET(GET_YIELD_FROM_ITER) {
    Value v = TOP();
    if (type_of(v) == GeneratorType) DISPATCH();
    if (type_of(v) == CoroutineType) {
      if (f->co->code->flags & (bytecode::CO_COROUTINE | bytecode::CO_ITERABLE_COROUTINE)) DISPATCH();
      raise(TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator");
      goto error;
    }
    Value it = get_iter(v);
    if (!it) goto error;
    decref(v);
    TOP() = it;
    DISPATCH();
  }
  TARGET(SEND) {
    Value value = POP();
    Value iter = TOP();
    bool returned = false;
    Value r;
    SAVE_FRAME();
    if (type_of(iter) == GeneratorType || type_of(iter) == CoroutineType) {
      r = gen_send(static_cast<Generator*>(iter.obj()), value, &returned);
      if (!r && !has_error()) {
        r = newref(None());
        returned = true;
      }
    } else if (value == None() && type_of(iter)->next) {
      r = type_of(iter)->next(iter);  // (not iter_next: StopIteration's value is the result)
      if (!r && !has_error()) {
        r = newref(None());
        returned = true;
      }
    } else {
      Value send = getattr(iter, intern("send"));
      r = send ? call(send, &value, 1, nullptr) : Value();
      decref(send);
    }
    decref(value);
    if (!r) {
      if (!isinstance_type(current_error(), StopIterationType)) goto error;
      Value stop = take_error();
      auto* se = static_cast<objects::Exception*>(stop.obj());
      auto* args = se->args ? static_cast<Tuple*>(se->args.obj()) : nullptr;
      r = newref(args && args->length > 0 ? args->items[0] : None());
      decref(stop);
      returned = true;
    }
    if (returned) {
      decref(POP());
      PUSH(r);
      pc = oparg;
    } else {
      PUSH(r);
    }
    DISPATCH();
  }
  TARGET(GET_AWAITABLE) {
    Value v = TOP();
    if (type_of(v) == CoroutineType && oparg == 0 && !static_cast<Generator*>(v.obj())->started) DISPATCH();
    SAVE_FRAME();
    Value it = get_awaitable(v, oparg);
    if (!it) goto error;
    decref(v);
    TOP() = it;
    DISPATCH();
  }
  TARGET(GET_AITER) {
    Value v = TOP();
    SAVE_FRAME();
    Value it = get_aiter(v);
    if (!it) goto error;
    decref(v);
    TOP() = it;
    DISPATCH();
  }
  TARGET(GET_ANEXT) {
    SAVE_FRAME();
    Value aw = get_anext(TOP());
    if (!aw) goto error;
    PUSH(aw);
    DISPATCH();
  }
  TARGET(BEFORE_ASYNC_WITH) {
    Value mgr = TOP();
    Value exit;
    SAVE_FRAME();
    Value res = before_async_with(mgr, &exit);
    if (!res) goto error;
    decref(mgr);
    TOP() = exit;
    PUSH(res);
    DISPATCH();
  }
  TARGET(END_ASYNC_FOR) {
    Value exc = POP();
    if (isinstance_type(exc, StopAsyncIterationType)) {
      decref(exc);
      decref(POP());
      DISPATCH();
    }
    set_error(exc);
    decref(exc);
    goto exception_unwind;
  }
  TARGET(ASYNC_GEN_WRAP) {
    TOP() = async_gen_wrap(TOP());
    DISPATCH();
  }
  TARGET(GET_LEN) {
    std::int64_t n = length(TOP());
    if (n < 0) goto error;
    PUSH(make_int(n));
    DISPATCH();
  }
  TARGET(MATCH_MAPPING) {
    const bool mapping = is_dict(TOP()) || isinstance_type(TOP(), chainmap_type());
    PUSH(newref(boolean(mapping)));
    DISPATCH();
  }
  TARGET(MATCH_SEQUENCE) {
    Value v = TOP();
    PUSH(newref(boolean(is_list(v) || is_tuple(v) || type_of(v) == RangeType || isinstance_type(v, deque_type()))));
    DISPATCH();
  }
  TARGET(MATCH_KEYS) {
    Value r = match_keys(PEEK(2), TOP());
    if (!r) goto error;
    PUSH(r);
    DISPATCH();
  }
  TARGET(MATCH_CLASS) {
    Value names = POP();
    Value cls = POP();
    Value subject = TOP();
    SAVE_FRAME();
    Value r = match_class(subject, cls, oparg, names);
    decref(names);
    decref(cls);
    if (!r) goto error;
    decref(subject);
    TOP() = r;
    DISPATCH();
  }
  TARGET(COPY_DICT_WITHOUT_KEYS) {
    Value keys = TOP();
    Value rest = make_dict();
    if (!rest) goto error;
    if (objects::dict_update(rest, PEEK(2)) < 0) {
      decref(rest);
      goto error;
    }
    auto* kt = static_cast<Tuple*>(keys.obj());
    for (std::size_t i = 0; i < kt->length; ++i) {
      if (dict_get(rest, kt->items[i]) && dict_del(rest, kt->items[i]) < 0) {
        decref(rest);
        goto error;
      }
    }
    decref(keys);
    TOP() = rest;
    DISPATCH();
  }

#ifndef PEPPY_COMPUTED_GOTO
    }  // switch
  }
#endif

unbound_deref : {
  const std::uint32_t idx = oparg;
  if (idx < f->co->ncells) {
    raise(UnboundLocalErrorType, "cannot access local variable '" + str_utf8(f->co->cellvars[idx]) +
                                     "' where it is not associated with a value");
  } else {
    raise(NameErrorType, "cannot access free variable '" + str_utf8(f->co->freevars[idx - f->co->ncells]) +
                             "' where it is not associated with a value in enclosing scope");
  }
  goto error;
}

#ifndef PEPPY_COMPUTED_GOTO
error_unimplemented:
  raise(RuntimeErrorType, "peppy: opcode " + std::string(bytecode::info(bytecode::word_op(code[cur])).name) +
                               " is not implemented yet");
  goto error;
#endif

error:
  // A new exception: chain it to the one being handled, add this frame to its traceback.
  chain_context(t);
error_traced:
  add_traceback(f, cur);

exception_unwind:
  for (;;) {
    if (const bytecode::ExceptionEntry* h = find_handler(*f->co->code, cur)) {
      Value* base = f->stack_base() + h->depth;
      while (sp > base) decref(POP());
      if (h->push_lasti) PUSH(Value::small(cur));
      PUSH(take_error());
      pc = h->target;
      DISPATCH();
    }
    // No handler here: leave the frame.
    SAVE_FRAME();
    const bool was_entry = f->is_entry;
    Frame* back = f->back;
    t.current = back;
    --t.depth;
    pop_frame(t, f);
    if (was_entry) return Value();
    f = back;
    LOAD_FRAME();
    cur = f->lasti;
    add_traceback(f, cur);
  }
}

}  // namespace peppy::vm
