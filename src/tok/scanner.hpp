// scanner.hpp: internal to the tokenizer: the token shapes both modes share (string
// prefixes, operators, number patterns), the Emitter that records tokens and errors,
// and the two scanners (compat.cpp, strict.cpp).
#pragma once

#include <string>
#include <string_view>

#include "limits.hpp"
#include "tok/tokenizer.hpp"

namespace peppy::tok::detail {

// ---------------------------------------------------------------------------
// Shared character classes and token shapes
// ---------------------------------------------------------------------------

using View = std::u32string_view;
inline constexpr std::size_t npos = View::npos;

inline bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool is_hex(char32_t c) {
  return is_digit(c) || (c >= U'a' && c <= U'f') || (c >= U'A' && c <= U'F');
}
inline char32_t at(View s, std::size_t i) { return i < s.size() ? s[i] : 0; }

// Length of a valid string prefix (b, r, u, f, br, fr in any order and case) directly
// followed by a quote at s[i...], or npos. Both tokenizers accept exactly this set.
inline std::size_t string_prefix(View s, std::size_t i) {
  bool b = false, r = false, u = false, f = false;
  for (std::size_t n = 0; n < 3; ++n) {
    char32_t c = at(s, i + n);
    if (c == U'\'' || c == U'"') return n;
    switch (c) {
      case U'b': case U'B': if (b || u || f) return npos; b = true; break;
      case U'r': case U'R': if (r || u) return npos; r = true; break;
      case U'u': case U'U': if (b || r || u || f) return npos; u = true; break;
      case U'f': case U'F': if (f || b || u) return npos; f = true; break;
      default: return npos;
    }
  }
  return npos;
}

// Longest operator of Python 3.11 at s[i...]: its length (0 if none) and exact type.
std::size_t match_operator(std::u32string_view s, std::size_t i, Type& type);

// digitpart: [0-9](?:_?[0-9])*  -> end, or npos if no digit at i.
inline std::size_t digitpart(View s, std::size_t i) {
  if (!is_digit(at(s, i))) return npos;
  ++i;
  for (;;) {
    if (is_digit(at(s, i))) ++i;
    else if (at(s, i) == U'_' && is_digit(at(s, i + 1))) i += 2;
    else return i;
  }
}

// Exponent: [eE][-+]?digitpart
inline std::size_t exponent(View s, std::size_t i) {
  char32_t c = at(s, i);
  if (c != U'e' && c != U'E') return npos;
  ++i;
  if (at(s, i) == U'+' || at(s, i) == U'-') ++i;
  return digitpart(s, i);
}

// Pointfloat: (digitpart '.' digitpart? | '.' digitpart) Exponent?
inline std::size_t pointfloat(View s, std::size_t i) {
  std::size_t e;
  if (at(s, i) == U'.') {
    e = digitpart(s, i + 1);
    if (e == npos) return npos;
  } else {
    e = digitpart(s, i);
    if (e == npos || at(s, e) != U'.') return npos;
    ++e;
    if (std::size_t f = digitpart(s, e); f != npos) e = f;
  }
  if (std::size_t x = exponent(s, e); x != npos) e = x;
  return e;
}

// Expfloat: digitpart Exponent
inline std::size_t expfloat(View s, std::size_t i) {
  std::size_t e = digitpart(s, i);
  return e == npos ? npos : exponent(s, e);
}

inline std::size_t floatnumber(View s, std::size_t i) {
  std::size_t e = pointfloat(s, i);
  return e != npos ? e : expfloat(s, i);
}

// 0[xX](?:_?[0-9a-fA-F])+ and the like for bases 2 and 8.
template <typename Pred>
inline std::size_t prefixed_int(View s, std::size_t i, char32_t letter, Pred digit) {
  if (at(s, i) != U'0' || (at(s, i + 1) | 0x20) != letter) return npos;
  std::size_t e = i + 2, start = e;
  for (;;) {
    if (digit(at(s, e))) ++e;
    else if (at(s, e) == U'_' && digit(at(s, e + 1))) e += 2;
    else break;
  }
  return e == start ? npos : e;
}

// The `Number` pattern of tokenize: Imagnumber | Floatnumber | Intnumber, first
// alternative that matches wins (regex alternation, not longest match).
inline std::size_t number_pattern(View s, std::size_t i) {
  // Imagnumber: digitpart[jJ] | Floatnumber[jJ]
  if (std::size_t e = digitpart(s, i); e != npos && (at(s, e) | 0x20) == U'j') return e + 1;
  if (std::size_t e = floatnumber(s, i); e != npos && (at(s, e) | 0x20) == U'j') return e + 1;
  if (std::size_t e = floatnumber(s, i); e != npos) return e;
  if (std::size_t e = prefixed_int(s, i, U'x', is_hex); e != npos) return e;
  if (std::size_t e = prefixed_int(s, i, U'b', [](char32_t c) { return c == U'0' || c == U'1'; }); e != npos) return e;
  if (std::size_t e = prefixed_int(s, i, U'o', [](char32_t c) { return c >= U'0' && c <= U'7'; }); e != npos) return e;
  // Decnumber: 0(?:_?0)* | [1-9](?:_?[0-9])*
  if (at(s, i) == U'0') {
    std::size_t e = i + 1;
    for (;;) {
      if (at(s, e) == U'0') ++e;
      else if (at(s, e) == U'_' && at(s, e + 1) == U'0') e += 2;
      else return e;
    }
  }
  return digitpart(s, i);
}

// ---------------------------------------------------------------------------
// Recording tokens and errors
// ---------------------------------------------------------------------------

class Emitter {
 public:
  explicit Emitter(Result& r) : r_(r), src_(r.source), text_(r.source.text) {}

 protected:
  Result& r_;
  const Source& src_;
  View text_;

  std::size_t line_count() const { return src_.lines.size() - 1; }
  // Physical line n (0-based) as a view, with its line break.
  View line_view(std::size_t n) const {
    return text_.substr(src_.lines[n], src_.lines[n + 1] - src_.lines[n]);
  }

  // Appends a token: its text is [begin, end) of the source, found on the line(s)
  // [line_begin, line_end). `exact` is the operator type for OP tokens.
  Token& emit(Type type, std::uint32_t begin, std::uint32_t end, Pos start, Pos stop,
              std::uint32_t line_begin, std::uint32_t line_end, Type exact = Type::OP) {
    Token t;
    t.type = type;
    t.exact = exact == Type::OP ? type : exact;
    t.begin = begin;
    t.end = end;
    t.start = start;
    t.stop = stop;
    t.line_begin = line_begin;
    t.line_end = line_end;
    r_.tokens.push_back(t);
    return r_.tokens.back();
  }

  // Records the error that stops tokenizing (offsets 1-based, as SyntaxError's).
  void set_error(std::string type, std::string msg, std::int32_t row, std::int32_t offset,
                 std::int32_t end_row = -1, std::int32_t end_offset = -1) {
    Error e;
    e.type = std::move(type);
    e.message = std::move(msg);
    e.row = row;
    e.offset = offset;
    e.end_row = end_row < 0 ? row : end_row;
    e.end_offset = end_offset < 0 ? offset : end_offset;
    e.text = src_.line_utf8(row);
    r_.error = std::move(e);
  }
};

// Tokenize r.source as CPython's `tokenize` module does.
void scan_compat(Result& r);
// Tokenize r.source as CPython's C tokenizer does (for the parser).
void scan_strict(Result& r);

}  // namespace peppy::tok::detail
