// runtime.cpp: the VM's object types (code, function, bound method, traceback,
// module), loading code objects, the frame stack, calling Python functions (argument
// binding with CPython's messages) and __build_class__.
#include "vm/runtime.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

#include "limits.hpp"
#include "objects/core.hpp"
#include "objects/gc.hpp"
#include "vm/import.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

// ---------------------------------------------------------------- type objects
// Makes a built-in type of the VM (lives forever).
Type* new_type(const char* name, std::size_t size, DeallocFn dealloc) {
  Type* t = new Type();
  t->type = TypeType;
  t->refcnt = 1 << 30;
  t->name = name;
  t->qualname = name;
  t->module = "builtins";
  t->base = ObjectType;
  t->basic_size = size;
  t->dealloc = dealloc;
  return t;
}

// code
void code_dealloc(Object* o) {
  auto* c = static_cast<CodeObject*>(o);
  for (Value v : c->consts) decref(v);
  delete c;
}
Value code_repr(Value self) {
  auto* c = static_cast<CodeObject*>(self.obj());
  char buf[64];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(c));
  return make_str_utf8("<code object " + c->code->name + " at " + buf + ", file \"" + c->code->filename +
                       "\", line " + std::to_string(c->code->firstlineno) + ">");
}

// function
void function_dealloc(Object* o) {
  auto* f = static_cast<Function*>(o);
  decref(Value::object(f->code));
  for (Value v : {f->globals, f->builtins, f->name, f->qualname, f->defaults, f->kwdefaults, f->closure,
                  f->annotations, f->doc, f->module, f->dict})
    decref(v);
  gc_delete(f);
}
// Visits a function's references (for the cycle collector; its code is not a gc object).
void function_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  auto* f = static_cast<Function*>(o);
  for (Value v : {f->globals, f->builtins, f->name, f->qualname, f->defaults, f->kwdefaults, f->closure,
                  f->annotations, f->doc, f->module, f->dict})
    visit(v, arg);
}
// Breaks a function's cycles (the cycle collector): drops its defaults, annotations,
// __dict__ and __module__; its globals, builtins and closure stay (the dicts and cells
// they lead to are cleared themselves), so it can still be called safely.
void function_clear(Object* o) {
  auto* f = static_cast<Function*>(o);
  Value old[6] = {f->defaults, f->kwdefaults, f->annotations, f->dict, f->module, f->doc};
  f->defaults = f->kwdefaults = f->annotations = f->dict = f->module = Value();
  f->doc = newref(None());
  for (Value v : old) decref(v);
}
Value function_repr(Value self) {
  auto* f = static_cast<Function*>(self.obj());
  char buf[64];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(f));
  return make_str_utf8("<function " + str_utf8(static_cast<Str*>(f->qualname.obj())) + " at " + buf + ">");
}
Value function_call(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  return call_function(static_cast<Function*>(self.obj()), args, nargs, kwnames);
}
// The attributes of a function: its own fields, then its __dict__, then the type's.
Value function_getattr(Value self, Str* name) {
  auto* f = static_cast<Function*>(self.obj());
  const std::string n = str_utf8(name);
  auto field = [&](Value v) { return newref(v ? v : None()); };
  if (n == "__name__") return field(f->name);
  if (n == "__qualname__") return field(f->qualname);
  if (n == "__module__") return field(f->module);
  if (n == "__doc__") return field(f->doc);
  if (n == "__defaults__") return field(f->defaults);
  if (n == "__kwdefaults__") return field(f->kwdefaults);
  if (n == "__closure__") return field(f->closure);
  if (n == "__globals__") return field(f->globals);
  if (n == "__code__") return newref(Value::object(f->code));
  if (n == "__builtins__") return field(f->builtins);
  if (n == "__annotations__") {
    if (!f->annotations) f->annotations = make_dict();
    if (is_tuple(f->annotations)) {  // MAKE_FUNCTION's (name, value, ...) pairs: a dict on first use
      Tuple* t = static_cast<Tuple*>(f->annotations.obj());
      Value d = make_dict();
      for (std::size_t i = 0; i + 1 < t->length; i += 2) dict_set(d, t->items[i], t->items[i + 1]);
      decref(f->annotations);
      f->annotations = d;
    }
    return newref(f->annotations);
  }
  if (n == "__dict__") {
    if (!f->dict) f->dict = make_dict();
    return newref(f->dict);
  }
  if (f->dict)
    if (Value v = dict_get_str(f->dict, name)) return newref(v);
  return generic_getattr(self, name);
}

// Setting a function's attributes (its writable fields, or its __dict__).
int function_setattr(Value self, Str* name, Value value) {
  auto* f = static_cast<Function*>(self.obj());
  const std::string n = str_utf8(name);
  auto set = [&](Value& slot) {
    decref(slot);
    slot = value && value != None() ? newref(value) : Value();
    return 0;
  };
  if (n == "__name__" || n == "__qualname__") {
    if (!value || type_of(value) != StrType) {
      raise(TypeErrorType, n + " must be set to a string object");
      return -1;
    }
    return set(n == "__name__" ? f->name : f->qualname);
  }
  if (n == "__doc__") {
    decref(f->doc);
    f->doc = newref(value ? value : None());
    return 0;
  }
  if (n == "__module__") return set(f->module);
  if (n == "__defaults__") return set(f->defaults);
  if (n == "__kwdefaults__") return set(f->kwdefaults);
  if (n == "__annotations__") return set(f->annotations);
  if (n == "__dict__") return set(f->dict);
  if (!f->dict) f->dict = make_dict();
  if (!value) {
    if (dict_del(f->dict, Value::object(name)) < 0) {
      clear_error();
      raise(AttributeErrorType, "'function' object has no attribute '" + n + "'");
      return -1;
    }
    return 0;
  }
  return dict_set(f->dict, Value::object(name), value);
}

// A function is a descriptor: looked up on an instance it gives a bound method.
Value function_get(Value self, Value obj, Value) {
  if (obj.is_null() || obj == None()) return newref(self);
  return make_bound_method(self, obj);
}

// bound method
void method_dealloc(Object* o) {
  auto* m = static_cast<BoundMethod*>(o);
  decref(m->func);
  decref(m->self);
  gc_delete(m);
}
// Visits a bound method's function and self (for the cycle collector).
void method_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  auto* m = static_cast<BoundMethod*>(o);
  visit(m->func, arg);
  visit(m->self, arg);
}
Value method_call(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  auto* m = static_cast<BoundMethod*>(self.obj());
  const std::size_t total = nargs + (kwnames ? kwnames->length : 0);
  Value small[8];
  std::unique_ptr<Value[]> big;
  Value* buf = small;
  if (total + 1 > 8) {
    big.reset(new Value[total + 1]);
    buf = big.get();
  }
  buf[0] = m->self;
  for (std::size_t i = 0; i < total; ++i) buf[i + 1] = args[i];
  return call(m->func, buf, nargs + 1, kwnames);
}
// A bound method's attributes: __self__, __func__, then the function's.
Value method_getattr(Value self, Str* name) {
  auto* m = static_cast<BoundMethod*>(self.obj());
  const std::string n = str_utf8(name);
  if (n == "__self__") return newref(m->self);
  if (n == "__func__") return newref(m->func);
  return getattr(m->func, name);
}

Value method_repr(Value self) {
  auto* m = static_cast<BoundMethod*>(self.obj());
  Value r = repr(m->self);
  if (!r) return r;
  std::string name = "?";
  if (type_of(m->func) == FunctionType)
    name = str_utf8(static_cast<Str*>(static_cast<Function*>(m->func.obj())->qualname.obj()));
  std::string out = "<bound method " + name + " of " + str_utf8(static_cast<Str*>(r.obj())) + ">";
  decref(r);
  return make_str_utf8(out);
}

// traceback
void traceback_dealloc(Object* o) {
  auto* tb = static_cast<Traceback*>(o);
  decref(tb->next);
  decref(Value::object(tb->code));
  delete tb;
}

// module
void module_dealloc(Object* o) {
  auto* m = static_cast<Module*>(o);
  decref(m->dict);
  decref(m->name);
  gc_delete(m);
}
// Visits a module's dict and name (for the cycle collector; the dict is what gets cleared).
void module_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  auto* m = static_cast<Module*>(o);
  visit(m->dict, arg);
  visit(m->name, arg);
}
Type* make_code_type() {
  Type* t = new_type("code", sizeof(CodeObject), code_dealloc);
  t->repr = code_repr;
  return t;
}
Type* make_function_type() {
  Type* t = new_type("function", sizeof(Function), function_dealloc);
  t->repr = function_repr;
  t->call = function_call;
  t->descr_get = function_get;
  t->getattr = function_getattr;
  t->setattr = function_setattr;
  t->traverse = function_traverse;
  t->clear = function_clear;
  t->flags |= TF_METHOD_DESCRIPTOR | TF_GC;
  return t;
}
Type* make_method_type() {
  Type* t = new_type("method", sizeof(BoundMethod), method_dealloc);
  t->call = method_call;
  t->repr = method_repr;
  t->getattr = method_getattr;
  t->traverse = method_traverse;
  t->flags |= TF_GC;
  return t;
}
Type* make_traceback_type() { return new_type("traceback", sizeof(Traceback), traceback_dealloc); }
Type* make_module_type() {
  Type* t = new_type("module", sizeof(Module), module_dealloc);
  setup_module_type(t);  // import.cpp: attributes and repr
  t->traverse = module_traverse;
  t->flags |= TF_GC;
  return t;
}

}  // namespace

void init_generator_types();

Type* CodeType = nullptr;
Type* FunctionType = nullptr;
Type* MethodType = nullptr;
Type* TracebackType = nullptr;
Type* ModuleType = nullptr;

void init() {
  if (CodeType) return;
  objects::initialize();
  CodeType = make_code_type();
  FunctionType = make_function_type();
  MethodType = make_method_type();
  TracebackType = make_traceback_type();
  ModuleType = make_module_type();
  init_generator_types();
  // MROs, and __dict__s with the slot wrappers (function.__get__, method.__call__, ...)
  for (Type* t : {CodeType, FunctionType, MethodType, TracebackType, ModuleType}) objects::type_ready(t);
}

Thread& thread() {
  static Thread t;
  return t;
}

// ---------------------------------------------------------------- loading code
namespace {

// A runtime value for a constant (new reference), or null with an error set.
Value load_constant(const bytecode::Constant& c) {
  using K = bytecode::Constant::Kind;
  switch (c.kind) {
    case K::None: return newref(None());
    case K::True: return newref(True());
    case K::False: return newref(False());
    case K::Ellipsis: return newref(Ellipsis());
    case K::Int: return make_int_from_decimal(c.text);
    case K::Float: return make_float(c.real);
    case K::Complex: return make_complex(c.real, c.imag);
    case K::Str: return make_str_utf8(c.text);
    case K::Bytes: return make_bytes(c.text);
    case K::Tuple: {
      Value t = make_tuple(c.items.size());
      if (!t) return t;
      auto* tp = static_cast<Tuple*>(t.obj());
      for (std::size_t i = 0; i < c.items.size(); ++i) {
        Value item = load_constant(c.items[i]);
        if (!item) {
          for (std::size_t j = i; j < c.items.size(); ++j) tp->items[j] = newref(None());
          decref(t);
          return item;
        }
        tp->items[i] = item;
      }
      return t;
    }
    case K::FrozenSet: {
      Value s = make_frozenset();
      if (!s) return s;
      for (const auto& item : c.items) {
        Value v = load_constant(item);
        if (!v || set_add(s, v) < 0) {
          decref(v);
          decref(s);
          return Value();
        }
        decref(v);
      }
      return s;
    }
    case K::Code: return load_code(c.code);
  }
  return raise(objects::RuntimeErrorType, "bad constant");
}

}  // namespace

Value load_code(const std::shared_ptr<const bytecode::Code>& code) {
  auto* c = new CodeObject();
  c->type = CodeType;
  c->code = code;
  for (const auto& k : code->consts) {
    Value v = load_constant(k);
    if (!v) {
      decref(Value::object(c));
      return v;
    }
    c->consts.push_back(v);
  }
  for (const auto& n : code->names) c->names.push_back(intern(n));
  for (const auto& n : code->varnames) c->varnames.push_back(intern(n));
  for (const auto& n : code->cellvars) c->cellvars.push_back(intern(n));
  for (const auto& n : code->freevars) c->freevars.push_back(intern(n));
  c->nlocals = static_cast<std::uint32_t>(code->varnames.size());
  c->ncells = static_cast<std::uint32_t>(code->cellvars.size());
  c->nfrees = static_cast<std::uint32_t>(code->freevars.size());
  c->nlocalsplus = c->nlocals + c->ncells + c->nfrees;
  for (const auto& cell : code->cellvars) {
    std::int32_t arg = -1;
    for (std::size_t i = 0; i < code->varnames.size(); ++i)
      if (code->varnames[i] == cell) arg = static_cast<std::int32_t>(i);
    c->cell2arg.push_back(arg);
  }
  c->argcount = code->argcount;
  c->frame_size = static_cast<std::uint32_t>((sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value) + c->nlocalsplus +
                                             code->stacksize + 1);
  c->simple_args = code->kwonlyargcount == 0 &&
                   !(code->flags & (bytecode::CO_VARARGS | bytecode::CO_VARKEYWORDS)) && c->ncells == 0 && c->nfrees == 0;
  c->name = intern(code->name);
  c->qualname = intern(code->qualname);
  c->filename = intern(code->filename);
  return Value::object(c);
}

// ---------------------------------------------------------------- frames
Frame* push_frame(Thread& t, CodeObject* co) {
  if (!t.base) {
    // One region for every frame; calloc leaves untouched pages unallocated.
    t.base = static_cast<Value*>(std::calloc(limits::kFrameStackValues, sizeof(Value)));
    if (!t.base) {
      raise(MemoryErrorType, "");
      return nullptr;
    }
    t.top = t.base;
    t.limit = t.base + limits::kFrameStackValues;
  }
  // The frame header in Value-sized units, then the slots and the stack.
  const std::size_t header = (sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value);
  const std::size_t need = header + co->nlocalsplus + co->code->stacksize + 1;
  if (static_cast<std::size_t>(t.limit - t.top) < need) {
    raise(RecursionErrorType, "maximum recursion depth exceeded");
    return nullptr;
  }
  Value* base = t.top;
  t.top += need;
  Frame* f = new (base) Frame();
  f->co = co;
  Value* slots = f->localsplus();
  for (std::uint32_t i = 0; i < co->nlocalsplus; ++i) slots[i] = Value();
  f->sp = f->stack_base();
  f->back = t.current;
  return f;
}

void pop_frame(Thread& t, Frame* f) {
  for (Value* p = f->stack_base(); p < f->sp; ++p) decref(*p);
  Value* slots = f->localsplus();
  for (std::uint32_t i = 0; i < f->co->nlocalsplus; ++i) decref(slots[i]);
  decref(f->locals);
  decref(f->init_self);
  if (f->func) decref(Value::object(f->func));
  if (f->owns_code) decref(Value::object(f->co));
  Value* base = reinterpret_cast<Value*>(f);
  if (f->on_heap) {
    f->co = nullptr;  // released; the generator frees the memory
    return;
  }
  f->~Frame();
  t.top = base;
}

// ---------------------------------------------------------------- functions
Value make_function(CodeObject* code, Value globals, Value builtins) {
  auto* f = gc_new<Function>();
  if (!f) return raise(MemoryErrorType, "");
  f->type = FunctionType;
  f->code = code;
  incref(Value::object(code));
  f->globals = newref(globals);
  f->builtins = newref(builtins);
  f->name = newref(Value::object(code->name));
  f->qualname = newref(Value::object(code->qualname));
  // As CPython's compiler does, a function's first constant is its docstring (or None).
  const bool has_doc = !code->consts.empty() && type_of(code->consts[0]) == StrType &&
                       !(code->code->flags & bytecode::CO_NESTED && code->code->name == "<lambda>");
  f->doc = newref(has_doc ? code->consts[0] : None());
  if (Value m = dict_get_str(globals, intern("__name__"))) f->module = newref(m);
  return Value::object(f);
}

Value make_bound_method(Value func, Value self) {
  auto* m = gc_new<BoundMethod>();
  if (!m) return raise(MemoryErrorType, "");
  m->type = MethodType;
  m->func = newref(func);
  m->self = newref(self);
  return Value::object(m);
}

namespace {

// "f()" as the argument errors name a function.
std::string fname(Function* fn) { return str_utf8(static_cast<Str*>(fn->qualname.obj())) + "()"; }

// The names of missing arguments joined as CPython does: 'a', 'b' and 'c'.
std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

// Binds the arguments of a call into the frame's slots as CPython does, with its error
// messages. Returns false with an error set.
bool bind_args(Function* fn, Frame* f, const Value* args, std::size_t nargs, Tuple* kwnames) {
  const bytecode::Code& code = *fn->code->code;
  CodeObject* co = fn->code;
  Value* slots = f->localsplus();
  const std::size_t argcount = code.argcount, posonly = code.posonlyargcount, kwonly = code.kwonlyargcount;
  const bool has_varargs = (code.flags & bytecode::CO_VARARGS) != 0;
  const bool has_varkw = (code.flags & bytecode::CO_VARKEYWORDS) != 0;
  const std::size_t total_named = argcount + kwonly;
  Value kwdict;
  if (has_varkw) {
    kwdict = make_dict();
    if (!kwdict) return false;
    slots[total_named + (has_varargs ? 1 : 0)] = kwdict;
  }
  // Positional arguments.
  const std::size_t n = std::min(nargs, argcount);
  for (std::size_t i = 0; i < n; ++i) slots[i] = newref(args[i]);
  if (has_varargs) {
    Value rest = make_tuple_from(args + n, nargs - n);
    if (!rest) return false;
    slots[total_named] = rest;
  } else if (nargs > argcount) {
    std::size_t kwgiven = 0;
    if (kwnames)
      for (std::size_t k = 0; k < kwnames->length; ++k)
        for (std::size_t j = argcount; j < total_named; ++j)
          if (kwnames->items[k] == Value::object(co->varnames[j])) ++kwgiven;
    const std::size_t ndefaults = fn->defaults ? static_cast<Tuple*>(fn->defaults.obj())->length : 0;
    std::string takes;
    if (ndefaults > 0)
      takes = "from " + std::to_string(argcount - ndefaults) + " to " + std::to_string(argcount);
    else
      takes = std::to_string(argcount);
    std::string msg = fname(fn) + " takes " + takes + " positional argument" + (argcount == 1 && ndefaults == 0 ? "" : "s") +
                      " but " + std::to_string(nargs) + (kwgiven ? " positional argument" + std::string(nargs == 1 ? "" : "s") +
                      " (and " + std::to_string(kwgiven) + " keyword-only argument" + (kwgiven == 1 ? "" : "s") + ")" : "") +
                      (nargs == 1 && !kwgiven ? " was" : " were") + " given";
    raise(TypeErrorType, msg);
    return false;
  }
  // Keyword arguments.
  if (kwnames) {
    for (std::size_t k = 0; k < kwnames->length; ++k) {
      Value key = kwnames->items[k];
      Value value = args[nargs + k];
      std::size_t j = 0;
      for (; j < total_named; ++j)
        if (key == Value::object(co->varnames[j])) break;
      if (j == total_named) {  // not by identity: compare text
        for (j = 0; j < total_named; ++j)
          if (equal(key, Value::object(co->varnames[j])) == 1) break;
      }
      if (j < posonly) {
        if (has_varkw) {
          if (dict_set(kwdict, key, value) < 0) return false;
          continue;
        }
        raise(TypeErrorType, fname(fn) + " got some positional-only arguments passed as keyword arguments: '" +
                                 str_utf8(static_cast<Str*>(key.obj())) + "'");
        return false;
      }
      if (j == total_named) {
        if (has_varkw) {
          if (dict_set(kwdict, key, value) < 0) return false;
          continue;
        }
        raise(TypeErrorType, fname(fn) + " got an unexpected keyword argument '" + str_utf8(static_cast<Str*>(key.obj())) + "'");
        return false;
      }
      if (slots[j]) {
        raise(TypeErrorType, fname(fn) + " got multiple values for argument '" + str_utf8(static_cast<Str*>(key.obj())) + "'");
        return false;
      }
      slots[j] = newref(value);
    }
  }
  // Defaults and missing arguments.
  if (nargs < argcount) {
    const std::size_t ndefaults = fn->defaults ? static_cast<Tuple*>(fn->defaults.obj())->length : 0;
    const std::size_t first_default = argcount - ndefaults;
    std::vector<std::string> missing;
    for (std::size_t i = nargs; i < argcount; ++i) {
      if (slots[i]) continue;
      if (i >= first_default) {
        slots[i] = newref(static_cast<Tuple*>(fn->defaults.obj())->items[i - first_default]);
      } else {
        missing.push_back(str_utf8(co->varnames[i]));
      }
    }
    if (!missing.empty()) {
      raise(TypeErrorType, fname(fn) + " missing " + std::to_string(missing.size()) + " required positional argument" +
                               (missing.size() == 1 ? "" : "s") + ": " + join_names(missing));
      return false;
    }
  }
  if (kwonly > 0) {
    std::vector<std::string> missing;
    for (std::size_t i = argcount; i < total_named; ++i) {
      if (slots[i]) continue;
      Value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, co->varnames[i]) : Value();
      if (d) {
        slots[i] = newref(d);
      } else {
        missing.push_back(str_utf8(co->varnames[i]));
      }
    }
    if (!missing.empty()) {
      raise(TypeErrorType, fname(fn) + " missing " + std::to_string(missing.size()) + " required keyword-only argument" +
                               (missing.size() == 1 ? "" : "s") + ": " + join_names(missing));
      return false;
    }
  }
  // Cells (arguments captured by inner functions start their cell with the argument).
  for (std::uint32_t i = 0; i < co->ncells; ++i) {
    Value initial;
    if (co->cell2arg[i] >= 0) {
      initial = slots[co->cell2arg[i]];
    }
    Value cell = make_cell(initial);
    if (!cell) return false;
    slots[co->nlocals + i] = cell;
  }
  // Free variables: the closure's cells.
  if (co->nfrees) {
    auto* closure = static_cast<Tuple*>(fn->closure.obj());
    for (std::uint32_t i = 0; i < co->nfrees; ++i) slots[co->nlocals + co->ncells + i] = newref(closure->items[i]);
  }
  return true;
}

}  // namespace

// Sets up the frame of a call to fn; null with an error set.
// Makes the frame of a call of fn on the heap (generators).
Frame* heap_frame(Function* fn) {
  CodeObject* co = fn->code;
  const std::size_t header = (sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value);
  const std::size_t need = header + co->nlocalsplus + co->code->stacksize + 1;
  Value* base = static_cast<Value*>(std::calloc(need, sizeof(Value)));
  if (!base) {
    raise(MemoryErrorType, "");
    return nullptr;
  }
  Frame* f = new (base) Frame();
  f->co = co;
  f->sp = f->stack_base();
  f->on_heap = true;
  f->func = fn;
  incref(Value::object(fn));
  f->globals = fn->globals;
  f->builtins = fn->builtins;
  return f;
}

Frame* setup_call(Thread& t, Function* fn, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (t.depth >= t.recursion_limit) {
    raise(RecursionErrorType, "maximum recursion depth exceeded");
    return nullptr;
  }
  Frame* f = push_frame(t, fn->code);
  if (!f) return nullptr;
  f->func = fn;
  incref(Value::object(fn));
  f->globals = fn->globals;
  f->builtins = fn->builtins;
  CodeObject* co = fn->code;
  if (co->simple_args && !kwnames && nargs == co->code->argcount) {
    Value* slots = f->localsplus();
    for (std::size_t i = 0; i < nargs; ++i) slots[i] = newref(args[i]);
    return f;
  }
  if (!bind_args(fn, f, args, nargs, kwnames)) {
    pop_frame(t, f);
    return nullptr;
  }
  return f;
}

Value call_function(Function* fn, const Value* args, std::size_t nargs, Tuple* kwnames) {
  if (fn->code->code->flags & (bytecode::CO_GENERATOR | bytecode::CO_COROUTINE | bytecode::CO_ASYNC_GENERATOR))
    return make_generator(fn, args, nargs, kwnames);
  Thread& t = thread();
  if (t.native_depth >= limits::kMaxNativeCallDepth) {
    return raise(RecursionErrorType, "maximum recursion depth exceeded");
  }
  Frame* f = setup_call(t, fn, args, nargs, kwnames);
  if (!f) return Value();
  f->is_entry = true;
  ++t.native_depth;
  Value r = run(t, f);
  --t.native_depth;
  return r;
}

Value make_generator(Function* fn, const Value* args, std::size_t nargs, Tuple* kwnames) {
  Frame* f = heap_frame(fn);
  if (!f) return Value();
  if (!bind_args(fn, f, args, nargs, kwnames)) {
    pop_frame(thread(), f);
    std::free(f);
    return Value();
  }
  auto* g = gc_new<Generator>();
  if (!g) {
    pop_frame(thread(), f);
    std::free(f);
    return raise(MemoryErrorType, "");
  }
  const std::uint32_t flags = fn->code->code->flags;
  g->kind = flags & bytecode::CO_COROUTINE ? bytecode::CO_COROUTINE
            : flags & bytecode::CO_ASYNC_GENERATOR ? bytecode::CO_ASYNC_GENERATOR : bytecode::CO_GENERATOR;
  g->type = g->kind == bytecode::CO_GENERATOR ? GeneratorType : g->kind == bytecode::CO_COROUTINE ? CoroutineType : AsyncGenType;
  g->frame = f;
  g->name = newref(fn->name);
  g->qualname = newref(fn->qualname);
  return Value::object(g);
}

}  // namespace peppy::vm
