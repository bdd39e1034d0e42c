// compiler.cpp: the compiler's entry point: the passes in CPython's order (the AST
// validator, future statements, AST optimizer, symbol table, code generation), run on a thread with a
// large stack so that deep trees cannot overflow the native one, and every error
// turned into CompileResult::error.
#include "compile/compiler.hpp"

#include <pthread.h>

#include <functional>

#include "compile/codegen.hpp"
#include "compile/errors.hpp"
#include "compile/future.hpp"
#include "compile/optimize.hpp"
#include "compile/symtable.hpp"
#include "compile/validate.hpp"

namespace peppy::compile {

namespace {

// Native stack for the compiler's recursive passes (kMaxCompileDepth levels, each a few
// frames, with room for sanitizer builds).
constexpr std::size_t kCompileStackBytes = 256u << 20;

// Runs fn on a thread with a large stack (in the calling thread if one cannot be made).
void run_with_large_stack(const std::function<void()>& fn) {
  pthread_attr_t attr;
  pthread_t th;
  if (pthread_attr_init(&attr) == 0) {
    if (pthread_attr_setstacksize(&attr, kCompileStackBytes) == 0) {
      auto call = [](void* p) -> void* {
        (*static_cast<const std::function<void()>*>(p))();
        return nullptr;
      };
      if (pthread_create(&th, &attr, call, const_cast<std::function<void()>*>(&fn)) == 0) {
        pthread_join(th, nullptr);
        pthread_attr_destroy(&attr);
        return;
      }
    }
    pthread_attr_destroy(&attr);
  }
  fn();
}

// The passes, throwing CompileError.
std::shared_ptr<const bytecode::Code> compile_passes(const ast::Module& module, const std::string& filename,
                                                     std::vector<CompileWarning>* warnings, int mode) {
  validate_module(module);
  const FutureFeatures future = parse_future(module);
  Optimizer optimizer(future);
  optimizer.run(module);
  auto symbols = SymbolTable::build(module, future);
  Codegen codegen(filename, *symbols, optimizer, future, warnings);
  codegen.set_mode(mode);
  return codegen.compile_module(module);
}

}  // namespace

static CompileResult compile_with_mode(const ast::Module& module, const std::string& filename,
                                       const tok::Source* source, std::vector<CompileWarning>* warnings, int mode);

// Compiles a module; errors come back as values.
CompileResult compile_module(const ast::Module& module, const std::string& filename, const tok::Source* source) {
  return compile_module(module, filename, source, nullptr);
}

// Compiles a module, collecting warnings.
CompileResult compile_module(const ast::Module& module, const std::string& filename, const tok::Source* source,
                             std::vector<CompileWarning>* warnings) {
  return compile_with_mode(module, filename, source, warnings, 0);
}

// Compiles a module in one of compile()'s modes.
CompileResult compile_module(const ast::Module& module, const std::string& filename, const tok::Source* source,
                             Mode mode, std::vector<CompileWarning>* warnings) {
  return compile_with_mode(module, filename, source, warnings, static_cast<int>(mode));
}

// The compile functions' common body: the passes on a large stack, errors as values.
static CompileResult compile_with_mode(const ast::Module& module, const std::string& filename, const tok::Source* source,
                                std::vector<CompileWarning>* warnings, int mode) {
  CompileResult result;
  std::vector<CompileWarning> found;
  std::function<void()> work = [&] {
    try {
      result.code = compile_passes(module, filename, &found, mode);
    } catch (const CompileError& e) {
      result.error = e.error;
    } catch (const std::bad_alloc&) {
      tok::Error err;
      err.type = "MemoryError";
      result.error = err;
    }
  };
  run_with_large_stack(work);
  if (warnings != nullptr) *warnings = std::move(found);
  if (result.error) {
    result.code = nullptr;
    tok::Error& e = *result.error;
    if (source != nullptr && e.row > 0) {
      // the source line, as the parser gives it for its errors
      e.text = source->line_utf8(e.row);
      if (e.row == 1 && source->encoding == "utf-8-sig") e.text = "\xEF\xBB\xBF" + e.text;
    }
  }
  return result;
}

}  // namespace peppy::compile
