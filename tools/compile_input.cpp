// compile_input.cpp: source or AST JSON in, a verified code object out (see
// compile_input.hpp).
#include "compile_input.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <iostream>

#include "ast/arena.hpp"
#include "ast/json.hpp"
#include "bytecode/verify.hpp"
#include "cli.hpp"
#include "compile/compiler.hpp"
#include "parse/parser.hpp"
#include "tok/report.hpp"

namespace peppy::tools {

namespace {

// Prints a parser or compiler error as the tools print it: a SyntaxError (and its
// kinds) as CPython does, a MemoryError as one line.
void print_error(const tok::Error& e, const std::string& filename) {
  if (e.type == "MemoryError") {
    std::cerr << "MemoryError\n";
    return;
  }
  std::cerr << tok::format_error(e, filename);
}

// Compiles a module and verifies the result; nullptr after printing the problem.
std::shared_ptr<const bytecode::Code> compile_and_verify(const std::string& tool, const std::string& path,
                                                         const ast::Module& module, const std::string& filename,
                                                         const tok::Source* source) {
  const auto t0 = std::chrono::steady_clock::now();
  compile::CompileResult r = compile::compile_module(module, filename, source);
  const auto t1 = std::chrono::steady_clock::now();
  spdlog::debug("compiled in {} us", std::chrono::duration_cast<std::chrono::microseconds>(t1 - t0).count());
  if (r.error) {
    print_error(*r.error, filename);
    return nullptr;
  }
  if (!r.code) {
    cli::fail(tool, path + ": internal error: the compiler gave no code and no error");
    return nullptr;
  }
  bytecode::VerifyResult v = bytecode::verify(*r.code);
  if (!v.ok()) {
    cli::fail(tool, path + ": internal error: the compiler made bad bytecode: " + v.error);
    return nullptr;
  }
  return r.code;
}

}  // namespace

bool looks_like_json(const std::string& data) {
  for (char c : data) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    return c == '{';
  }
  return false;
}

Compiled compile_input(const std::string& tool, const std::string& path, const std::string& data,
                       const std::string& filename) {
  if (looks_like_json(data)) {
    ast::Arena arena;
    const ast::Node* node = nullptr;
    try {
      node = ast::from_json_text(data, arena);
    } catch (const ast::JsonError& e) {
      cli::fail(tool, path + ": not a valid AST JSON file: " + e.what());
      return {};
    }
    const auto* module = ast::as<ast::Module>(node);
    if (!module) {
      cli::fail(tool, path + ": the JSON holds a " + ast::tag_name(node->tag) + " node, not a Module");
      return {};
    }
    return {compile_and_verify(tool, path, *module, filename, nullptr)};
  }
  parse::ParseResult p = parse::parse_module(data, filename);
  if (p.error) {
    print_error(*p.error, filename);
    return {};
  }
  return {compile_and_verify(tool, path, *static_cast<const ast::Module*>(p.tree), filename, &p.source)};
}

}  // namespace peppy::tools
