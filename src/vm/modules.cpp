// modules.cpp: the table of modules built into the VM (modules.def), the helpers that
// fill a module, the sys module (argv, exit, the recursion limit, the standard streams,
// modules, path, maxsize...). The import system that finds them, and .py modules, is
// import.cpp.
#include <cmath>
#include <string>
#include <vector>

#include "builtins/builtins.hpp"
#include "objects/core.hpp"
#include "objects/gc.hpp"
#include "vm/modules.hpp"
#include "vm/runtime.hpp"

namespace peppy::vm {

Value make_displayhook();  // exec.cpp: sys.displayhook

using namespace objects;

Value sys_exc_info(Value, const Value*, std::size_t, Tuple*);    // generator.cpp
Value sys_exception(Value, const Value*, std::size_t, Tuple*);   // generator.cpp

namespace {

std::vector<std::string>& program_argv() {
  static std::vector<std::string> argv;
  return argv;
}

// module.name = value (steals value).
void put(Value module, const char* name, Value value) { module_put(module, name, value); }
void put_fn(Value module, const char* name, NativeFn fn) { module_put_fn(module, name, fn); }

// ---- sys ----
Value sys_exit(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("exit", kw) || !check_args("exit", nargs, 0, 1)) return Value();
  Value e = call(Value::object(SystemExitType), args, nargs, nullptr);
  if (!e) return e;
  set_error(e);
  decref(e);
  return Value();
}
Value sys_getrecursionlimit(Value, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("getrecursionlimit", kw) || !check_args("getrecursionlimit", nargs, 0, 0)) return Value();
  return make_int(thread().recursion_limit);
}
Value sys_setrecursionlimit(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("setrecursionlimit", kw) || !check_args("setrecursionlimit", nargs, 1, 1)) return Value();
  if (!is_int(args[0])) return raise(TypeErrorType, "'" + type_of(args[0])->name + "' object cannot be interpreted as an integer");
  std::int64_t n = 0;
  if (!int_to_int64(args[0], n) || n > 0x7fffffff) return raise(OverflowErrorType, "Python int too large to convert to C int");
  if (n < 1) return raise(ValueErrorType, "recursion limit must be greater or equal than 1");
  Thread& t = thread();
  if (n <= t.depth)
    return raise(RecursionErrorType, "cannot set the recursion limit to " + std::to_string(n) + " at the recursion depth " +
                                         std::to_string(t.depth) + ": the limit is too low");
  t.recursion_limit = static_cast<int>(n);
  return newref(None());
}
Value sys_getrefcount(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("getrefcount", kw) || !check_args("getrefcount", nargs, 1, 1)) return Value();
  return make_int(args[0].is_object() ? args[0].obj()->refcnt : 1 << 30);
}
Value sys_intern(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("intern", kw) || !check_args("intern", nargs, 1, 1)) return Value();
  if (type_of(args[0]) != StrType) return raise(TypeErrorType, "intern() argument must be str, not " + type_of(args[0])->name);
  return newref(Value::object(intern(str_utf8(static_cast<Str*>(args[0].obj())))));
}

}  // namespace

Value new_module(const char* name) {
  auto* m = objects::gc_new<Module>();
  if (!m) return raise(MemoryErrorType, "");
  m->type = ModuleType;
  m->dict = make_dict();
  m->name = make_str_utf8(name);
  dict_set(m->dict, Value::object(intern("__name__")), m->name);
  dict_set(m->dict, Value::object(intern("__doc__")), None());
  return Value::object(m);
}
void module_put(Value module, const char* name, Value value) {
  dict_set(static_cast<Module*>(module.obj())->dict, Value::object(intern(name)), value);
  decref(value);
}
void module_put_fn(Value module, const char* name, NativeFn fn) {
  module_put(module, name, make_builtin_function(name, fn));
}
Value module_dict(Value module) { return static_cast<Module*>(module.obj())->dict; }

ModuleMaker find_builtin_module(std::string_view name) {
  static const struct {
    std::string_view name;
    ModuleMaker maker;
  } table[] = {
#define MODULE(n, maker) {#n, maker},
#include "vm/modules.def"
#undef MODULE
  };
  for (const auto& e : table)
    if (e.name == name) return e.maker;
  return nullptr;
}

// The sys module (made once).
Value make_sys_module() { return newref(sys_module()); }
Value sys_module() {
  static Value sys = [] {
    Value m = new_module("sys");
    Value argv = make_list(0);
    for (const std::string& a : program_argv()) {
      Value s = make_str_utf8(a);
      list_append(argv, s);
      decref(s);
    }
    put(m, "argv", argv);
    put_fn(m, "exit", sys_exit);
    put_fn(m, "getrecursionlimit", sys_getrecursionlimit);
    put_fn(m, "setrecursionlimit", sys_setrecursionlimit);
    put_fn(m, "getrefcount", sys_getrefcount);
    put_fn(m, "intern", sys_intern);
    put_fn(m, "exc_info", sys_exc_info);
    put_fn(m, "exception", sys_exception);
    put(m, "displayhook", make_displayhook());
    put(m, "maxsize", make_int(INT64_MAX));
    put(m, "byteorder", make_str_utf8("little"));
    put(m, "platform", make_str_utf8("linux"));
    put(m, "version", make_str_utf8("3.11.7 (peppy)"));
    Value vi[5] = {make_int(3), make_int(11), make_int(7), make_str_utf8("final"), make_int(0)};
    put(m, "version_info", make_tuple_from(vi, 5));
    for (Value v : vi) decref(v);
    put(m, "stdout", newref(builtins::std_stdout()));
    put(m, "stderr", newref(builtins::std_stderr()));
    put(m, "stdin", newref(builtins::std_stdin()));
    put(m, "__stdout__", newref(builtins::std_stdout()));
    put(m, "__stderr__", newref(builtins::std_stderr()));
    put(m, "modules", make_dict());
    put(m, "path", make_list(0));
    return m;
  }();
  return sys;
}

void set_argv(const std::vector<std::string>& argv) { program_argv() = argv; }

}  // namespace peppy::vm
