// tokenizer.hpp: the tokenizer of Python 3.11 source, one implementation with two modes.
//
//  * Mode::Compat reproduces CPython 3.11's `tokenize` module token for token (ENCODING,
//    COMMENT, NL, ERRORTOKEN, its end-of-file rules and its errors).
//  * Mode::Strict is what the parser consumes, like CPython's C tokenizer: no COMMENT/NL,
//    universal newlines, ASYNC/AWAIT, and CPython's SyntaxError / IndentationError /
//    TabError texts and positions for everything the C tokenizer rejects.
//
// Errors are returned, never thrown: a Result holds the tokens made before the error.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tok/token.hpp"

namespace peppy::tok {

enum class Mode { Compat, Strict };

// The decoded source: every physical line, concatenated; the token texts point into it.
struct Source {
  std::string filename;
  std::string encoding;               // what the ENCODING token reports
  bool declared = false;              // a coding cookie declared the encoding
  std::u32string text;                // decoded text (strict mode: newlines translated)
  std::vector<std::uint32_t> lines;   // start offset of each physical line, then text.size()

  // The text of [begin, end) as UTF-8.
  std::string utf8(std::uint32_t begin, std::uint32_t end) const;
  // Physical line `row` (1-based) without its line break, as UTF-8 ("" if out of range).
  std::string line_utf8(std::int32_t row) const;
  std::u32string_view view(std::uint32_t begin, std::uint32_t end) const {
    return std::u32string_view(text).substr(begin, end - begin);
  }
};

// An error as CPython reports it: exception type name, message, position.
struct Error {
  std::string type;      // "SyntaxError", "IndentationError", "TabError", "TokenError", "UnicodeDecodeError", "LookupError"
  std::string message;
  std::int32_t row = 0;  // 1-based line (0: none)
  std::int32_t offset = 0;  // SyntaxError.offset, 1-based (0: none); see parse/parser.cpp for its unit
  std::int32_t end_row = 0, end_offset = 0;
  std::string text;      // the offending source line (SyntaxError.text), UTF-8
  // The error is at the end of the file: `python3 FILE` then shows no caret (its file
  // reader has no current line left), though ast.parse reports the offset above.
  bool at_eof = false;
};

struct Result {
  Source source;
  std::vector<Token> tokens;
  std::optional<Error> error;  // set when tokenizing stopped early
};

// Tokenizes a file's raw bytes. `filename` is only used in messages.
[[nodiscard]] Result tokenize(std::string_view bytes, std::string filename, Mode mode);

}  // namespace peppy::tok
