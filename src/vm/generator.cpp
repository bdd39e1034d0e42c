// generator.cpp: generators, coroutines and async generators on heap frames: resuming
// them (send, throw, close) with CPython 3.11's rules (delegation of throw() and close()
// to the iterator a `yield from` / `await` is suspended in, each generator's own
// exception state, the errors of finished and running ones), the coroutine's
// __await__ wrapper, the async generator's awaitables (__anext__/asend, athrow,
// aclose) and the helpers of the async opcodes (GET_AWAITABLE, GET_AITER, GET_ANEXT,
// BEFORE_ASYNC_WITH, ASYNC_GEN_WRAP).
#include <cstdlib>
#include <string>

#include "limits.hpp"
#include "objects/core.hpp"
#include "objects/gc.hpp"
#include "vm/runtime.hpp"

namespace peppy::vm {

using namespace objects;
using bytecode::Op;

Type* GeneratorType = nullptr;
Type* CoroutineType = nullptr;
Type* AsyncGenType = nullptr;

namespace {

Type* CoroWrapperType = nullptr;    // what coroutine.__await__() returns
Type* WrappedValueType = nullptr;   // a value yielded by an async generator (ASYNC_GEN_WRAP)
Type* ASendType = nullptr;          // async_generator_asend: __anext__() / asend()
Type* AThrowType = nullptr;         // async_generator_athrow: athrow() / aclose()

// A VM type that lives forever.
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

// "generator", "coroutine" or "async generator", as CPython's messages name g.
const char* kind_name(const Generator* g) {
  return g->kind == bytecode::CO_COROUTINE ? "coroutine" : g->kind == bytecode::CO_ASYNC_GENERATOR ? "async generator" : "generator";
}

bool is_gen_like(Value v) {
  Type* t = type_of(v);
  return t == GeneratorType || t == CoroutineType || t == AsyncGenType;
}

bool finished(const Generator* g) { return !g->frame || !g->frame->co; }

// Frees a finished or never-started generator's frame.
void drop_frame(Generator* g) {
  if (!g->frame) return;
  Frame* f = g->frame;
  if (f->co) pop_frame(thread(), f);
  std::free(f);
  g->frame = nullptr;
}

// The operand of the instruction at `at` (with a preceding EXTENDED_ARG).
std::uint32_t operand_at(const std::vector<bytecode::Word>& code, std::uint32_t at) {
  std::uint32_t arg = bytecode::word_arg(code[at]);
  if (at > 0 && bytecode::word_op(code[at - 1]) == Op::EXTENDED_ARG) arg |= bytecode::word_arg(code[at - 1]) << 24;
  return arg;
}

// The iterator a suspended generator delegates to (`yield from` / `await`: suspended at
// the YIELD_VALUE right after a SEND), borrowed; or null.
Value gen_yf(Generator* g) {
  if (!g->started || finished(g)) return Value();
  Frame* f = g->frame;
  const auto& code = f->co->code->code;
  const std::uint32_t at = f->lasti;
  if (at == 0 || at >= code.size() || bytecode::word_op(code[at]) != Op::YIELD_VALUE ||
      bytecode::word_op(code[at - 1]) != Op::SEND)
    return Value();
  return f->sp[-1];
}

// How a resumption starts.
enum class Resume { Push, Throw, Continue };

// Runs g's frame until it yields, returns or raises. Push: `arg` is the value of the
// yield it is suspended at (None starts it); Throw: the current error is raised there;
// Continue: the frame goes on as it is (set up by the caller). `closing`: for close(),
// which is silent on a finished coroutine. Returns the yielded value (new), or the
// return value with *returned, or null with an error set (or with none: finished).
Value gen_send_ex(Generator* g, Value arg, Resume mode, bool closing, bool* returned) {
  *returned = false;
  if (!g->started && mode == Resume::Push && arg != None())
    return raise(TypeErrorType, std::string("can't send non-None value to a just-started ") + kind_name(g));
  if (g->running) return raise(ValueErrorType, std::string(kind_name(g)) + " already executing");
  if (finished(g)) {
    if (g->kind == bytecode::CO_COROUTINE && !closing) return raise(RuntimeErrorType, "cannot reuse already awaited coroutine");
    return Value();  // exhausted (a thrown error stands)
  }
  Thread& t = thread();
  if (t.depth >= t.recursion_limit || t.native_depth >= limits::kMaxNativeCallDepth)
    return raise(RecursionErrorType, "maximum recursion depth exceeded");
  Frame* f = g->frame;
  if (mode == Resume::Throw) {
    if (!g->started) {  // raised before the first instruction: the generator is finished
      drop_frame(g);
      return Value();
    }
    f->throw_on_resume = true;
  } else if (!g->started) {
    g->started = true;
  } else if (mode == Resume::Push) {
    *f->sp++ = newref(arg);
  }
  // The generator's own handled exception is current while it runs; the caller's is
  // seen through it (sys.exc_info() finds the innermost one).
  Value saved_exc = t.exc_info, saved_outer = t.outer_exc;
  t.outer_exc = saved_exc ? saved_exc : saved_outer;
  t.exc_info = g->exc_state;
  g->exc_state = Value();
  f->is_entry = true;
  f->yielded = false;
  g->running = true;
  ++t.native_depth;
  Value r = run(t, f);
  --t.native_depth;
  g->running = false;
  g->exc_state = t.exc_info;
  t.exc_info = saved_exc;
  t.outer_exc = saved_outer;
  if (f->yielded) return r;
  // Returned or raised: the frame is finished (pop_frame released it).
  std::free(f);
  g->frame = nullptr;
  decref(g->exc_state);
  g->exc_state = Value();
  if (r) {
    *returned = true;
  } else if (isinstance_type(current_error(), StopIterationType) || (g->kind == bytecode::CO_ASYNC_GENERATOR &&
                                                                      isinstance_type(current_error(), StopAsyncIterationType))) {
    // PEP 479: a StopIteration escaping the frame becomes a RuntimeError.
    const bool async_stop = !isinstance_type(current_error(), StopIterationType);
    Value cause = take_error();
    std::string msg = g->kind == bytecode::CO_GENERATOR ? "generator raised StopIteration"
                      : g->kind == bytecode::CO_COROUTINE ? "coroutine raised StopIteration"
                      : async_stop ? "async generator raised StopAsyncIteration" : "async generator raised StopIteration";
    raise(RuntimeErrorType, msg);
    Value e = current_error();
    auto* ee = static_cast<objects::Exception*>(e.obj());
    ee->cause = newref(cause);
    ee->context = cause;
    ee->suppress_context = true;
  }
  return r;
}

// The value of the StopIteration being raised (new; None without one) after clearing
// it; false (error kept) if the error is another one.
bool fetch_stop_value(Value* out) {
  if (!has_error()) {
    *out = newref(None());
    return true;
  }
  if (!isinstance_type(current_error(), StopIterationType)) return false;
  Value stop = take_error();
  auto* se = static_cast<objects::Exception*>(stop.obj());
  auto* args = se->args ? static_cast<Tuple*>(se->args.obj()) : nullptr;
  *out = newref(args && args->length > 0 ? args->items[0] : None());
  decref(stop);
  return true;
}

Value gen_close(Generator* g);
Value gen_throw(Generator* g, bool close_on_genexit, bool* returned);

// Closes the iterator a generator delegates to: 0, or -1 with an error set.
int close_iter(Value yf) {
  if (is_gen_like(yf)) {
    Value r = gen_close(static_cast<Generator*>(yf.obj()));
    if (!r) return -1;
    decref(r);
    return 0;
  }
  Value meth = getattr_or_null(yf, intern("close"));
  if (!meth) return has_error() ? -1 : 0;
  Value r = call(meth, nullptr, 0, nullptr);
  decref(meth);
  if (!r) return -1;
  decref(r);
  return 0;
}

// After the delegated iterator finished (its result or error is the current state):
// the frame leaves the SEND loop with the result, or raises the error there.
Value finish_delegation(Generator* g, bool* returned) {
  Frame* f = g->frame;
  const auto& code = f->co->code->code;
  const std::uint32_t send_at = f->lasti - 1;
  decref(*--f->sp);  // the iterator
  f->pc = operand_at(code, send_at);
  f->lasti = f->pc - 1;
  Value v;
  if (fetch_stop_value(&v)) {
    *f->sp++ = v;
    return gen_send_ex(g, Value(), Resume::Continue, false, returned);
  }
  return gen_send_ex(g, Value(), Resume::Throw, false, returned);
}

// throw() with the exception to throw set as the current error: passed on to the
// iterator the generator delegates to, if any, else raised at the yield.
Value gen_throw(Generator* g, bool close_on_genexit, bool* returned) {
  *returned = false;
  Value yf = gen_yf(g);
  if (yf) {
    incref(yf);
    Value r;
    if (close_on_genexit && isinstance_type(current_error(), GeneratorExitType)) {
      Value exc = take_error();
      g->running = true;
      int err = close_iter(yf);
      g->running = false;
      decref(yf);
      if (err == 0) set_error(exc);
      decref(exc);
      return gen_send_ex(g, Value(), Resume::Throw, false, returned);
    }
    if (is_gen_like(yf)) {
      bool sub_returned = false;
      g->running = true;
      r = gen_throw(static_cast<Generator*>(yf.obj()), close_on_genexit, &sub_returned);
      g->running = false;
      if (r && sub_returned) {
        Value e = make_tuple_from(&r, 1);
        decref(r);
        r = Value();
        if (e) {
          Value ex = make_exception(StopIterationType, e);
          decref(e);
          if (ex) {
            set_error(ex);
            decref(ex);
          }
        }
      }
    } else {
      Value exc = take_error();
      Value meth = getattr_or_null(yf, intern("throw"));
      if (!meth) {
        decref(yf);
        if (has_error()) {
          decref(exc);
          return gen_send_ex(g, Value(), Resume::Throw, false, returned);
        }
        set_error(exc);
        decref(exc);
        return gen_send_ex(g, Value(), Resume::Throw, false, returned);
      }
      Value tb = static_cast<objects::Exception*>(exc.obj())->traceback;
      Value args[3] = {Value::object(type_of(exc)), exc, tb ? tb : None()};
      r = call(meth, args, 3, nullptr);
      decref(meth);
      decref(exc);
    }
    decref(yf);
    if (r) return r;  // the iterator yielded: so does the generator
    return finish_delegation(g, returned);
  }
  return gen_send_ex(g, Value(), Resume::Throw, false, returned);
}

Value gen_close(Generator* g) {
  if (finished(g)) return newref(None());
  if (!g->started) {
    drop_frame(g);
    return newref(None());
  }
  int err = 0;
  if (Value yf = gen_yf(g)) {
    incref(yf);
    g->running = true;
    err = close_iter(yf);
    g->running = false;
    decref(yf);
  }
  if (err == 0) {
    Value exc = call(Value::object(GeneratorExitType), nullptr, 0, nullptr);
    if (!exc) return exc;
    set_error(exc);
    decref(exc);
  }
  bool returned = false;
  Value v = gen_send_ex(g, Value(), Resume::Throw, true, &returned);
  if (v) {
    decref(v);
    if (returned) return newref(None());
    return raise(RuntimeErrorType, std::string(kind_name(g)) + " ignored GeneratorExit");
  }
  if (!has_error() || isinstance_type(current_error(), GeneratorExitType) ||
      isinstance_type(current_error(), StopIterationType)) {
    clear_error();
    return newref(None());
  }
  return Value();
}

// Closes a suspended or unstarted generator (its finally blocks run; an error is
// dropped), with the current exception put aside.
void gen_close_quietly(Generator* g) {
  Value saved = has_error() ? take_error() : Value();
  Value r = gen_close(g);
  decref(r);
  if (!r) clear_error();
  if (saved) {
    set_error(saved);
    decref(saved);
  }
}

// The generator's finalizer (the cycle collector calls it once, before clearing an
// unreachable generator): closing it releases its frame, which breaks its cycles.
void generator_finalize(Object* o) {
  auto* g = static_cast<Generator*>(o);
  if (g->frame && g->frame->co && !g->running) gen_close_quietly(g);
}

// Visits a generator's references (for the cycle collector): its frame's function,
// locals and value stack while it is suspended (a running frame's values are roots).
void generator_traverse(Object* o, void (*visit)(Value, void*), void* arg) {
  auto* g = static_cast<Generator*>(o);
  visit(g->name, arg);
  visit(g->qualname, arg);
  visit(g->exc_state, arg);
  Frame* f = g->frame;
  if (!f || !f->co || g->running) return;
  if (f->func) visit(Value::object(f->func), arg);
  visit(f->locals, arg);
  Value* slots = f->localsplus();
  for (std::uint32_t i = 0; i < f->co->nlocalsplus; ++i) visit(slots[i], arg);
  for (Value* p = f->stack_base(); p < f->sp; ++p) visit(*p, arg);
}

void generator_dealloc(Object* o) {
  auto* g = static_cast<Generator*>(o);
  if (g->frame && g->started && g->frame->co && !gc_is_finalized(o)) {
    // A suspended generator is closed first (its finally blocks run), as in CPython.
    gc_set_finalized(o);
    g->refcnt = 1;
    gen_close_quietly(g);
    if (--g->refcnt > 0) {  // resurrected
      gc_track(o);
      return;
    }
  }
  drop_frame(g);
  decref(g->name);
  decref(g->qualname);
  decref(g->exc_state);
  gc_delete(g);
}

Value generator_iter(Value self) { return newref(self); }

// Raises StopIteration(value) for a generator's return value (nothing for None) and
// returns null. Steals value.
Value stop_iteration(Value value) {
  if (value && value != None()) {
    Value e = call(Value::object(StopIterationType), &value, 1, nullptr);
    if (e) {
      set_error(e);
      decref(e);
    }
  }
  decref(value);
  return Value();
}

// send() and next() as the methods see them: the yielded value, or null with
// StopIteration(value) set when it returned (`always_stop`: even for None).
Value send_method_result(Value v, bool returned, bool always_stop) {
  if (v && returned) {
    Value r = stop_iteration(v);
    if (always_stop && !has_error()) raise(StopIterationType, "");
    return r;
  }
  if (!v && always_stop && !has_error()) raise(StopIterationType, "");
  return v;
}

// next(gen): the next yielded value; null when it returns (with StopIteration(value)
// set if it returned something other than None).
Value generator_next(Value self) {
  bool returned = false;
  Value v = gen_send_ex(static_cast<Generator*>(self.obj()), None(), Resume::Push, false, &returned);
  return send_method_result(v, returned, false);
}

// gen.send(value)
Value gen_method_send(Value self, const Value* args, std::size_t nargs, Tuple*) {
  auto* g = static_cast<Generator*>(self.obj());
  if (nargs != 1)
    return raise(TypeErrorType, std::string(g->kind == bytecode::CO_COROUTINE ? "coroutine" : "generator") +
                                    ".send() takes exactly one argument (" + std::to_string(nargs) + " given)");
  bool returned = false;
  Value v = gen_send_ex(g, args[0], Resume::Push, false, &returned);
  return send_method_result(v, returned, true);
}

// The exception throw(type[, value[, traceback]]) (or athrow) raises, set as the current error;
// false with a TypeError set for bad arguments.
bool set_thrown(const Value* args, std::size_t nargs, const char* fname = "throw") {
  if (nargs < 1) {
    raise(TypeErrorType, std::string(fname) + " expected at least 1 argument, got " + std::to_string(nargs));
    return false;
  }
  if (nargs > 3) {
    raise(TypeErrorType, std::string(fname) + " expected at most 3 arguments, got " + std::to_string(nargs));
    return false;
  }
  if (nargs == 3 && args[2] != None() && type_of(args[2]) != TracebackType) {
    raise(TypeErrorType, "throw() third argument must be a traceback object");
    return false;
  }
  Value exc;
  if (is_type(args[0]) && is_subtype(static_cast<Type*>(args[0].obj()), BaseExceptionType)) {
    if (nargs >= 2 && args[1] != None())
      exc = isinstance_type(args[1], static_cast<Type*>(args[0].obj())) ? newref(args[1])
            : is_tuple(args[1]) ? call(args[0], static_cast<Tuple*>(args[1].obj())->items, static_cast<Tuple*>(args[1].obj())->length, nullptr)
                                : call(args[0], &args[1], 1, nullptr);
    else
      exc = call(args[0], nullptr, 0, nullptr);
  } else if (isinstance_type(args[0], BaseExceptionType)) {
    if (nargs >= 2 && args[1] != None()) {
      raise(TypeErrorType, "instance exception may not have a separate value");
      return false;
    }
    exc = newref(args[0]);
  } else {
    raise(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not " + type_of(args[0])->name);
    return false;
  }
  if (!exc) return false;
  if (nargs == 3 && args[2] != None()) {
    auto* e = static_cast<objects::Exception*>(exc.obj());
    decref(e->traceback);
    e->traceback = newref(args[2]);
  }
  set_error(exc);
  decref(exc);
  return true;
}

// gen.throw(type[, value[, traceback]])
Value gen_method_throw(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!set_thrown(args, nargs)) return Value();
  bool returned = false;
  Value v = gen_throw(static_cast<Generator*>(self.obj()), true, &returned);
  return send_method_result(v, returned, true);
}

// gen.close()
Value gen_method_close(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (nargs != 0) return raise(TypeErrorType, "close() takes no arguments (" + std::to_string(nargs) + " given)");
  return gen_close(static_cast<Generator*>(self.obj()));
}

// ---- coroutine.__await__(): the coroutine_wrapper iterator
struct CoroWrapper : Object {
  Value coro;  // owned
};
void coro_wrapper_dealloc(Object* o) {
  decref(static_cast<CoroWrapper*>(o)->coro);
  delete static_cast<CoroWrapper*>(o);
}
Value coro_wrapper_next(Value self) { return generator_next(static_cast<CoroWrapper*>(self.obj())->coro); }
Value coro_wrapper_getattr(Value self, Str* name) {
  Value coro = static_cast<CoroWrapper*>(self.obj())->coro;
  const std::string& n = str_utf8_ref(name);
  if (n == "send") return make_builtin_function("send", gen_method_send, coro);
  if (n == "throw") return make_builtin_function("throw", gen_method_throw, coro);
  if (n == "close") return make_builtin_function("close", gen_method_close, coro);
  return generic_getattr(self, name);
}
Value coro_method_await(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (nargs != 0) return raise(TypeErrorType, "__await__() takes no arguments (" + std::to_string(nargs) + " given)");
  auto* w = new CoroWrapper();
  w->type = CoroWrapperType;
  w->coro = newref(self);
  return Value::object(w);
}

// ---- async generators
struct WrappedValue : Object {
  Value value;  // owned
};
void wrapped_dealloc(Object* o) {
  decref(static_cast<WrappedValue*>(o)->value);
  delete static_cast<WrappedValue*>(o);
}

// An asend (__anext__, asend) or athrow (athrow, aclose) awaitable.
struct AGenAwaitable : Object {
  Value gen;      // owned: the async generator
  Value arg;      // owned: asend's value; athrow's arguments tuple; null for aclose
  int state = 0;  // 0: not started, 1: iterating, 2: done
};
void agen_awaitable_dealloc(Object* o) {
  auto* a = static_cast<AGenAwaitable*>(o);
  decref(a->gen);
  decref(a->arg);
  delete a;
}
Value make_agen_awaitable(Type* t, Value gen, Value arg) {
  auto* a = new AGenAwaitable();
  a->type = t;
  a->gen = newref(gen);
  a->arg = newref(arg);
  return Value::object(a);
}

// What an async generator's resumption means to its awaiter: a wrapped (yielded) value
// ends the await with StopIteration(value); a return is StopAsyncIteration; anything
// else passes through (the generator awaits something).
Value agen_unwrap(Generator* g, Value r, bool returned) {
  if (r && returned) {  // an async generator returns None only
    decref(r);
    r = Value();
  }
  if (!r) {
    if (!has_error()) raise(StopAsyncIterationType, "");
    if (isinstance_type(current_error(), StopAsyncIterationType) || isinstance_type(current_error(), GeneratorExitType))
      g->closed = true;
    g->running_async = false;
    return Value();
  }
  if (type_of(r) == WrappedValueType) {
    Value v = newref(static_cast<WrappedValue*>(r.obj())->value);
    decref(r);
    g->running_async = false;
    raise_stop_iteration(v);
    decref(v);
    return Value();
  }
  return r;
}

// asend.send(value)
Value asend_send(AGenAwaitable* a, Value arg) {
  auto* g = static_cast<Generator*>(a->gen.obj());
  if (a->state == 2) return raise(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()");
  if (a->state == 0) {
    if (g->running_async) return raise(RuntimeErrorType, "anext(): asynchronous generator is already running");
    if (!arg || arg == None()) arg = a->arg;
    a->state = 1;
  }
  g->running_async = true;
  bool returned = false;
  Value r = gen_send_ex(g, arg, Resume::Push, false, &returned);
  if (!r && !has_error() && finished(g)) returned = false;
  r = agen_unwrap(g, r, returned);
  if (!r) a->state = 2;
  return r;
}

// asend.throw(...) (the current error is the exception)
Value asend_throw(AGenAwaitable* a) {
  auto* g = static_cast<Generator*>(a->gen.obj());
  if (a->state == 2) {
    clear_error();
    return raise(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()");
  }
  bool returned = false;
  Value r = gen_throw(g, true, &returned);
  r = agen_unwrap(g, r, returned);
  if (!r) a->state = 2;
  return r;
}

// Ends an aclose() whose generator yielded: that is an error.
Value aclose_ignored(AGenAwaitable* a, Generator* g, Value r) {
  decref(r);
  g->running_async = false;
  a->state = 2;
  return raise(RuntimeErrorType, "async generator ignored GeneratorExit");
}

// The end of an athrow/aclose awaitable with an error (or none: finished).
Value athrow_check_error(AGenAwaitable* a, Generator* g) {
  g->running_async = false;
  a->state = 2;
  if (!has_error() || isinstance_type(current_error(), StopAsyncIterationType) ||
      isinstance_type(current_error(), GeneratorExitType)) {
    if (!a->arg) {  // aclose(): finished as asked
      clear_error();
      raise(StopIterationType, "");
    } else if (!has_error()) {
      raise(StopAsyncIterationType, "");
    }
  }
  return Value();
}

// athrow.send(value) / aclose.send(value)
Value athrow_send(AGenAwaitable* a, Value arg) {
  auto* g = static_cast<Generator*>(a->gen.obj());
  const bool is_close = !a->arg;
  const char* what = is_close ? "aclose()" : "athrow()";
  if (a->state == 2) return raise(RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()");
  if (finished(g)) {
    a->state = 2;
    return raise(StopIterationType, "");
  }
  bool returned = false;
  Value r;
  if (a->state == 0) {
    if (g->running_async) {
      a->state = 2;
      return raise(RuntimeErrorType, std::string(what) + ": asynchronous generator is already running");
    }
    if (g->closed) {
      a->state = 2;
      return raise(StopAsyncIterationType, "");
    }
    if (arg && arg != None()) return raise(RuntimeErrorType, "can't send non-None value to a just-started coroutine");
    a->state = 1;
    g->running_async = true;
    if (is_close) {
      g->closed = true;
      Value exc = call(Value::object(GeneratorExitType), nullptr, 0, nullptr);
      if (!exc) return exc;
      set_error(exc);
      decref(exc);
      r = gen_throw(g, false, &returned);
      if (r && returned) {
        decref(r);
        r = Value();
      }
      if (r && type_of(r) == WrappedValueType) return aclose_ignored(a, g, r);
    } else {
      // (Bad arguments leave the generator marked running, as in CPython 3.11.)
      auto* t = static_cast<Tuple*>(a->arg.obj());
      if (!set_thrown(t->items, t->length, "athrow")) return Value();
      r = gen_throw(g, false, &returned);
      r = agen_unwrap(g, r, returned);
    }
    if (!r) return athrow_check_error(a, g);
    return r;
  }
  r = gen_send_ex(g, arg ? arg : None(), Resume::Push, false, &returned);
  if (!is_close) {
    r = agen_unwrap(g, r, returned);
    if (!r) a->state = 2;
    return r;
  }
  if (r && returned) {
    decref(r);
    r = Value();
  }
  if (r && type_of(r) == WrappedValueType) return aclose_ignored(a, g, r);
  if (!r) return athrow_check_error(a, g);
  return r;
}

// athrow.throw(...) / aclose.throw(...) (the current error is the exception)
Value athrow_throw(AGenAwaitable* a) {
  auto* g = static_cast<Generator*>(a->gen.obj());
  if (a->state == 2) {
    clear_error();
    return raise(RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()");
  }
  bool returned = false;
  Value r = gen_throw(g, true, &returned);
  if (a->arg) return agen_unwrap(g, r, returned);
  if (r && returned) {
    decref(r);
    r = Value();
  }
  if (r && type_of(r) == WrappedValueType) return aclose_ignored(a, g, r);
  if (r) return r;
  if (!has_error() || isinstance_type(current_error(), StopAsyncIterationType) ||
      isinstance_type(current_error(), GeneratorExitType)) {
    g->running_async = false;
    a->state = 2;
    clear_error();
    raise(StopIterationType, "");
  }
  return Value();
}

// The awaitables' iterator protocol and methods.
Value awaitable_send_value(Value self, Value arg) {
  auto* a = static_cast<AGenAwaitable*>(self.obj());
  return type_of(self) == ASendType ? asend_send(a, arg) : athrow_send(a, arg);
}
Value awaitable_next(Value self) { return awaitable_send_value(self, None()); }
Value awaitable_m_send(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (nargs != 1) return raise(TypeErrorType, "send() takes exactly one argument (" + std::to_string(nargs) + " given)");
  return awaitable_send_value(self, args[0]);
}
Value awaitable_m_throw(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!set_thrown(args, nargs)) return Value();
  auto* a = static_cast<AGenAwaitable*>(self.obj());
  return type_of(self) == ASendType ? asend_throw(a) : athrow_throw(a);
}
Value awaitable_m_close(Value self, const Value*, std::size_t, Tuple*) {
  static_cast<AGenAwaitable*>(self.obj())->state = 2;
  return newref(None());
}
Value awaitable_m_await(Value self, const Value*, std::size_t, Tuple*) { return newref(self); }
Value awaitable_getattr(Value self, Str* name) {
  const std::string& n = str_utf8_ref(name);
  if (n == "send") return make_builtin_function("send", awaitable_m_send, self);
  if (n == "throw") return make_builtin_function("throw", awaitable_m_throw, self);
  if (n == "close") return make_builtin_function("close", awaitable_m_close, self);
  if (n == "__await__") return make_builtin_function("__await__", awaitable_m_await, self);
  return generic_getattr(self, name);
}

// agen.__anext__(), asend(v), athrow(...), aclose(), __aiter__()
Value agen_m_anext(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (nargs != 0) return raise(TypeErrorType, "__anext__() takes no arguments (" + std::to_string(nargs) + " given)");
  return make_agen_awaitable(ASendType, self, None());
}
Value agen_m_asend(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (nargs != 1) return raise(TypeErrorType, "async_generator.asend() takes exactly one argument (" + std::to_string(nargs) + " given)");
  return make_agen_awaitable(ASendType, self, args[0]);
}
Value agen_m_athrow(Value self, const Value* args, std::size_t nargs, Tuple*) {
  Value t = make_tuple_from(args, nargs);
  if (!t) return t;
  Value r = make_agen_awaitable(AThrowType, self, t);
  decref(t);
  return r;
}
Value agen_m_aclose(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (nargs != 0) return raise(TypeErrorType, "aclose() takes no arguments (" + std::to_string(nargs) + " given)");
  return make_agen_awaitable(AThrowType, self, Value());
}
Value agen_m_aiter(Value self, const Value*, std::size_t, Tuple*) { return newref(self); }

// The methods and attributes of generators, coroutines and async generators.
Value generator_getattr(Value self, Str* name) {
  auto* g = static_cast<Generator*>(self.obj());
  const std::string& n = str_utf8_ref(name);
  const bool agen = g->kind == bytecode::CO_ASYNC_GENERATOR;
  const char* prefix = g->kind == bytecode::CO_COROUTINE ? "cr_" : agen ? "ag_" : "gi_";
  if (agen) {
    if (n == "__anext__") return make_builtin_function("__anext__", agen_m_anext, self);
    if (n == "__aiter__") return make_builtin_function("__aiter__", agen_m_aiter, self);
    if (n == "asend") return make_builtin_function("asend", agen_m_asend, self);
    if (n == "athrow") return make_builtin_function("athrow", agen_m_athrow, self);
    if (n == "aclose") return make_builtin_function("aclose", agen_m_aclose, self);
    if (n == "ag_running") return newref(boolean(g->running_async));
  } else {
    if (n == "send") return make_builtin_function("send", gen_method_send, self);
    if (n == "throw") return make_builtin_function("throw", gen_method_throw, self);
    if (n == "close") return make_builtin_function("close", gen_method_close, self);
    if (n == std::string(prefix) + "running") return newref(boolean(g->running));
  }
  if (g->kind == bytecode::CO_COROUTINE && n == "__await__") return make_builtin_function("__await__", coro_method_await, self);
  if (n == "__name__") return newref(g->name);
  if (n == "__qualname__") return newref(g->qualname);
  if (n == std::string(prefix) + "suspended") return newref(boolean(g->started && !g->running && !finished(g)));
  if (n == std::string(prefix) + "await" || (n == "gi_yieldfrom" && g->kind == bytecode::CO_GENERATOR)) {
    Value yf = gen_yf(g);
    return newref(yf ? yf : None());
  }
  return generic_getattr(self, name);
}

// Setting __name__ / __qualname__ of a generator.
int generator_setattr(Value self, Str* name, Value value) {
  auto* g = static_cast<Generator*>(self.obj());
  const std::string& n = str_utf8_ref(name);
  if (n == "__name__" || n == "__qualname__") {
    if (!value || type_of(value) != StrType) {
      raise(TypeErrorType, n + " must be set to a string object");
      return -1;
    }
    Value& slot = n == "__name__" ? g->name : g->qualname;
    decref(slot);
    slot = newref(value);
    return 0;
  }
  raise(AttributeErrorType, "'" + type_of(self)->name + "' object has no attribute '" + n + "'");
  return -1;
}

Value generator_repr(Value self) {
  auto* g = static_cast<Generator*>(self.obj());
  char buf[64];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(g));
  const char* what = g->kind == bytecode::CO_COROUTINE ? "coroutine" : g->kind == bytecode::CO_ASYNC_GENERATOR ? "async_generator" : "generator";
  return make_str_utf8(std::string("<") + what + " object " + str_utf8(static_cast<Str*>(g->qualname.obj())) + " at " + buf + ">");
}

// The awaitable of `await x` for a coroutine or an object with __await__ (an
// iterator, checked as CPython does); null (no error set) if x has no __await__.
Value awaitable_iter(Value x) {
  Type* t = type_of(x);
  if (t == CoroutineType || t == ASendType || t == AThrowType) return newref(x);
  if (t == GeneratorType && (static_cast<Generator*>(x.obj())->frame && static_cast<Generator*>(x.obj())->frame->co &&
                             (static_cast<Generator*>(x.obj())->frame->co->code->flags & bytecode::CO_ITERABLE_COROUTINE)))
    return newref(x);
  Value d = lookup_in_mro(t, intern("__await__"));
  if (!d) return Value();
  Value aw = call_unbound(d, x, nullptr, 0);
  if (!aw) return aw;
  if (type_of(aw) == CoroutineType) {
    decref(aw);
    return raise(TypeErrorType, "__await__() returned a coroutine");
  }
  if (!type_of(aw)->next) {
    Value r = raise(TypeErrorType, "__await__() returned non-iterator of type '" + type_of(aw)->name + "'");
    decref(aw);
    return r;
  }
  return aw;
}

}  // namespace

Value gen_send(Generator* g, Value value, bool* returned) {
  if (!value) return gen_throw(g, true, returned);
  return gen_send_ex(g, value, Resume::Push, false, returned);
}

// ---------------------------------------------------------------- async opcodes
// GET_AWAITABLE: the iterator `await x` drives; `where` is 0 (await), 1 (__aenter__'s
// result) or 2 (__aexit__'s). New reference, or null with CPython's TypeError.
Value get_awaitable(Value x, std::uint32_t where) {
  Value it = awaitable_iter(x);
  if (!it) {
    if (has_error()) return it;
    if (where == 1)
      return raise(TypeErrorType, "'async with' received an object from __aenter__ that does not implement __await__: " + type_of(x)->name);
    if (where == 2)
      return raise(TypeErrorType, "'async with' received an object from __aexit__ that does not implement __await__: " + type_of(x)->name);
    return raise(TypeErrorType, "object " + type_of(x)->name + " can't be used in 'await' expression");
  }
  if (type_of(it) == CoroutineType && gen_yf(static_cast<Generator*>(it.obj()))) {
    decref(it);
    return raise(RuntimeErrorType, "coroutine is being awaited already");
  }
  return it;
}

// GET_AITER: x.__aiter__(), which must have __anext__.
Value get_aiter(Value x) {
  Type* t = type_of(x);
  if (t == AsyncGenType) return newref(x);
  Value d = lookup_in_mro(t, intern("__aiter__"));
  if (!d) return raise(TypeErrorType, "'async for' requires an object with __aiter__ method, got " + t->name);
  Value it = call_unbound(d, x, nullptr, 0);
  if (!it) return it;
  if (type_of(it) != AsyncGenType && !lookup_in_mro(type_of(it), intern("__anext__"))) {
    Value r = raise(TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: " +
                                       type_of(it)->name);
    decref(it);
    return r;
  }
  return it;
}

// GET_ANEXT: the awaitable of aiter.__anext__().
Value get_anext(Value aiter) {
  Type* t = type_of(aiter);
  if (t == AsyncGenType) return make_agen_awaitable(ASendType, aiter, None());
  Value d = lookup_in_mro(t, intern("__anext__"));
  if (!d) return raise(TypeErrorType, "'async for' requires an iterator with __anext__ method, got " + t->name);
  Value next = call_unbound(d, aiter, nullptr, 0);
  if (!next) return next;
  Value aw = awaitable_iter(next);
  if (!aw) {
    if (!has_error()) {
      raise(TypeErrorType, "'async for' received an invalid object from __anext__: " + type_of(next)->name);
    } else {
      Value cause = take_error();
      raise(TypeErrorType, "'async for' received an invalid object from __anext__: " + type_of(next)->name);
      auto* e = static_cast<objects::Exception*>(current_error().obj());
      e->cause = newref(cause);
      e->context = cause;
      e->suppress_context = true;
    }
  }
  decref(next);
  return aw;
}

// BEFORE_ASYNC_WITH: *exit = the bound __aexit__, returns mgr.__aenter__() (new), or
// null with an error set.
Value before_async_with(Value mgr, Value* exit) {
  Type* t = type_of(mgr);
  Value enter_d = lookup_in_mro(t, intern("__aenter__"));
  if (!enter_d)
    return raise(TypeErrorType, "'" + t->name + "' object does not support the asynchronous context manager protocol");
  Value exit_d = lookup_in_mro(t, intern("__aexit__"));
  if (!exit_d)
    return raise(TypeErrorType, "'" + t->name +
                                    "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
  Type* et = type_of(exit_d);
  Value bound = et->descr_get ? et->descr_get(exit_d, mgr, Value::object(t)) : newref(exit_d);
  if (!bound) return bound;
  Value res = call_unbound(enter_d, mgr, nullptr, 0);
  if (!res) {
    decref(bound);
    return res;
  }
  *exit = bound;
  return res;
}

// ASYNC_GEN_WRAP: marks a value an async generator yields (steals v).
Value async_gen_wrap(Value v) {
  auto* w = new WrappedValue();
  w->type = WrappedValueType;
  w->value = v;
  return Value::object(w);
}

// sys.exc_info()
Value sys_exc_info(Value, const Value*, std::size_t nargs, Tuple*) {
  if (nargs != 0) return raise(TypeErrorType, "exc_info() takes no arguments (" + std::to_string(nargs) + " given)");
  Value e = handled_exception(thread());
  if (!e) return tuple_pack({None(), None(), None()});
  Value tb = static_cast<objects::Exception*>(e.obj())->traceback;
  return tuple_pack({Value::object(type_of(e)), e, tb ? tb : None()});
}

// sys.exception()
Value sys_exception(Value, const Value*, std::size_t nargs, Tuple*) {
  if (nargs != 0) return raise(TypeErrorType, "exception() takes no arguments (" + std::to_string(nargs) + " given)");
  Value e = handled_exception(thread());
  return newref(e ? e : None());
}

void init_generator_types() {
  GeneratorType = new_type("generator", sizeof(Generator), generator_dealloc);
  GeneratorType->iter = generator_iter;
  GeneratorType->next = generator_next;
  CoroutineType = new_type("coroutine", sizeof(Generator), generator_dealloc);
  AsyncGenType = new_type("async_generator", sizeof(Generator), generator_dealloc);
  for (Type* t : {GeneratorType, CoroutineType, AsyncGenType}) {
    t->repr = generator_repr;
    t->getattr = generator_getattr;
    t->setattr = generator_setattr;
    t->flags |= TF_GC;  // made by gc_new (make_generator), freed by gc_delete
    t->traverse = generator_traverse;
    t->finalize = generator_finalize;
  }
  CoroWrapperType = new_type("coroutine_wrapper", sizeof(CoroWrapper), coro_wrapper_dealloc);
  CoroWrapperType->iter = generator_iter;
  CoroWrapperType->next = coro_wrapper_next;
  CoroWrapperType->getattr = coro_wrapper_getattr;
  WrappedValueType = new_type("async_generator_wrapped_value", sizeof(WrappedValue), wrapped_dealloc);
  ASendType = new_type("async_generator_asend", sizeof(AGenAwaitable), agen_awaitable_dealloc);
  AThrowType = new_type("async_generator_athrow", sizeof(AGenAwaitable), agen_awaitable_dealloc);
  for (Type* t : {ASendType, AThrowType}) {
    t->iter = generator_iter;
    t->next = awaitable_next;
    t->getattr = awaitable_getattr;
  }
}

}  // namespace peppy::vm
