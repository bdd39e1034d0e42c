// exceptions.cpp: BaseException and the built-in exception hierarchy of Python 3.11:
// construction (args, the extra attributes of StopIteration, SystemExit, OSError with
// its errno subclasses, ImportError, NameError, AttributeError, SyntaxError), str()
// and repr() as CPython's, __cause__/__context__/__traceback__/__suppress_context__,
// with_traceback, add_note; and `except` matching. The exception groups' own parts are
// in exc_group.cpp.
#include <vector>

#include "objects/core.hpp"

namespace peppy::objects {

Value exc_group_str(Value e);          // exc_group.cpp
void init_exception_group_types();     // exc_group.cpp

#define PEPPY_EXCEPTIONS(X)                                                                                   \
  X(BaseException, BaseException) X(BaseExceptionGroup, BaseException) X(GeneratorExit, BaseException)       \
  X(KeyboardInterrupt, BaseException) X(SystemExit, BaseException) X(Exception, BaseException)               \
  X(ArithmeticError, Exception) X(FloatingPointError, ArithmeticError) X(OverflowError, ArithmeticError)     \
  X(ZeroDivisionError, ArithmeticError) X(AssertionError, Exception) X(AttributeError, Exception)            \
  X(BufferError, Exception) X(EOFError, Exception) X(ExceptionGroup, BaseExceptionGroup)                     \
  X(ImportError, Exception) X(ModuleNotFoundError, ImportError) X(LookupError, Exception)                    \
  X(IndexError, LookupError) X(KeyError, LookupError) X(MemoryError, Exception) X(NameError, Exception)      \
  X(UnboundLocalError, NameError) X(OSError, Exception) X(BlockingIOError, OSError)                          \
  X(ChildProcessError, OSError) X(ConnectionError, OSError) X(BrokenPipeError, ConnectionError)              \
  X(ConnectionAbortedError, ConnectionError) X(ConnectionRefusedError, ConnectionError)                      \
  X(ConnectionResetError, ConnectionError) X(FileExistsError, OSError) X(FileNotFoundError, OSError)         \
  X(InterruptedError, OSError) X(IsADirectoryError, OSError) X(NotADirectoryError, OSError)                  \
  X(PermissionError, OSError) X(ProcessLookupError, OSError) X(TimeoutError, OSError)                        \
  X(ReferenceError, Exception) X(RuntimeError, Exception) X(NotImplementedError, RuntimeError)               \
  X(RecursionError, RuntimeError) X(StopAsyncIteration, Exception) X(StopIteration, Exception)               \
  X(SyntaxError, Exception) X(IndentationError, SyntaxError) X(TabError, IndentationError)                   \
  X(SystemError, Exception) X(TypeError, Exception) X(ValueError, Exception) X(UnicodeError, ValueError)     \
  X(UnicodeDecodeError, UnicodeError) X(UnicodeEncodeError, UnicodeError)                                    \
  X(UnicodeTranslateError, UnicodeError) X(Warning, Exception) X(BytesWarning, Warning)                      \
  X(DeprecationWarning, Warning) X(EncodingWarning, Warning) X(FutureWarning, Warning)                       \
  X(ImportWarning, Warning) X(PendingDeprecationWarning, Warning) X(ResourceWarning, Warning)                \
  X(RuntimeWarning, Warning) X(SyntaxWarning, Warning) X(UnicodeWarning, Warning) X(UserWarning, Warning)

enum ExcId : int {
#define PEPPY_EXC_ID(name, base) E_##name,
  PEPPY_EXCEPTIONS(PEPPY_EXC_ID)
#undef PEPPY_EXC_ID
      E_COUNT
};
struct ExcSpec {
  const char* name;
  int base;
};
static const ExcSpec kExc[] = {
#define PEPPY_EXC_SPEC(name, base) {#name, E_##base},
    PEPPY_EXCEPTIONS(PEPPY_EXC_SPEC)
#undef PEPPY_EXC_SPEC
};
static Type g_exc[E_COUNT];

Type* const BaseExceptionType = &g_exc[E_BaseException];
Type* const ExceptionType = &g_exc[E_Exception];
Type* const TypeErrorType = &g_exc[E_TypeError];
Type* const ValueErrorType = &g_exc[E_ValueError];
Type* const IndexErrorType = &g_exc[E_IndexError];
Type* const KeyErrorType = &g_exc[E_KeyError];
Type* const NameErrorType = &g_exc[E_NameError];
Type* const UnboundLocalErrorType = &g_exc[E_UnboundLocalError];
Type* const AttributeErrorType = &g_exc[E_AttributeError];
Type* const ZeroDivisionErrorType = &g_exc[E_ZeroDivisionError];
Type* const OverflowErrorType = &g_exc[E_OverflowError];
Type* const RecursionErrorType = &g_exc[E_RecursionError];
Type* const StopIterationType = &g_exc[E_StopIteration];
Type* const AssertionErrorType = &g_exc[E_AssertionError];
Type* const RuntimeErrorType = &g_exc[E_RuntimeError];
Type* const NotImplementedErrorType = &g_exc[E_NotImplementedError];
Type* const ImportErrorType = &g_exc[E_ImportError];
Type* const ModuleNotFoundErrorType = &g_exc[E_ModuleNotFoundError];
Type* const LookupErrorType = &g_exc[E_LookupError];
Type* const ArithmeticErrorType = &g_exc[E_ArithmeticError];
Type* const MemoryErrorType = &g_exc[E_MemoryError];
Type* const SystemExitType = &g_exc[E_SystemExit];
Type* const KeyboardInterruptType = &g_exc[E_KeyboardInterrupt];
Type* const GeneratorExitType = &g_exc[E_GeneratorExit];
Type* const UnicodeErrorType = &g_exc[E_UnicodeError];
Type* const OSErrorType = &g_exc[E_OSError];
Type* const BaseExceptionGroupType = &g_exc[E_BaseExceptionGroup];
Type* const SyntaxErrorType = &g_exc[E_SyntaxError];
Type* const IndentationErrorType = &g_exc[E_IndentationError];
Type* const TabErrorType = &g_exc[E_TabError];
Type* const StopAsyncIterationType = &g_exc[E_StopAsyncIteration];
Type* const SystemErrorType = &g_exc[E_SystemError];
Type* const EOFErrorType = &g_exc[E_EOFError];
Type* const UnicodeDecodeErrorType = &g_exc[E_UnicodeDecodeError];
Type* const UnicodeEncodeErrorType = &g_exc[E_UnicodeEncodeError];
Type* const ExceptionGroupType = &g_exc[E_ExceptionGroup];
Type* const WarningType = &g_exc[E_Warning];
Type* const DeprecationWarningType = &g_exc[E_DeprecationWarning];
Type* const RuntimeWarningType = &g_exc[E_RuntimeWarning];
Type* const UserWarningType = &g_exc[E_UserWarning];
Type* const FileNotFoundErrorType = &g_exc[E_FileNotFoundError];
Type* const FileExistsErrorType = &g_exc[E_FileExistsError];
Type* const PermissionErrorType = &g_exc[E_PermissionError];
Type* const IsADirectoryErrorType = &g_exc[E_IsADirectoryError];
Type* const NotADirectoryErrorType = &g_exc[E_NotADirectoryError];
Type* const TimeoutErrorType = &g_exc[E_TimeoutError];
Type* const ReferenceErrorType = &g_exc[E_ReferenceError];
Type* const BufferErrorType = &g_exc[E_BufferError];
Type* const FloatingPointErrorType = &g_exc[E_FloatingPointError];
Type* const SyntaxWarningType = &g_exc[E_SyntaxWarning];
Type* const ResourceWarningType = &g_exc[E_ResourceWarning];
Type* const PendingDeprecationWarningType = &g_exc[E_PendingDeprecationWarning];
Type* const ImportWarningType = &g_exc[E_ImportWarning];
Type* const FutureWarningType = &g_exc[E_FutureWarning];
Type* const BytesWarningType = &g_exc[E_BytesWarning];
Type* const UnicodeWarningType = &g_exc[E_UnicodeWarning];
Type* const EncodingWarningType = &g_exc[E_EncodingWarning];
Type* const ConnectionErrorType = &g_exc[E_ConnectionError];
Type* const BlockingIOErrorType = &g_exc[E_BlockingIOError];
Type* const ChildProcessErrorType = &g_exc[E_ChildProcessError];
Type* const BrokenPipeErrorType = &g_exc[E_BrokenPipeError];
Type* const InterruptedErrorType = &g_exc[E_InterruptedError];
Type* const ProcessLookupErrorType = &g_exc[E_ProcessLookupError];
Type* const UnicodeTranslateErrorType = &g_exc[E_UnicodeTranslateError];

// The built-in exception types (for the builtins module).
std::size_t exception_type_count() { return E_COUNT; }
// The i-th built-in exception type.
Type* exception_type_at(std::size_t i) { return &g_exc[i]; }

// ---------------------------------------------------------------- instance attributes
// Sets exc.__dict__[name] = v (borrowed).
static int exc_set_attr(Value e, const char* name, Value v) {
  Exception* x = as_exc(e);
  if (!x->dict) x->dict = as_dict(make_dict());
  return dict_set_str(val(x->dict), name, v);
}

// Sets the per-class attributes from args (and the keyword arguments some classes take).
static int exc_special_init(Value self, Value args, const Value* kwvals, Tuple* kwnames) {
  Type* t = type_of(self);
  Tuple* a = as_tuple(args);
  Value first = a->length ? a->items[0] : None();
  std::size_t nkw = kwnames ? kwnames->length : 0;
  auto kwarg = [&](const char* name) -> Value {
    for (std::size_t i = 0; i < nkw; ++i)
      if (str_utf8_ref(as_str(kwnames->items[i])) == name) return kwvals[i];
    return Value();
  };
  auto only_kw = [&](std::initializer_list<const char*> allowed, const char* fname) -> bool {
    for (std::size_t i = 0; i < nkw; ++i) {
      const std::string& k = str_utf8_ref(as_str(kwnames->items[i]));
      bool ok = false;
      for (const char* n : allowed) ok = ok || k == n;
      if (!ok) {
        raise_fmt(TypeErrorType, "'%s' is an invalid keyword argument for %s()", {k, fname});
        return false;
      }
    }
    return true;
  };
  if (is_subtype(t, StopIterationType)) return exc_set_attr(self, "value", first);
  if (is_subtype(t, SystemExitType))
    return exc_set_attr(self, "code", a->length == 0 ? None() : a->length == 1 ? first : args);
  if (is_subtype(t, ImportErrorType)) {
    if (!only_kw({"name", "path"}, t->name.c_str())) return -1;
    Value n = kwarg("name"), p = kwarg("path");
    exc_set_attr(self, "name", n ? n : None());
    exc_set_attr(self, "path", p ? p : None());
    return exc_set_attr(self, "msg", a->length == 1 ? first : None());
  }
  if (is_subtype(t, NameErrorType)) {
    if (!only_kw({"name"}, t->name.c_str())) return -1;
    Value n = kwarg("name");
    return exc_set_attr(self, "name", n ? n : None());
  }
  if (is_subtype(t, AttributeErrorType)) {
    if (!only_kw({"name", "obj"}, t->name.c_str())) return -1;
    Value n = kwarg("name"), o = kwarg("obj");
    exc_set_attr(self, "name", n ? n : None());
    return exc_set_attr(self, "obj", o ? o : None());
  }
  if (nkw && (t->flags & TF_HEAPTYPE) == 0) {
    raise_fmt(TypeErrorType, "%s() takes no keyword arguments", {t->name});
    return -1;
  }
  if (is_subtype(t, OSErrorType)) {
    Value err = None(), strerror = None(), filename = None();
    if (a->length >= 2 && a->length <= 5) {
      err = a->items[0];
      strerror = a->items[1];
      if (a->length >= 3) filename = a->items[2];
    }
    exc_set_attr(self, "errno", err);
    exc_set_attr(self, "strerror", strerror);
    exc_set_attr(self, "filename", filename);
    exc_set_attr(self, "filename2", a->length >= 5 ? a->items[4] : None());
    if (a->length >= 3 && a->length <= 5) {
      // args keeps only (errno, strerror).
      Exception* x = as_exc(self);
      Value old = x->args;
      x->args = tuple_pack({a->items[0], a->items[1]});
      decref(old);
    }
    return 0;
  }
  if (is_subtype(t, SyntaxErrorType)) {
    exc_set_attr(self, "msg", a->length >= 1 ? first : None());
    Value info = a->length >= 2 ? a->items[1] : Value();
    const char* fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    for (std::size_t i = 0; i < 6; ++i) {
      Value v = None();
      if (info && is_tuple(info) && i < as_tuple(info)->length) v = as_tuple(info)->items[i];
      exc_set_attr(self, fields[i], v);
    }
    return exc_set_attr(self, "print_file_and_line", None());
  }
  if ((is_subtype(t, UnicodeEncodeErrorType) || is_subtype(t, UnicodeDecodeErrorType)) && a->length == 5) {
    const char* fields[] = {"encoding", "object", "start", "end", "reason"};
    for (std::size_t i = 0; i < 5; ++i) exc_set_attr(self, fields[i], a->items[i]);
    return 0;
  }
  return 0;
}

// ---------------------------------------------------------------- new / init
// The errno-specific subclass OSError(errno, ...) makes.
static Type* oserror_subclass(Value err) {
  std::int64_t e;
  if (!err.is_small()) return OSErrorType;
  e = err.small_value();
  switch (e) {
    case 17: return &g_exc[E_FileExistsError];
    case 2: return &g_exc[E_FileNotFoundError];
    case 21: return &g_exc[E_IsADirectoryError];
    case 20: return &g_exc[E_NotADirectoryError];
    case 1:
    case 13: return &g_exc[E_PermissionError];
    case 10: return &g_exc[E_ChildProcessError];
    case 32: return &g_exc[E_BrokenPipeError];
    case 103: return &g_exc[E_ConnectionAbortedError];
    case 111: return &g_exc[E_ConnectionRefusedError];
    case 104: return &g_exc[E_ConnectionResetError];
    case 3: return &g_exc[E_ProcessLookupError];
    case 110: return &g_exc[E_TimeoutError];
    case 4: return &g_exc[E_InterruptedError];
    case 11: return &g_exc[E_BlockingIOError];
    default: return OSErrorType;
  }
}

// BaseException.__new__: an instance with args set.
static Value exc_new(Type* t, const Value* args, std::size_t nargs, Tuple*) {
  if (t == OSErrorType && nargs >= 2) t = oserror_subclass(args[0]);
  Value v = alloc_instance(t);
  if (!v) return v;
  as_exc(v)->args = make_tuple_from(args, nargs);
  return v;
}

// BaseException.__init__: args again, then the class's attributes.
static int exc_init(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  Exception* x = as_exc(self);
  Value old = x->args;
  x->args = make_tuple_from(args, nargs);
  xdecref(old);
  return exc_special_init(self, x->args, args + nargs, kwnames);
}

// A new exception of type t with the given args tuple (borrowed): the class is called
// for Python-defined exception classes, so their __init__ runs.
Value make_exception(Type* t, Value args) {
  if (t->flags & TF_HEAPTYPE) {
    Tuple* a = as_tuple(args);
    return call(val(t), a->items, a->length);
  }
  Tuple* a = as_tuple(args);
  Value v = exc_new(t, a->items, a->length, nullptr);
  if (!v) return v;
  if (exc_special_init(v, as_exc(v)->args, nullptr, nullptr) < 0) {
    decref(v);
    return Value();
  }
  return v;
}

// Raises KeyError(key) (its str is the key's repr).
Value raise_key_error(Value key) {
  Value args = tuple_pack({key});
  Value e = make_exception(KeyErrorType, args);
  decref(args);
  if (e) {
    set_error(e);
    decref(e);
  }
  return Value();
}

// Raises UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason).
Value raise_unicode_error(Type* t, std::string_view encoding, Value object, std::int64_t start, std::int64_t end,
                          std::string_view reason) {
  Value en = make_str_utf8(encoding), rs = make_str_utf8(reason), s = make_int(start), e = make_int(end);
  Value args = tuple_pack({en, object, s, e, rs});
  decref(en);
  decref(rs);
  Value ex = make_exception(t, args);
  decref(args);
  if (ex) {
    set_error(ex);
    decref(ex);
  }
  return Value();
}

// Raises StopIteration(value).
Value raise_stop_iteration(Value value) {
  Value args = value ? tuple_pack({value}) : newref(empty_tuple());
  Value e = make_exception(StopIterationType, args);
  decref(args);
  if (e) {
    set_error(e);
    decref(e);
  }
  return Value();
}

// Frees an exception.
static void exc_dealloc(Object* o) {
  Exception* x = static_cast<Exception*>(o);
  if (x->dict) decref(val(x->dict));
  xdecref(x->args);
  xdecref(x->traceback);
  xdecref(x->context);
  xdecref(x->cause);
  free_instance(o);
}
// Visits the references of an exception (for the cycle collector).
static void exc_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  Exception* x = static_cast<Exception*>(o);
  if (x->dict) visit(val(x->dict), arg);
  for (Value v : {x->args, x->traceback, x->context, x->cause})
    if (v.is_object()) visit(v, arg);
}

// ---------------------------------------------------------------- str / repr
// An attribute from the instance dict (borrowed) or null.
static Value exc_attr(Value e, const char* name) {
  Exception* x = as_exc(e);
  if (!x->dict) return Value();
  return dict_get_str(val(x->dict), intern(name));
}

// str(exc) as CPython: "" / str(arg) / str(args); KeyError uses repr of its one arg.
Value exc_str(Value e) {
  Type* t = type_of(e);
  Tuple* a = as_tuple(as_exc(e)->args);
  if (is_subtype(t, OSErrorType)) {
    Value err = exc_attr(e, "errno"), se = exc_attr(e, "strerror"), fn = exc_attr(e, "filename");
    if (err && se && err != None() && se != None()) {
      Value er = str(err), ss = str(se);
      if (!er || !ss) {
        xdecref(er);
        xdecref(ss);
        return Value();
      }
      std::string s = "[Errno " + str_utf8_ref(as_str(er)) + "] " + str_utf8_ref(as_str(ss));
      decref(er);
      decref(ss);
      if (fn && fn != None()) {
        Value fr = repr(fn);
        if (!fr) return fr;
        s += ": " + str_utf8_ref(as_str(fr));
        decref(fr);
        Value fn2 = exc_attr(e, "filename2");
        if (fn2 && fn2 != None()) {
          Value f2 = repr(fn2);
          if (!f2) return f2;
          s += " -> " + str_utf8_ref(as_str(f2));
          decref(f2);
        }
      }
      return make_str_utf8(s);
    }
  }
  if (is_subtype(t, SyntaxErrorType)) {
    Value msg = exc_attr(e, "msg"), fn = exc_attr(e, "filename"), ln = exc_attr(e, "lineno");
    Value ms = str(msg ? msg : None());
    if (!ms) return ms;
    std::string s = str_utf8_ref(as_str(ms));
    decref(ms);
    bool has_fn = fn && is_str(fn), has_ln = ln && is_int(ln);
    if (has_fn || has_ln) {
      std::string f = has_fn ? str_utf8_ref(as_str(fn)) : "";
      std::size_t slash = f.rfind('/');
      if (slash != std::string::npos) f = f.substr(slash + 1);
      Value lr = has_ln ? repr(ln) : Value();
      if (has_fn && has_ln)
        s += " (" + f + ", line " + str_utf8_ref(as_str(lr)) + ")";
      else if (has_fn)
        s += " (" + f + ")";
      else
        s += " (line " + str_utf8_ref(as_str(lr)) + ")";
      xdecref(lr);
    }
    return make_str_utf8(s);
  }
  bool enc = is_subtype(t, UnicodeEncodeErrorType);
  if ((enc || is_subtype(t, UnicodeDecodeErrorType)) && exc_attr(e, "reason")) {
    Value en = exc_attr(e, "encoding"), obj = exc_attr(e, "object"), st = exc_attr(e, "start"),
          end = exc_attr(e, "end"), rs = exc_attr(e, "reason");
    std::int64_t s0 = 0, e0 = 0;
    if (en && obj && st && end && rs && is_str(en) && is_str(rs) && int_to_int64(st, s0) && int_to_int64(end, e0)) {
      std::string head = "'" + str_utf8_ref(as_str(en)) + "' codec can't " + (enc ? "encode " : "decode ");
      char buf[64];
      if (e0 == s0 + 1) {
        unsigned c = 0;
        if (enc && is_str(obj) && s0 >= 0 && static_cast<std::size_t>(s0) < as_str(obj)->length)
          c = as_str(obj)->data[s0];
        else if (!enc && is_exact(obj, BytesType) && s0 >= 0 && static_cast<std::size_t>(s0) < static_cast<Bytes*>(obj.obj())->length)
          c = static_cast<Bytes*>(obj.obj())->data[s0];
        if (enc)
          std::snprintf(buf, sizeof buf, c < 0x100 ? "character '\\x%02x'" : c < 0x10000 ? "character '\\u%04x'" : "character '\\U%08x'", c);
        else
          std::snprintf(buf, sizeof buf, "byte 0x%02x", c);
        head += std::string(buf) + " in position " + std::to_string(s0);
      } else {
        head += std::string(enc ? "characters" : "bytes") + " in position " + std::to_string(s0) + "-" + std::to_string(e0 - 1);
      }
      return make_str_utf8(head + ": " + str_utf8_ref(as_str(rs)));
    }
  }
  if (is_subtype(t, BaseExceptionGroupType)) return exc_group_str(e);
  if (a->length == 0) return make_str(U"");
  if (a->length == 1) {
    if (is_subtype(t, KeyErrorType)) return repr(a->items[0]);
    return str(a->items[0]);
  }
  return str(as_exc(e)->args);
}
// str() of an exception.
static Value exc_str_slot(Value e) { return exc_str(e); }

// repr(exc): "KeyError('x')", "ValueError()", "ValueError('a', 1)".
static Value exc_repr(Value e) {
  Type* t = type_of(e);
  Tuple* a = as_tuple(as_exc(e)->args);
  std::string s = t->name;
  if (a->length == 1) {
    Value r = repr(a->items[0]);
    if (!r) return r;
    s += "(" + str_utf8_ref(as_str(r)) + ")";
    decref(r);
  } else {
    Value r = repr(as_exc(e)->args);
    if (!r) return r;
    s += str_utf8_ref(as_str(r));
    decref(r);
  }
  return make_str_utf8(s);
}

// ---------------------------------------------------------------- attributes
static Value exc_get_args(Value e) { return newref(as_exc(e)->args); }
// Sets the args attribute of an exception.
static int exc_set_args(Value e, Value v) {
  if (!v) {
    raise_type_error("args may not be deleted");
    return -1;
  }
  Value t = tuple_from_iterable(v);
  if (!t) return -1;
  Value old = as_exc(e)->args;
  as_exc(e)->args = t;
  xdecref(old);
  return 0;
}
// The __traceback__ attribute of an exception (getter).
static Value exc_get_tb(Value e) { return newref(as_exc(e)->traceback ? as_exc(e)->traceback : None()); }
// Sets the __traceback__ attribute of an exception.
static int exc_set_tb(Value e, Value v) {
  if (!v) {
    raise_type_error("__traceback__ may not be deleted");
    return -1;
  }
  if (v != None() && type_name(v) != "traceback") {
    raise_type_error("__traceback__ must be a traceback or None");
    return -1;
  }
  Value old = as_exc(e)->traceback;
  as_exc(e)->traceback = v == None() ? Value() : newref(v);
  xdecref(old);
  return 0;
}
// The __cause__ attribute of an exception (getter).
static Value exc_get_cause(Value e) { return newref(as_exc(e)->cause ? as_exc(e)->cause : None()); }
// Sets the __cause__ attribute of an exception.
static int exc_set_cause(Value e, Value v) {
  if (!v) {
    raise_type_error("__cause__ may not be deleted");
    return -1;
  }
  if (v != None() && !is_exception(v)) {
    raise_type_error("exception cause must be None or derive from BaseException");
    return -1;
  }
  Value old = as_exc(e)->cause;
  as_exc(e)->cause = v == None() ? Value() : newref(v);
  as_exc(e)->suppress_context = true;
  xdecref(old);
  return 0;
}
// The __context__ attribute of an exception (getter).
static Value exc_get_context(Value e) { return newref(as_exc(e)->context ? as_exc(e)->context : None()); }
// Sets the __context__ attribute of an exception.
static int exc_set_context(Value e, Value v) {
  if (!v) {
    raise_type_error("__context__ may not be deleted");
    return -1;
  }
  if (v != None() && !is_exception(v)) {
    raise_type_error("exception context must be None or derive from BaseException");
    return -1;
  }
  Value old = as_exc(e)->context;
  as_exc(e)->context = v == None() ? Value() : newref(v);
  xdecref(old);
  return 0;
}
// The __suppress_context__ attribute of an exception (getter).
static Value exc_get_suppress(Value e) { return newref(boolean(as_exc(e)->suppress_context)); }
// Sets the __suppress_context__ attribute of an exception.
static int exc_set_suppress(Value e, Value v) {
  int b = v ? is_true(v) : 0;
  if (b < 0) return -1;
  as_exc(e)->suppress_context = b != 0;
  return 0;
}
// The __dict__ attribute of an exception (getter).
static Value exc_get_dict(Value e) {
  Exception* x = as_exc(e);
  if (!x->dict) x->dict = as_dict(make_dict());
  return newref(val(x->dict));
}

// exc.with_traceback(tb)
static Value exc_with_traceback(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("with_traceback", nargs, 1)) return Value();
  if (exc_set_tb(self, args[0]) < 0) return Value();
  return newref(self);
}
// exc.add_note(note)
static Value exc_add_note(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("add_note", nargs, 1)) return Value();
  if (!is_str(args[0]))
    return raise_fmt(TypeErrorType, "note must be a str, not '%s'", {type_name(args[0])});
  Value notes = exc_attr(self, "__notes__");
  if (!notes) {
    Value l = make_list(0);
    exc_set_attr(self, "__notes__", l);
    decref(l);
    notes = exc_attr(self, "__notes__");
  }
  if (!is_list(notes)) return raise_type_error("Cannot add note: __notes__ is not a list");
  if (list_append(notes, args[0]) < 0) return Value();
  return newref(None());
}

// Whether exc matches an `except` clause's class or tuple of classes.
bool exception_matches(Value exc, Value type_or_tuple) {
  if (is_tuple(type_or_tuple)) {
    Tuple* t = as_tuple(type_or_tuple);
    for (std::size_t i = 0; i < t->length; ++i)
      if (exception_matches(exc, t->items[i])) return true;
    return false;
  }
  if (!is_type(type_or_tuple)) return false;
  Type* et = is_type(exc) ? as_type(exc) : type_of(exc);
  return is_subtype(et, as_type(type_or_tuple));
}

// Drops an exception's references (the cycle collector breaking a cycle); args becomes ().
static void exc_clear(Object* o) {
  Exception* x = static_cast<Exception*>(o);
  Value d = x->dict ? val(x->dict) : Value();
  Value old[4] = {x->args, x->traceback, x->context, x->cause};
  x->dict = nullptr;
  x->args = newref(empty_tuple());
  x->traceback = x->context = x->cause = Value();
  xdecref(d);
  for (Value v : old) xdecref(v);
}

// Sets up the exception types.
void init_exception_types() {
  for (int i = 0; i < E_COUNT; ++i) {
    Type* t = &g_exc[i];
    type_init(t, kExc[i].name, i == E_BaseException ? ObjectType : &g_exc[kExc[i].base], sizeof(Exception),
              TF_BASETYPE | TF_EXC_SUBCLASS | TF_GC);
    {
      Exception probe;
      t->dict_offset = reinterpret_cast<char*>(&probe.dict) - reinterpret_cast<char*>(&probe);
    }
    if (i == E_BaseException) {
      t->dealloc = exc_dealloc;
      t->traverse = exc_traverse;
      t->clear = exc_clear;
      t->repr = exc_repr;
      t->str = exc_str_slot;
      t->new_fn = exc_new;
      t->init = exc_init;
      t->getattr = generic_getattr;
      t->setattr = generic_setattr;
      add_getset(t, "args", exc_get_args, exc_set_args);
      add_getset(t, "__traceback__", exc_get_tb, exc_set_tb);
      add_getset(t, "__cause__", exc_get_cause, exc_set_cause);
      add_getset(t, "__context__", exc_get_context, exc_set_context);
      add_getset(t, "__suppress_context__", exc_get_suppress, exc_set_suppress);
      add_getset(t, "__dict__", exc_get_dict);
      add_method(t, "with_traceback", exc_with_traceback);
      add_method(t, "add_note", exc_add_note);
    }
    type_ready(t);
  }
  // ExceptionGroup derives from both BaseExceptionGroup and Exception.
  Type* eg = &g_exc[E_ExceptionGroup];
  decref(val(eg->bases));
  eg->bases = as_tuple(tuple_pack({val(BaseExceptionGroupType), val(ExceptionType)}));
  decref(val(eg->mro));
  type_modified(eg);
  eg->mro = as_tuple(tuple_pack({val(eg), val(BaseExceptionGroupType), val(ExceptionType), val(BaseExceptionType),
                                 val(ObjectType)}));
  init_exception_group_types();
}

}  // namespace peppy::objects
