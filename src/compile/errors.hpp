// errors.hpp: how the compiler's passes report errors. Inside the compiler an error is
// a C++ exception (CompileError) thrown where it is found; compile_module() catches it
// and hands it back in CompileResult::error. Positions are CPython's: the line of the
// node, and 1-based offsets made from the AST's 0-based UTF-8 byte columns (+1), which
// is what CPython's symtable and compiler put in SyntaxError.offset / end_offset.
#pragma once

#include <string>
#include <utility>

#include "tok/tokenizer.hpp"

namespace peppy::compile {

// A compile error in flight: the SyntaxError (or RecursionError) to report.
struct CompileError {
  tok::Error error;
};

// Throws a SyntaxError with `message` at the node span given by 0-based byte columns
// (CPython's col_offset + 1 / end_col_offset + 1). end_col < 0 gives end_offset 0 (None).
[[noreturn]] inline void throw_syntax_error(std::string message, int lineno, int col, int end_lineno, int end_col) {
  tok::Error e;
  e.type = "SyntaxError";
  e.message = std::move(message);
  e.row = lineno;
  e.offset = col + 1;
  e.end_row = end_lineno;
  e.end_offset = end_col < 0 ? 0 : end_col + 1;
  throw CompileError{std::move(e)};
}

// Throws the RecursionError CPython raises when a tree nests too deeply for its compiler.
[[noreturn]] inline void throw_recursion_error() {
  tok::Error e;
  e.type = "RecursionError";
  e.message = "maximum recursion depth exceeded during compilation";
  throw CompileError{std::move(e)};
}

// The deepest nesting of statements and expressions the compiler's recursive passes
// accept. CPython 3.11's symtable allows its recursion limit (1000) times 3 levels, less
// what the calling Python frames already use (compile() called from a module's top level
// accepts 2994 nested statements and expressions, as here); deeper trees raise
// RecursionError "maximum recursion depth exceeded during compilation" rather than
// overflow the stack.
inline constexpr int kMaxCompileDepth = 2994;

// Counts one level of recursion for as long as it lives; throws past kMaxCompileDepth.
class DepthGuard {
 public:
  // Enters one level (throws past the limit); the destructor leaves it.
  explicit DepthGuard(int& depth) : depth_(depth) {
    if (++depth_ > kMaxCompileDepth) {
      --depth_;
      throw_recursion_error();
    }
  }
  ~DepthGuard() { --depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;

 private:
  int& depth_;
};

}  // namespace peppy::compile
