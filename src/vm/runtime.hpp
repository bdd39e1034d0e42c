// runtime.hpp: the VM's own object types and state: code objects loaded for running
// (constants turned into Values, names interned), functions, bound methods, frames on
// one contiguous stack, tracebacks, modules, and the thread state (the current
// exception being handled, the recursion depth).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "bytecode/code.hpp"
#include "objects/object.hpp"

namespace peppy::objects {
// Changes whenever any type's dict (or MRO) changes or a type is freed (objects/object.cpp).
extern std::uint64_t g_type_epoch;
}  // namespace peppy::objects

namespace peppy::vm {

using objects::Object;
using objects::Str;
using objects::Tuple;
using objects::Type;
using objects::Value;

// ---------------------------------------------------------------- code objects
// A bytecode::Code ready to run. Immutable once made; shared by every function made
// from it.
struct CodeObject : Object {
  std::shared_ptr<const bytecode::Code> code;
  std::vector<Value> consts;  // owned
  std::vector<Str*> names;    // interned: attribute/global names
  std::vector<Str*> varnames, cellvars, freevars;  // interned
  std::uint32_t nlocals = 0, ncells = 0, nfrees = 0, nlocalsplus = 0;
  std::vector<std::int32_t> cell2arg;  // per cell: the argument it starts with, or -1
  Str* name = nullptr;
  Str* qualname = nullptr;
  Str* filename = nullptr;
  // Inline caches of LOAD_GLOBAL, one per instruction word (made on first use): where
  // the name was found, valid while both dicts keep their versions.
  struct GlobalCache {
    std::uint64_t globals_version = ~0ull, builtins_version = ~0ull;
    std::int64_t index = -1;
    bool in_builtins = false;
  };
  std::unique_ptr<GlobalCache[]> global_cache;
  // Inline caches of LOAD_ATTR, STORE_ATTR and LOAD_METHOD, one per instruction word
  // (made on first use), each for up to kAttrWays types (an instruction often sees a few
  // classes, e.g. subclasses sharing a base's methods). A way is valid while the object's
  // type is `type[i]` and no type has changed since the entry was filled
  // (objects::g_type_epoch is still `epoch`). LOAD_ATTR and STORE_ATTR: the attribute is
  // entry `index[i]` of the instance's __dict__ (checked: that entry's key is the name).
  // LOAD_METHOD: `descr[i]` (borrowed from the type's dict) is the method, unless the
  // instance's __dict__ has the name.
  static constexpr int kAttrWays = 4;
  struct AttrCache {
    std::uint64_t epoch = 0;
    Type* type[kAttrWays] = {};
    union {
      std::int64_t index;
      Object* descr;
    } u[kAttrWays] = {};
    std::uint32_t next = 0;  // the way to fill next (round robin)
  };
  std::unique_ptr<AttrCache[]> attr_cache;
  bool simple_args = false;  // positional parameters only, no cells: the call fast path applies
  std::uint32_t argcount = 0;    // code->argcount
  std::uint32_t frame_size = 0;  // Values a frame of this code takes on the frame stack (push_frame)
};
extern Type* CodeType;  // set by init()

// Makes the runtime code object of `code` (recursively for nested code constants).
// Returns null with an error set if a constant cannot be made.
Value load_code(const std::shared_ptr<const bytecode::Code>& code);

// ---------------------------------------------------------------- functions
struct Function : Object {
  CodeObject* code = nullptr;  // owned
  Value globals;               // dict, owned
  Value builtins;              // dict, owned
  Value name, qualname;        // str, owned
  Value defaults;              // tuple or null, owned
  Value kwdefaults;            // dict or null, owned
  Value closure;               // tuple of cells or null, owned
  Value annotations;           // dict or null, owned
  Value doc;                   // owned (None)
  Value module;                // owned: __module__
  Value dict;                  // __dict__ or null, owned
};
extern Type* FunctionType;  // set by init()

struct BoundMethod : Object {
  Value func;  // owned
  Value self;  // owned
};
extern Type* MethodType;  // set by init()

Value make_bound_method(Value func, Value self);  // borrows both

// ---------------------------------------------------------------- frames
// A frame: the header, then nlocalsplus local slots, then the value stack, all in the
// thread's frame stack (generators copy theirs to the heap).
struct Frame {
  CodeObject* co = nullptr;   // borrowed from func (or owned for module frames: see owns_code)
  Function* func = nullptr;   // owned ref, or null for module code
  Value globals;              // borrowed (func or module keeps it)
  Value builtins;             // borrowed
  Value locals;               // dict for module and class bodies (owned), else null
  Frame* back = nullptr;      // the caller
  std::uint32_t pc = 0;       // next instruction
  std::uint32_t lasti = 0;    // the instruction being executed (for tracebacks)
  Value* sp = nullptr;        // top of the value stack (one past the last value)
  bool owns_code = false;
  bool is_entry = false;      // run() returns when this frame returns
  bool on_heap = false;       // a generator's frame (not on the frame stack)
  bool yielded = false;       // run() returned because the frame yielded (generators)
  bool throw_on_resume = false;  // resume by raising the current error at the yield
  // The instance being made when this frame runs a class's __init__ for a CALL of the
  // class (owned): the call's result once __init__ returns None.
  Value init_self;
  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_base() { return localsplus() + co->nlocalsplus; }
};

// ---------------------------------------------------------------- generators
// A generator (or coroutine, or async generator) object: its frame lives on the heap
// between resumptions (generator.cpp).
struct Generator : Object {
  Frame* frame = nullptr;   // owned (null once finished)
  Value name, qualname;     // owned
  Value exc_state;          // owned: the exception it was handling when it last suspended, or null
  bool running = false;
  bool started = false;
  bool running_async = false;  // async generator: an asend/athrow awaitable is in progress
  bool closed = false;         // async generator: aclose() was called or it finished
  std::uint32_t kind = 0;   // the code's CO_GENERATOR / CO_COROUTINE / CO_ASYNC_GENERATOR flag
};
extern Type* GeneratorType;
extern Type* CoroutineType;
extern Type* AsyncGenType;

// Makes the generator of a call to a generator function fn (arguments bound, not
// started); null with an error set.
Value make_generator(Function* fn, const Value* args, std::size_t nargs, Tuple* kwnames);

// Resumes a generator with `value` (null for a throw of the current error). Returns the
// yielded value (new) with *returned false, or the return value with *returned true, or
// null with an error set.
Value gen_send(Generator* g, Value value, bool* returned);

// ---------------------------------------------------------------- tracebacks
struct Traceback : Object {
  Value next;                 // owned: the traceback of a deeper frame, or null
  CodeObject* code = nullptr;  // owned
  std::uint32_t lasti = 0;
  std::int32_t lineno = 0;
};
extern Type* TracebackType;  // set by init()

// ---------------------------------------------------------------- modules
struct Module : Object {
  Value dict;  // owned
  Value name;  // owned str
};
extern Type* ModuleType;  // set by init()

// ---------------------------------------------------------------- the thread state
struct Thread {
  Value* base = nullptr;    // the frame stack (limits::kFrameStackValues slots)
  Value* top = nullptr;     // next free slot
  Value* limit = nullptr;   // its end
  Frame* current = nullptr;
  Value exc_info;           // the exception being handled by this frame level (owned), or null
  Value outer_exc;          // inside a generator: the caller's exception being handled (borrowed), or null
  int depth = 0;            // Python frames active
  int native_depth = 0;     // nested run() calls
  int recursion_limit = 1000;
};
Thread& thread();
// The exception being handled (sys.exc_info(), bare `raise`, __context__): the current
// generator's own, else its caller's. Borrowed; null if none.
inline Value handled_exception(const Thread& t) { return t.exc_info ? t.exc_info : t.outer_exc; }

// Allocates a frame for `co` (slots null) or returns null with MemoryError set.
Frame* push_frame(Thread& t, CodeObject* co);
// Releases the frame's references and memory (it must be the top frame).
void pop_frame(Thread& t, Frame* f);

// Runs frames from `f` (which must be the top frame) until `f` returns; returns its
// return value (new) or null with an error set. `f` is popped either way.
Value run(Thread& t, Frame* f);

// Calls a Python function with positional args[0..nargs) and keyword values after them
// named by kwnames (null: none). Borrowed args; new result.
Value call_function(Function* fn, const Value* args, std::size_t nargs, Tuple* kwnames);

// Makes a function (MAKE_FUNCTION): borrows everything.
Value make_function(CodeObject* code, Value globals, Value builtins);

// The builtins dict of the VM (with __build_class__ and the rest).
Value builtins_dict();

// Sets up the object layer and the VM's types; call once before anything else
// (further calls do nothing).
void init();

// Writes an uncaught exception (current error) the way CPython prints it, to stderr,
// and clears it. Returns the process exit status it stands for (SystemExit's code).
int report_uncaught();

// Registers a source file's text for tracebacks (linecache).
void remember_source(const std::string& filename, const std::string& utf8_text);

// Sets sys.argv (before the sys module is first imported).
void set_argv(const std::vector<std::string>& argv);

// Runs a module's code as __main__; returns the process exit status.
int run_main(const std::shared_ptr<const bytecode::Code>& code, const std::string& filename);

}  // namespace peppy::vm
