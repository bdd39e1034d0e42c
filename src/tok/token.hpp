// token.hpp: the token types of Python 3.11 and the Token record that both tokenizer
// modes produce (positions, text offsets into the decoded source).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace peppy::tok {

// Token types, numbered as CPython's `token` module (expanded from tokens.def).
enum class Type : std::uint8_t {
#define TOKEN(name) name,
#include "tok/tokens.def"
};

// The name `tokenize.tok_name` gives a type, e.g. "NAME", "LPAR".
std::string_view type_name(Type t);

// The exact operator type of an operator's text ("**=" -> DOUBLESTAREQUAL), or OP if
// the text is no operator of Python 3.11.
Type operator_type(std::u32string_view text);

// A (row, column) position. Rows count from 1; columns count code points from 0.
struct Pos {
  std::int32_t row = 0;
  std::int32_t col = 0;
  friend bool operator==(const Pos&, const Pos&) = default;
};

// One token. Its text and its physical line(s) are slices of Source::text; both are
// contiguous there even when a string spans several lines.
struct Token {
  Type type = Type::ERRORTOKEN;   // as `tokenize` reports it (operators are OP in compat mode)
  Type exact = Type::ERRORTOKEN;  // exact type: LPAR, PLUS... for operators, else == type
  std::uint32_t begin = 0, end = 0;            // token text [begin, end)
  std::uint32_t line_begin = 0, line_end = 0;  // the line(s) it was found on
  Pos start, stop;                             // columns in code points
  std::int32_t start_byte = 0, stop_byte = 0;  // columns in UTF-8 bytes (strict mode)
};

}  // namespace peppy::tok
