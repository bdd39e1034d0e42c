// compiler.hpp: the compiler's public face: an AST (from the parser, or read back from
// JSON) in, a code object (bytecode/code.hpp) out, or the SyntaxError CPython's
// compiler would raise ('return' outside function, nonlocal errors, ...).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "ast/ast_nodes.hpp"
#include "bytecode/code.hpp"
#include "tok/tokenizer.hpp"

namespace peppy::compile {

struct CompileResult {
  std::shared_ptr<const bytecode::Code> code;  // the module's code object, or nullptr on error
  std::optional<tok::Error> error;             // a SyntaxError as CPython reports it (type, message, position, text)
};

// Compiles a Module. `source` (may be null) gives the source lines for error texts.
// Never throws: errors come back in CompileResult::error.
[[nodiscard]] CompileResult compile_module(const ast::Module& module, const std::string& filename,
                                           const tok::Source* source = nullptr);

// A warning CPython's compiler issues while compiling (a SyntaxWarning such as
// '"is" with a literal. Did you mean "=="?'), at the line python3 reports it.
struct CompileWarning {
  std::string category;  // "SyntaxWarning"
  std::string message;
  std::int32_t lineno = 0;
};

// compile_module, also giving the warnings CPython would print (in order, repeats
// included, as python3 prints them: "FILE:LINE: SyntaxWarning: MESSAGE").
[[nodiscard]] CompileResult compile_module(const ast::Module& module, const std::string& filename,
                                           const tok::Source* source, std::vector<CompileWarning>* warnings);

// The modes of the built-in compile(): a module ('exec'), one expression whose value
// the code returns ('eval': the module must be a single expression statement), or
// statements whose top-level expression values go to sys.displayhook ('single').
enum class Mode { Exec, Eval, Single };

// compile_module in one of compile()'s modes (warnings: as for the overload above, or null).
[[nodiscard]] CompileResult compile_module(const ast::Module& module, const std::string& filename,
                                           const tok::Source* source, Mode mode,
                                           std::vector<CompileWarning>* warnings = nullptr);

}  // namespace peppy::compile
