// limits.hpp: every fixed limit of peppy in one place, each with its reason.
#pragma once

namespace peppy::limits {

// Tab stops every 8 columns when measuring indentation: what both CPython's tokenize
// module and its C tokenizer use.
inline constexpr int kTabSize = 8;

// Indentation levels the C tokenizer accepts (its MAXINDENT); deeper is
// "IndentationError: too many levels of indentation".
inline constexpr int kMaxIndent = 100;

// Open brackets the C tokenizer accepts (its MAXLEVEL); deeper is
// "SyntaxError: too many nested parentheses". Also what keeps the recursive-descent
// parser's depth bounded for bracketed expressions.
inline constexpr int kMaxParenLevel = 200;

// Largest source file the tools read, in bytes: token offsets are 32-bit.
inline constexpr unsigned long long kMaxSourceBytes = 1ull << 30;

}  // namespace peppy::limits
