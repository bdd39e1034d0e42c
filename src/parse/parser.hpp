// parser.hpp: the parser's public face: Python source in, the AST of CPython 3.11's
// `ast.parse` out, or the SyntaxError CPython would raise.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "ast/arena.hpp"
#include "ast/ast_nodes.hpp"
#include "tok/tokenizer.hpp"

namespace peppy::parse {

struct ParseResult {
  std::unique_ptr<ast::Arena> arena;  // owns every node of `tree`
  ast::mod* tree = nullptr;           // the Module, or nullptr on error
  std::optional<tok::Error> error;    // SyntaxError / IndentationError / TabError / ...
  tok::Source source;                 // the decoded source the positions refer to
};

// Parses a file's bytes as a module (`ast.parse(bytes)`). Never throws: errors come
// back in ParseResult::error, with CPython's exception type, message and position.
[[nodiscard]] ParseResult parse_module(std::string_view bytes, const std::string& filename);

// Parses tokens made elsewhere: a strict-mode tokenizer result (tok::tokenize with
// Mode::Strict, or tokens read back from JSON). Its source must hold the decoded text
// the tokens point into, and its error the tokenizer error after the last token, if any.
[[nodiscard]] ParseResult parse_tokens(tok::Result tokens);

}  // namespace peppy::parse
