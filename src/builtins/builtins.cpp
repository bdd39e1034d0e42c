// builtins.cpp: the built-in functions and the iterator types behind some of them
// (enumerate, zip, map, filter, reversed, callable_iterator), with CPython's argument
// checks and messages; and the builtins module's dict (functions, types, constants,
// exception classes).
#include <cstdio>
#include <string>
#include <vector>

#include "builtins/builtins.hpp"
#include "bytecode/opcodes.hpp"
#include "objects/core.hpp"
#include "objects/union.hpp"

namespace peppy::builtins {

using namespace objects;

bool native_stream_write(Value stream, std::string_view utf8);
bool read_stdin_line(std::string& line);

// ---------------------------------------------------------------- print, input
// print(*objects, sep=' ', end='\n', file=None, flush=False)
static Value bi_print(Value, const Value* args, std::size_t nargs, Tuple* kwnames) {
  Value sep = None(), end = None(), file = None(), flush = False();
  std::size_t nkw = kwnames ? kwnames->length : 0;
  for (std::size_t i = 0; i < nkw; ++i) {
    const std::string& k = str_utf8_ref(as_str(kwnames->items[i]));
    Value v = args[nargs + i];
    if (k == "sep")
      sep = v;
    else if (k == "end")
      end = v;
    else if (k == "file")
      file = v;
    else if (k == "flush")
      flush = v;
    else
      return raise_fmt(TypeErrorType, "'%s' is an invalid keyword argument for print()", {k});
  }
  if (sep != None() && !is_str(sep))
    return raise_fmt(TypeErrorType, "sep must be None or a string, not %s", {type_name(sep)});
  if (end != None() && !is_str(end))
    return raise_fmt(TypeErrorType, "end must be None or a string, not %s", {type_name(end)});
  if (file == None()) file = std_stdout();
  if (file == None()) return newref(None());
  // Build the whole line, then write it once (native streams) or piecewise (others).
  std::string sep_s = sep == None() ? " " : str_utf8_ref(as_str(sep));
  std::string end_s = end == None() ? "\n" : str_utf8_ref(as_str(end));
  bool native = file.is_object() && type_name(file) == "TextIOWrapper" && type_of(file)->module == "_io";
  if (native) {
    std::string line;
    for (std::size_t i = 0; i < nargs; ++i) {
      if (i) line += sep_s;
      Value s = str(args[i]);
      if (!s) return s;
      line += str_utf8_ref(as_str(s));
      decref(s);
    }
    line += end_s;
    if (!native_stream_write(file, line)) {  // a file opened by open(): through its write()
      Value s = make_str_utf8(line);
      Value r = call_method(file, names.write, &s, 1);
      decref(s);
      if (!r) return r;
      decref(r);
    }
  } else {
    auto write = [&](Value s) -> bool {
      Value r = call_method(file, names.write, &s, 1);
      if (!r) return false;
      decref(r);
      return true;
    };
    for (std::size_t i = 0; i < nargs; ++i) {
      if (i) {
        Value sv = sep == None() ? make_str_ascii(" ") : newref(sep);
        bool ok = write(sv);
        decref(sv);
        if (!ok) return Value();
      }
      Value s = str(args[i]);
      if (!s) return s;
      bool ok = write(s);
      decref(s);
      if (!ok) return Value();
    }
    Value ev = end == None() ? make_str_ascii("\n") : newref(end);
    bool ok = write(ev);
    decref(ev);
    if (!ok) return Value();
  }
  int f = is_true(flush);
  if (f < 0) return Value();
  if (f) {
    Value r = call_method(file, names.flush, nullptr, 0);
    if (!r) return r;
    decref(r);
  }
  return newref(None());
}

// input(prompt='')
static Value bi_input(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("input", kw) || !check_args("input", nargs, 0, 1)) return Value();
  if (nargs) {
    Value s = str(args[0]);
    if (!s) return s;
    Value out = std_stdout();
    if (!native_stream_write(out, str_utf8_ref(as_str(s)))) {
      Value r = call_method(out, names.write, &s, 1);
      if (!r) {
        decref(s);
        return r;
      }
      decref(r);
    }
    decref(s);
  }
  std::string line;
  if (!read_stdin_line(line)) return raise(EOFErrorType, "EOF when reading a line");
  if (!line.empty() && line.back() == '\n') line.pop_back();
  return make_str_utf8(line);
}

// ---------------------------------------------------------------- simple functions
static Value bi_len(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("len", kw) || !check_exact("len", nargs, 1)) return Value();
  std::int64_t n = length(args[0]);
  return n < 0 ? Value() : make_int(n);
}
// repr(): the built-in function.
static Value bi_repr(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("repr", kw) || !check_exact("repr", nargs, 1)) return Value();
  return repr(args[0]);
}
// ascii(obj): repr with non-ASCII characters escaped.
static Value bi_ascii(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("ascii", kw) || !check_exact("ascii", nargs, 1)) return Value();
  Value r = repr(args[0]);
  if (!r) return r;
  std::u32string out;
  for (char32_t c : str_view(as_str(r))) {
    if (c < 128) {
      out += c;
      continue;
    }
    char b[16];
    std::snprintf(b, sizeof b, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", static_cast<unsigned>(c));
    for (char* p = b; *p; ++p) out += static_cast<char32_t>(*p);
  }
  decref(r);
  return make_str(out);
}
// hash(): the built-in function.
static Value bi_hash(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("hash", kw) || !check_exact("hash", nargs, 1)) return Value();
  std::int64_t h = hash(args[0]);
  return h == -1 ? Value() : make_int(h);
}
// id(obj): the address (small ints: their tagged bits).
static Value bi_id(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("id", kw) || !check_exact("id", nargs, 1)) return Value();
  return make_int_u64(args[0].bits());
}
// callable(): the built-in function.
static Value bi_callable(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("callable", kw) || !check_exact("callable", nargs, 1)) return Value();
  return newref(boolean(type_of(args[0])->call != nullptr));
}
// abs(): the built-in function.
static Value bi_abs(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("abs", kw) || !check_exact("abs", nargs, 1)) return Value();
  Value v = args[0];
  if (v.is_small()) return make_int(v.small_value() < 0 ? -v.small_value() : v.small_value());
  UnaryFn f = type_of(v)->absolute;
  if (!f) return raise_fmt(TypeErrorType, "bad operand type for abs(): '%s'", {type_name(v)});
  return f(v);
}
// chr(): the built-in function.
static Value bi_chr(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("chr", kw) || !check_exact("chr", nargs, 1)) return Value();
  if (!is_int(args[0]) && !type_of(args[0])->index)
    return raise_fmt(TypeErrorType, "'%s' object cannot be interpreted as an integer", {type_name(args[0])});
  std::int64_t c;
  if (!index_value(args[0], c, OverflowErrorType)) return Value();
  if (c < 0 || c > 0x10FFFF) return raise(ValueErrorType, "chr() arg not in range(0x110000)");
  char32_t ch = static_cast<char32_t>(c);
  return make_str(std::u32string_view(&ch, 1));
}
// ord(): the built-in function.
static Value bi_ord(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("ord", kw) || !check_exact("ord", nargs, 1)) return Value();
  Value v = args[0];
  if (is_str(v)) {
    if (as_str(v)->length != 1)
      return raise_fmt(TypeErrorType, "ord() expected a character, but string of length %s found",
                       {std::to_string(as_str(v)->length)});
    return make_int(as_str(v)->data[0]);
  }
  if (is_exact(v, BytesType)) {
    auto* b = static_cast<Bytes*>(v.obj());
    if (b->length != 1)
      return raise_fmt(TypeErrorType, "ord() expected a character, but string of length %s found",
                       {std::to_string(b->length)});
    return make_int(b->data[0]);
  }
  return raise_fmt(TypeErrorType, "ord() expected string of length 1, but %s found", {type_name(v)});
}
// hex/oct/bin
static Value int_text(const char* name, const Value* args, std::size_t nargs, Tuple* kw, int base) {
  if (!no_kwargs(name, kw) || !check_exact(name, nargs, 1)) return Value();
  Value i = index_to_int(args[0]);
  if (!i) return i;
  Value r = int_to_str_base(i, base, true);
  decref(i);
  return r;
}
// hex(): the built-in function.
static Value bi_hex(Value, const Value* a, std::size_t n, Tuple* kw) { return int_text("hex", a, n, kw, 16); }
// oct(): the built-in function.
static Value bi_oct(Value, const Value* a, std::size_t n, Tuple* kw) { return int_text("oct", a, n, kw, 8); }
// bin(): the built-in function.
static Value bi_bin(Value, const Value* a, std::size_t n, Tuple* kw) { return int_text("bin", a, n, kw, 2); }

// format(value, format_spec='')
static Value bi_format(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("format", kw) || !check_args("format", nargs, 1, 2)) return Value();
  if (nargs == 2 && !is_str(args[1]))
    return raise_fmt(TypeErrorType, "format() argument 2 must be str, not %s", {type_name(args[1])});
  Value spec = nargs == 2 ? newref(args[1]) : make_str(U"");
  Value r = format(args[0], spec);
  decref(spec);
  return r;
}

// divmod(a, b)
static Value bi_divmod(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("divmod", kw)) return Value();
  if (nargs != 2) return raise_type_error("divmod expected 2 arguments, got " + std::to_string(nargs));
  Value a = args[0], b = args[1];
  if (is_int(a) && is_int(b)) return int_divmod_values(a, b);
  if ((is_float(a) || is_int(a)) && (is_float(b) || is_int(b))) return float_divmod_values(a, b);
  static Str* dm = intern("__divmod__");
  static Str* rdm = intern("__rdivmod__");
  bool found = false;
  Value r = call_special(a, dm, &b, 1, &found);
  if (found && r != NotImplemented()) return r;
  xdecref(r);
  if (has_error()) return Value();
  r = call_special(b, rdm, &a, 1, &found);
  if (found && r != NotImplemented()) return r;
  xdecref(r);
  if (has_error()) return Value();
  return raise_fmt(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                   {type_name(a), type_name(b)});
}

// pow(base, exp, mod=None)
static Value bi_pow(Value, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"base", "exp", "mod"};
  Value a[3];
  if (!parse_args("pow", args, nargs, kwnames, kw, 3, 2, a)) return Value();
  if (!a[2] || a[2] == None()) return binary_op(a[0], a[1], static_cast<int>(bytecode::BinOp::Power));
  Type* t = type_of(a[0]);
  if (t->power3) {
    Value r = t->power3(a[0], a[1], a[2]);
    if (r != NotImplemented()) return r;
    decref(r);
  }
  return raise_fmt(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                   {type_name(a[0]), type_name(a[1]), type_name(a[2])});
}

// round(number, ndigits=None)
static Value bi_round(Value, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"number", "ndigits"};
  Value a[2];
  if (!parse_args("round", args, nargs, kwnames, kw, 2, 1, a)) return Value();
  if (a[0].is_small() && (!a[1] || a[1] == None())) return a[0];
  bool found = false;
  Value r = a[1] ? call_special(a[0], names.round, &a[1], 1, &found) : call_special(a[0], names.round, nullptr, 0, &found);
  if (!found && !has_error())
    return raise_fmt(TypeErrorType, "type %s doesn't define __round__ method", {type_name(a[0])});
  return r;
}

// ---------------------------------------------------------------- attributes
static Value bi_getattr(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("getattr", kw) || !check_args("getattr", nargs, 2, 3)) return Value();
  if (!is_str(args[1]))
    return raise_fmt(TypeErrorType, "attribute name must be string, not '%s'", {type_name(args[1])});
  if (nargs == 3) {
    Value r = getattr_or_null(args[0], as_str(args[1]));
    if (r || has_error()) return r;
    return newref(args[2]);
  }
  return getattr(args[0], as_str(args[1]));
}
// setattr(): the built-in function.
static Value bi_setattr(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("setattr", kw) || !check_args("setattr", nargs, 3, 3)) return Value();
  if (!is_str(args[1]))
    return raise_fmt(TypeErrorType, "attribute name must be string, not '%s'", {type_name(args[1])});
  if (setattr(args[0], as_str(args[1]), args[2]) < 0) return Value();
  return newref(None());
}
// delattr(): the built-in function.
static Value bi_delattr(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("delattr", kw) || !check_args("delattr", nargs, 2, 2)) return Value();
  if (!is_str(args[1]))
    return raise_fmt(TypeErrorType, "attribute name must be string, not '%s'", {type_name(args[1])});
  if (setattr(args[0], as_str(args[1]), Value()) < 0) return Value();
  return newref(None());
}
// hasattr(): the built-in function.
static Value bi_hasattr(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("hasattr", kw) || !check_args("hasattr", nargs, 2, 2)) return Value();
  if (!is_str(args[1]))
    return raise_fmt(TypeErrorType, "attribute name must be string, not '%s'", {type_name(args[1])});
  Value r = getattr_or_null(args[0], as_str(args[1]));
  if (!r && has_error()) return r;
  bool found = !r.is_null();
  xdecref(r);
  return newref(boolean(found));
}

// vars(obj): obj.__dict__
static Value bi_vars(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("vars", kw) || !check_args("vars", nargs, 0, 1)) return Value();
  if (nargs == 0) return raise(SystemErrorType, "vars(): no locals (the VM provides vars())");
  Value d = getattr_or_null(args[0], names.dict);
  if (!d && !has_error()) return raise_type_error("vars() argument must have __dict__ attribute");
  return d;
}
// dir(obj): the sorted names from obj.__dir__() (class attributes for types).
static Value bi_dir(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("dir", kw) || !check_args("dir", nargs, 0, 1)) return Value();
  if (nargs == 0) return raise(SystemErrorType, "dir(): no locals (the VM provides dir())");
  Value l;
  if (is_type(args[0])) {
    Value d = make_dict();
    Type* t = as_type(args[0]);
    Tuple* mro = type_mro(t);
    for (std::size_t i = 0; i < mro->length; ++i)
      if (as_type(mro->items[i])->dict) dict_update(d, val(as_type(mro->items[i])->dict));
    l = list_from_iterable(d);
    decref(d);
  } else {
    Value r = call_method(args[0], names.dir, nullptr, 0);
    if (!r) return r;
    l = list_from_iterable(r);
    decref(r);
  }
  if (l && list_sort(as_list(l), Value(), false) < 0) {
    decref(l);
    return Value();
  }
  return l;
}

// ---------------------------------------------------------------- isinstance
// isinstance with __instancecheck__ on custom metaclasses and tuples.
static int isinstance_full(Value obj, Value cls, int depth = 0) {
  if (depth > 1000) {
    raise(RecursionErrorType, "maximum recursion depth exceeded in __instancecheck__");
    return -1;
  }
  if (is_type(cls)) {
    Type* ct = as_type(cls);
    if (type_of(obj) == ct) return 1;
    Type* meta = type_of(cls);
    if (meta != TypeType) {
      Value f = lookup_in_mro(meta, names.instancecheck);
      if (f && type_of(f) != MethodDescrType) {
        Value r = call_unbound(f, cls, &obj, 1);
        if (!r) return -1;
        int b = is_true(r);
        decref(r);
        return b;
      }
    }
    return isinstance_type(obj, ct);
  }
  if (is_tuple(cls) || is_union(cls)) {
    Tuple* t = is_tuple(cls) ? as_tuple(cls) : union_args(cls);
    for (std::size_t i = 0; i < t->length; ++i) {
      int r = isinstance_full(obj, t->items[i], depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  Value f = lookup_in_mro(type_of(cls), names.instancecheck);
  if (f) {
    Value r = call_unbound(f, cls, &obj, 1);
    if (!r) return -1;
    int b = is_true(r);
    decref(r);
    return b;
  }
  raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}
// isinstance(): the built-in function.
static Value bi_isinstance(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("isinstance", kw) || !check_args("isinstance", nargs, 2, 2)) return Value();
  int r = isinstance_full(args[0], args[1]);
  return r < 0 ? Value() : newref(boolean(r));
}
// issubclass() with __subclasscheck__ and tuples.
static int issubclass_full(Value sub, Value cls) {
  if (is_tuple(cls) || is_union(cls)) {
    Tuple* t = is_tuple(cls) ? as_tuple(cls) : union_args(cls);
    for (std::size_t i = 0; i < t->length; ++i) {
      int r = issubclass_full(sub, t->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  if (is_type(cls) && type_of(cls) != TypeType) {
    Value f = lookup_in_mro(type_of(cls), names.subclasscheck);
    if (f && type_of(f) != MethodDescrType) {
      Value r = call_unbound(f, cls, &sub, 1);
      if (!r) return -1;
      int b = is_true(r);
      decref(r);
      return b;
    }
  }
  if (!is_type(cls)) {
    // a non-class with __subclasscheck__ (GenericAlias: refuses)
    Value f = lookup_in_mro(type_of(cls), names.subclasscheck);
    if (f) {
      Value r = call_unbound(f, cls, &sub, 1);
      if (!r) return -1;
      int b = is_true(r);
      decref(r);
      return b;
    }
  }
  if (!is_type(sub)) {
    raise_type_error("issubclass() arg 1 must be a class");
    return -1;
  }
  if (!is_type(cls)) {
    raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return is_subtype(as_type(sub), as_type(cls));
}
// issubclass(): the built-in function.
static Value bi_issubclass(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("issubclass", kw) || !check_args("issubclass", nargs, 2, 2)) return Value();
  int r = issubclass_full(args[0], args[1]);
  return r < 0 ? Value() : newref(boolean(r));
}

// ---------------------------------------------------------------- iteration helpers
static Value bi_iter(Value, const Value* args, std::size_t nargs, Tuple* kw);
// next(): the built-in function.
static Value bi_next(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("next", kw) || !check_args("next", nargs, 1, 2)) return Value();
  Type* t = type_of(args[0]);
  if (!t->next) return raise_fmt(TypeErrorType, "'%s' object is not an iterator", {t->name});
  Value r = t->next(args[0]);
  if (r) return r;
  if (has_error()) {
    if (nargs == 2 && isinstance_type(current_error(), StopIterationType)) {
      clear_error();
      return newref(args[1]);
    }
    return r;
  }
  if (nargs == 2) return newref(args[1]);
  return raise_stop_iteration(Value());
}
// any(): the built-in function.
static Value bi_any(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("any", kw) || !check_exact("any", nargs, 1)) return Value();
  bool found = false;
  int r = for_each(args[0], [&](Value x) {
    int b = is_true(x);
    if (b < 0) return -1;
    if (b) found = true;
    return b;
  });
  return r < 0 ? Value() : newref(boolean(found));
}
// all(): the built-in function.
static Value bi_all(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("all", kw) || !check_exact("all", nargs, 1)) return Value();
  bool ok = true;
  int r = for_each(args[0], [&](Value x) {
    int b = is_true(x);
    if (b < 0) return -1;
    if (!b) {
      ok = false;
      return 1;
    }
    return 0;
  });
  return r < 0 ? Value() : newref(boolean(ok));
}

// sum(iterable, /, start=0): fast paths for ints and floats.
static Value bi_sum(Value, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {nullptr, "start"};
  Value a[2];
  if (!parse_args("sum", args, nargs, kwnames, kw, 2, 1, a)) return Value();
  Value acc = a[1] ? newref(a[1]) : Value::small(0);
  if (is_str(acc)) {
    decref(acc);
    return raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (is_exact(acc, BytesType)) {
    decref(acc);
    return raise_type_error("sum() can't sum bytes [use b''.join(seq) instead]");
  }
  int r = for_each(a[0], [&](Value x) {
    if (acc.is_small() && x.is_small()) {
      acc = make_int(acc.small_value() + x.small_value());
      return 0;
    }
    if (is_exact(acc, FloatType) && (is_exact(x, FloatType) || x.is_small())) {
      double d = as_float(acc)->value + (x.is_small() ? static_cast<double>(x.small_value()) : as_float(x)->value);
      if (acc.obj()->refcnt == 1) {
        as_float(acc)->value = d;
      } else {
        decref(acc);
        acc = make_float(d);
      }
      return 0;
    }
    Value n = binary_op(acc, x, static_cast<int>(bytecode::BinOp::Add));
    decref(acc);
    acc = n;
    return n ? 0 : -1;
  });
  if (r < 0) {
    xdecref(acc);
    return Value();
  }
  return acc;
}

// min/max(iterable, *, key=None, default=...) or (a, b, *args, key=None)
static Value minmax(const char* name, const Value* args, std::size_t nargs, Tuple* kwnames, int op) {
  Value key, dflt;
  std::size_t nkw = kwnames ? kwnames->length : 0;
  for (std::size_t i = 0; i < nkw; ++i) {
    const std::string& k = str_utf8_ref(as_str(kwnames->items[i]));
    if (k == "key")
      key = args[nargs + i];
    else if (k == "default")
      dflt = args[nargs + i];
    else
      return raise_fmt(TypeErrorType, "'%s' is an invalid keyword argument for %s()", {k, name});
  }
  if (nargs == 0) return raise_fmt(TypeErrorType, "%s expected at least 1 argument, got 0", {name});
  if (nargs > 1 && dflt)
    return raise_fmt(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", {name});
  if (key == None()) key = Value();
  Value best, best_key;
  auto consider = [&](Value x) -> int {
    Value k = key ? call(key, &x, 1) : newref(x);
    if (!k) return -1;
    if (!best) {
      best = newref(x);
      best_key = k;
      return 0;
    }
    int c = compare_bool(k, best_key, op);
    if (c < 0) {
      decref(k);
      return -1;
    }
    if (c) {
      decref(best);
      decref(best_key);
      best = newref(x);
      best_key = k;
    } else {
      decref(k);
    }
    return 0;
  };
  int r;
  if (nargs == 1) {
    r = for_each(args[0], consider);
  } else {
    r = 0;
    for (std::size_t i = 0; i < nargs && r == 0; ++i) r = consider(args[i]);
  }
  xdecref(best_key);
  if (r < 0) {
    xdecref(best);
    return Value();
  }
  if (!best) {
    if (dflt) return newref(dflt);
    return raise_fmt(ValueErrorType, "%s() arg is an empty sequence", {name});
  }
  return best;
}
// min(): the built-in function.
static Value bi_min(Value, const Value* a, std::size_t n, Tuple* kw) { return minmax("min", a, n, kw, 0); }
// max(): the built-in function.
static Value bi_max(Value, const Value* a, std::size_t n, Tuple* kw) { return minmax("max", a, n, kw, 4); }

// sorted(iterable, /, *, key=None, reverse=False)
static Value bi_sorted(Value, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (nargs != 1) return raise_fmt(TypeErrorType, "sorted expected 1 argument, got %s", {std::to_string(nargs)});
  static const char* const kw[] = {"key", "reverse"};
  Value a[2];
  if (!parse_args("sort", args + 1, 0, kwnames, kw, 2, 0, a, 0)) return Value();
  Value l = list_from_iterable(args[0]);
  if (!l) return l;
  int rev = a[1] ? is_true(a[1]) : 0;
  if (rev < 0 || list_sort(as_list(l), a[0], rev != 0) < 0) {
    decref(l);
    return Value();
  }
  return l;
}

// ---------------------------------------------------------------- iterator types
struct Enumerate : Object {
  Value it;     // owned
  Value count;  // owned int
};
struct Zip : Object {
  Value iters;  // owned tuple
  bool strict;
};
struct MapObj : Object {
  Value func, iters;  // owned
};
struct FilterObj : Object {
  Value func, it;  // owned
};
struct Reversed : Object {
  Value seq;  // owned; null when done
  std::int64_t index;
};
struct CallIter : Object {
  Value func, sentinel;  // owned; func null when done
};
static Type g_enumerate, g_zip, g_map, g_filter, g_reversed, g_calliter;

// iter() of the iterator types: itself.
static Value self_iter(Value self) { return newref(self); }

// enumerate(iterable, start=0)
static Value enumerate_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"iterable", "start"};
  Value a[2];
  if (nargs == 0 && (!kwnames || kwnames->length == 0))
    return raise_type_error("enumerate() missing required argument 'iterable'");
  if (!parse_args("enumerate", args, nargs, kwnames, kw, 2, 1, a)) return Value();
  if (a[1] && !is_int(a[1]))
    return raise_fmt(TypeErrorType, "'%s' object cannot be interpreted as an integer", {type_name(a[1])});
  Value it = get_iter(a[0]);
  if (!it) return it;
  Value e = alloc_instance(t);
  auto* en = static_cast<Enumerate*>(e.obj());
  en->it = it;
  en->count = a[1] ? newref(a[1]) : Value::small(0);
  return e;
}
// next() of a enumerate object.
static Value enumerate_next(Value self) {
  auto* e = static_cast<Enumerate*>(self.obj());
  Value x = iter_next(e->it);
  if (!x) return x;
  Value t = make_tuple(2);
  as_tuple(t)->items[0] = e->count;
  as_tuple(t)->items[1] = x;
  e->count = e->count.is_small() ? make_int(e->count.small_value() + 1)
                                 : binary_op(e->count, Value::small(1), static_cast<int>(bytecode::BinOp::Add));
  return t;
}
// Frees a enumerate object.
static void enumerate_dealloc(Object* o) {
  auto* e = static_cast<Enumerate*>(o);
  decref(e->it);
  xdecref(e->count);
  free_instance(o);
}

// zip(*iterables, strict=False)
static Value zip_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames) {
  bool strict = false;
  if (kwnames) {
    for (std::size_t i = 0; i < kwnames->length; ++i) {
      if (str_utf8_ref(as_str(kwnames->items[i])) != "strict")
        return raise_fmt(TypeErrorType, "zip() got an unexpected keyword argument '%s'",
                         {str_utf8_ref(as_str(kwnames->items[i]))});
      int b = is_true(args[nargs + i]);
      if (b < 0) return Value();
      strict = b;
    }
  }
  Value iters = make_tuple(nargs);
  for (std::size_t i = 0; i < nargs; ++i) {
    Value it = get_iter(args[i]);
    if (!it) {
      decref(iters);
      return it;
    }
    as_tuple(iters)->items[i] = it;
  }
  Value z = alloc_instance(t);
  static_cast<Zip*>(z.obj())->iters = iters;
  static_cast<Zip*>(z.obj())->strict = strict;
  return z;
}
// next() of a zip object.
static Value zip_next(Value self) {
  auto* z = static_cast<Zip*>(self.obj());
  Tuple* its = as_tuple(z->iters);
  std::size_t n = its->length;
  if (n == 0) return Value();
  Value t = make_tuple(n);
  for (std::size_t i = 0; i < n; ++i) {
    Value x = iter_next(its->items[i]);
    if (!x) {
      decref(t);
      if (has_error() || !z->strict) return Value();
      if (i > 0) {
        std::string s = i == 1 ? " " : "s 1-";
        return raise_fmt(ValueErrorType, "zip() argument %s is shorter than argument%s%s",
                         {std::to_string(i + 1), s, std::to_string(i)});
      }
      for (std::size_t j = 1; j < n; ++j) {
        Value y = iter_next(its->items[j]);
        if (y) {
          decref(y);
          std::string s = j == 1 ? " " : "s 1-";
          return raise_fmt(ValueErrorType, "zip() argument %s is longer than argument%s%s",
                           {std::to_string(j + 1), s, std::to_string(j)});
        }
        if (has_error()) return Value();
      }
      return Value();
    }
    as_tuple(t)->items[i] = x;
  }
  return t;
}
// Frees a zip object.
static void zip_dealloc(Object* o) {
  decref(static_cast<Zip*>(o)->iters);
  free_instance(o);
}

// map(func, *iterables)
static Value map_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("map", kw)) return Value();
  if (nargs < 2) return raise_type_error("map() must have at least two arguments.");
  Value iters = make_tuple(nargs - 1);
  for (std::size_t i = 1; i < nargs; ++i) {
    Value it = get_iter(args[i]);
    if (!it) {
      decref(iters);
      return it;
    }
    as_tuple(iters)->items[i - 1] = it;
  }
  Value m = alloc_instance(t);
  static_cast<MapObj*>(m.obj())->func = newref(args[0]);
  static_cast<MapObj*>(m.obj())->iters = iters;
  return m;
}
// next() of a map object.
static Value map_next(Value self) {
  auto* m = static_cast<MapObj*>(self.obj());
  Tuple* its = as_tuple(m->iters);
  Value small[4];
  std::vector<Value> big;
  Value* buf = small;
  if (its->length > 4) {
    big.resize(its->length);
    buf = big.data();
  }
  for (std::size_t i = 0; i < its->length; ++i) {
    buf[i] = iter_next(its->items[i]);
    if (!buf[i]) {
      for (std::size_t j = 0; j < i; ++j) decref(buf[j]);
      return Value();
    }
  }
  Value r = call(m->func, buf, its->length);
  for (std::size_t i = 0; i < its->length; ++i) decref(buf[i]);
  return r;
}
// Frees a map object.
static void map_dealloc(Object* o) {
  decref(static_cast<MapObj*>(o)->func);
  decref(static_cast<MapObj*>(o)->iters);
  free_instance(o);
}

// filter(function or None, iterable)
static Value filter_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("filter", kw) || !check_args("filter", nargs, 2, 2)) return Value();
  Value it = get_iter(args[1]);
  if (!it) return it;
  Value f = alloc_instance(t);
  static_cast<FilterObj*>(f.obj())->func = newref(args[0]);
  static_cast<FilterObj*>(f.obj())->it = it;
  return f;
}
// next() of a filter object.
static Value filter_next(Value self) {
  auto* f = static_cast<FilterObj*>(self.obj());
  for (;;) {
    Value x = iter_next(f->it);
    if (!x) return x;
    int ok;
    if (f->func == None() || f->func == val(BoolType)) {
      ok = is_true(x);
    } else {
      Value r = call(f->func, &x, 1);
      if (!r) {
        decref(x);
        return r;
      }
      ok = is_true(r);
      decref(r);
    }
    if (ok < 0) {
      decref(x);
      return Value();
    }
    if (ok) return x;
    decref(x);
  }
}
// Frees a filter object.
static void filter_dealloc(Object* o) {
  decref(static_cast<FilterObj*>(o)->func);
  decref(static_cast<FilterObj*>(o)->it);
  free_instance(o);
}

// reversed(seq): __reversed__, else the sequence protocol.
static Value reversed_new(Type* t, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("reversed", kw) || !check_args("reversed", nargs, 1, 1)) return Value();
  Value seq = args[0];
  bool found = false;
  Value r = call_special(seq, names.reversed, nullptr, 0, &found);
  if (found || has_error()) return r;
  Type* st = type_of(seq);
  if (!st->getitem || (st->flags & TF_DICT_SUBCLASS))
    return raise_fmt(TypeErrorType, "'%s' object is not reversible", {st->name});
  if (!st->length) return raise_fmt(TypeErrorType, "object of type '%s' has no len()", {st->name});
  std::int64_t n = length(seq);
  if (n < 0) return Value();
  Value v = alloc_instance(t);
  static_cast<Reversed*>(v.obj())->seq = newref(seq);
  static_cast<Reversed*>(v.obj())->index = n - 1;
  return v;
}
// next() of a reversed object.
static Value reversed_next(Value self) {
  auto* r = static_cast<Reversed*>(self.obj());
  if (!r->seq || r->index < 0) {
    if (r->seq) {
      Value s = r->seq;
      r->seq = Value();
      decref(s);
    }
    return Value();
  }
  Value idx = make_int(r->index--);
  Value x = getitem(r->seq, idx);
  decref(idx);
  if (!x && (isinstance_type(current_error(), IndexErrorType) || isinstance_type(current_error(), StopIterationType))) {
    clear_error();
    r->index = -1;
  }
  return x;
}
// Frees a reversed object.
static void reversed_dealloc(Object* o) {
  xdecref(static_cast<Reversed*>(o)->seq);
  free_instance(o);
}

// iter(callable, sentinel)
static Value calliter_next(Value self) {
  auto* c = static_cast<CallIter*>(self.obj());
  if (!c->func) return Value();
  Value r = call(c->func, nullptr, 0);
  if (!r) {
    if (isinstance_type(current_error(), StopIterationType)) clear_error();
    return r;
  }
  int e = equal(r, c->sentinel);
  if (e != 0) {
    decref(r);
    Value f = c->func;
    c->func = Value();
    decref(f);
    return Value();
  }
  return r;
}
// Frees a calliter object.
static void calliter_dealloc(Object* o) {
  xdecref(static_cast<CallIter*>(o)->func);
  decref(static_cast<CallIter*>(o)->sentinel);
  free_instance(o);
}
// iter(obj) / iter(callable, sentinel).
static Value bi_iter(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("iter", kw) || !check_args("iter", nargs, 1, 2)) return Value();
  if (nargs == 1) return get_iter(args[0]);
  if (!type_of(args[0])->call) return raise_type_error("iter(v, w): v must be callable");
  Value v = alloc_instance(&g_calliter);
  static_cast<CallIter*>(v.obj())->func = newref(args[0]);
  static_cast<CallIter*>(v.obj())->sentinel = newref(args[1]);
  return v;
}

// Traversal of the iterator objects (for the cycle collector).
static void enumerate_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  visit(static_cast<Enumerate*>(o)->it, arg);
}
// Visits the references of a zip object.
static void zip_traverse(Object* o, void (*visit)(Value, void*), void* arg) { visit(static_cast<Zip*>(o)->iters, arg); }
// Visits the references of a map object.
static void map_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  visit(static_cast<MapObj*>(o)->func, arg);
  visit(static_cast<MapObj*>(o)->iters, arg);
}
// Visits the references of a filter object.
static void filter_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  visit(static_cast<FilterObj*>(o)->func, arg);
  visit(static_cast<FilterObj*>(o)->it, arg);
}

// Sets up the iterator types once.
static void init_iterator_types() {
  struct Spec {
    Type* t;
    const char* name;
    std::size_t size;
    decltype(Type::new_fn) new_fn;
    IterNextFn next;
    DeallocFn dealloc;
    TraverseFn traverse;
  };
  Spec specs[] = {
      {&g_enumerate, "enumerate", sizeof(Enumerate), enumerate_new, enumerate_next, enumerate_dealloc,
       enumerate_traverse},
      {&g_zip, "zip", sizeof(Zip), zip_new, zip_next, zip_dealloc, zip_traverse},
      {&g_map, "map", sizeof(MapObj), map_new, map_next, map_dealloc, map_traverse},
      {&g_filter, "filter", sizeof(FilterObj), filter_new, filter_next, filter_dealloc, filter_traverse},
      {&g_reversed, "reversed", sizeof(Reversed), reversed_new, reversed_next, reversed_dealloc, nullptr},
      {&g_calliter, "callable_iterator", sizeof(CallIter), nullptr, calliter_next, calliter_dealloc, nullptr},
  };
  for (auto& s : specs) {
    type_init(s.t, s.name, ObjectType, s.size, s.new_fn ? TF_BASETYPE | TF_GC : TF_GC);
    s.t->new_fn = s.new_fn;
    s.t->iter = self_iter;
    s.t->next = s.next;
    s.t->dealloc = s.dealloc;
    s.t->traverse = s.traverse;
    type_ready(s.t);
  }
}

// ---------------------------------------------------------------- the module dict
Value builtins_dict() {
  static Value d;
  if (d) return d;
  initialize();
  init_iterator_types();
  d = make_dict();
  struct Fn {
    const char* name;
    NativeFn fn;
  };
  static const Fn fns[] = {
      {"print", bi_print},       {"input", bi_input},         {"len", bi_len},
      {"repr", bi_repr},         {"ascii", bi_ascii},         {"hash", bi_hash},
      {"id", bi_id},             {"callable", bi_callable},   {"abs", bi_abs},
      {"chr", bi_chr},           {"ord", bi_ord},             {"hex", bi_hex},
      {"oct", bi_oct},           {"bin", bi_bin},             {"format", bi_format},
      {"divmod", bi_divmod},     {"pow", bi_pow},             {"round", bi_round},
      {"getattr", bi_getattr},   {"setattr", bi_setattr},     {"delattr", bi_delattr},
      {"hasattr", bi_hasattr},   {"vars", bi_vars},           {"dir", bi_dir},
      {"isinstance", bi_isinstance}, {"issubclass", bi_issubclass}, {"iter", bi_iter},
      {"next", bi_next},         {"any", bi_any},             {"all", bi_all},
      {"sum", bi_sum},           {"min", bi_min},             {"max", bi_max},
      {"sorted", bi_sorted},
  };
  for (const Fn& f : fns) {
    Value v = make_builtin_function(f.name, f.fn);
    dict_set_str(d, f.name, v);
    decref(v);
  }
  struct Ty {
    const char* name;
    Type* t;
  };
  const Ty types[] = {
      {"object", ObjectType},   {"type", TypeType},         {"int", IntType},       {"bool", BoolType},
      {"float", FloatType},     {"complex", ComplexType},   {"str", StrType},       {"bytes", BytesType},
      {"tuple", TupleType},     {"list", ListType},         {"dict", DictType},     {"set", SetType},
      {"frozenset", FrozenSetType}, {"range", RangeType},   {"slice", SliceType},   {"enumerate", &g_enumerate},
      {"zip", &g_zip},          {"map", &g_map},            {"filter", &g_filter},  {"reversed", &g_reversed},
      {"staticmethod", StaticMethodType}, {"classmethod", ClassMethodType}, {"property", PropertyType},
      {"super", SuperType},     {"bytearray", ByteArrayType}, {"memoryview", MemoryViewType},
  };
  for (const Ty& t : types) dict_set_str(d, t.name, val(t.t));
  for (std::size_t i = 0; i < exception_type_count(); ++i) {
    Type* t = exception_type_at(i);
    dict_set_str(d, t->name, val(t));
  }
  dict_set_str(d, "EnvironmentError", val(OSErrorType));
  dict_set_str(d, "IOError", val(OSErrorType));
  dict_set_str(d, "None", None());
  dict_set_str(d, "True", True());
  dict_set_str(d, "False", False());
  dict_set_str(d, "Ellipsis", Ellipsis());
  dict_set_str(d, "NotImplemented", NotImplemented());
  dict_set_str(d, "__debug__", True());
  Value name = make_str_ascii("builtins");
  dict_set_str(d, "__name__", name);
  decref(name);
  return d;
}

}  // namespace peppy::builtins
