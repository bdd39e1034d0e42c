// strings.cpp: decoding of str/bytes literals, splitting of f-strings and implicit
// concatenation of STRING tokens, behaving as CPython 3.11 does (see strings.hpp for
// the rules and the positions). Written from CPython's observable behaviour.
//
// Error positions inside "(unicode error)" messages: CPython decodes a str body only
// after rewriting every non-ASCII character as a 10-byte "\UXXXXXXXX" escape and every
// backslash that precedes a non-ASCII character (or ends the text) as the 6-byte
// "\u005c", then runs the 'unicodeescape' codec on the result; the byte positions in
// its messages count in that rewritten text. buffer_offset() reproduces the count;
// the decoding itself works on the original code points with the same meaning.
#include "parse/strings.hpp"

#include <cstdio>
#include <string>
#include <utility>

#include "limits.hpp"
#include "unicode/names.hpp"
#include "unicode/unicode.hpp"

namespace peppy::parse {
namespace {

using View = std::u32string_view;

// The prefix and quotes of a STRING token.
struct Shape {
  bool raw = false, bytes = false, fstring = false;
  std::size_t body_begin = 0, body_end = 0;  // body: text[body_begin, body_end)
};

// Reads the prefix letters and the quotes (1 or 3) of a STRING token's text.
Shape shape_of(View text) {
  Shape s;
  std::size_t i = 0;
  while (i < text.size() && text[i] != U'\'' && text[i] != U'"') {
    const char32_t c = text[i] | 0x20;  // ASCII lower case
    if (c == U'r') s.raw = true;
    if (c == U'b') s.bytes = true;
    if (c == U'f') s.fstring = true;
    ++i;
  }
  std::size_t quotes = 1;
  if (text.size() - i >= 6 && text[i + 1] == text[i] && text[i + 2] == text[i]) quotes = 3;
  s.body_begin = i + quotes;
  s.body_end = text.size() >= s.body_begin + quotes ? text.size() - quotes : s.body_begin;
  return s;
}

// The UTF-8 length of a code point (surrogates included, as CPython's token bytes).
int utf8_len(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

// printf into a std::string (messages are short).
template <typename... Args>
std::string format(const char* fmt, Args... args) {
  char buf[256];
  std::snprintf(buf, sizeof buf, fmt, args...);
  return buf;
}

// True for an ASCII octal digit.
bool is_octal(char32_t c) { return c >= U'0' && c <= U'7'; }

// The value of a hex digit, or -1.
int hex_value(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'a' && c <= U'f') return static_cast<int>(c - U'a' + 10);
  if (c >= U'A' && c <= U'F') return static_cast<int>(c - U'A' + 10);
  return -1;
}

// The character of a simple escape (\n, \t...), or -1 if `c` is not one.
int simple_escape(char32_t c) {
  switch (c) {
    case U'\\': return '\\';
    case U'\'': return '\'';
    case U'"': return '"';
    case U'a': return '\a';
    case U'b': return '\b';
    case U'f': return '\f';
    case U'n': return '\n';
    case U'r': return '\r';
    case U't': return '\t';
    case U'v': return '\v';
    default: return -1;
  }
}

// The offset in CPython's rewritten decoding buffer (see the file comment) of s[i].
std::size_t buffer_offset(View s, std::size_t i) {
  std::size_t b = 0, k = 0;
  while (k < i) {
    if (s[k] == U'\\') {
      if (k + 1 >= s.size() || s[k + 1] >= 0x80) {
        b += 6;  // "\u005c"
        k += 1;
      } else if (k + 2 > i) {
        b += 1;
        k += 1;
      } else {
        b += 2;  // the backslash and the ASCII character after it, copied together
        k += 2;
      }
    } else {
      b += s[k] >= 0x80 ? 10 : 1;
      k += 1;
    }
  }
  return b;
}

// The message of a failed 'unicodeescape' decoding of s[start, end).
std::string unicode_error(View s, std::size_t start, std::size_t end, const char* reason) {
  const std::size_t a = buffer_offset(s, start), b = buffer_offset(s, end);
  if (b == a + 1) {
    return format("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %zu: %s", a, reason);
  }
  return format("(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", a, b - 1,
                reason);
}

// The warning text for the first invalid escape, which starts right after a backslash.
std::string invalid_escape_warning(View s, std::size_t at) {
  if (s[at] >= U'4' && s[at] <= U'7') {
    std::string digits;
    for (std::size_t k = at; k < at + 3 && k < s.size(); ++k) digits.push_back(static_cast<char>(s[k]));
    return "invalid octal escape sequence '\\" + digits + "'";
  }
  std::string text = "invalid escape sequence '\\";
  unicode::append_utf8(text, s[at]);
  return text + "'";
}

// The outcome of decoding one piece of text (a str body or an f-string literal chunk).
struct Decoded {
  std::optional<std::string> error;    // the SyntaxError message
  std::optional<std::string> warning;  // for the first invalid escape
};

// Decodes the escapes of a non-raw str body or f-string chunk, appending to out.
Decoded decode_str(View s, std::u32string& out) {
  Decoded d;
  std::optional<std::size_t> first_invalid;  // index just after the backslash
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const char32_t c = s[i];
    if (c != U'\\' || i + 1 >= n || s[i + 1] >= 0x80) {
      out.push_back(c);  // also a backslash before non-ASCII or at the end: kept
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t e = s[i + 1];
    i += 2;
    if (e == U'\n') continue;
    if (const int simple = simple_escape(e); simple >= 0) {
      out.push_back(static_cast<char32_t>(simple));
      continue;
    }
    if (is_octal(e)) {
      char32_t value = e - U'0';
      for (int k = 0; k < 2 && i < n && is_octal(s[i]); ++k, ++i) value = value * 8 + (s[i] - U'0');
      if (value > 0377 && !first_invalid) first_invalid = start + 1;
      out.push_back(value);
      continue;
    }
    if (e == U'x' || e == U'u' || e == U'U') {
      const int count = e == U'x' ? 2 : e == U'u' ? 4 : 8;
      char32_t value = 0;
      int k = 0;
      for (; k < count && i < n; ++k, ++i) {
        const int h = s[i] < 0x80 ? hex_value(s[i]) : -1;
        if (h < 0) break;
        value = value * 16 + static_cast<char32_t>(h);
      }
      if (k < count) {
        const char* reason = e == U'x' ? "truncated \\xXX escape"
                             : e == U'u' ? "truncated \\uXXXX escape"
                                         : "truncated \\UXXXXXXXX escape";
        d.error = unicode_error(s, start, i, reason);
        return d;
      }
      if (value > 0x10FFFF) {
        d.error = unicode_error(s, start, i, "illegal Unicode character");
        return d;
      }
      out.push_back(value);
      continue;
    }
    if (e == U'N') {
      const char* malformed = "malformed \\N character escape";
      if (i >= n || s[i] != U'{') {
        d.error = unicode_error(s, start, i, malformed);
        return d;
      }
      const std::size_t name_begin = ++i;
      while (i < n && s[i] != U'}') ++i;
      if (i >= n || i == name_begin) {
        d.error = unicode_error(s, start, i, malformed);
        return d;
      }
      const View name = s.substr(name_begin, i - name_begin);
      ++i;  // the '}'
      std::string ascii;
      bool is_ascii = true;
      for (const char32_t ch : name) {
        if (ch >= 0x80) is_ascii = false;
        ascii.push_back(static_cast<char>(ch));
      }
      const std::optional<char32_t> found = is_ascii ? unicode::lookup_name(ascii) : std::nullopt;
      if (!found) {
        d.error = unicode_error(s, start, i, "unknown Unicode character name");
        return d;
      }
      out.push_back(*found);
      continue;
    }
    // Unknown escape: kept as it is.
    if (!first_invalid) first_invalid = start + 1;
    out.push_back(U'\\');
    out.push_back(e);
  }
  if (first_invalid) d.warning = invalid_escape_warning(s, *first_invalid);
  return d;
}

// Decodes the escapes of a non-raw bytes body (ASCII only), appending to out.
Decoded decode_bytes(View s, std::string& out) {
  Decoded d;
  std::optional<std::size_t> first_invalid;
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const char32_t c = s[i];
    if (c != U'\\') {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    const std::size_t start = i;
    if (i + 1 >= n) {
      d.error = "(value error) Trailing \\ in string";
      return d;
    }
    const char32_t e = s[i + 1];
    i += 2;
    if (e == U'\n') continue;
    if (const int simple = simple_escape(e); simple >= 0) {
      out.push_back(static_cast<char>(simple));
      continue;
    }
    if (is_octal(e)) {
      unsigned value = e - U'0';
      for (int k = 0; k < 2 && i < n && is_octal(s[i]); ++k, ++i) value = value * 8 + (s[i] - U'0');
      if (value > 0377 && !first_invalid) first_invalid = start + 1;
      out.push_back(static_cast<char>(value & 0xFF));
      continue;
    }
    if (e == U'x') {
      const int hi = i < n ? hex_value(s[i]) : -1;
      const int lo = i + 1 < n ? hex_value(s[i + 1]) : -1;
      if (hi < 0 || lo < 0) {
        d.error = format("(value error) invalid \\x escape at position %zu", start);
        return d;
      }
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
      continue;
    }
    if (!first_invalid) first_invalid = start + 1;
    out.push_back('\\');
    out.push_back(static_cast<char>(e));
  }
  if (first_invalid) d.warning = invalid_escape_warning(s, *first_invalid);
  return d;
}

// An error CPython raises with RAISE_SYNTAX_ERROR (at the parser's last token).
StringError last_token_error(std::string message, std::size_t index) {
  StringError e;
  e.message = std::move(message);
  e.place = ErrorPlace::LastToken;
  e.token = index;
  return e;
}

// A warning (or an error placed like one) at the span of a token.
StringWarning token_warning(std::string message, const StringToken& t, std::size_t index) {
  return {std::move(message), index, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset};
}

// Appends literal text to parts, merged with a literal part that ends the list.
void append_literal(std::vector<FPart>& parts, std::u32string_view text) {
  if (text.empty()) return;
  if (!parts.empty() && !parts.back().is_field) {
    parts.back().literal.append(text);
    return;
  }
  FPart part;
  part.literal.assign(text);
  parts.push_back(std::move(part));
}

// Whitespace CPython allows after the '=' of `{x=}` (Py_ISSPACE).
bool is_py_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v';
}

// Splits the body of one f-string token (see split_fstring).
class FStringSplitter {
 public:
  // Splits `token` (of the given shape and index) into `out`, calling `hook` per field.
  FStringSplitter(const StringToken& token, const Shape& shape, std::size_t index, const ExprHook& hook,
                  FString& out)
      : token_(token),
        body_(token.text.substr(shape.body_begin, shape.body_end - shape.body_begin)),
        body_begin_(shape.body_begin),
        raw_(shape.raw),
        index_(index),
        hook_(hook),
        out_(out) {}

  // Splits the whole body into out_.parts; false on error (out_.error set).
  bool run() {
    std::size_t i = 0;
    return parts(i, 0, out_.parts);
  }

 private:
  // Sets the error (RAISE_SYNTAX_ERROR) and returns false.
  bool fail(std::string message) {
    out_.error = last_token_error(std::move(message), index_);
    return false;
  }

  // Records a warning at the token's span.
  void warn(std::string message) { out_.warnings.push_back(token_warning(std::move(message), token_, index_)); }

  // Literal text and fields from body_[i] on, until the end (level 0) or the '}' that
  // ends a format spec (level >= 1, left unread).
  bool parts(std::size_t& i, int level, std::vector<FPart>& into) {
    const std::size_t n = body_.size();
    while (true) {
      // One literal chunk: up to a field's '{', a spec's '}', the end, or a doubled brace
      // (the chunk then keeps the first brace and the scan goes on after the second).
      const std::size_t chunk_begin = i;
      bool doubled = false;
      while (i < n) {
        char32_t ch = body_[i++];
        if (!raw_ && ch == U'\\' && i < n) {
          ch = body_[i++];
          if (ch == U'N') {
            // \N{...}: its braces are no field; skip to the first '}' (or the end).
            if (i < n && body_[i++] == U'{') {
              while (i < n && body_[i++] != U'}') {
              }
            }
            continue;
          }
          if (ch == U'{') warn("invalid escape sequence '\\{'");
        }
        if (ch == U'{' || ch == U'}') {
          if (level == 0) {
            if (i < n && body_[i] == ch) {
              doubled = true;
              break;
            }
            if (ch == U'}') return fail("f-string: single '}' is not allowed");
          }
          --i;  // leave the brace
          break;
        }
      }
      if (!literal(body_.substr(chunk_begin, i - chunk_begin), into)) return false;
      if (doubled) {
        ++i;  // the second brace
        continue;
      }
      if (i >= n || body_[i] == U'}') return true;
      if (!field(i, level, into)) return false;
    }
  }

  // Decodes a literal chunk (unless raw) and appends it.
  bool literal(View chunk, std::vector<FPart>& into) {
    if (chunk.empty()) return true;
    if (raw_) {
      append_literal(into, chunk);
      return true;
    }
    std::u32string text;
    Decoded d = decode_str(chunk, text);
    if (d.error) return fail(std::move(*d.error));
    if (d.warning) warn(std::move(*d.warning));
    append_literal(into, text);
    return true;
  }

  // One replacement field; body_[i] is its '{'. Appends the "x=" text and the field.
  bool field(std::size_t& i, int level, std::vector<FPart>& into) {
    const std::size_t n = body_.size();
    if (level >= limits::kFStringMaxFieldNesting) return fail("f-string: expressions nested too deeply");
    const std::size_t brace = i++;
    const std::size_t expr_begin = i;
    char32_t quote = 0;
    bool triple = false;
    std::u32string open;  // the open brackets
    while (i < n) {
      const char32_t ch = body_[i];
      if (ch == U'\\') return fail("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch == quote) {
          if (!triple) {
            quote = 0;
          } else if (i + 2 < n && body_[i + 1] == ch && body_[i + 2] == ch) {
            quote = 0;
            i += 2;
          }
        }
        ++i;
        continue;
      }
      if (ch == U'\'' || ch == U'"') {
        quote = ch;
        triple = i + 2 < n && body_[i + 1] == ch && body_[i + 2] == ch;
        i += triple ? 3 : 1;
        continue;
      }
      if (ch == U'(' || ch == U'[' || ch == U'{') {
        if (open.size() >= static_cast<std::size_t>(limits::kFStringMaxBrackets)) {
          return fail("f-string: too many nested parenthesis");
        }
        open.push_back(ch);
        ++i;
        continue;
      }
      if (ch == U'#') return fail("f-string expression part cannot include '#'");
      if (open.empty()) {
        // "!=", "==", "<=", ">=" are operators; a lone '!', ':', '=' or '}' ends the text.
        if ((ch == U'!' || ch == U'=' || ch == U'<' || ch == U'>') && i + 1 < n && body_[i + 1] == U'=') {
          i += 2;
          continue;
        }
        if (ch == U'!' || ch == U':' || ch == U'}' || ch == U'=') break;
      }
      if (ch == U')' || ch == U']' || ch == U'}') {
        if (open.empty()) return fail(format("f-string: unmatched '%c'", static_cast<char>(ch)));
        const char32_t opener = open.back();
        open.pop_back();
        if ((opener == U'(' && ch != U')') || (opener == U'[' && ch != U']') || (opener == U'{' && ch != U'}')) {
          return fail(format("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                             static_cast<char>(ch), static_cast<char>(opener)));
        }
      }
      ++i;
    }
    const std::size_t expr_end = i;
    if (quote) return fail("f-string: unterminated string");
    if (!open.empty()) return fail(format("f-string: unmatched '%c'", static_cast<char>(open.back())));
    if (i >= n) return fail("f-string: expecting '}'");

    // The expression, as CPython compiles it here.
    const View text = body_.substr(expr_begin, expr_end - expr_begin);
    bool blank = true;
    for (const char32_t c : text) {
      if (c != U' ' && c != U'\t' && c != U'\n' && c != U'\f') {
        blank = false;
        break;
      }
    }
    if (blank) {
      const char32_t end = body_[expr_end];
      if (end == U'!' || end == U':' || end == U'=') {
        return fail(format("f-string: expression required before '%c'", static_cast<char>(end)));
      }
      return fail("f-string: empty expression not allowed");
    }
    Field f;
    f.expr = locate(text, body_begin_ + expr_begin, body_begin_ + brace);
    if (hook_ && !hook_(f.expr)) {
      StringError e;
      e.place = ErrorPlace::Hook;
      e.token = index_;
      out_.error = std::move(e);
      return false;
    }

    // `=`: the text so far, with the whitespace after the '=', becomes literal text.
    if (body_[i] == U'=') {
      ++i;
      while (i < n && is_py_space(body_[i])) ++i;
      f.debug = true;
      if (i >= n) return fail("f-string: expecting '}'");
    }
    const std::size_t debug_end = i;
    if (body_[i] == U'!') {
      ++i;
      if (i >= n) return fail("f-string: expecting '}'");
      const char32_t c = body_[i++];
      if (c != U's' && c != U'r' && c != U'a') {
        return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      f.conversion = static_cast<char>(c);
    }
    if (i >= n) return fail("f-string: expecting '}'");
    if (body_[i] == U':') {
      ++i;
      f.has_format_spec = true;
      if (!parts(i, level + 1, f.format_spec)) return false;
    }
    if (i >= n || body_[i] != U'}') return fail("f-string: expecting '}'");
    ++i;
    if (f.debug) {
      append_literal(into, body_.substr(expr_begin, debug_end - expr_begin));
      if (!f.conversion && !f.has_format_spec) f.conversion = 'r';
    }
    FPart part;
    part.is_field = true;
    part.field = std::move(f);
    into.push_back(std::move(part));
    return true;
  }

  // The FieldExpr of `text`, which starts at token-text index `at`; the field's '{' is
  // at token-text index `brace` (the position rule of strings.hpp).
  FieldExpr locate(View text, std::size_t at, std::size_t brace) const {
    FieldExpr e;
    e.text = text;
    e.token = index_;
    e.offset = at;
    const View t = token_.text;
    int lines = 0;
    std::size_t line_start = 0;  // index after the last newline before the brace
    for (std::size_t k = 0; k < brace; ++k) {
      if (t[k] == U'\n') {
        ++lines;
        line_start = k + 1;
      }
    }
    bool newline_after_brace = false;
    for (const char32_t c : text) {
      if (c == U'\n') {
        newline_after_brace = true;
        break;
      }
      if (c != U' ' && c != U'\t' && c != U'\f') break;
    }
    int cols = 0;
    if (!newline_after_brace) {
      for (std::size_t k = line_start; k < brace; ++k) cols += utf8_len(t[k]);
    }
    e.base_lineno = token_.lineno + lines;
    e.base_col = (lines == 0 ? token_.col_offset : 0) + cols;
    return e;
  }

  const StringToken& token_;
  View body_;
  std::size_t body_begin_;
  bool raw_;
  std::size_t index_;
  const ExprHook& hook_;
  FString& out_;
};

}  // namespace

// See strings.hpp.
Literal decode_literal(const StringToken& token, std::size_t index) {
  Literal result;
  const Shape shape = shape_of(token.text);
  const View body = token.text.substr(shape.body_begin, shape.body_end - shape.body_begin);
  result.is_bytes = shape.bytes;
  if (shape.bytes) {
    for (const char32_t c : body) {
      if (c >= 0x80) {
        const StringWarning at = token_warning("bytes can only contain ASCII literal characters", token, index);
        result.error = StringError{at.message, ErrorPlace::Token, index, at.lineno, at.col_offset, at.end_lineno,
                                   at.end_col_offset};
        return result;
      }
    }
    if (shape.raw) {
      for (const char32_t c : body) result.bytes.push_back(static_cast<char>(c));
      return result;
    }
    Decoded d = decode_bytes(body, result.bytes);
    if (d.error) result.error = last_token_error(std::move(*d.error), index);
    if (d.warning) result.warnings.push_back(token_warning(std::move(*d.warning), token, index));
    return result;
  }
  if (shape.raw) {
    result.str.assign(body);
    return result;
  }
  Decoded d = decode_str(body, result.str);
  if (d.error) result.error = last_token_error(std::move(*d.error), index);
  if (d.warning) result.warnings.push_back(token_warning(std::move(*d.warning), token, index));
  return result;
}

// See strings.hpp.
FString split_fstring(const StringToken& token, std::size_t index, const ExprHook& hook) {
  FString result;
  const Shape shape = shape_of(token.text);
  FStringSplitter(token, shape, index, hook, result).run();
  return result;
}

// See strings.hpp.
StringsResult concatenate_strings(std::span<const StringToken> tokens, const ExprHook& hook) {
  StringsResult result;
  if (tokens.empty()) return result;
  result.lineno = tokens.front().lineno;
  result.col_offset = tokens.front().col_offset;
  result.end_lineno = tokens.back().end_lineno;
  result.end_col_offset = tokens.back().end_col_offset;
  result.kind_u = !tokens.front().text.empty() && tokens.front().text[0] == U'u';
  bool bytes_mode = false, joined = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const StringToken& t = tokens[i];
    const Shape shape = shape_of(t.text);
    Literal lit;
    if (!shape.fstring) {
      lit = decode_literal(t, i);
      result.warnings.insert(result.warnings.end(), lit.warnings.begin(), lit.warnings.end());
      if (lit.error) {
        result.error = std::move(lit.error);
        return result;
      }
    }
    if (i != 0 && bytes_mode != shape.bytes) {
      result.error = last_token_error("cannot mix bytes and nonbytes literals", i);
      return result;
    }
    bytes_mode = shape.bytes;
    if (shape.fstring) {
      joined = true;
      FString f = split_fstring(t, i, hook);
      result.warnings.insert(result.warnings.end(), f.warnings.begin(), f.warnings.end());
      if (f.error) {
        result.error = std::move(f.error);
        return result;
      }
      for (FPart& part : f.parts) {
        if (part.is_field) {
          result.parts.push_back(std::move(part));
        } else {
          append_literal(result.parts, part.literal);
        }
      }
    } else if (shape.bytes) {
      result.bytes += lit.bytes;
    } else {
      result.str += lit.str;
      append_literal(result.parts, lit.str);
    }
  }
  if (bytes_mode) {
    result.kind = StringsResult::Kind::Bytes;
    result.kind_u = false;
  } else if (joined) {
    result.kind = StringsResult::Kind::JoinedStr;
    result.str.clear();
  } else {
    result.kind = StringsResult::Kind::Str;
    result.parts.clear();
  }
  return result;
}

}  // namespace peppy::parse
