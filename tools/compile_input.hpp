// compile_input.hpp: what peppy-compile and peppy-dis share: turning a file's bytes
// (Python source, or an AST JSON file from `peppy-parse --json`) into a verified code
// object, reporting problems as the tools do (a SyntaxError as CPython prints it, other
// problems as one line).
#pragma once

#include <memory>
#include <string>

#include "bytecode/code.hpp"

namespace peppy::tools {

struct Compiled {
  std::shared_ptr<const bytecode::Code> code;  // null after an error (already printed)
};

// True if `data` looks like AST JSON: its first non-blank character is '{'.
bool looks_like_json(const std::string& data);

// Parses (or reads the JSON of) and compiles `data`, read from `path`; `filename` is
// what the code objects record. Errors are printed on stderr for the tool `tool`.
Compiled compile_input(const std::string& tool, const std::string& path, const std::string& data,
                       const std::string& filename);

}  // namespace peppy::tools
