// import.cpp: the import system. Finds modules the way CPython's importlib does:
// sys.modules first, then the built-in modules (modules.def), then .py files and
// packages on sys.path (the script's folder, PEPPYPATH, peppy's lib/) or on a package's
// __path__; runs their code in a new module (which sits in sys.modules while its body
// runs, and is taken out again if the body raises), and caches the compiled code in
// __pycache__/NAME.peppy-311.pyb next to the source. Also: relative imports, fromlists,
// `import *`, IMPORT_FROM's errors (circular imports), the module type's attribute
// behaviour and repr, module specs, `__import__` and the built-in importlib module.
// docs/imports.md describes it all.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "builtins/builtins.hpp"
#include "bytecode/format.hpp"
#include "bytecode/verify.hpp"
#include "compile/compiler.hpp"
#include "limits.hpp"
#include "objects/core.hpp"
#include "parse/parser.hpp"
#include "peppy_config.hpp"
#include "vm/import.hpp"
#include "vm/modules.hpp"
#include "vm/runtime.hpp"

namespace peppy::vm {

using namespace objects;
namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------- small helpers

// The text of a str Value (which must be a str).
std::string text_of(Value s) { return str_utf8(static_cast<Str*>(s.obj())); }

// repr() of a string as Python writes it ('x', or "x'y").
std::string pyquote(const std::string& s) {
  Value v = make_str_utf8(s);
  std::string r = str_repr_utf8(static_cast<Str*>(v.obj()));
  decref(v);
  return r;
}

// Raises type(msg, name=name[, path=path]) (ImportError or ModuleNotFoundError).
// Returns an empty Value.
Value raise_import(Type* type, const std::string& msg, const std::string& name, const std::string* path = nullptr) {
  Value vals[3] = {make_str_utf8(msg), make_str_utf8(name), path ? make_str_utf8(*path) : Value()};
  Value kw = path ? tuple_pack({Value::object(intern("name")), Value::object(intern("path"))})
                  : tuple_pack({Value::object(intern("name"))});
  Value exc = call(Value::object(type), vals, 1, static_cast<Tuple*>(kw.obj()));
  for (Value v : vals) decref(v);
  decref(kw);
  if (exc) {
    set_error(exc);
    decref(exc);
  }
  return Value();
}

// "No module named 'x'" (ModuleNotFoundError with .name).
Value raise_not_found(const std::string& name) {
  return raise_import(ModuleNotFoundErrorType, "No module named " + pyquote(name), name);
}

// sys.modules (borrowed), or null with an error set when it is gone (AttributeError,
// as importlib's own code meets it) or not a dict.
Value sys_modules() {
  Value m = dict_get_str(module_dict(sys_module()), intern("modules"));
  if (!m) return raise(AttributeErrorType, "module 'sys' has no attribute 'modules'");
  if (!is_dict(m)) return raise(RuntimeErrorType, "unable to get sys.modules");
  return m;
}

// The dict sys.modules was at start-up (borrowed): CPython's fast path of an import
// statement looks there even after a program rebinds sys.modules.
Value original_modules() {
  static Value d = [] {
    Value m = dict_get_str(module_dict(sys_module()), intern("modules"));
    return m && is_dict(m) ? newref(m) : make_dict();
  }();
  return d;
}

// sys.modules[name] (borrowed) or null (no error) when absent.
Value cached_module(Value mods, const std::string& name) {
  Value key = make_str_utf8(name);
  Value m = dict_get(mods, key);
  decref(key);
  return m;
}

// The modules whose body is running (for "partially initialized module" messages).
std::set<Object*>& initializing() {
  static std::set<Object*> s;
  return s;
}

// Per package: the submodules being loaded right now (CPython's
// __spec__._uninitialized_submodules), for "cannot access submodule" messages.
std::map<Object*, std::vector<std::string>>& loading_submodules() {
  static std::map<Object*, std::vector<std::string>> m;
  return m;
}

// True if `child` of package `module` is being loaded.
bool is_loading_submodule(Value module, const std::string& child) {
  auto it = loading_submodules().find(module.obj());
  if (it == loading_submodules().end()) return false;
  for (const std::string& c : it->second)
    if (c == child) return true;
  return false;
}

// The __name__ of a module as text, or "" when it has none.
std::string module_name_of(Value module) {
  if (type_of(module) != ModuleType) return "";
  Value n = dict_get_str(module_dict(module), intern("__name__"));
  return n && is_str(n) ? text_of(n) : "";
}

// A regular file's bytes; false when it cannot be read.
bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), {});
  return !in.bad();
}

// True if p is a regular file (no error when it is not there).
bool is_file(const std::string& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}
// True if p is a folder.
bool is_dir(const std::string& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

// ---------------------------------------------------------------- module specs
// A small ModuleSpec: what CPython's importlib.machinery.ModuleSpec says about a
// module (its loader is always None here).
struct ModuleSpec : Object {
  Value name;        // str
  Value origin;      // str or None ("built-in" for built-in modules)
  Value locations;   // list (packages) or None: submodule_search_locations
  Value cached;      // str or None
  bool has_location = false;
};

Type* spec_type();

// The spec's attributes (name, loader, origin, submodule_search_locations, cached,
// parent, has_location), then the type's.
Value spec_getattr(Value self, Str* attr) {
  auto* s = static_cast<ModuleSpec*>(self.obj());
  const std::string& a = str_utf8_ref(attr);
  if (a == "name") return newref(s->name);
  if (a == "loader" || a == "loader_state") return newref(None());
  if (a == "origin") return newref(s->origin);
  if (a == "submodule_search_locations") return newref(s->locations);
  if (a == "cached") return newref(s->cached);
  if (a == "has_location") return newref(boolean(s->has_location));
  if (a == "parent") {
    const std::string n = text_of(s->name);
    if (s->locations != None()) return newref(s->name);
    std::size_t dot = n.rfind('.');
    return make_str_utf8(dot == std::string::npos ? "" : n.substr(0, dot));
  }
  Value v = generic_getattr_opt(self, attr, false);
  if (v || has_error()) return v;
  return raise(AttributeErrorType, "'ModuleSpec' object has no attribute '" + a + "'");
}

// ModuleSpec(name='m', loader=None, origin='/x/m.py'[, submodule_search_locations=[...]])
Value spec_repr(Value self) {
  auto* s = static_cast<ModuleSpec*>(self.obj());
  std::string out = "ModuleSpec(name=" + str_repr_utf8(static_cast<Str*>(s->name.obj())) + ", loader=None";
  if (s->origin != None()) out += ", origin=" + str_repr_utf8(static_cast<Str*>(s->origin.obj()));
  if (s->locations != None()) {
    Value r = repr(s->locations);
    if (!r) return r;
    out += ", submodule_search_locations=" + text_of(r);
    decref(r);
  }
  return make_str_utf8(out + ")");
}

// Frees a spec and its references.
void spec_dealloc(Object* o) {
  auto* s = static_cast<ModuleSpec*>(o);
  decref(s->name);
  decref(s->origin);
  decref(s->locations);
  decref(s->cached);
  delete s;
}

// The ModuleSpec type (made once).
Type* spec_type() {
  static Type* t = [] {
    Type* ty = new Type();
    ty->type = TypeType;
    ty->refcnt = 1 << 30;
    ty->name = "ModuleSpec";
    ty->qualname = "ModuleSpec";
    ty->module = "importlib.machinery";
    ty->base = ObjectType;
    ty->basic_size = sizeof(ModuleSpec);
    ty->dealloc = spec_dealloc;
    ty->getattr = spec_getattr;
    ty->repr = spec_repr;
    return ty;
  }();
  return t;
}

// A new spec (steals origin, locations, cached).
Value make_spec(const std::string& name, Value origin, Value locations, Value cached, bool has_location) {
  auto* s = new ModuleSpec();
  s->type = spec_type();
  s->refcnt = 1;
  s->name = make_str_utf8(name);
  s->origin = origin;
  s->locations = locations;
  s->cached = cached;
  s->has_location = has_location;
  return Value::object(s);
}

// ---------------------------------------------------------------- the module type
// m.name: the module's dict, then the type's attributes, then the module's own
// __getattr__ (PEP 562); CPython's messages otherwise.
Value module_getattro(Value self, Str* name) {
  auto* m = static_cast<Module*>(self.obj());
  Value v = dict_get_str(m->dict, name);
  if (v) return newref(v);
  const std::string& n = str_utf8_ref(name);
  if (n == "__dict__") return newref(m->dict);
  v = generic_getattr_opt(self, name, false);
  if (v || has_error()) return v;
  if (Value ga = dict_get_str(m->dict, intern("__getattr__"))) {
    Value arg = Value::object(name);
    return call(ga, &arg, 1, nullptr);
  }
  Value mn = dict_get_str(m->dict, intern("__name__"));
  if (!mn || !is_str(mn)) return raise(AttributeErrorType, "module has no attribute '" + n + "'");
  if (initializing().count(self.obj()))
    return raise(AttributeErrorType, "partially initialized module '" + text_of(mn) + "' has no attribute '" + n +
                                         "' (most likely due to a circular import)");
  if (is_loading_submodule(self, n))
    return raise(AttributeErrorType, "cannot access submodule '" + n + "' of module '" + text_of(mn) +
                                         "' (most likely due to a circular import)");
  return raise(AttributeErrorType, "module '" + text_of(mn) + "' has no attribute '" + n + "'");
}

// m.name = value / del m.name: the module's dict.
int module_setattro(Value self, Str* name, Value value) {
  auto* m = static_cast<Module*>(self.obj());
  if (self == sys_module()) {  // print() and the error reports follow sys.stdout / sys.stderr
    const std::string& n = str_utf8_ref(name);
    if (n == "stdout") builtins::set_stdout(value ? value : None());
    if (n == "stderr") builtins::set_stderr(value ? value : None());
  }
  if (value) return dict_set(m->dict, Value::object(name), value);
  if (dict_get_str(m->dict, name)) return dict_del(m->dict, Value::object(name));
  std::string mn = module_name_of(self);
  raise(AttributeErrorType, "module '" + mn + "' has no attribute '" + str_utf8_ref(name) + "'");
  return -1;
}

// <module 'm' from '/x/m.py'>, <module 'sys' (built-in)>, <module 'ns' (namespace)>,
// <module 'm'>.
Value module_repr(Value self) {
  auto* m = static_cast<Module*>(self.obj());
  Value n = dict_get_str(m->dict, intern("__name__"));
  std::string name = n && is_str(n) ? str_repr_utf8(static_cast<Str*>(n.obj())) : "'?'";
  Value file = dict_get_str(m->dict, intern("__file__"));
  if (file && is_str(file)) return make_str_utf8("<module " + name + " from " + str_repr_utf8(static_cast<Str*>(file.obj())) + ">");
  Value spec = dict_get_str(m->dict, intern("__spec__"));
  if (spec && type_of(spec) == spec_type()) {
    auto* s = static_cast<ModuleSpec*>(spec.obj());
    if (s->origin != None()) return make_str_utf8("<module " + name + " (" + text_of(s->origin) + ")>");
    if (s->locations != None()) return make_str_utf8("<module " + name + " (namespace)>");
  }
  return make_str_utf8("<module " + name + ">");
}

// module.__dir__(): the module's own __dir__ function if it has one, else the names
// in its dict.
Value module_dir(Value self, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("__dir__", kw) || !check_exact("__dir__", nargs, 0)) return Value();
  auto* m = static_cast<Module*>(self.obj());
  if (Value fn = dict_get_str(m->dict, intern("__dir__"))) return call(fn, nullptr, 0, nullptr);
  return list_from_iterable(m->dict);
}

// ---------------------------------------------------------------- finding modules
// Where a module was found.
struct Found {
  enum Kind { None, Builtin, Source, Package, Namespace } kind = None;
  std::string file;                 // the .py file (Source, Package)
  std::vector<std::string> dirs;    // the package's __path__ (Package: one; Namespace: all portions)
};

// The configured search path: the script's folder, PEPPYPATH, peppy's lib/.
std::string lib_dir() {
  if (const char* env = std::getenv("PEPPY_LIB_DIR"); env && *env) return env;
  return PEPPY_LIB_DIR;
}

// The str entries of a path list or tuple (sys.path or a __path__); '' stands for the
// current directory.
std::vector<std::string> path_entries(Value list) {
  std::vector<std::string> out;
  if (list && is_list(list)) {
    auto* l = static_cast<objects::List*>(list.obj());
    for (std::size_t i = 0; i < l->length; ++i)
      if (is_str(l->items[i])) out.push_back(text_of(l->items[i]));
  } else if (list && is_tuple(list)) {
    auto* t = static_cast<Tuple*>(list.obj());
    for (std::size_t i = 0; i < t->length; ++i)
      if (is_str(t->items[i])) out.push_back(text_of(t->items[i]));
  }
  return out;
}

// Looks for `tail` (the last part of a dotted name) in each folder of `entries`, the
// way CPython's FileFinder does: a folder with __init__.py (a package), then tail.py; a
// folder without __init__.py is a namespace portion, used only if nothing else is found.
Found find_on_path(const std::string& tail, const std::vector<std::string>& entries) {
  Found f;
  // Only a plain file name can name a module (CPython compares with folder listings).
  if (tail.empty() || tail.find('/') != std::string::npos || tail.find('\0') != std::string::npos) return f;
  std::vector<std::string> portions;
  for (const std::string& entry : entries) {
    if (entry.find('\0') != std::string::npos) continue;
    std::string dir = entry;
    if (dir.empty()) {
      std::error_code ec;
      dir = fs::current_path(ec).string();
      if (ec) continue;
    }
    if (!is_dir(dir)) continue;
    std::error_code ec;
    std::string base = fs::absolute(fs::path(dir) / tail, ec).lexically_normal().string();
    if (ec) continue;
    if (is_dir(base)) {
      std::string init = base + "/__init__.py";
      if (is_file(init)) {
        f.kind = Found::Package;
        f.file = init;
        f.dirs = {base};
        return f;
      }
      portions.push_back(base);
    }
    if (is_file(base + ".py")) {
      f.kind = Found::Source;
      f.file = base + ".py";
      return f;
    }
  }
  if (!portions.empty()) {
    f.kind = Found::Namespace;
    f.dirs = portions;
  }
  return f;
}

// ---------------------------------------------------------------- compiling and the cache
// Where the compiled code of `source_path` is cached: __pycache__/STEM.peppy-311.pyb.
std::string cache_path_of(const std::string& source_path) {
  fs::path p(source_path);
  return (p.parent_path() / "__pycache__" / (p.stem().string() + ".peppy-311.pyb")).string();
}

// The cached code for these source bytes, or null when there is none, it is unreadable,
// bad, stale or made for a file of another name.
std::shared_ptr<const bytecode::Code> read_cache(const std::string& cache, const std::string& path,
                                                 const bytecode::SourceInfo& info) {
  std::string data;
  if (!read_file(cache, data) || !bytecode::looks_like_bytecode(data)) return nullptr;
  bytecode::LoadResult lr = bytecode::load(data);
  if (!lr.ok() || !lr.source.known || lr.source.size != info.size || lr.source.hash != info.hash) return nullptr;
  if (lr.code->filename != path) return nullptr;
  return lr.code;
}

// True unless sys.dont_write_bytecode is true.
bool may_write_bytecode() {
  Value v = dict_get_str(module_dict(sys_module()), intern("dont_write_bytecode"));
  if (!v) return true;
  int t = is_true(v);
  if (t < 0) {
    clear_error();
    return true;
  }
  return t == 0;
}

// Writes the cache file (through a temporary file and a rename); any failure is ignored.
void write_cache(const std::string& cache, const bytecode::Code& code, const bytecode::SourceInfo& info) {
  std::error_code ec;
  fs::path dir = fs::path(cache).parent_path();
  fs::create_directories(dir, ec);
  if (ec) return;
  const std::string tmp = cache + "." + std::to_string(::getpid()) + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return;
    const std::string bytes = bytecode::serialize(code, info);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      out.close();
      fs::remove(tmp, ec);
      return;
    }
  }
  fs::rename(tmp, cache, ec);
  if (ec) fs::remove(tmp, ec);
}

// Raises the SyntaxError (or IndentationError, TabError) `e` in file `path`.
// `source` gives the file's bytes: SyntaxError.text keeps its line's newline.
void raise_syntax_error(const tok::Error& e, const std::string& path, const std::string& source) {
  Type* t = SyntaxErrorType;
  if (e.type == "IndentationError") t = IndentationErrorType;
  else if (e.type == "TabError") t = TabErrorType;
  std::string msg = e.message;
  if (e.type != "SyntaxError" && e.type != "IndentationError" && e.type != "TabError") msg = e.type + ": " + e.message;
  std::string text = e.text;
  if (!text.empty() && text.back() != '\n' && e.row > 0) {
    // Find line e.row of the source and whether a newline ends it.
    std::size_t pos = 0;
    for (std::int32_t line = 1; line < e.row && pos != std::string::npos; ++line) {
      pos = source.find('\n', pos);
      if (pos != std::string::npos) ++pos;
    }
    if (pos != std::string::npos && source.find('\n', pos) != std::string::npos) text += '\n';
  }
  Value info[6] = {make_str_utf8(path), make_int(e.row), make_int(e.offset),
                   text.empty() ? newref(None()) : make_str_utf8(text), make_int(e.end_row), make_int(e.end_offset)};
  Value infot = make_tuple_from(info, 6);
  for (Value v : info) decref(v);
  Value m = make_str_utf8(msg);
  Value args[2] = {m, infot};
  Value exc = call(Value::object(t), args, 2, nullptr);
  decref(m);
  decref(infot);
  if (exc) {
    set_error(exc);
    decref(exc);
  }
}

// Writes the compiler's warnings to stderr as CPython's warnings module formats them:
// "FILE:LINE: SyntaxWarning: MESSAGE" and the stripped source line.
void print_warnings(const std::vector<compile::CompileWarning>& warnings, const std::string& path,
                    const std::string& text) {
  for (const compile::CompileWarning& w : warnings) {
    std::string out = path + ":" + std::to_string(w.lineno) + ": " + w.category + ": " + w.message + "\n";
    std::size_t pos = 0;
    for (std::int32_t line = 1; line < w.lineno && pos != std::string::npos; ++line) {
      pos = text.find('\n', pos);
      if (pos != std::string::npos) ++pos;
    }
    if (w.lineno > 0 && pos != std::string::npos && pos < text.size()) {
      std::string l = text.substr(pos, text.find('\n', pos) == std::string::npos ? std::string::npos : text.find('\n', pos) - pos);
      std::size_t b = l.find_first_not_of(" \t\f\r");
      std::size_t e = l.find_last_not_of(" \t\f\r");
      if (b != std::string::npos) out += "  " + l.substr(b, e - b + 1) + "\n";
    }
    builtins::stderr_write(out);
  }
}

// The verified code of the module at `path`: from the cache when it is fresh, else
// compiled (and cached). Null with an error set (SyntaxError, ImportError).
std::shared_ptr<const bytecode::Code> module_code(const std::string& path, const std::string& name,
                                                  const std::string& cache) {
  std::string source;
  if (!read_file(path, source)) {
    raise_import(ImportErrorType, "cannot read " + pyquote(path), name, &path);
    return nullptr;
  }
  const bytecode::SourceInfo info = bytecode::source_info(source);
  if (auto code = read_cache(cache, path, info)) return code;
  parse::ParseResult pr = parse::parse_module(source, path);
  if (pr.error) {
    raise_syntax_error(*pr.error, path, source);
    return nullptr;
  }
  std::vector<compile::CompileWarning> warnings;
  compile::CompileResult cr =
      compile::compile_module(*static_cast<const ast::Module*>(pr.tree), path, &pr.source, &warnings);
  print_warnings(warnings, path, pr.source.utf8(0, static_cast<std::uint32_t>(pr.source.text.size())));
  if (cr.error) {
    raise_syntax_error(*cr.error, path, source);
    return nullptr;
  }
  bytecode::VerifyResult vr = bytecode::verify(*cr.code);
  if (!vr.ok()) {
    raise(SystemErrorType, "the compiler made bad bytecode for " + path + ": " + vr.error);
    return nullptr;
  }
  remember_source(path, pr.source.utf8(0, static_cast<std::uint32_t>(pr.source.text.size())));
  if (may_write_bytecode()) write_cache(cache, *cr.code, info);
  return cr.code;
}

// Runs `code` with `globals` as its globals and locals; 0, or -1 with an error set.
// Nested imports count against the recursion limit like calls do.
int exec_code(const std::shared_ptr<const bytecode::Code>& code, Value globals) {
  Thread& t = thread();
  if (t.depth >= t.recursion_limit || t.native_depth >= limits::kMaxNativeCallDepth) {
    raise(RecursionErrorType, "maximum recursion depth exceeded");
    return -1;
  }
  Value cov = load_code(code);
  if (!cov) return -1;
  Frame* f = push_frame(t, static_cast<CodeObject*>(cov.obj()));
  if (!f) {
    decref(cov);
    return -1;
  }
  f->owns_code = true;  // the frame releases cov
  f->globals = globals;
  f->builtins = builtins_dict();
  f->locals = newref(globals);
  f->is_entry = true;
  ++t.native_depth;
  Value r = run(t, f);
  --t.native_depth;
  if (!r) return -1;
  decref(r);
  return 0;
}

// ---------------------------------------------------------------- loading
// module.name = value in its dict (steals value).
void put(Value module, const char* name, Value value) { module_put(module, name, value); }

// Makes, registers and runs the module `name` found at `found`; returns sys.modules[name]
// (new reference) or null with an error set.
Value load_found(Value mods, const std::string& name, const Found& found) {
  if (found.kind == Found::Builtin) {
    ModuleMaker maker = find_builtin_module(name);
    Value m = maker();
    if (!m) return m;
    if (type_of(m) == ModuleType) {
      Value d = module_dict(m);
      // A folder lib/NAME/ makes the built-in module a package: its .py files are the
      // module's submodules (e.g. a built-in collections with lib/collections/abc.py).
      Value locations = newref(None());
      const std::string sub_dir = lib_dir() + "/" + name;
      if (!dict_get_str(d, intern("__path__")) && is_dir(sub_dir)) {
        decref(locations);
        Value dir = make_str_utf8(sub_dir);
        locations = make_list(0);
        list_append(locations, dir);
        decref(dir);
        put(m, "__path__", newref(locations));
      }
      if (!dict_get_str(d, intern("__spec__")))
        put(m, "__spec__", make_spec(name, make_str_utf8("built-in"), newref(locations), newref(None()), false));
      decref(locations);
      if (!dict_get_str(d, intern("__package__"))) put(m, "__package__", make_str_utf8(""));
      if (!dict_get_str(d, intern("__loader__"))) put(m, "__loader__", newref(None()));
    }
    Value key = make_str_utf8(name);
    int r = dict_set(mods, key, m);
    decref(key);
    if (r < 0) {
      decref(m);
      return Value();
    }
    return m;
  }
  const bool package = found.kind != Found::Source;
  Value m = new_module(name.c_str());
  if (!m) return m;
  std::size_t dot = name.rfind('.');
  put(m, "__package__", make_str_utf8(package ? name : dot == std::string::npos ? "" : name.substr(0, dot)));
  put(m, "__loader__", newref(None()));
  Value locations = newref(None());
  if (package) {
    decref(locations);
    locations = make_list(0);
    for (const std::string& d : found.dirs) {
      Value s = make_str_utf8(d);
      list_append(locations, s);
      decref(s);
    }
  }
  const bool has_file = found.kind != Found::Namespace;
  const std::string cache = has_file ? cache_path_of(found.file) : "";
  put(m, "__spec__",
      make_spec(name, has_file ? make_str_utf8(found.file) : newref(None()), newref(locations),
                has_file ? make_str_utf8(cache) : newref(None()), has_file));
  if (package) put(m, "__path__", newref(locations));
  decref(locations);
  put(m, "__file__", has_file ? make_str_utf8(found.file) : newref(None()));
  if (has_file) put(m, "__cached__", make_str_utf8(cache));
  put(m, "__builtins__", newref(builtins_dict()));
  Value key = make_str_utf8(name);
  if (dict_set(mods, key, m) < 0) {
    decref(key);
    decref(m);
    return Value();
  }
  if (has_file) {
    initializing().insert(m.obj());
    auto code = module_code(found.file, name, cache);
    int r = code ? exec_code(code, module_dict(m)) : -1;
    initializing().erase(m.obj());
    if (r < 0) {
      // A module whose body failed is taken out of sys.modules (if it is still there).
      Value exc = take_error();
      if (dict_get(mods, key)) dict_del(mods, key);
      clear_error();
      set_error(exc);
      decref(exc);
      decref(key);
      decref(m);
      return Value();
    }
  }
  decref(m);
  // What sys.modules holds now is the module (the body may have replaced itself); it
  // moves to the end of sys.modules as in CPython.
  Value now = dict_get(mods, key);
  if (!now) {
    raise_key_error(key);
    decref(key);
    return Value();
  }
  now = newref(now);
  dict_del(mods, key);
  dict_set(mods, key, now);
  decref(key);
  return now;
}

// The module `name` (absolute), imported if needed: CPython's _find_and_load. New
// reference, or null with an error set.
Value find_and_load(const std::string& name) {
  Value mods = sys_modules();
  if (!mods) return mods;
  if (Value m = cached_module(mods, name)) {
    if (m == None())
      return raise_import(ModuleNotFoundErrorType, "import of " + name + " halted; None in sys.modules", name);
    return newref(m);
  }
  // "a.b" has the parent "a"; ".x" (an empty parent) is looked for at the top, as
  // CPython does.
  std::size_t dot = name.rfind('.');
  if (dot == 0) dot = std::string::npos;
  const std::string tail = dot == std::string::npos ? name.substr(name.rfind('.') + 1) : name.substr(dot + 1);
  std::vector<std::string> entries;
  Found found;
  if (dot != std::string::npos) {
    const std::string parent = name.substr(0, dot);
    Value pm;
    if (!cached_module(mods, parent)) {
      pm = find_and_load(parent);
      if (!pm) return pm;
      decref(pm);
    }
    // Importing the parent may have imported this module.
    if (Value m = cached_module(mods, name)) return newref(m);
    pm = cached_module(mods, parent);
    if (!pm) {
      Value key = make_str_utf8(parent);
      raise_key_error(key);
      decref(key);
      return Value();
    }
    Value path = getattr_or_null(pm, intern("__path__"));
    if (!path) {
      if (has_error()) return Value();
      return raise_import(ModuleNotFoundErrorType,
                          "No module named " + pyquote(name) + "; " + pyquote(parent) + " is not a package", name);
    }
    entries = path_entries(path);
    decref(path);
    found = find_on_path(tail, entries);
  } else if (find_builtin_module(name)) {
    found.kind = Found::Builtin;
  } else {
    entries = path_entries(dict_get_str(module_dict(sys_module()), intern("path")));
    found = find_on_path(tail, entries);
  }
  if (found.kind == Found::None) return raise_not_found(name);
  Object* parent_obj = nullptr;
  if (dot != std::string::npos) {
    if (Value pm = cached_module(mods, name.substr(0, dot)); pm && pm.is_object()) {
      parent_obj = pm.obj();
      incref(pm);  // kept alive while its child loads (the map is keyed by its address)
      loading_submodules()[parent_obj].push_back(name.substr(dot + 1));
    }
  }
  Value m = load_found(mods, name, found);
  if (parent_obj) {
    auto it = loading_submodules().find(parent_obj);
    if (it != loading_submodules().end()) {
      if (!it->second.empty()) it->second.pop_back();
      if (it->second.empty()) loading_submodules().erase(it);
    }
    decref(Value::object(parent_obj));
  }
  if (!m) return m;
  if (dot != std::string::npos) {
    // The submodule becomes an attribute of its parent.
    if (Value pm = cached_module(mods, name.substr(0, dot))) {
      if (setattr(pm, intern(name.substr(dot + 1)), m) < 0) clear_error();
    }
  }
  return m;
}

// ---------------------------------------------------------------- relative names
// The package a relative import in `globals` is relative to (CPython's
// resolve_name): __package__, else __spec__.parent, else from __name__ and __path__.
// False with an error set.
bool calc_package(Value globals, std::string& out) {
  if (!globals) {
    raise(KeyErrorType, "'__name__' not in globals");
    return false;
  }
  if (!is_dict(globals)) {
    raise(TypeErrorType, "globals must be a dict");
    return false;
  }
  Value package = dict_get_str(globals, intern("__package__"));
  Value spec = dict_get_str(globals, intern("__spec__"));
  if (package && package != None()) {
    if (!is_str(package)) {
      raise(TypeErrorType, "package must be a string");
      return false;
    }
    out = text_of(package);
    return true;
  }
  if (spec && spec != None()) {
    Value parent = getattr(spec, intern("parent"));
    if (!parent) return false;
    if (!is_str(parent)) {
      decref(parent);
      raise(TypeErrorType, "__spec__.parent must be a string");
      return false;
    }
    out = text_of(parent);
    decref(parent);
    return true;
  }
  Value name = dict_get_str(globals, intern("__name__"));
  if (!name) {
    raise(KeyErrorType, "'__name__' not in globals");
    return false;
  }
  if (!is_str(name)) {
    raise(TypeErrorType, "__name__ must be a string");
    return false;
  }
  out = text_of(name);
  if (!dict_get_str(globals, intern("__path__"))) {
    std::size_t dot = out.rfind('.');
    if (dot == std::string::npos) {
      raise(ImportErrorType, "attempted relative import with no known parent package");
      return false;
    }
    out = out.substr(0, dot);
  }
  return true;
}

// The absolute name of `name` imported with `level` leading dots from `package`.
bool resolve_relative(const std::string& name, const std::string& package, std::int64_t level, std::string& out) {
  if (package.empty()) {
    raise(ImportErrorType, "attempted relative import with no known parent package");
    return false;
  }
  std::size_t last = package.size();
  for (std::int64_t up = 1; up < level; ++up) {
    std::size_t dot = last == 0 ? std::string::npos : package.rfind('.', last - 1);
    if (dot == std::string::npos) {
      raise(ImportErrorType, "attempted relative import beyond top-level package");
      return false;
    }
    last = dot;
  }
  out = package.substr(0, last);
  if (!name.empty()) out += "." + name;
  return true;
}

// ---------------------------------------------------------------- fromlists
// CPython's _handle_fromlist: imports the submodules a fromlist names that are not
// attributes of the package yet ('*' stands for its __all__).
int handle_fromlist(Value module, Value fromlist, bool recursive) {
  Value it = get_iter(fromlist);
  if (!it) return -1;
  for (Value x; (x = iter_next(it));) {
    int r = 0;
    if (!is_str(x)) {
      std::string where = recursive ? module_name_of(module) + ".__all__" : "``from list''";
      raise(TypeErrorType, "Item in " + where + " must be str, not " + type_of(x)->name);
      r = -1;
    } else if (text_of(x) == "*") {
      if (!recursive) {
        Value all = getattr_or_null(module, intern("__all__"));
        if (all) {
          r = handle_fromlist(module, all, true);
          decref(all);
        } else if (has_error()) {
          r = -1;
        }
      }
    } else {
      Value attr = getattr_or_null(module, static_cast<Str*>(x.obj()));
      if (attr) {
        decref(attr);
      } else if (has_error()) {
        r = -1;
      } else {
        const std::string from_name = module_name_of(module) + "." + text_of(x);
        Value sub = find_and_load(from_name);
        if (sub) {
          decref(sub);
        } else if (isinstance_type(current_error(), ModuleNotFoundErrorType)) {
          // A missing submodule is not an error here (IMPORT_FROM reports the name).
          Value exc = current_error();
          Value en = getattr_or_null(exc, intern("name"));
          bool same = en && is_str(en) && text_of(en) == from_name;
          decref(en);
          Value mods = sys_modules();
          if (same && mods && cached_module(mods, from_name) != None()) clear_error();
          else r = -1;
        } else {
          r = -1;
        }
      }
    }
    decref(x);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return has_error() ? -1 : 0;
}

// The original __import__ (to tell whether builtins.__import__ was replaced).
Value& original_import() {
  static Value fn;
  return fn;
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Value builtin_import(Value, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name", "globals", "locals", "fromlist", "level"};
  Value a[5];
  if (!parse_args("__import__", args, nargs, kwnames, names, 5, 1, a)) return Value();
  if (!is_str(a[0])) return raise(TypeErrorType, "module name must be a string");
  std::int64_t level = 0;
  if (a[4]) {
    if (!is_int(a[4])) return raise(TypeErrorType, "'" + type_of(a[4])->name + "' object cannot be interpreted as an integer");
    if (!int_to_int64(a[4], level)) return raise(OverflowErrorType, "Python int too large to convert to C int");
  }
  return import_name(static_cast<Str*>(a[0].obj()), a[1] ? a[1] : None(), a[3] ? a[3] : None(), level);
}

// ---------------------------------------------------------------- importlib
// importlib.import_module(name, package=None)
Value importlib_import_module(Value, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name", "package"};
  Value a[2];
  if (!parse_args("import_module", args, nargs, kwnames, names, 2, 1, a)) return Value();
  // CPython's import_module starts with name.startswith('.').
  if (!is_str(a[0])) return raise(AttributeErrorType, "'" + type_of(a[0])->name + "' object has no attribute 'startswith'");
  std::string name = text_of(a[0]);
  Value package = a[1] ? a[1] : None();
  std::int64_t level = 0;
  if (!name.empty() && name[0] == '.') {
    const int truthy = is_true(package);
    if (truthy < 0) return Value();
    if (!truthy) {
      return raise(TypeErrorType, "the 'package' argument is required to perform a relative import for " + pyquote(name));
    }
    while (static_cast<std::size_t>(level) < name.size() && name[level] == '.') ++level;
    name = name.substr(level);
  }
  std::string abs = name;
  if (level > 0) {
    if (!is_str(package)) return raise(TypeErrorType, "__package__ not set to a string");
    const std::string pkg = text_of(package);
    if (pkg.empty()) return raise(ImportErrorType, "attempted relative import with no known parent package");
    // CPython's _resolve_name: package.rsplit('.', level - 1).
    std::vector<std::string> bits;
    std::string rest = pkg;
    for (std::int64_t k = 0; k < level - 1; ++k) {
      std::size_t dot = rest.rfind('.');
      if (dot == std::string::npos) break;
      bits.push_back(rest.substr(dot + 1));
      rest = rest.substr(0, dot);
    }
    if (static_cast<std::int64_t>(bits.size()) + 1 < level)
      return raise(ImportErrorType, "attempted relative import beyond top-level package");
    abs = name.empty() ? rest : rest + "." + name;
  } else if (name.empty()) {
    return raise(ValueErrorType, "Empty module name");
  }
  return find_and_load(abs);
}

// importlib._find_spec(fullname, path): the spec of the module the import system would
// load for `fullname` (searching `path`, a list, or sys.path and the built-in modules
// when it is None), or None; nothing is imported. lib/importlib/util.py's find_spec
// builds on it.
Value importlib_find_spec(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("_find_spec", kw) || !check_args("_find_spec", nargs, 2, 2)) return Value();
  if (!is_str(args[0])) return raise(TypeErrorType, "_find_spec() argument 1 must be str, not " + type_of(args[0])->name);
  const std::string name = text_of(args[0]);
  const std::size_t dot = name.rfind('.');
  Found found;
  if (args[1] == None()) {
    if (find_builtin_module(name)) {
      return make_spec(name, make_str_utf8("built-in"), newref(None()), newref(None()), false);
    }
    found = find_on_path(name.substr(dot == std::string::npos ? 0 : dot + 1),
                         path_entries(dict_get_str(module_dict(sys_module()), intern("path"))));
  } else {
    found = find_on_path(name.substr(dot == std::string::npos ? 0 : dot + 1), path_entries(args[1]));
  }
  if (found.kind == Found::None) return newref(None());
  Value locations = newref(None());
  if (found.kind != Found::Source) {
    decref(locations);
    locations = make_list(0);
    for (const std::string& d : found.dirs) {
      Value str = make_str_utf8(d);
      list_append(locations, str);
      decref(str);
    }
  }
  const bool has_file = found.kind != Found::Namespace;
  return make_spec(name, has_file ? make_str_utf8(found.file) : newref(None()), locations,
                   has_file ? make_str_utf8(cache_path_of(found.file)) : newref(None()), has_file);
}

// importlib.invalidate_caches(): nothing is cached about folders, so nothing to do.
Value importlib_invalidate_caches(Value, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("invalidate_caches", kw) || !check_args("invalidate_caches", nargs, 0, 0)) return Value();
  return newref(None());
}

// importlib.reload(module): runs the module's file again in the same module object.
Value importlib_reload(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("reload", kw) || !check_args("reload", nargs, 1, 1)) return Value();
  Value m = args[0];
  if (type_of(m) != ModuleType) return raise(TypeErrorType, "reload() argument must be a module");
  const std::string name = module_name_of(m);
  Value mods = sys_modules();
  if (!mods) return mods;
  if (cached_module(mods, name) != m) return raise_import(ImportErrorType, "module " + name + " not in sys.modules", name);
  Value file = dict_get_str(module_dict(m), intern("__file__"));
  if (!file || !is_str(file)) return newref(m);  // built-in and namespace modules stay as they are
  const std::string path = text_of(file);
  auto code = module_code(path, name, cache_path_of(path));
  if (!code) return Value();
  initializing().insert(m.obj());
  int r = exec_code(code, module_dict(m));
  initializing().erase(m.obj());
  if (r < 0) return Value();
  Value now = cached_module(mods, name);
  return newref(now ? now : m);
}

}  // namespace

// ---------------------------------------------------------------- public
void setup_module_type(Type* t) {
  t->getattr = module_getattro;
  t->setattr = module_setattro;
  t->repr = module_repr;
  add_method(t, "__dir__", module_dir);
}

// __import__ (import.hpp): resolves a relative name, imports it, then gives the top
// package (no fromlist) or the module after importing the fromlist's submodules.
Value import_name(Str* name_str, Value globals, Value fromlist, std::int64_t level) {
  const std::string name = str_utf8(name_str);
  if (level < 0) return raise(ValueErrorType, "level must be >= 0");
  std::string abs = name;
  if (level > 0) {
    std::string package;
    if (!calc_package(globals, package) || !resolve_relative(name, package, level, abs)) return Value();
  } else if (name.empty()) {
    return raise(ValueErrorType, "Empty module name");
  }
  Value mod;
  // The common case first: an absolute name already in sys.modules.
  if (level == 0) {
    Value m = dict_get(original_modules(), Value::object(name_str));
    if (m && m != None()) mod = newref(m);
  }
  if (!mod) mod = find_and_load(abs);
  if (!mod) return mod;
  int has_from = fromlist && fromlist != None() ? is_true(fromlist) : 0;
  if (has_from < 0) {
    decref(mod);
    return Value();
  }
  if (!has_from) {
    std::size_t dot = name.find('.');
    if (name.empty() || dot == std::string::npos) return mod;
    decref(mod);
    if (level == 0) return find_and_load(name.substr(0, dot));
    // `import .a.b` never happens in source; __import__('a.b', level=1) gives the
    // module of the relative name's first part.
    const std::string front = abs.substr(0, abs.size() - (name.size() - dot));
    Value mods = sys_modules();
    if (!mods) return mods;
    Value m = cached_module(mods, front);
    if (!m) return raise(KeyErrorType, pyquote(front) + " not in sys.modules as expected");
    return newref(m);
  }
  Value path = getattr_or_null(mod, intern("__path__"));
  if (!path) {
    if (has_error()) {
      decref(mod);
      return Value();
    }
    return mod;
  }
  decref(path);
  if (handle_fromlist(mod, fromlist, false) < 0) {
    decref(mod);
    return Value();
  }
  return mod;
}

// IMPORT_NAME: calls builtins.__import__ when a program replaced it, else the import
// system directly.
Value import_module(Str* name, Value fromlist, Value level, Value globals) {
  std::int64_t lv = 0;
  if (level && !int_to_int64(level, lv)) return raise(OverflowErrorType, "Python int too large to convert to C int");
  Value imp = dict_get_str(builtins_dict(), intern("__import__"));
  if (!imp) return raise(ImportErrorType, "__import__ not found");
  if (imp != original_import()) {
    Value zero = make_int(0);
    Value args[5] = {Value::object(name), globals ? globals : None(), None(), fromlist ? fromlist : None(),
                     level ? level : zero};
    Value r = call(imp, args, 5, nullptr);
    decref(zero);
    return r;
  }
  return import_name(name, globals, fromlist, lv);
}

// IMPORT_FROM (import.hpp): CPython's import_from with its messages.
Value import_from(Value module, Str* name) {
  Value v = getattr(module, name);
  if (v) return v;
  if (!isinstance_type(current_error(), AttributeErrorType)) return v;
  clear_error();
  // A submodule not yet bound in its package (a circular import): sys.modules has it.
  Value pkgname = getattr_or_null(module, intern("__name__"));
  if (!pkgname) clear_error();
  std::string pname;
  const bool known_name = pkgname && is_str(pkgname);
  if (known_name) {
    pname = text_of(pkgname);
    Value mods = sys_modules();
    if (!mods) {
      decref(pkgname);
      return mods;
    }
    if (Value m = cached_module(mods, pname + "." + str_utf8(name))) {
      decref(pkgname);
      return newref(m);
    }
  } else {
    pname = "<unknown module name>";
  }
  decref(pkgname);
  const bool partial = initializing().count(module.obj()) > 0;
  Value file = getattr_or_null(module, intern("__file__"));
  if (!file) clear_error();
  const std::string head = "cannot import name " + pyquote(str_utf8(name)) + " from " +
                           (partial ? "partially initialized module " : "") + pyquote(pname) +
                           (partial ? " (most likely due to a circular import)" : "");
  if (file && is_str(file)) {
    const std::string path = text_of(file);
    decref(file);
    return raise_import(ImportErrorType, head + " (" + path + ")", pname, &path);
  }
  decref(file);
  if (!known_name) {
    // ImportError(msg) with name None.
    Value msg = make_str_utf8(head + " (unknown location)");
    Value exc = call(Value::object(ImportErrorType), &msg, 1, nullptr);
    decref(msg);
    if (exc) {
      set_error(exc);
      decref(exc);
    }
    return Value();
  }
  return raise_import(ImportErrorType, head + " (unknown location)", pname);
}

namespace {

// The items of a sequence read the way PySequence_GetItem reads them (seq[0], seq[1],
// ... until IndexError) as a new list; CPython's TypeErrors for mappings and objects
// without __getitem__.
Value sequence_items(Value seq) {
  Type* t = type_of(seq);
  if (is_dict(seq)) return raise(TypeErrorType, t->name + " is not a sequence");
  if (!lookup_in_mro(t, intern("__getitem__")))
    return raise(TypeErrorType, "'" + t->name + "' object does not support indexing");
  Value out = make_list(0);
  for (std::int64_t i = 0;; ++i) {
    Value idx = make_int(i);
    Value item = getitem(seq, idx);
    decref(idx);
    if (!item) {
      if (isinstance_type(current_error(), IndexErrorType)) {
        clear_error();
        return out;
      }
      decref(out);
      return Value();
    }
    list_append(out, item);
    decref(item);
  }
}

}  // namespace

// IMPORT_STAR (import.hpp): CPython's import_all_from.
int import_star(Value module, Value ns) {
  Value all = getattr_or_null(module, intern("__all__"));
  if (!all && has_error()) return -1;
  const bool skip_private = !all;
  if (!all) {
    Value d = getattr_or_null(module, intern("__dict__"));
    if (!d) {
      if (!has_error()) raise(ImportErrorType, "from-import-* object has no __dict__ and no __all__");
      return -1;
    }
    all = list_from_iterable(d);
    decref(d);
    if (!all) return -1;
  } else if (!is_list(all) && !is_tuple(all)) {
    // CPython reads __all__ as a sequence: all[0], all[1], ... up to IndexError.
    Value items = sequence_items(all);
    decref(all);
    if (!items) return -1;
    all = items;
  }
  Value it = get_iter(all);
  decref(all);
  if (!it) return -1;
  for (Value k; (k = iter_next(it));) {
    if (!is_str(k)) {
      std::string modname = module_name_of(module);
      raise(TypeErrorType, (skip_private ? "Key in " + modname + ".__dict__" : "Item in " + modname + ".__all__") +
                               " must be str, not " + type_of(k)->name);
      decref(k);
      decref(it);
      return -1;
    }
    if (skip_private && text_of(k).rfind('_', 0) == 0) {
      decref(k);
      continue;
    }
    Value v = getattr(module, static_cast<Str*>(k.obj()));
    int r = v ? dict_set(ns, k, v) : -1;
    decref(v);
    decref(k);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return has_error() ? -1 : 0;
}

namespace {

// The import system's names in sys: builtin_module_names (modules.def's names),
// dont_write_bytecode (from PEPPYDONTWRITEBYTECODE; honoured by the cache), and the
// hook lists CPython has (meta_path, path_hooks, path_importer_cache), which peppy
// keeps empty and does not consult.
void add_sys_import_names() {
  Value sys = sys_module();
  Value d = module_dict(sys);
  if (!dict_get_str(d, intern("builtin_module_names"))) {
    static const char* const names[] = {
#define MODULE(n, maker) #n,
#include "vm/modules.def"
#undef MODULE
    };
    std::vector<Value> items;
    for (const char* n : names) items.push_back(make_str_utf8(n));
    put(sys, "builtin_module_names", make_tuple_from(items.data(), items.size()));
    for (Value v : items) decref(v);
  }
  const char* env = std::getenv("PEPPYDONTWRITEBYTECODE");
  if (!dict_get_str(d, intern("dont_write_bytecode"))) put(sys, "dont_write_bytecode", newref(boolean(env && *env)));
  if (!dict_get_str(d, intern("meta_path"))) put(sys, "meta_path", make_list(0));
  if (!dict_get_str(d, intern("path_hooks"))) put(sys, "path_hooks", make_list(0));
  if (!dict_get_str(d, intern("path_importer_cache"))) put(sys, "path_importer_cache", make_dict());
}

}  // namespace

// The __main__ module and sys.path (import.hpp).
Value main_module(const std::string& filename) {
  Value m = new_module("__main__");
  if (!m) return m;
  put(m, "__package__", newref(None()));
  put(m, "__loader__", newref(None()));
  put(m, "__spec__", newref(None()));
  Value builtins = make_builtins_module();
  put(m, "__builtins__", builtins);  // __main__ sees the module, others its dict
  put(m, "__file__", make_str_utf8(filename));
  put(m, "__cached__", newref(None()));
  original_modules();  // sys.modules as it is now
  add_sys_import_names();
  // sys.path: the script's folder, PEPPYPATH's entries, peppy's lib/.
  Value path = dict_get_str(module_dict(sys_module()), intern("path"));
  if (path && is_list(path)) {
    std::vector<std::string> entries;
    if (filename.empty() || filename[0] == '<') {
      entries.push_back("");
    } else {
      std::error_code ec;
      fs::path p = fs::absolute(filename, ec);
      entries.push_back(ec ? fs::path(filename).parent_path().string() : p.parent_path().string());
    }
    if (const char* env = std::getenv("PEPPYPATH")) {
      std::string s = env;
      std::size_t start = 0;
      while (start <= s.size()) {
        std::size_t colon = s.find(':', start);
        if (colon == std::string::npos) colon = s.size();
        if (colon > start) entries.push_back(s.substr(start, colon - start));
        start = colon + 1;
      }
    }
    entries.push_back(lib_dir());
    for (const std::string& e : entries) {
      Value s = make_str_utf8(e);
      list_append(path, s);
      decref(s);
    }
  }
  if (Value mods = sys_modules()) {
    dict_set(mods, Value::object(intern("__main__")), m);
  } else {
    clear_error();
  }
  return m;
}

// builtins.__import__ (import.hpp); remembered to tell a replacement apart.
void add_import_builtins(Value builtins) {
  Value fn = make_builtin_function("__import__", builtin_import);
  original_import() = newref(fn);
  dict_set(builtins, Value::object(intern("__import__")), fn);
  decref(fn);
}

bool is_initializing(Value module) { return module.is_object() && initializing().count(module.obj()) > 0; }

// The builtins module: a module whose dict is the builtins dict itself (made once).
Value make_builtins_module() {
  static Value mod = [] {
    // A module made the usual way, whose dict is then swapped for the builtins dict.
    Value made = new_module("builtins");
    auto* m = static_cast<Module*>(made.obj());
    decref(m->dict);
    m->dict = newref(builtins_dict());
    Value d = m->dict;
    dict_set(d, Value::object(intern("__name__")), m->name);
    if (!dict_get_str(d, intern("__doc__"))) dict_set(d, Value::object(intern("__doc__")), None());
    Value mod = Value::object(m);
    put(mod, "__package__", make_str_utf8(""));
    put(mod, "__loader__", newref(None()));
    put(mod, "__spec__", make_spec("builtins", make_str_utf8("built-in"), newref(None()), newref(None()), false));
    return mod;
  }();
  return newref(mod);
}

// The built-in importlib module: import_module, reload, invalidate_caches, and
// _find_spec for lib/importlib/util.py.
Value make_importlib_module() {
  Value m = new_module("importlib");
  module_put_fn(m, "import_module", importlib_import_module);
  module_put_fn(m, "invalidate_caches", importlib_invalidate_caches);
  module_put_fn(m, "reload", importlib_reload);
  module_put_fn(m, "_find_spec", importlib_find_spec);
  return m;
}

}  // namespace peppy::vm
