// exc_group.cpp: BaseExceptionGroup and ExceptionGroup (PEP 654) as CPython 3.11 has
// them: the constructor's checks (and BaseExceptionGroup becoming ExceptionGroup when
// every sub-exception is an Exception), message / exceptions, split, subgroup, derive,
// str "msg (2 sub-exceptions)"; and the two steps of `except*` the VM calls
// (exc_group_match, prep_reraise_star).
#include "objects/exc_group.hpp"

#include <set>
#include <string>
#include <vector>

#include "objects/core.hpp"

namespace peppy::objects {

namespace {

// An exception group: an exception with its message and sub-exceptions.
struct ExcGroup : Exception {
  Value msg;   // str (owned)
  Value excs;  // tuple of exceptions (owned)
};

DeallocFn g_base_dealloc = nullptr;
TraverseFn g_base_traverse = nullptr;

ExcGroup* as_group(Value v) { return static_cast<ExcGroup*>(v.obj()); }

// Frees a group.
void eg_dealloc(Object* o) {
  auto* g = static_cast<ExcGroup*>(o);
  xdecref(g->msg);
  xdecref(g->excs);
  g_base_dealloc(o);
}
// Visits a group's references.
void eg_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  auto* g = static_cast<ExcGroup*>(o);
  if (g->msg.is_object()) visit(g->msg, arg);
  if (g->excs.is_object()) visit(g->excs, arg);
  g_base_traverse(o, visit, arg);
}

// Whether v is a sequence for the constructor (not a set, a dict or an iterator).
bool is_sequence_arg(Value v) {
  if (is_list(v) || is_tuple(v)) return true;
  Type* t = type_of(v);
  return t->getitem && !(t->flags & TF_DICT_SUBCLASS) && !is_dict(v);
}

// BaseExceptionGroup.__new__(cls, message, exceptions)
Value eg_new(Type* t, const Value* args, std::size_t nargs, Tuple*) {
  if (nargs != 2)
    return raise_fmt(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%s given)", {std::to_string(nargs)});
  if (!is_str(args[0]))
    return raise_fmt(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", {type_name(args[0])});
  if (!is_sequence_arg(args[1])) return raise_type_error("second argument (exceptions) must be a sequence");
  Value excs = tuple_from_iterable(args[1]);
  if (!excs) return excs;
  Tuple* et = as_tuple(excs);
  if (et->length == 0) {
    decref(excs);
    return raise(ValueErrorType, "second argument (exceptions) must be a non-empty sequence");
  }
  bool nested_base = false;
  for (std::size_t i = 0; i < et->length; ++i) {
    if (!is_exception(et->items[i])) {
      decref(excs);
      return raise_fmt(ValueErrorType, "Item %s of second argument (exceptions) is not an exception", {std::to_string(i)});
    }
    if (!isinstance_type(et->items[i], ExceptionType)) nested_base = true;
  }
  if (t == BaseExceptionGroupType) {
    if (!nested_base) t = ExceptionGroupType;
  } else if (t == ExceptionGroupType) {
    if (nested_base) {
      decref(excs);
      return raise_type_error("Cannot nest BaseExceptions in an ExceptionGroup");
    }
  } else if (nested_base && is_subtype(t, ExceptionType)) {
    decref(excs);
    return raise_fmt(TypeErrorType, "Cannot nest BaseExceptions in '%s'", {t->name});
  }
  Value v = alloc_instance(t);
  if (!v) {
    decref(excs);
    return v;
  }
  as_exc(v)->args = make_tuple_from(args, nargs);
  as_group(v)->msg = newref(args[0]);
  as_group(v)->excs = excs;
  return v;
}

// BaseExceptionGroup.__new__(cls, message, exceptions) called directly (super().__new__).
Value eg_new_wrapper(Value, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (nargs < 1) return raise_type_error("BaseExceptionGroup.__new__(): not enough arguments");
  if (!is_type(args[0]))
    return raise_fmt(TypeErrorType, "BaseExceptionGroup.__new__(X): X is not a type object (%s)", {type_name(args[0])});
  Type* sub = as_type(args[0]);
  if (!is_subtype(sub, BaseExceptionGroupType))
    return raise_fmt(TypeErrorType, "BaseExceptionGroup.__new__(%s): %s is not a subtype of BaseExceptionGroup",
                     {sub->name, sub->name});
  return eg_new(sub, args + 1, nargs - 1, kwnames);
}

// The sub-exceptions (an empty tuple for a group made without them).
Tuple* group_excs(Value eg) { return as_tuple(as_group(eg)->excs ? as_group(eg)->excs : empty_tuple()); }

Value eg_get_message(Value self) { return newref(as_group(self)->msg ? as_group(self)->msg : None()); }
Value eg_get_exceptions(Value self) { return newref(as_group(self)->excs ? as_group(self)->excs : empty_tuple()); }
// The read-only attributes refuse to be set.
int eg_readonly(Value, Value) {
  raise(AttributeErrorType, "readonly attribute");
  return -1;
}

// What split() / subgroup() match with.
enum class Matcher { Type, Predicate, Ids };
struct Match {
  Matcher kind;
  Value value;                    // the class (or tuple), or the predicate
  const std::set<Object*>* ids;   // for Ids
};

// The kind of a split()/subgroup() argument; false with a TypeError.
bool matcher_of(Value v, Match* m) {
  m->value = v;
  m->ids = nullptr;
  if (type_of(v)->call && !is_type(v)) {
    m->kind = Matcher::Predicate;
    return true;
  }
  if (is_type(v) && is_subtype(as_type(v), BaseExceptionType)) {
    m->kind = Matcher::Type;
    return true;
  }
  if (is_tuple(v)) {
    Tuple* t = as_tuple(v);
    bool ok = true;
    for (std::size_t i = 0; i < t->length; ++i)
      ok = ok && is_type(t->items[i]) && is_subtype(as_type(t->items[i]), BaseExceptionType);
    if (ok) {
      m->kind = Matcher::Type;
      return true;
    }
  }
  raise_type_error("expected a function, exception type or tuple of exception types");
  return false;
}

// Whether exc matches: 1, 0, or -1 with an error set.
int matches(Value exc, const Match& m) {
  switch (m.kind) {
    case Matcher::Type: return exception_matches(exc, m.value) ? 1 : 0;
    case Matcher::Predicate: {
      Value r = call(m.value, &exc, 1, nullptr);
      if (!r) return -1;
      int b = is_true(r);
      decref(r);
      return b;
    }
    case Matcher::Ids: return m.ids->count(exc.obj()) ? 1 : 0;
  }
  return 0;
}

// eg.derive(excs) with eg's traceback, cause, context and notes (a copy): the part of
// a split. *out is null when excs is empty. -1 with an error set.
int subset(Value eg, std::vector<Value>& excs, Value* out) {
  *out = Value();
  if (excs.empty()) return 0;
  Value list = make_list(0);
  if (!list) return -1;
  for (Value e : excs)
    if (list_append(list, e) < 0) {
      decref(list);
      return -1;
    }
  Value r = call_method(eg, intern("derive"), &list, 1);
  decref(list);
  if (!r) return -1;
  if (!is_exception_group(r)) {
    decref(r);
    raise_type_error("derive must return an instance of BaseExceptionGroup");
    return -1;
  }
  Exception* src = as_exc(eg);
  Exception* dst = as_exc(r);
  if (src->traceback) {
    xdecref(dst->traceback);
    dst->traceback = newref(src->traceback);
  }
  xdecref(dst->context);
  dst->context = src->context ? newref(src->context) : Value();
  xdecref(dst->cause);
  dst->cause = src->cause ? newref(src->cause) : Value();
  dst->suppress_context = true;  // as PyException_SetCause does
  if (src->dict) {
    if (Value notes = dict_get_str(val(src->dict), intern("__notes__"))) {
      if (is_list(notes) || is_tuple(notes)) {
        Value copy = list_from_iterable(notes);
        if (!copy) {
          decref(r);
          return -1;
        }
        if (!dst->dict) dst->dict = as_dict(make_dict());
        dict_set_str(val(dst->dict), "__notes__", copy);
        decref(copy);
      }
    }
  }
  *out = r;
  return 0;
}

// CPython's exceptiongroup_split_recursive: the matching part of exc (*match) and, if
// asked, the rest (*rest); each null when empty. -1 with an error set.
int split_recursive(Value exc, const Match& m, bool construct_rest, Value* match, Value* rest) {
  *match = Value();
  *rest = Value();
  int is_match = matches(exc, m);
  if (is_match < 0) return -1;
  if (is_match) {
    *match = newref(exc);
    return 0;
  }
  if (!is_exception_group(exc)) {
    if (construct_rest) *rest = newref(exc);
    return 0;
  }
  Tuple* excs = group_excs(exc);
  std::vector<Value> match_list, rest_list;
  int result = 0;
  for (std::size_t i = 0; i < excs->length && result == 0; ++i) {
    Value sm, sr;
    if (split_recursive(excs->items[i], m, construct_rest, &sm, &sr) < 0) {
      result = -1;
      break;
    }
    if (sm) match_list.push_back(sm);
    if (sr) rest_list.push_back(sr);
  }
  if (result == 0) result = subset(exc, match_list, match);
  if (result == 0 && construct_rest) {
    result = subset(exc, rest_list, rest);
    if (result < 0) {
      xdecref(*match);
      *match = Value();
    }
  }
  for (Value v : match_list) decref(v);
  for (Value v : rest_list) decref(v);
  return result;
}

// eg.split(matcher) -> (match, rest)
Value eg_split(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("split", nargs, 1)) return Value();
  Match m;
  if (!matcher_of(args[0], &m)) return Value();
  Value match, rest;
  if (split_recursive(self, m, true, &match, &rest) < 0) return Value();
  Value r = tuple_pack({match ? match : None(), rest ? rest : None()});
  xdecref(match);
  xdecref(rest);
  return r;
}

// eg.subgroup(matcher) -> match or None
Value eg_subgroup(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("subgroup", nargs, 1)) return Value();
  Match m;
  if (!matcher_of(args[0], &m)) return Value();
  Value match, rest;
  if (split_recursive(self, m, false, &match, &rest) < 0) return Value();
  return match ? match : newref(None());
}

// A new BaseExceptionGroup(message, excs) (an ExceptionGroup when it can be).
Value new_group(Value message, Value excs) {
  Value args[2] = {message, excs};
  return call(val(BaseExceptionGroupType), args, 2, nullptr);
}

// eg.derive(excs)
Value eg_derive(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("derive", nargs, 1)) return Value();
  return new_group(as_group(self)->msg ? as_group(self)->msg : None(), args[0]);
}

// The ids of the leaf exceptions of the exceptions in `excs` (groups looked through).
void collect_leaf_ids(Value e, std::set<Object*>& ids) {
  if (!is_exception_group(e)) {
    ids.insert(e.obj());
    return;
  }
  Tuple* t = group_excs(e);
  for (std::size_t i = 0; i < t->length; ++i) collect_leaf_ids(t->items[i], ids);
}

// Whether two exceptions carry the same traceback, cause and context (a re-raise).
bool same_metadata(Value a, Value b) {
  Exception* x = as_exc(a);
  Exception* y = as_exc(b);
  return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

}  // namespace

bool is_exception_group(Value v) { return v.is_object() && isinstance_type(v, BaseExceptionGroupType); }
Value exc_group_exceptions(Value eg) { return val(group_excs(eg)); }
Value exc_group_message(Value eg) { return as_group(eg)->msg; }

// str(eg): "message (n sub-exceptions)".
Value exc_group_str(Value e) {
  Value ms = str(as_group(e)->msg ? as_group(e)->msg : None());
  if (!ms) return ms;
  std::size_t n = as_group(e)->excs ? as_tuple(as_group(e)->excs)->length : 0;
  std::string s = str_utf8_ref(as_str(ms)) + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")";
  decref(ms);
  return make_str_utf8(s);
}

int exc_group_match(Value exc, Value match_type, Value* match, Value* rest) {
  *match = Value();
  *rest = Value();
  auto check = [](Value t) {
    if (!is_type(t) || !is_subtype(as_type(t), BaseExceptionType)) {
      raise_type_error("catching classes that do not inherit from BaseException is not allowed");
      return false;
    }
    if (is_subtype(as_type(t), BaseExceptionGroupType)) {
      raise_type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
      return false;
    }
    return true;
  };
  if (is_tuple(match_type)) {
    Tuple* t = as_tuple(match_type);
    for (std::size_t i = 0; i < t->length; ++i)
      if (!check(t->items[i])) return -1;
  } else if (!check(match_type)) {
    return -1;
  }
  if (exc == None()) {
    *match = newref(None());
    *rest = newref(None());
    return 0;
  }
  if (exception_matches(exc, match_type)) {
    if (is_exception_group(exc)) {
      *match = newref(exc);
    } else {
      // A naked exception: wrapped in a group with its traceback.
      Value msg = make_str(U"");
      Value excs = tuple_pack({exc});
      Value wrapped = new_group(msg, excs);
      decref(msg);
      decref(excs);
      if (!wrapped) return -1;
      if (as_exc(exc)->traceback) {
        xdecref(as_exc(wrapped)->traceback);
        as_exc(wrapped)->traceback = newref(as_exc(exc)->traceback);
      }
      *match = wrapped;
    }
    *rest = newref(None());
    return 0;
  }
  if (is_exception_group(exc)) {
    Value pair = call_method(exc, intern("split"), &match_type, 1);
    if (!pair) return -1;
    if (!is_tuple(pair) || as_tuple(pair)->length != 2) {
      decref(pair);
      raise_type_error("X.split(T) must return a tuple, not " + type_name(pair));
      return -1;
    }
    *match = newref(as_tuple(pair)->items[0]);
    *rest = newref(as_tuple(pair)->items[1]);
    decref(pair);
    return 0;
  }
  *match = newref(None());
  *rest = newref(None());
  return 0;
}

Value prep_reraise_star(Value orig, Value excs) {
  List* l = as_list(excs);
  if (l->length == 0) return newref(None());
  if (!is_exception_group(orig)) return newref(l->items[0]);  // a naked exception: one clause ran
  std::vector<Value> raised, reraised;
  for (std::size_t i = 0; i < l->length; ++i) {
    Value e = l->items[i];
    if (e == None()) continue;
    (same_metadata(e, orig) ? reraised : raised).push_back(e);
  }
  // The re-raised part: orig restricted to the leaves that were re-raised.
  Value reraised_eg;
  if (!reraised.empty()) {
    std::set<Object*> ids;
    for (Value e : reraised) collect_leaf_ids(e, ids);
    Match m{Matcher::Ids, Value(), &ids};
    Value rest;
    if (split_recursive(orig, m, false, &reraised_eg, &rest) < 0) return Value();
  }
  if (raised.empty()) return reraised_eg ? reraised_eg : newref(None());
  if (reraised_eg) raised.push_back(reraised_eg);
  Value result;
  if (raised.size() > 1) {
    Value list = make_list(0);
    if (!list) {
      xdecref(reraised_eg);
      return list;
    }
    for (Value e : raised) list_append(list, e);
    Value msg = make_str(U"");
    result = new_group(msg, list);
    decref(msg);
    decref(list);
  } else {
    result = newref(raised[0]);
  }
  xdecref(reraised_eg);
  return result;
}

// Gives the group types their layout, constructor, attributes and methods (called by
// init_exception_types once the hierarchy is set up).
void init_exception_group_types() {
  g_base_dealloc = BaseExceptionType->dealloc;
  g_base_traverse = BaseExceptionType->traverse;
  for (Type* t : {BaseExceptionGroupType, ExceptionGroupType}) {
    t->basic_size = sizeof(ExcGroup);
    t->dealloc = eg_dealloc;
    t->traverse = eg_traverse;
    t->new_fn = eg_new;
  }
  type_add(BaseExceptionGroupType, "__new__",
           make_builtin_function("__new__", eg_new_wrapper, val(BaseExceptionGroupType)));
  add_getset(BaseExceptionGroupType, "message", eg_get_message, eg_readonly);
  add_getset(BaseExceptionGroupType, "exceptions", eg_get_exceptions, eg_readonly);
  add_method(BaseExceptionGroupType, "split", eg_split);
  add_method(BaseExceptionGroupType, "subgroup", eg_subgroup);
  add_method(BaseExceptionGroupType, "derive", eg_derive);
  type_modified(BaseExceptionGroupType);
  type_modified(ExceptionGroupType);
}

}  // namespace peppy::objects
