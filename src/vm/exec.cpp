// exec.cpp: running source text from inside a program: the built-ins compile(), eval()
// and exec() (over peppy's own parser and compiler, in the 'exec', 'eval' and 'single'
// modes), sys.displayhook (what 'single' mode prints through), and the introspection
// attributes of code objects (co_name, co_filename, ...) and tracebacks (tb_next,
// tb_lineno, tb_lasti).
#include <cctype>
#include <string>
#include <string_view>

#include "builtins/builtins.hpp"
#include "compile/compiler.hpp"
#include "objects/core.hpp"
#include "objects/hooks.hpp"
#include "parse/parser.hpp"
#include "vm/runtime.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

// Raises the SyntaxError (or IndentationError, TabError) of a parse or compile error,
// with CPython's attributes: msg, then (filename, lineno, offset, text, end_lineno,
// end_offset). Returns null.
// `at_start`: the position is (0, 0, '') (an empty eval); `no_text`: text is None.
Value raise_syntax_error(const tok::Error& e, const std::string& filename, bool at_start = false,
                         bool no_text = false) {
  Type* t = SyntaxErrorType;
  if (e.type == "IndentationError") t = IndentationErrorType;
  if (e.type == "TabError") t = TabErrorType;
  if (e.type == "MemoryError") return raise(MemoryErrorType, "");
  Value fn = make_str_utf8(filename);
  const bool known = e.row > 0 || at_start;
  Value text = known && !no_text ? make_str_utf8(e.text) : newref(None());
  Value details[6] = {fn,
                      known ? make_int(e.row) : newref(None()),
                      known ? make_int(e.offset) : newref(None()),
                      text,
                      known ? make_int(e.end_row) : newref(None()),
                      known ? make_int(e.end_offset) : newref(None())};
  Value dt = make_tuple_from(details, 6);
  for (Value v : details) decref(v);
  Value args[2] = {make_str_utf8(e.message), dt};
  Value at = make_tuple_from(args, 2);
  decref(args[0]);
  decref(args[1]);
  Value exc = make_exception(t, at);
  decref(at);
  if (exc) {
    set_error(exc);
    decref(exc);
  }
  return Value();
}

// The source text of compile()/eval()/exec()'s first argument (str or bytes-like) as
// UTF-8 bytes in *out; false with `what`'s TypeError set otherwise.
bool source_bytes(Value src, const char* what, std::string* out) {
  if (is_str(src)) {
    *out = str_utf8(static_cast<Str*>(src.obj()));
    return true;
  }
  Type* t = type_of(src);
  if (t == BytesType || is_subtype(t, BytesType)) {
    auto* b = static_cast<Bytes*>(src.obj());
    out->assign(reinterpret_cast<const char*>(b->data), b->length);
    return true;
  }
  if (t == ByteArrayType || is_subtype(t, ByteArrayType)) {
    Value bytes = call(Value::object(BytesType), &src, 1);
    if (!bytes) return false;
    auto* b = static_cast<Bytes*>(bytes.obj());
    out->assign(reinterpret_cast<const char*>(b->data), b->length);
    decref(bytes);
    return true;
  }
  raise(TypeErrorType, what);
  return false;
}

// The error's text as CPython gives it for source strings: the line with its newline,
// and with one added in 'exec' mode (whose tokenizer sees a final newline).
void fix_error_text(tok::Error& e, const std::string& text, compile::Mode mode) {
  if (e.row <= 0 || (!e.text.empty() && e.text.back() == '\n')) return;
  std::size_t pos = 0;
  for (std::int32_t row = 1; row < e.row && pos != std::string::npos; ++row) {
    pos = text.find('\n', pos);
    if (pos != std::string::npos) ++pos;
  }
  bool has_newline = pos != std::string::npos && text.find('\n', pos) != std::string::npos;
  if (has_newline || mode == compile::Mode::Exec) e.text += "\n";
}

// A byte offset (1-based, as the parser reports it for undeclared encodings) as the
// code-point offset CPython gives for source passed as a str: the characters in the
// first `offset` bytes of the line, one past its end at most.
std::int32_t char_offset(const std::string& line, std::int32_t offset) {
  if (offset <= 0) return offset;
  std::int32_t chars = 0;
  long bytes = 0;
  for (std::size_t i = 0; i < line.size() && bytes < offset; ++i) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) != 0x80) ++chars;
    ++bytes;
  }
  if (bytes < offset) ++chars;
  return chars;
}

// Parses and compiles `text` in `mode`; the runtime code object (new) or null with the
// SyntaxError set. `from_str`: the source was a str (offsets then count code points).
Value compile_text(const std::string& text, const std::string& filename, compile::Mode mode, bool from_str) {
  if (text.find('\0') != std::string::npos)
    return raise(SyntaxErrorType, "source code string cannot contain null bytes");
  parse::ParseResult pr = parse::parse_module(text, filename);
  if (!pr.tree) {
    if (from_str && pr.error->row > 0) {
      pr.error->offset = char_offset(pr.error->text, pr.error->offset);
      if (pr.error->end_row == pr.error->row) pr.error->end_offset = char_offset(pr.error->text, pr.error->end_offset);
    }
    fix_error_text(*pr.error, text, mode);
    return raise_syntax_error(*pr.error, filename);
  }
  const auto* m = static_cast<const ast::Module*>(pr.tree);
  if (mode == compile::Mode::Eval && (m->body.size() != 1 || m->body[0]->tag != ast::Tag::Expr)) {
    // not one expression: CPython's eval grammar fails at the first statement's first token
    tok::Error e;
    e.type = "SyntaxError";
    e.message = "invalid syntax";
    bool empty = m->body.empty();
    if (!empty) {
      const ast::stmt* s = m->body[0];
      e.row = e.end_row = s->lineno;
      std::string line = pr.source.line_utf8(e.row);
      std::size_t col = static_cast<std::size_t>(s->col_offset), end = col;
      if (m->body.size() == 1 && s->tag == ast::Tag::Assign) {
        col = static_cast<std::size_t>(static_cast<const ast::Assign*>(s)->targets[0]->end_col_offset);
        while (col < line.size() && (line[col] == ' ' || line[col] == '\t')) ++col;
        end = col;
      } else if (m->body.size() != 1 || s->tag == ast::Tag::Expr) {
        s = m->body[1];
        e.row = e.end_row = s->lineno;
        line = pr.source.line_utf8(e.row);
        col = end = static_cast<std::size_t>(s->col_offset);
      }
      while (end < line.size() && (std::isalnum(static_cast<unsigned char>(line[end])) || line[end] == '_')) ++end;
      if (end == col) ++end;
      e.offset = static_cast<std::int32_t>(col) + 1;
      e.end_offset = static_cast<std::int32_t>(end) + 1;
      e.text = line;
      fix_error_text(e, text, mode);
    }
    return raise_syntax_error(e, filename, empty);
  }
  if (mode == compile::Mode::Single && m->body.size() > 1) {
    // at the end of the first statement's first line
    tok::Error e;
    e.type = "SyntaxError";
    e.message = "multiple statements found while compiling a single statement";
    e.row = e.end_row = m->body[0]->lineno;
    e.text = pr.source.line_utf8(e.row);
    e.offset = e.end_offset = static_cast<std::int32_t>(e.text.size()) + 1;
    fix_error_text(e, text, mode);
    return raise_syntax_error(e, filename);
  }
  std::vector<compile::CompileWarning> warnings;
  compile::CompileResult cr = compile::compile_module(*m, filename, &pr.source, mode, &warnings);
  if (!warnings.empty()) {
    // as the warnings module shows them (no source line for a string's code)
    builtins::flush_std_streams();
    std::string text;
    for (const auto& w : warnings)
      text += filename + ":" + std::to_string(w.lineno) + ": " + w.category + ": " + w.message + "\n";
    builtins::stderr_write(text);
  }
  if (!cr.code) {
    // the compiler's errors have no text: CPython looks for it in the file `filename`
    cr.error->text.clear();
    return raise_syntax_error(*cr.error, filename, false, true);
  }
  return load_code(cr.code);
}

// The builtins a frame over `globals` uses: globals['__builtins__'] (a dict, or a
// module's dict), put there first when missing, as CPython does.
Value builtins_for(Value globals) {
  Str* key = intern("__builtins__");
  Value b = dict_get_str(globals, key);
  if (!b) {
    dict_set(globals, Value::object(key), builtins_dict());
    return builtins_dict();
  }
  if (is_dict(b)) return b;
  if (type_of(b) == ModuleType) return static_cast<Module*>(b.obj())->dict;
  return builtins_dict();
}

// Runs a module-level code object with these globals and locals; the result (new) or
// null with an error set.
Value run_code(CodeObject* co, Value globals, Value locals) {
  if (co->nfrees != 0)
    return raise(TypeErrorType, "code object passed to exec() may not contain free variables");
  Thread& t = thread();
  Value builtins = builtins_for(globals);
  Frame* f = push_frame(t, co);
  if (!f) return Value();
  incref(Value::object(co));
  f->owns_code = true;  // the frame releases the reference taken above
  f->globals = globals;
  f->builtins = builtins;
  f->locals = newref(locals);
  f->is_entry = true;
  return run(t, f);
}

// The calling frame's locals (a new dict snapshot in functions), through locals().
Value caller_locals() {
  Value fn = dict_get_str(builtins_dict(), intern("locals"));
  return fn ? call(fn, nullptr, 0) : make_dict();
}

// What eval() and exec() share: argument checks, the namespaces, compiling a string.
Value eval_or_exec(const char* fname, compile::Mode mode, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"source", "globals", "locals"};
  Value a[3] = {};
  std::string fn(fname);
  if (!parse_args(fname, args, nargs, kw, names, 3, 1, a, 3)) return Value();
  Value globals = a[1] && a[1] != None() ? a[1] : Value();
  Value locals = a[2] && a[2] != None() ? a[2] : Value();
  if (globals && !is_dict(globals)) {
    if (mode == compile::Mode::Eval)
      return raise(TypeErrorType, "globals must be a real dict; try eval(expr, {}, mapping)");
    return raise(TypeErrorType, "exec() globals must be a dict, not " + type_of(globals)->name);
  }
  if (locals && !is_dict(locals) && !type_of(locals)->getitem) return raise(TypeErrorType, "locals must be a mapping");
  Value own_globals, own_locals;  // references this call holds
  if (!globals) {
    Frame* f = thread().current;
    own_globals = f ? newref(f->globals) : make_dict();
    globals = own_globals;
    if (!locals) {
      own_locals = caller_locals();
      if (!own_locals) {
        decref(own_globals);
        return Value();
      }
      locals = own_locals;
    }
  }
  if (!locals) locals = globals;
  Value code;
  if (type_of(a[0]) == CodeType) {
    code = newref(a[0]);
  } else {
    std::string text;
    std::string what = fn + "() arg 1 must be a string, bytes or code object";
    if (source_bytes(a[0], what.c_str(), &text)) {
      if (mode == compile::Mode::Eval) {
        std::size_t i = 0;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
        text.erase(0, i);
      }
      code = compile_text(text, "<string>", mode, is_str(a[0]));
    }
  }
  Value r;
  if (code) {
    r = run_code(static_cast<CodeObject*>(code.obj()), globals, locals);
    decref(code);
    if (r && mode == compile::Mode::Exec) {
      decref(r);
      r = newref(None());
    }
  }
  decref(own_globals);
  decref(own_locals);
  return r;
}

// eval(source, globals=None, locals=None, /)
Value builtin_eval(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  return eval_or_exec("eval", compile::Mode::Eval, args, nargs, kw);
}

// exec(source, globals=None, locals=None, /)
Value builtin_exec(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  return eval_or_exec("exec", compile::Mode::Exec, args, nargs, kw);
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)
Value builtin_compile(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};
  Value a[7] = {};
  if (!parse_args("compile", args, nargs, kw, names, 7, 3, a, 6)) return Value();
  std::string filename;
  if (is_str(a[1])) {
    filename = str_utf8(static_cast<Str*>(a[1].obj()));
  } else if (type_of(a[1]) == BytesType) {
    auto* b = static_cast<Bytes*>(a[1].obj());
    filename.assign(reinterpret_cast<const char*>(b->data), b->length);
  } else {
    return raise(TypeErrorType, "expected str, bytes or os.PathLike object, not " + type_of(a[1])->name);
  }
  if (!is_str(a[2]))
    return raise(TypeErrorType, "compile() argument 'mode' must be str, not " + type_of(a[2])->name);
  std::string m = str_utf8(static_cast<Str*>(a[2].obj()));
  compile::Mode mode;
  if (m == "exec") {
    mode = compile::Mode::Exec;
  } else if (m == "eval") {
    mode = compile::Mode::Eval;
  } else if (m == "single") {
    mode = compile::Mode::Single;
  } else {
    return raise(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  std::string text;
  if (!source_bytes(a[0], "compile() arg 1 must be a string, bytes or AST object", &text)) return Value();
  return compile_text(text, filename, mode, is_str(a[0]));
}

// sys.displayhook(value): prints repr(value) and keeps it as builtins._ (None: nothing).
Value sys_displayhook(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("displayhook", kw) || !check_exact("displayhook", nargs, 1)) return Value();
  if (args[0] == None()) return newref(None());
  Str* under = intern("_");
  dict_set(builtins_dict(), Value::object(under), None());
  Value r = repr(args[0]);
  if (!r) return r;
  Value parts[1] = {r};
  Value printfn = dict_get_str(builtins_dict(), intern("print"));
  Value out = call(printfn, parts, 1);
  decref(r);
  if (!out) return out;
  decref(out);
  dict_set(builtins_dict(), Value::object(under), args[0]);
  return newref(None());
}

// A tuple of str from names (new).
Value names_tuple(const std::vector<Str*>& names) {
  Value t = make_tuple(names.size());
  if (!t) return t;
  for (std::size_t i = 0; i < names.size(); ++i) static_cast<Tuple*>(t.obj())->items[i] = newref(Value::object(names[i]));
  return t;
}

// The attributes of code objects.
Value code_getattr(Value self, Str* name) {
  auto* co = static_cast<CodeObject*>(self.obj());
  const bytecode::Code& c = *co->code;
  std::string n = str_utf8(name);
  if (n == "co_name") return make_str_utf8(c.name);
  if (n == "co_qualname") return make_str_utf8(c.qualname);
  if (n == "co_filename") return make_str_utf8(c.filename);
  if (n == "co_firstlineno") return make_int(c.firstlineno);
  if (n == "co_argcount") return make_int(c.argcount);
  if (n == "co_posonlyargcount") return make_int(c.posonlyargcount);
  if (n == "co_kwonlyargcount") return make_int(c.kwonlyargcount);
  if (n == "co_flags") return make_int(c.flags);
  if (n == "co_stacksize") return make_int(c.stacksize);
  if (n == "co_nlocals") return make_int(co->nlocals);
  if (n == "co_varnames") return names_tuple(co->varnames);
  if (n == "co_cellvars") return names_tuple(co->cellvars);
  if (n == "co_freevars") return names_tuple(co->freevars);
  if (n == "co_names") return names_tuple(co->names);
  if (n == "co_consts") return make_tuple_from(co->consts.data(), co->consts.size());
  return generic_getattr(self, name);
}

// The attributes of tracebacks.
Value traceback_getattr(Value self, Str* name) {
  auto* tb = static_cast<Traceback*>(self.obj());
  std::string n = str_utf8(name);
  if (n == "tb_next") return newref(tb->next ? tb->next : None());
  if (n == "tb_lineno") return make_int(tb->lineno);
  if (n == "tb_lasti") return make_int(static_cast<std::int64_t>(tb->lasti) * 2);
  return generic_getattr(self, name);
}

// The __name__ of the running frame's globals (new), or null; for type()'s __module__.
Value current_module_name() {
  Frame* f = thread().current;
  if (!f || !f->globals) return Value();
  Value n = dict_get_str(f->globals, intern("__name__"));
  return n ? newref(n) : Value();
}

// breakpoint(*args, **kws): nothing (peppy has no debugger).
Value builtin_breakpoint(Value, const Value*, std::size_t, Tuple*) { return newref(None()); }

// exit and quit (site's Quitter objects): their repr is a hint, calling one raises
// SystemExit(code).
struct Quitter : Object {
  const char* name;
};
Type g_quitter;
// repr(exit): "Use exit() or Ctrl-D (i.e. EOF) to exit".
Value quitter_repr(Value self) {
  std::string n = static_cast<Quitter*>(self.obj())->name;
  return make_str_utf8("Use " + n + "() or Ctrl-D (i.e. EOF) to exit");
}
// exit(code=None)
Value quitter_call(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const names[] = {"code"};
  Value a[1] = {};
  if (!parse_args(static_cast<Quitter*>(self.obj())->name, args, nargs, kw, names, 1, 0, a)) return Value();
  builtins::flush_std_streams();
  Value code = a[0] ? a[0] : None();
  Value t = make_tuple_from(&code, 1);
  Value exc = make_exception(SystemExitType, t);
  decref(t);
  if (exc) {
    set_error(exc);
    decref(exc);
  }
  return Value();
}
// The exit or quit object (new).
Value make_quitter(const char* name) {
  if (!g_quitter.basic_size) {
    type_init(&g_quitter, "Quitter", ObjectType, sizeof(Quitter), 0);
    g_quitter.repr = quitter_repr;
    g_quitter.call = quitter_call;
    type_ready(&g_quitter);
  }
  Value v = alloc_instance(&g_quitter);
  if (v) static_cast<Quitter*>(v.obj())->name = name;
  return v;
}

}  // namespace

// The namespace operations of LOAD_NAME / STORE_NAME / DELETE_NAME (and
// LOAD_CLASSDEREF) on a frame's locals that are not an exact dict (a __prepare__
// mapping, exec()'s locals): through __getitem__ / __setitem__ / __delitem__.
// ns_lookup gives a new reference, or null: with an error set, or without when absent.
Value ns_lookup(Value ns, Str* name) {
  if (type_of(ns) == DictType) return newref(dict_get_str(ns, name));
  Value v = getitem(ns, Value::object(name));
  if (!v && isinstance_type(current_error(), KeyErrorType)) clear_error();
  return v;
}
// Stores ns[name] = v; -1 with an error set.
int ns_store(Value ns, Str* name, Value v) {
  if (type_of(ns) == DictType) return dict_set(ns, Value::object(name), v);
  return setitem(ns, Value::object(name), v);
}
// Deletes ns[name]; -1 with an error set (KeyError when absent).
int ns_delete(Value ns, Str* name) {
  if (type_of(ns) == DictType) return dict_del(ns, Value::object(name));
  return delitem(ns, Value::object(name));
}

// Adds compile, eval, exec, breakpoint, exit and quit to the builtins dict d, and the attributes of code and
// traceback objects to their types (called once, by builtins_dict()).
void add_exec_builtins(Value d) {
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  for (const Entry& e : {Entry{"compile", builtin_compile}, Entry{"eval", builtin_eval}, Entry{"exec", builtin_exec},
                         Entry{"breakpoint", builtin_breakpoint}}) {
    Value fn = make_builtin_function(e.name, e.fn);
    dict_set(d, Value::object(intern(e.name)), fn);
    decref(fn);
  }
  for (const char* q : {"exit", "quit"}) {
    Value v = make_quitter(q);
    dict_set(d, Value::object(intern(q)), v);
    decref(v);
  }
  CodeType->getattr = code_getattr;
  objects::current_module_name_hook = current_module_name;
  TracebackType->getattr = traceback_getattr;
}

// sys.displayhook as a built-in function (new).
Value make_displayhook() { return make_builtin_function("displayhook", sys_displayhook); }

}  // namespace peppy::vm
