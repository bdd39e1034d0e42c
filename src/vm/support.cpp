// support.cpp: what the interpreter loop needs around it: helpers of some opcodes
// (slices, unpacking into displays, **-merging, calls with *args/**kwargs, imports),
// __build_class__, running a module as __main__, and printing an uncaught exception
// the way CPython does (traceback, chained exceptions, SystemExit).
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "ast/ast_nodes.hpp"
#include "builtins/builtins.hpp"
#include "objects/core.hpp"
#include "objects/exc_group.hpp"
#include "objects/hooks.hpp"
#include "objects/gc.hpp"
#include "parse/parser.hpp"
#include "tok/report.hpp"
#include "vm/import.hpp"
#include "vm/mod_support.hpp"
#include "vm/modules.hpp"
#include "vm/runtime.hpp"


namespace peppy::vm {

using namespace objects;

Value build_class(Value, const Value* args, std::size_t nargs, Tuple* kwnames);
void add_exec_builtins(Value d);  // exec.cpp
void report_unraisable(Value exc, Value obj);

// ---------------------------------------------------------------- opcode helpers
namespace {

// Calls fn(key, value) for each item of a mapping (a dict, or anything with keys() and
// __getitem__). AttributeError when it has no keys().
template <typename Fn>
int for_each_item(Value mapping, Fn fn) {
  Value keys;
  if (type_of(mapping) == DictType) {
    keys = newref(mapping);
  } else {
    Value meth = getattr(mapping, intern("keys"));
    if (!meth) return -1;
    keys = call(meth, nullptr, 0, nullptr);
    decref(meth);
    if (!keys) return -1;
  }
  Value it = get_iter(keys);
  decref(keys);
  if (!it) return -1;
  for (;;) {
    Value k = iter_next(it);
    if (!k) break;
    Value v = getitem(mapping, k);
    if (!v) {
      decref(k);
      decref(it);
      return -1;
    }
    int r = fn(k, v);
    decref(k);
    decref(v);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return has_error() ? -1 : 0;
}

// The name a call error uses for a callable: "f()" for functions, else its type's.
std::string callable_name(Value callable) {
  if (!callable) return "function";
  if (type_of(callable) == FunctionType) {
    auto* fn = static_cast<Function*>(callable.obj());
    std::string q = str_utf8(static_cast<Str*>(fn->qualname.obj())) + "()";
    if (fn->module && type_of(fn->module) == StrType) {
      std::string m = str_utf8(static_cast<Str*>(fn->module.obj()));
      if (m != "builtins") q = m + "." + q;
    }
    return q;
  }
  if (type_of(callable) == BuiltinFunctionType)
    return std::string(static_cast<objects::BuiltinFunction*>(callable.obj())->name) + "()";
  if (type_of(callable) == MethodType) return callable_name(static_cast<BoundMethod*>(callable.obj())->func);
  if (isinstance_type(callable, TypeType)) return static_cast<Type*>(callable.obj())->name + "()";
  return type_of(callable)->name + " object";
}

}  // namespace

int dict_merge_unique(Value dict, Value other, Value callable) {
  int r = for_each_item(other, [&](Value k, Value v) {
    if (dict_get(dict, k)) {
      Value kr = objects::str(k);
      raise(TypeErrorType, callable_name(callable) + " got multiple values for keyword argument '" +
                               (kr ? str_utf8(static_cast<Str*>(kr.obj())) : std::string("?")) + "'");
      decref(kr);
      return -1;
    }
    return dict_set(dict, k, v);
  });
  if (r < 0 && isinstance_type(current_error(), AttributeErrorType)) {
    clear_error();
    raise(TypeErrorType, callable_name(callable) + " argument after ** must be a mapping, not " + type_of(other)->name);
  }
  return r;
}

Value call_ex(Value callable, Value self, Value args, Value kwargs) {
  std::vector<Value> argv;
  if (self) argv.push_back(newref(self));
  if (type_of(args) == TupleType) {
    auto* t = static_cast<Tuple*>(args.obj());
    for (std::size_t i = 0; i < t->length; ++i) argv.push_back(newref(t->items[i]));
  } else {
    Value it = get_iter(args);
    if (!it) {
      clear_error();
      for (Value v : argv) decref(v);
      return raise(TypeErrorType, callable_name(callable) + " argument after * must be an iterable, not " + type_of(args)->name);
    }
    for (;;) {
      Value v = iter_next(it);
      if (!v) break;
      argv.push_back(v);
    }
    decref(it);
    if (has_error()) {
      for (Value v : argv) decref(v);
      return Value();
    }
  }
  const std::size_t npos = argv.size();
  Value kwnames;
  if (kwargs) {
    std::vector<Value> names;
    int r = for_each_item(kwargs, [&](Value k, Value v) {
      if (type_of(k) != StrType) {
        raise(TypeErrorType, "keywords must be strings");
        return -1;
      }
      names.push_back(newref(k));
      argv.push_back(newref(v));
      return 0;
    });
    if (r < 0) {
      for (Value v : argv) decref(v);
      for (Value v : names) decref(v);
      return Value();
    }
    if (!names.empty()) {
      kwnames = make_tuple_from(names.data(), names.size());
    }
    for (Value v : names) decref(v);
  }
  Value r = call(callable, argv.data(), npos, kwnames ? static_cast<Tuple*>(kwnames.obj()) : nullptr);
  for (Value v : argv) decref(v);
  decref(kwnames);
  return r;
}

// ---------------------------------------------------------------- builtins
namespace {

// The locals of the running Python frame as a dict: the frame's own dict in module and
// class bodies, else a new dict of the bound fast locals (and cells).
Value frame_locals(Frame* f) {
  if (f->locals) return newref(f->locals);
  Value d = make_dict();
  if (!d) return d;
  CodeObject* co = f->co;
  Value* slots = f->localsplus();
  for (std::uint32_t i = 0; i < co->nlocals; ++i)
    if (slots[i]) dict_set(d, Value::object(co->varnames[i]), slots[i]);
  for (std::uint32_t i = 0; i < co->ncells + co->nfrees; ++i) {
    Value cell = slots[co->nlocals + i];
    if (!cell || type_of(cell) != CellType) continue;
    Value v = static_cast<objects::Cell*>(cell.obj())->value;
    Str* name = i < co->ncells ? co->cellvars[i] : co->freevars[i - co->ncells];
    if (v) dict_set(d, Value::object(name), v);
  }
  return d;
}

// The objects layer's dir(obj) (the VM's dir() adds the no-argument form).
Value& objects_dir() {
  static Value fn;
  return fn;
}

// globals()
Value builtin_globals(Value, const Value*, std::size_t nargs, Tuple*) {
  if (nargs != 0) return raise(TypeErrorType, "globals() takes no arguments (" + std::to_string(nargs) + " given)");
  Frame* f = thread().current;
  return f ? newref(f->globals) : make_dict();
}

// locals()
Value builtin_locals(Value, const Value*, std::size_t nargs, Tuple*) {
  if (nargs != 0) return raise(TypeErrorType, "locals() takes no arguments (" + std::to_string(nargs) + " given)");
  Frame* f = thread().current;
  return f ? frame_locals(f) : make_dict();
}

// dir() without arguments: the sorted names of the current scope; with one, the
// object's attribute names (objects' dir).
Value builtin_dir(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (nargs == 1 && objects_dir()) return call(objects_dir(), args, 1, kw);
  if (nargs > 1) return raise(TypeErrorType, "dir expected at most 1 argument, got " + std::to_string(nargs));
  Frame* f = thread().current;
  Value loc = f ? frame_locals(f) : make_dict();
  if (!loc) return loc;
  Value keys = make_list(0);
  Value it = get_iter(loc);
  for (Value k; it && (k = iter_next(it));) {
    list_append(keys, k);
    decref(k);
  }
  decref(it);
  decref(loc);
  Value sorted = dict_get_str(builtins::builtins_dict(), intern("sorted"));
  Value r = call(sorted, &keys, 1, nullptr);
  decref(keys);
  return r;
}

// vars() / vars(obj)
Value builtin_vars(Value, const Value* args, std::size_t nargs, Tuple*) {
  if (nargs == 0) {
    Frame* f = thread().current;
    return f ? frame_locals(f) : make_dict();
  }
  if (nargs > 1) return raise(TypeErrorType, "vars expected at most 1 argument, got " + std::to_string(nargs));
  Value d = getattr_or_null(args[0], intern("__dict__"));
  if (!d && !has_error()) return raise(TypeErrorType, "vars() argument must have __dict__ attribute");
  return d;
}

// super() without arguments: the __class__ cell and the first argument of the running
// function (CPython's rules and messages).
bool super_noargs(Value* type_out, Value* obj_out) {
  Frame* f = thread().current;
  if (!f || !f->func) {
    raise(RuntimeErrorType, "super(): no arguments");
    return false;
  }
  CodeObject* co = f->co;
  if (co->code->argcount == 0 && !(co->code->flags & bytecode::CO_VARARGS)) {
    raise(RuntimeErrorType, "super(): no arguments");
    return false;
  }
  Value* slots = f->localsplus();
  Value first = slots[0];
  // A first argument captured by an inner function lives in its cell.
  for (std::uint32_t i = 0; i < co->ncells; ++i) {
    if (co->cell2arg[i] == 0) {
      Value cell = slots[co->nlocals + i];
      first = cell ? static_cast<objects::Cell*>(cell.obj())->value : Value();
    }
  }
  if (!first) {
    raise(RuntimeErrorType, "super(): arg[0] deleted");
    return false;
  }
  for (std::uint32_t i = 0; i < co->nfrees; ++i) {
    if (str_utf8(co->freevars[i]) != "__class__") continue;
    Value cell = slots[co->nlocals + co->ncells + i];
    Value cls = cell ? static_cast<objects::Cell*>(cell.obj())->value : Value();
    if (!cls) {
      raise(RuntimeErrorType, "super(): empty __class__ cell");
      return false;
    }
    *type_out = newref(cls);
    *obj_out = newref(first);
    return true;
  }
  raise(RuntimeErrorType, "super(): __class__ cell not found");
  return false;
}

// The type of __build_class__ (a built-in function of the VM).
Type* make_build_class_type() {
  Type* t = new Type();
  t->type = TypeType;
  t->refcnt = 1 << 30;
  t->name = "builtin_function_or_method";
  t->qualname = t->name;
  t->module = "builtins";
  t->base = ObjectType;
  t->call = build_class;
  t->repr = [](Value) { return make_str_utf8("<built-in function __build_class__>"); };
  return t;
}

}  // namespace

Value builtins_dict() {
  static Value dict = [] {
    Value d = builtins::builtins_dict();
    static Object build_class_obj;
    build_class_obj.refcnt = 1 << 30;
    build_class_obj.type = make_build_class_type();
    dict_set(d, Value::object(intern("__build_class__")), Value::object(&build_class_obj));
    if (Value old_dir = dict_get_str(d, intern("dir"))) objects_dir() = newref(old_dir);
    struct Entry {
      const char* name;
      NativeFn fn;
    };
    for (const Entry& e : {Entry{"globals", builtin_globals}, Entry{"locals", builtin_locals}, Entry{"dir", builtin_dir},
                           Entry{"vars", builtin_vars}, Entry{"open", builtin_open}}) {
      Value fn = make_builtin_function(e.name, e.fn);
      dict_set(d, Value::object(intern(e.name)), fn);
      decref(fn);
    }
    add_import_builtins(d);
    add_exec_builtins(d);
    objects::super_noargs_hook = super_noargs;
    objects::unraisable_hook = report_unraisable;
    return d;
  }();
  return dict;
}

// ---------------------------------------------------------------- tracebacks
namespace {

std::map<std::string, std::vector<std::string>>& sources() {
  static std::map<std::string, std::vector<std::string>> s;
  return s;
}

// The lines of a source file: remembered ones, else read from the file the first time
// they are needed (as CPython's linecache does); no lines when there is no such file.
const std::vector<std::string>* source_lines(const std::string& filename) {
  auto it = sources().find(filename);
  if (it == sources().end()) {
    std::string text;
    if (!filename.empty() && filename[0] != '<') {
      if (std::FILE* fp = std::fopen(filename.c_str(), "rb")) {
        char buf[65536];
        for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, fp)) > 0;) text.append(buf, n);
        std::fclose(fp);
      }
    }
    remember_source(filename, text);
    it = sources().find(filename);
  }
  return &it->second;
}

// Line `lineno` of a remembered source, without surrounding white space ("" if none).
std::string source_line(const std::string& filename, int lineno) {
  const std::vector<std::string>* lines = source_lines(filename);
  if (lineno < 1 || static_cast<std::size_t>(lineno) > lines->size()) return "";
  const std::string& l = (*lines)[lineno - 1];
  std::size_t b = l.find_first_not_of(" \t\f\r\n");
  if (b == std::string::npos) return "";
  std::size_t e = l.find_last_not_of(" \t\f\r\n");
  return l.substr(b, e - b + 1);
}

// The text of str(v) as UTF-8 ("<exception str() failed>" if it fails).
std::string str_text(Value v) {
  Value s = objects::str(v);
  if (!s) {
    clear_error();
    return "<exception str() failed>";
  }
  std::string out = str_utf8(static_cast<Str*>(s.obj()));
  decref(s);
  return out;
}

// "Type: message" as the last line of a traceback.
std::string exception_line(Value exc) {
  Type* t = type_of(exc);
  std::string name = t->qualname.empty() ? t->name : t->qualname;
  if (t->module != "builtins" && t->module != "__main__" && !t->module.empty()) name = t->module + "." + name;
  std::string msg = str_text(exc);
  return msg.empty() ? name + "\n" : name + ": " + msg + "\n";
}

// The raw line `lineno` of a remembered source ("" if none).
const std::string* raw_line(const std::string& filename, int lineno) {
  const std::vector<std::string>* lines = source_lines(filename);
  if (lineno < 1 || static_cast<std::size_t>(lineno) > lines->size()) return nullptr;
  return &(*lines)[lineno - 1];
}

// Code points in the first `bytes` bytes of a UTF-8 line.
long chars_in(const std::string& line, long bytes) {
  long n = 0;
  for (long i = 0; i < bytes && i < static_cast<long>(line.size()); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++n;
  return n;
}

// Where CPython 3.11 puts the "~~~^^^~~~" of an expression segment: for a binary
// operation, the operator between its operands ("^") and the operands ("~"); for a
// subscript, the brackets part. False if the segment is not such an expression.
bool caret_anchors(const std::string& segment, long& left, long& right) {
  parse::ParseResult r = parse::parse_module(segment, "<string>");
  if (!r.tree) return false;
  auto* m = ast::as<ast::Module>(r.tree);
  if (!m || m->body.size() != 1) return false;
  auto* st = ast::as<ast::Expr>(m->body[0]);
  if (!st) return false;
  if (auto* b = ast::as<ast::BinOp>(st->value)) {
    for (int i = b->left->end_col_offset; i < b->right->col_offset && i < static_cast<int>(segment.size()); ++i) {
      const char c = segment[i];
      if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\\') continue;
      left = i;
      right = i + 1;
      if (i + 1 < b->right->col_offset && segment[i + 1] != ' ' && segment[i + 1] != '\t') ++right;
      return true;
    }
    return false;
  }
  if (auto* sub = ast::as<ast::Subscript>(st->value)) {
    left = sub->value->end_col_offset;
    right = sub->slice->end_col_offset + 1;
    return true;
  }
  return false;
}

// The caret line CPython 3.11 prints under a traceback's source line, or "".
std::string caret_line(const std::string& line, const bytecode::Position& pos) {
  if (pos.col < 0 || pos.end_col < 0 || pos.lineno < 0) return "";
  std::size_t b = line.find_first_not_of(" \t\f");
  if (b == std::string::npos) return "";
  std::size_t e = line.find_last_not_of(" \t\f\r\n");
  const long stripped_chars = chars_in(line, static_cast<long>(b));          // leading white space
  const long stripped_len = chars_in(line, static_cast<long>(e + 1)) - stripped_chars;
  long start = chars_in(line, pos.col);
  long end;
  bool anchors = false;
  long left = 0, right = 0;
  if (pos.lineno == pos.end_lineno) {
    end = chars_in(line, pos.end_col);
    if (pos.end_col > pos.col && static_cast<std::size_t>(pos.end_col) <= line.size()) {
      std::string segment = line.substr(pos.col, pos.end_col - pos.col);
      long lb = 0, rb = 0;
      if (caret_anchors(segment, lb, rb)) {
        anchors = true;
        left = chars_in(segment, lb);
        right = chars_in(segment, rb);
      }
    }
  } else {
    end = stripped_chars + stripped_len;
  }
  if (!(end - start < stripped_len || (anchors && right - left > 0))) return "";
  std::string out = "    " + std::string(static_cast<std::size_t>(std::max(0L, start - stripped_chars)), ' ');
  if (anchors) {
    out += std::string(static_cast<std::size_t>(std::max(0L, left)), '~');
    out += std::string(static_cast<std::size_t>(std::max(0L, right - left)), '^');
    out += std::string(static_cast<std::size_t>(std::max(0L, end - start - right)), '~');
  } else {
    out += std::string(static_cast<std::size_t>(std::max(0L, end - start)), '^');
  }
  return out + "\n";
}

// A SyntaxError with a line number ends as CPython prints it: the file and line, the
// source text with carets, "Type: msg". False (nothing written) for other exceptions.
bool syntax_error_text(std::string& out, Value exc) {
  if (!isinstance_type(exc, SyntaxErrorType)) return false;
  auto attr = [&](const char* name) {
    Value v = getattr_or_null(exc, intern(name));
    if (!v) clear_error();
    return v;
  };
  auto as_int = [](Value v) {
    std::int64_t n = 0;
    return v && is_int(v) && int_to_int64(v, n) && n >= INT32_MIN && n <= INT32_MAX ? static_cast<std::int32_t>(n) : 0;
  };
  Value lineno = attr("lineno");
  if (!lineno || !is_int(lineno)) {
    decref(lineno);
    return false;
  }
  tok::Error e;
  Type* t = type_of(exc);
  e.type = t->qualname.empty() ? t->name : t->qualname;
  if (t->module != "builtins" && t->module != "__main__" && !t->module.empty()) e.type = t->module + "." + e.type;
  e.row = as_int(lineno);
  decref(lineno);
  Value v = attr("offset");
  e.offset = as_int(v);
  decref(v);
  v = attr("end_lineno");
  e.end_row = as_int(v);
  decref(v);
  v = attr("end_offset");
  e.end_offset = as_int(v);
  decref(v);
  v = attr("text");
  if (v && is_str(v)) e.text = str_utf8(static_cast<Str*>(v.obj()));
  decref(v);
  v = attr("msg");
  e.message = v ? str_text(v) : "";
  decref(v);
  v = attr("filename");
  std::string filename = v && is_str(v) ? str_utf8(static_cast<Str*>(v.obj())) : "<string>";
  decref(v);
  out += tok::format_error(e, filename);
  return true;
}

// How far the exception being printed is nested in exception groups (CPython's
// exception_print_context): its lines are indented by two spaces a level and get a
// "| " margin inside a group.
struct PrintContext {
  std::string out;
  std::set<Object*> seen;
  int depth = 0;
  bool need_close = false;
  std::string indent() const { return std::string(static_cast<std::size_t>(2 * depth), ' '); }
  std::string margin() const { return depth ? "| " : ""; }
  // Appends text, each of its lines after the indent and margin.
  void lines(const std::string& text) {
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t nl = text.find('\n', start);
      if (nl == std::string::npos) nl = text.size() - 1;
      out += indent() + margin() + text.substr(start, nl - start + 1);
      start = nl + 1;
    }
  }
};

// The traceback entries of a traceback, as CPython prints them (without the header).
std::string traceback_entries(Value tbv) {
  std::string out;
  // A run of identical entries (deep recursion) is cut after three, as CPython does.
  std::string last_file, last_name;
  int last_line = -1, repeated = 0;
  auto flush_repeats = [&] {
    if (repeated > 3) {
      const int more = repeated - 3;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
    }
  };
  for (; tbv; tbv = static_cast<Traceback*>(tbv.obj())->next) {
    auto* tb = static_cast<Traceback*>(tbv.obj());
    const std::string& filename = tb->code->code->filename;
    const std::string& name = tb->code->code->name;
    if (filename == last_file && tb->lineno == last_line && name == last_name) {
      ++repeated;
    } else {
      flush_repeats();
      last_file = filename;
      last_name = name;
      last_line = tb->lineno;
      repeated = 1;
    }
    if (repeated > 3) continue;
    out += "  File \"" + filename + "\", line " + std::to_string(tb->lineno) + ", in " + name + "\n";
    std::string line = source_line(filename, tb->lineno);
    if (!line.empty()) {
      out += "    " + line + "\n";
      const auto& positions = tb->code->code->positions;
      if (const std::string* raw = raw_line(filename, tb->lineno); raw && tb->lasti < positions.size())
        out += caret_line(*raw, positions[tb->lasti]);
    }
  }
  flush_repeats();
  return out;
}

// One exception with its traceback, its "Type: message" line and its notes.
void print_one(PrintContext& ctx, Value exc) {
  auto* e = static_cast<objects::Exception*>(exc.obj());
  const bool group = objects::is_exception_group(exc);
  if (e->traceback) {
    const std::string header_margin = group && ctx.depth == 1 ? "+ " : ctx.margin();
    ctx.out += ctx.indent() + header_margin + (group ? "Exception Group Traceback (most recent call last):\n"
                                                     : "Traceback (most recent call last):\n");
    ctx.lines(traceback_entries(e->traceback));
  }
  std::string syntax;
  if (syntax_error_text(syntax, exc))
    ctx.lines(syntax);
  else
    ctx.out += ctx.indent() + ctx.margin() + exception_line(exc);
  if (e->dict) {
    Value notes = dict_get_str(Value::object(e->dict), intern("__notes__"));
    if (notes && (type_of(notes) == ListType || type_of(notes) == TupleType)) {
      Value items = objects::tuple_from_iterable(notes);
      if (items) {
        auto* t = static_cast<Tuple*>(items.obj());
        for (std::size_t i = 0; i < t->length; ++i) {
          Value note = t->items[i];
          ctx.lines((type_of(note) == StrType ? str_text(note) : "<note str() failed>") + "\n");
        }
        decref(items);
      } else {
        clear_error();
      }
    }
  }
}

void print_recursive(PrintContext& ctx, Value exc);

// An exception group and its sub-exceptions in boxes (CPython's print_exception_group:
// at most 15 shown, 10 levels deep).
void print_group(PrintContext& ctx, Value exc) {
  constexpr int kMaxWidth = 15, kMaxDepth = 10;
  if (ctx.depth > kMaxDepth) {
    ctx.out += ctx.indent() + ctx.margin() + "... (max_group_depth is " + std::to_string(kMaxDepth) + ")\n";
    return;
  }
  if (ctx.depth == 0) ctx.depth += 1;
  print_one(ctx, exc);
  auto* excs = static_cast<Tuple*>(objects::exc_group_exceptions(exc).obj());
  const std::size_t num = excs->length;
  const std::size_t n = num <= kMaxWidth ? num : kMaxWidth + 1;
  ctx.need_close = false;
  for (std::size_t i = 0; i < n; ++i) {
    const bool last = i == n - 1;
    if (last) ctx.need_close = true;
    const bool truncated = i >= kMaxWidth;
    ctx.out += ctx.indent();
    if (!truncated)
      ctx.out += std::string(i == 0 ? "+-" : "  ") + "+---------------- " + std::to_string(i + 1) + " ----------------\n";
    else
      ctx.out += "  +---------------- ... ----------------\n";
    ctx.depth += 1;
    if (!truncated) {
      print_recursive(ctx, excs->items[i]);
    } else {
      const std::size_t remaining = num - kMaxWidth;
      ctx.out += ctx.indent() + ctx.margin() + "and " + std::to_string(remaining) + " more exception" +
                 (remaining > 1 ? "s" : "") + "\n";
    }
    if (last && ctx.need_close) {
      ctx.out += ctx.indent() + "+------------------------------------\n";
      ctx.need_close = false;
    }
    ctx.depth -= 1;
  }
  if (ctx.depth == 1) ctx.depth -= 1;
}

// A cause or context printed before the exception, then the line that links them.
void print_chained(PrintContext& ctx, Value exc, const char* message) {
  const bool need_close = ctx.need_close;
  print_recursive(ctx, exc);
  ctx.need_close = need_close;
  ctx.out += ctx.indent() + ctx.margin() + "\n";
  ctx.out += ctx.indent() + ctx.margin() + message;
  ctx.out += ctx.indent() + ctx.margin() + "\n";
}

// The exception with its causes and contexts, oldest first (CPython's order).
void print_recursive(PrintContext& ctx, Value exc) {
  ctx.seen.insert(exc.obj());
  auto* e = static_cast<objects::Exception*>(exc.obj());
  if (e->cause && isinstance_type(e->cause, BaseExceptionType) && !ctx.seen.count(e->cause.obj())) {
    print_chained(ctx, e->cause, "The above exception was the direct cause of the following exception:\n");
  } else if (e->context && !e->suppress_context && isinstance_type(e->context, BaseExceptionType) &&
             !ctx.seen.count(e->context.obj())) {
    print_chained(ctx, e->context, "During handling of the above exception, another exception occurred:\n");
  }
  if (objects::is_exception_group(exc))
    print_group(ctx, exc);
  else
    print_one(ctx, exc);
}

}  // namespace

void remember_source(const std::string& filename, const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  sources()[filename] = std::move(lines);
}

int report_uncaught() {
  Value exc = take_error();
  builtins::flush_std_streams();
  if (!exc) return 1;
  if (isinstance_type(exc, SystemExitType)) {
    auto* e = static_cast<objects::Exception*>(exc.obj());
    int status = 0;
    Value code = Value();
    if (e->args && static_cast<Tuple*>(e->args.obj())->length > 0) code = static_cast<Tuple*>(e->args.obj())->items[0];
    if (!code || code == None()) {
      status = 0;
    } else if (code.is_small()) {
      status = static_cast<int>(code.small_value());
    } else {
      std::string text = str_text(code) + "\n";
      builtins::stderr_write(text);
      status = 1;
    }
    decref(exc);
    return status;
  }
  std::string out;
  if (isinstance_type(exc, BaseExceptionType)) {
    PrintContext ctx;
    print_recursive(ctx, exc);
    out = std::move(ctx.out);
  } else {
    out = "Error: " + str_text(exc) + "\n";
  }
  builtins::stderr_write(out);
  builtins::flush_std_streams();
  decref(exc);
  return 1;
}

// An exception raised where it cannot propagate (__del__): CPython's unraisable hook
// output on stderr.
void report_unraisable(Value exc, Value obj) {
  std::string out = "Exception ignored in: ";
  Value r = obj ? objects::repr(obj) : Value();
  if (r) {
    out += str_utf8(static_cast<Str*>(r.obj()));
    decref(r);
  } else {
    clear_error();
    out += "<object repr() failed>";
  }
  out += "\n";
  if (isinstance_type(exc, BaseExceptionType)) {
    PrintContext ctx;
    print_one(ctx, exc);
    out += ctx.out;
  }
  builtins::stderr_write(out);
}

// ---------------------------------------------------------------- running __main__
int run_main(const std::shared_ptr<const bytecode::Code>& code, const std::string& filename) {
  Value cov = load_code(code);
  if (!cov) return report_uncaught();
  Thread& t = thread();
  Value main = main_module(filename);
  if (!main) {
    decref(cov);
    return report_uncaught();
  }
  Value globals = newref(static_cast<Module*>(main.obj())->dict);
  decref(main);  // sys.modules keeps it
  auto* co = static_cast<CodeObject*>(cov.obj());
  Frame* f = push_frame(t, co);
  if (!f) {
    decref(cov);
    decref(globals);
    return report_uncaught();
  }
  f->owns_code = true;  // the frame releases cov
  f->globals = globals;
  f->builtins = builtins_dict();
  f->locals = newref(globals);
  f->is_entry = true;
  Value r = run(t, f);
  int status = 0;
  if (!r) {
    status = report_uncaught();
  } else {
    decref(r);
  }
  // As CPython's finalization: __main__ leaves sys.modules and goes (its dict freed by
  // reference counting, or collected with the cycles it is part of), then a collection
  // runs the finalizers of the unreachable cycles, in the order of their allocation.
  // (The other modules stay: CPython would finalize them too.)
  if (Value mods = dict_get_str(module_dict(sys_module()), intern("modules")); mods && is_dict(mods)) {
    Value m = dict_get_str(mods, intern("__main__"));
    if (m && type_of(m) == ModuleType && static_cast<Module*>(m.obj())->dict == globals &&
        dict_del(mods, Value::object(intern("__main__"))) < 0)
      clear_error();
  }
  decref(globals);
  objects::gc_collect(objects::kGcGenerations - 1);
  builtins::flush_std_streams();
  return status;
}

}  // namespace peppy::vm
