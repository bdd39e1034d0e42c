// strict.cpp: the parser's tokenizer, following CPython 3.11's C tokenizer
// (Parser/tokenizer.c): universal newlines, no COMMENT/NL tokens, NEWLINE only at the
// end of a logical line outside brackets, INDENT/DEDENT checked for tabs against spaces,
// ASYNC/AWAIT for `async`/`await`, and everything the C tokenizer rejects reported with
// its message and position. Columns are recorded in code points and in UTF-8 bytes.
//
// Where CPython reports an error matters as much as its text. Errors the C tokenizer
// raises itself (bad characters, numbers, strings, brackets) count code points up to its
// read position. Errors it only signals (E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP,
// E_LINECONT, a bracket still open at the end) are placed by the parser, in UTF-8 bytes,
// converted to code points only when the file declares its encoding (a coding cookie or
// a BOM): `parser_offset` below. Positions are those of running `python3 FILE` (the file
// tokenizer), which differ from compile() of a string in two places: null bytes, and
// EOF right after a backslash that begins a line.
#include <cstdio>
#include <string>
#include <vector>

#include "tok/scanner.hpp"
#include "unicode/unicode.hpp"

namespace peppy::tok::detail {
namespace {

constexpr char32_t kEOF = 0xFFFFFFFF;

// The C tokenizer's is_potential_identifier_start / _char: ASCII letters, '_', digits
// (for _char) and every non-ASCII character (checked afterwards by verify_identifier).
bool ident_start(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == U'_' || (c >= 128 && c != kEOF);
}
bool ident_char(char32_t c) { return ident_start(c) || is_digit(c); }
// The same, ASCII only: what may not directly follow a number (a non-ASCII character
// after a number starts a new token instead).
bool ascii_ident_char(char32_t c) { return c < 128 && ident_char(c); }

// UTF-8 length of a code point.
std::int32_t utf8_len(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

// A PEP 263 coding cookie (`^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+`) in a decoded line.
bool has_coding_cookie(View line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == U' ' || line[i] == U'\t' || line[i] == U'\f')) ++i;
  if (i >= line.size() || line[i] != U'#') return false;
  auto word = [](char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || is_digit(c) || c == U'_' || c == U'-' ||
           c == U'.';
  };
  for (std::size_t at = line.find(U"coding", i); at != npos; at = line.find(U"coding", at + 1)) {
    std::size_t j = at + 6;
    if (j >= line.size() || (line[j] != U':' && line[j] != U'=')) continue;
    ++j;
    while (j < line.size() && (line[j] == U' ' || line[j] == U'\t')) ++j;
    if (j < line.size() && word(line[j])) return true;
  }
  return false;
}

// A line that lets the cookie be on line 2: `^[ \t\f]*(?:[#\r\n]|$)`.
bool is_blank_or_comment(View line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == U' ' || line[i] == U'\t' || line[i] == U'\f')) ++i;
  return i == line.size() || line[i] == U'#' || line[i] == U'\n';
}

// A code point as CPython's messages print it: "%04X".
std::string hex4(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(c));
  return buf;
}

class Strict : public Emitter {
 public:
  using Emitter::Emitter;

  // Tokenizes everything; stops at ENDMARKER or at the first error.
  void run() {
    declared_ = src_.encoding == "utf-8-sig" ||
                (line_count() > 0 && has_coding_cookie(line_view(0))) ||
                (line_count() > 1 && is_blank_or_comment(line_view(0)) && has_coding_cookie(line_view(1)));
    bom_ = src_.encoding == "utf-8-sig";
    null_line_ = line_count();
    if (std::size_t i = text_.find(U'\0'); i != npos) {
      null_line_ = 0;
      while (src_.lines[null_line_ + 1] <= i) ++null_line_;
    }
    while (step()) {
    }
    if (null_hit_) {
      // The file tokenizer checks each line as it reads it: whatever happened after the
      // line with the null byte was read is replaced by this error.
      r_.tokens.resize(tokens_at_null_);
      const auto row = static_cast<std::int32_t>(null_line_ + 1);
      set_error("SyntaxError", "source code cannot contain null bytes", row, 0, row, 0);
    }
    fill_byte_columns();
  }

 private:
  // --- reading characters, tracking the current line as the C tokenizer does ---
  std::size_t cur_ = 0;         // next character to read
  std::size_t loaded_ = 0;      // physical lines read so far (the C tokenizer's lineno)
  std::size_t line_idx_ = 0;    // current physical line (0-based): loaded_ - 1
  std::size_t line_start_ = 0;  // its start offset
  bool in_token_ = false;       // a token has started (the C tokenizer's tok->start set)
  std::size_t chain_start_ = 0; // start of its buffer: lines read inside a token stay in it
  bool atbol_ = true;           // at the beginning of a line: measure indentation
  bool declared_ = false;       // the file declares its encoding (cookie or BOM)
  bool bom_ = false;            // it starts with a UTF-8 BOM
  std::size_t null_line_ = 0;   // first line holding a null byte (line_count(): none)
  bool null_hit_ = false;       // that line was reached: every read is EOF from then on
  std::size_t tokens_at_null_ = 0;
  struct Paren {
    char32_t c;
    std::int32_t row;
    std::size_t off;  // where it is in the text
  };
  std::vector<Paren> parens_;
  std::vector<int> indents_{0}, altindents_{0};  // columns with tabs of 8 and of 1
  int pendin_ = 0;              // INDENTs (>0) or DEDENTs (<0) still to emit

  // The current line, 1-based; a column in it, in code points.
  std::int32_t lineno() const { return static_cast<std::int32_t>(line_idx_ + 1); }
  std::int32_t col_of(std::size_t off) const { return static_cast<std::int32_t>(off - line_start_); }
  // UTF-8 bytes of the text [b, e).
  std::int32_t bytes_between(std::size_t b, std::size_t e) const {
    std::int32_t n = 0;
    for (std::size_t i = b; i < e && i < text_.size(); ++i) n += utf8_len(text_[i]);
    return n;
  }
  // End of the current line (after its newline).
  std::size_t line_end() const { return src_.lines[line_idx_ + 1]; }

  // The next character; reaching a new physical line "reads" it, as tok_nextc does.
  char32_t nextc() {
    if (null_hit_ || cur_ >= text_.size()) return kEOF;
    if (cur_ >= src_.lines[loaded_]) {
      if (loaded_ == null_line_) {
        null_hit_ = true;
        tokens_at_null_ = r_.tokens.size();
        return kEOF;
      }
      line_idx_ = loaded_++;
      line_start_ = src_.lines[line_idx_];
      if (!in_token_) chain_start_ = line_start_;
    }
    return text_[cur_++];
  }
  // Steps back over `c` (nothing for EOF), as tok_backup does.
  void backup(char32_t c) {
    if (c != kEOF) --cur_;
  }

  // An error at the current position (the C tokenizer's syntaxerror()): the offset
  // counts the characters of the line up to the read position.
  bool error_here(std::string type, std::string msg) {
    std::int32_t off = col_of(cur_);
    set_error(std::move(type), std::move(msg), lineno(), off, lineno(), off);
    return false;
  }

  // The offset the parser reports for a 1-based UTF-8 column `b` of line `row`
  // (_PyPegen_raise_error_known_location): `b` itself, or, when the encoding is
  // declared, the code points of the line's first `b` bytes (a cut character counts
  // as one; past the end, the line's length plus one). CPython reads that line back
  // from the file, so on line 1 a BOM is part of it.
  std::int32_t parser_offset(std::int32_t row, std::int32_t b) const {
    if (!declared_ || b <= 0) return b;
    std::int32_t chars = 0;
    if (bom_ && row == 1) {
      chars = 1;
      b -= 3;
      if (b <= 0) return chars;
    }
    View line = line_view(static_cast<std::size_t>(row - 1));
    std::int32_t bytes = 0;
    for (char32_t c : line) {
      if (bytes >= b) return chars;
      bytes += utf8_len(c);
      ++chars;
    }
    return bytes >= b ? chars : chars + 1;
  }

  // Errors the tokenizer signals with a code and the parser words (tokenizer_error()).
  // TabError and too deep indentation: at the start of the current line.
  bool indent_error(const char* type, const char* msg) {
    set_error(type, msg, lineno(), 1, lineno(), 0);
    return false;
  }
  // E_DEDENT and E_EOF: the read position is moved to the end of the line read last,
  // and the offset is its length in bytes (with its newline). `at_bol`: E_EOF right
  // after a backslash that begins a line, when the file tokenizer's buffer is empty.
  bool end_of_line_error(const char* type, const char* msg, bool at_bol = false) {
    std::int32_t off = at_bol ? 0 : parser_offset(lineno(), bytes_between(line_start_, line_end()));
    set_error(type, msg, lineno(), off, lineno(), -1);
    r_.error->end_offset = -1;  // none: set_error would copy the offset
    return false;
  }
  // E_LINECONT: the offset counts bytes from the start of the tokenizer's buffer (the
  // first line of a backslash-continued token) through the character after the '\'.
  bool linecont_error() {
    std::int32_t b = bytes_between(chain_start_, cur_ - 1) + 1;
    set_error("SyntaxError", "unexpected character after line continuation character", lineno(),
              parser_offset(lineno(), b), lineno(), 0);
    return false;
  }
  // A bracket still open at the end: at the innermost one.
  bool unclosed_error() {
    const Paren& p = parens_.back();
    std::string msg = "'";
    unicode::append_utf8(msg, p.c);
    msg += "' was never closed";
    const std::int32_t byte_col = bytes_between(src_.lines[p.row - 1], p.off);
    set_error("SyntaxError", msg, p.row, parser_offset(p.row, byte_col + 1), p.row, 0);
    return false;
  }

  // After a '\' was read: the newline it must escape, then the next line, which must
  // exist (tok_continuation_line). Returns false on an error.
  bool continuation(bool at_bol) {
    char32_t c = nextc();
    if (c != U'\n') return linecont_error();
    c = nextc();
    if (c == kEOF) {  // E_EOF: inside brackets, the parser names the open bracket
      if (!parens_.empty()) return unclosed_error();
      return end_of_line_error("SyntaxError", "unexpected EOF while parsing", at_bol);
    }
    backup(c);
    return true;
  }

  // Appends a token whose lines run from its start row to the current line.
  Token& token(Type type, std::size_t b, std::size_t e, Pos s, Pos stop, Type exact = Type::OP) {
    std::uint32_t lb = src_.lines[s.row > 0 ? s.row - 1 : 0];
    std::uint32_t le = src_.lines[std::min<std::size_t>(line_idx_ + 1, line_count())];
    return emit(type, (std::uint32_t)b, (std::uint32_t)e, s, stop, lb, le, exact);
  }

  // One token (or an error, or the end). Returns false when tokenizing is over.
  bool step() {
    bool blankline = false;
  nextline:
    blankline = false;
    in_token_ = false;
    if (atbol_) {
      atbol_ = false;
      // Indentation. A '\' and newline may continue it on the next line; then the
      // column of the first such '\' (if not 0) is the indentation of what follows.
      int col = 0, altcol = 0, cont_col = 0;
      char32_t c;
      for (;;) {
        c = nextc();
        if (c == U' ') {
          ++col, ++altcol;
        } else if (c == U'\t') {
          col = (col / limits::kTabSize + 1) * limits::kTabSize;
          ++altcol;
        } else if (c == U'\f') {
          col = altcol = 0;
        } else if (c == U'\\') {
          if (cont_col == 0) cont_col = col;
          if (!continuation(true)) return false;
        } else {
          break;
        }
      }
      backup(c);
      if (c == U'#' || c == U'\n') blankline = true;
      if (!blankline && parens_.empty()) {
        if (cont_col != 0) col = altcol = cont_col;
        if (col == indents_.back()) {
          if (altcol != altindents_.back()) return tab_error();
        } else if (col > indents_.back()) {
          if ((int)indents_.size() >= limits::kMaxIndent)
            return indent_error("IndentationError", "too many levels of indentation");
          if (altcol <= altindents_.back()) return tab_error();
          ++pendin_;
          indents_.push_back(col);
          altindents_.push_back(altcol);
        } else {
          while (indents_.size() > 1 && col < indents_.back()) {
            --pendin_;
            indents_.pop_back();
            altindents_.pop_back();
          }
          if (col != indents_.back())
            return end_of_line_error("IndentationError", "unindent does not match any outer indentation level");
          if (altcol != altindents_.back()) return tab_error();
        }
      }
    }
    if (pendin_ != 0) {
      Pos p{lineno(), -1};
      if (pendin_ < 0) {
        ++pendin_;
        token(Type::DEDENT, cur_, cur_, p, p);
      } else {
        --pendin_;
        token(Type::INDENT, cur_, cur_, p, p);
      }
      return true;
    }
  again:
    in_token_ = false;
    char32_t c;
    do c = nextc();
    while (c == U' ' || c == U'\t' || c == U'\f');
    std::size_t start = c == kEOF ? cur_ : cur_ - 1;
    in_token_ = true;
    if (c == U'#') {  // a comment: the NEWLINE after it starts at the '#'
      while (c != kEOF && c != U'\n') c = nextc();
    }
    if (c == kEOF) return at_eof();

    const Pos spos{lineno(), col_of(start)};
    if (ident_start(c)) return identifier(c, start, spos);

    if (c == U'\n') {
      atbol_ = true;
      if (blankline || !parens_.empty()) goto nextline;
      const std::size_t nl = cur_ - 1;
      token(Type::NEWLINE, nl, nl, spos, {lineno(), col_of(nl)});
      return true;
    }
    if (c == U'.') {
      c = nextc();
      if (is_digit(c)) return number_fraction(c, start, spos);
      backup(c);
      if (c == U'.' && at(text_, cur_ + 1) == U'.') {
        cur_ += 2;
        token(Type::OP, start, cur_, spos, {lineno(), col_of(cur_)}, Type::ELLIPSIS);
        return true;
      }
      token(Type::OP, start, cur_, spos, {lineno(), col_of(cur_)}, Type::DOT);
      return true;
    }
    if (is_digit(c)) return number(c, start, spos);
    if (c == U'\'' || c == U'"') return string(c, start, spos);
    if (c == U'\\') {
      if (!continuation(false)) return false;
      goto again;
    }
    return punctuation(c, start, spos);
  }

  // E_TABSPACE: the indentation compares differently with tabs of 8 and of 1 column.
  bool tab_error() { return indent_error("TabError", "inconsistent use of tabs and spaces in indentation"); }

  // End of input: an unclosed bracket is an error; else DEDENTs, then ENDMARKER.
  bool at_eof() {
    if (!parens_.empty()) return unclosed_error();
    Pos p{static_cast<std::int32_t>(line_count() + 1), 0};
    for (std::size_t i = 1; i < indents_.size(); ++i) token(Type::DEDENT, cur_, cur_, p, p);
    indents_.resize(1);
    token(Type::ENDMARKER, cur_, cur_, p, p);
    return false;
  }

  // NAME (ASYNC/AWAIT), or a string after its prefix letters.
  bool identifier(char32_t c, std::size_t start, Pos spos) {
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
      if (!(saw_b || saw_u || saw_f) && (c == U'b' || c == U'B')) saw_b = true;
      else if (!(saw_b || saw_u || saw_r || saw_f) && (c == U'u' || c == U'U')) saw_u = true;
      else if (!(saw_r || saw_u) && (c == U'r' || c == U'R')) saw_r = true;
      else if (!(saw_f || saw_b || saw_u) && (c == U'f' || c == U'F')) saw_f = true;
      else break;
      c = nextc();
      if (c == U'"' || c == U'\'') return string(c, start, spos);
    }
    bool nonascii = false;
    while (ident_char(c)) {
      if (c >= 128) nonascii = true;
      c = nextc();
    }
    backup(c);
    View name = text_.substr(start, cur_ - start);
    if (nonascii) {
      for (std::size_t k = 0; k < name.size(); ++k) {
        char32_t ch = name[k];
        bool ok = k == 0 ? unicode::is_id_start(ch) : unicode::is_id_continue(ch);
        if (ok) continue;
        cur_ = start + k + 1;
        std::string msg;
        if (unicode::is_printable(ch)) {
          msg = "invalid character '";
          unicode::append_utf8(msg, ch);
          msg += "' (U+" + hex4(ch) + ")";
        } else {
          msg = "invalid non-printable character U+" + hex4(ch);
        }
        return error_here("SyntaxError", msg);
      }
    }
    Type t = Type::NAME;
    if (name == U"async") t = Type::ASYNC;
    else if (name == U"await") t = Type::AWAIT;
    token(t, start, cur_, spos, {lineno(), col_of(cur_)});
    return true;
  }

  // --- numbers: the C tokenizer's decimal/hex/octal/binary/float/imaginary scanning ---

  // After a digit run: more digits, single '_' between digits. Leaves the character
  // after them in `c`; returns false (with the error set) on a '_' not before a digit.
  bool decimal_tail(char32_t& c) {
    for (;;) {
      do c = nextc();
      while (is_digit(c));
      if (c != U'_') return true;
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        return error_here("SyntaxError", "invalid decimal literal");
      }
    }
  }

  // verify_end_of_number: a number directly followed by a name character is an error,
  // except before the keywords that may follow a number (and, else, for, if, in, is,
  // not, or), which CPython 3.11 only warns about.
  bool end_of_number(char32_t c, const char* kind) {
    auto ahead = [&](std::u32string_view rest) {
      return text_.substr(cur_, rest.size()) == rest;
    };
    bool keyword = false;
    switch (c) {
      case U'a': keyword = ahead(U"nd"); break;
      case U'e': keyword = ahead(U"lse"); break;
      case U'f': keyword = ahead(U"or"); break;
      case U'i': keyword = at(text_, cur_) == U'f' || at(text_, cur_) == U'n' || at(text_, cur_) == U's'; break;
      case U'o': keyword = ahead(U"r"); break;
      case U'n': keyword = ahead(U"ot"); break;
      default: break;
    }
    if (keyword) return true;
    if (ascii_ident_char(c)) {
      backup(c);
      return error_here("SyntaxError", std::string("invalid ") + kind + " literal");
    }
    return true;
  }

  // The NUMBER token ends before `c`.
  bool finish_number(char32_t c, std::size_t start, Pos spos) {
    backup(c);
    token(Type::NUMBER, start, cur_, spos, {lineno(), col_of(cur_)});
    return true;
  }

  // Hex, octal or binary digits after the 0x/0o/0b prefix.
  bool based_number(std::size_t start, Pos spos, const char* kind, int base) {
    auto digit = [&](char32_t ch) {
      if (base == 16) return is_hex(ch);
      return ch >= U'0' && ch < static_cast<char32_t>(U'0' + base);
    };
    char32_t c = nextc();
    do {
      if (c == U'_') c = nextc();
      if (!digit(c)) {
        if (base != 16 && is_digit(c)) {
          std::string msg = "invalid digit '";
          msg += static_cast<char>(c);
          msg += std::string("' in ") + kind + " literal";
          return error_here("SyntaxError", msg);
        }
        backup(c);
        return error_here("SyntaxError", std::string("invalid ") + kind + " literal");
      }
      do c = nextc();
      while (digit(c));
    } while (c == U'_');
    if (base != 16 && is_digit(c)) {
      std::string msg = "invalid digit '";
      msg += static_cast<char>(c);
      msg += std::string("' in ") + kind + " literal";
      return error_here("SyntaxError", msg);
    }
    if (!end_of_number(c, kind)) return false;
    return finish_number(c, start, spos);
  }

  // A number starting with the digit `c`: 0x/0o/0b, zeros (and the old octal form they
  // may start), decimal integers, floats and imaginary numbers.
  bool number(char32_t c, std::size_t start, Pos spos) {
    if (c == U'0') {
      c = nextc();
      if (c == U'x' || c == U'X') return based_number(start, spos, "hexadecimal", 16);
      if (c == U'o' || c == U'O') return based_number(start, spos, "octal", 8);
      if (c == U'b' || c == U'B') return based_number(start, spos, "binary", 2);
      bool nonzero = false;
      for (;;) {
        if (c == U'_') {
          c = nextc();
          if (!is_digit(c)) {
            backup(c);
            return error_here("SyntaxError", "invalid decimal literal");
          }
        }
        if (c != U'0') break;
        c = nextc();
      }
      std::size_t zeros_end = cur_;
      if (is_digit(c)) {
        nonzero = true;
        if (!decimal_tail(c)) return false;
      }
      if (c == U'.') return number_fraction(nextc(), start, spos);
      if (c == U'e' || c == U'E') return number_exponent(c, start, spos);
      if (c == U'j' || c == U'J') return number_imaginary(start, spos);
      if (nonzero) {
        backup(c);
        // Given as a range (syntaxerror_known_range), so in UTF-8 bytes, never converted.
        set_error("SyntaxError",
                  "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                  "for octal integers",
                  lineno(), bytes_between(line_start_, start) + 1, lineno(),
                  bytes_between(line_start_, zeros_end));
        return false;
      }
      if (!end_of_number(c, "decimal")) return false;
      return finish_number(c, start, spos);
    }
    if (!decimal_tail(c)) return false;
    if (c == U'.') return number_fraction(nextc(), start, spos);
    return number_after_fraction(c, start, spos);
  }

  // After the '.': c is the first character of the fraction.
  bool number_fraction(char32_t c, std::size_t start, Pos spos) {
    if (is_digit(c) && !decimal_tail(c)) return false;
    return number_after_fraction(c, start, spos);
  }

  // After the integer and fraction digits: an exponent, a 'j', or the end.
  bool number_after_fraction(char32_t c, std::size_t start, Pos spos) {
    if (c == U'e' || c == U'E') return number_exponent(c, start, spos);
    if (c == U'j' || c == U'J') return number_imaginary(start, spos);
    if (!end_of_number(c, "decimal")) return false;
    return finish_number(c, start, spos);
  }

  // After the 'e' (or 'E'): sign and digits; without digits, the number ends before
  // the 'e' if a keyword starts there (`1else`), else the literal is invalid.
  bool number_exponent(char32_t e, std::size_t start, Pos spos) {
    char32_t c = nextc();
    if (c == U'+' || c == U'-') {
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        return error_here("SyntaxError", "invalid decimal literal");
      }
    } else if (!is_digit(c)) {
      backup(c);
      if (!end_of_number(e, "decimal")) return false;
      // `1else`: the number ends before the 'e'.
      --cur_;
      token(Type::NUMBER, start, cur_, spos, {lineno(), col_of(cur_)});
      return true;
    }
    if (!decimal_tail(c)) return false;
    if (c == U'j' || c == U'J') return number_imaginary(start, spos);
    if (!end_of_number(c, "decimal")) return false;
    return finish_number(c, start, spos);
  }

  // After the 'j' (or 'J').
  bool number_imaginary(std::size_t start, Pos spos) {
    char32_t c = nextc();
    if (!end_of_number(c, "imaginary")) return false;
    return finish_number(c, start, spos);
  }

  // --- strings (the opening quote has been read; prefix letters are before it) ---
  // An unterminated string is reported at its first character (prefix included),
  // naming the line where its end was missed.
  bool string(char32_t quote, std::size_t start, Pos spos) {
    const std::size_t first_line = line_idx_;
    int quote_size = 1, end_quote_size = 0;
    char32_t c = nextc();
    if (c == quote) {
      c = nextc();
      if (c == quote) quote_size = 3;
      else end_quote_size = 1;  // the empty string
    }
    if (c != quote) backup(c);
    while (end_quote_size != quote_size) {
      c = nextc();
      if (c == kEOF || (quote_size == 1 && c == U'\n')) {
        std::int32_t detected = lineno();
        std::int32_t row = static_cast<std::int32_t>(first_line + 1);
        std::int32_t off = spos.col + 1;
        set_error("SyntaxError",
                  std::string(quote_size == 3 ? "unterminated triple-quoted string literal"
                                              : "unterminated string literal") +
                      " (detected at line " + std::to_string(detected) + ")",
                  row, off, row, off);
        return false;
      }
      if (c == quote) {
        ++end_quote_size;
      } else {
        end_quote_size = 0;
        if (c == U'\\') nextc();  // the escaped character, even a newline
      }
    }
    token(Type::STRING, start, cur_, spos, {lineno(), col_of(cur_)});
    return true;
  }

  // --- operators and brackets ---
  // Operators (longest match, and the `<>` the parser refuses), brackets checked
  // against their openers, and anything else that is not printable.
  bool punctuation(char32_t c, std::size_t start, Pos spos) {
    Type exact = Type::OP;
    std::size_t len = match_operator(text_, start, exact);
    if (len == 2 || len == 3) {
      cur_ = start + len;
      token(Type::OP, start, cur_, spos, {lineno(), col_of(cur_)}, exact);
      return true;
    }
    if (c == U'<' && at(text_, cur_) == U'>') {  // `<>`: NOTEQUAL, refused by the parser
      ++cur_;
      token(Type::OP, start, cur_, spos, {lineno(), col_of(cur_)}, Type::NOTEQUAL);
      return true;
    }
    switch (c) {
      case U'(': case U'[': case U'{':
        if ((int)parens_.size() >= limits::kMaxParenLevel)
          return error_here("SyntaxError", "too many nested parentheses");
        parens_.push_back({c, lineno(), start});
        break;
      case U')': case U']': case U'}': {
        if (parens_.empty()) {
          std::string msg = "unmatched '";
          msg += static_cast<char>(c);
          return error_here("SyntaxError", msg + "'");
        }
        Paren open = parens_.back();
        parens_.pop_back();
        char32_t want = open.c == U'(' ? U')' : open.c == U'[' ? U']' : U'}';
        if (c != want) {
          std::string msg = "closing parenthesis '";
          msg += static_cast<char>(c);
          msg += "' does not match opening parenthesis '";
          msg += static_cast<char>(open.c);
          msg += "'";
          if (open.row != lineno()) msg += " on line " + std::to_string(open.row);
          return error_here("SyntaxError", msg);
        }
        break;
      }
      default:
        break;
    }
    if (!unicode::is_printable(c))
      return error_here("SyntaxError", "invalid non-printable character U+" + hex4(c));
    token(Type::OP, start, cur_, spos, {lineno(), col_of(cur_)}, exact);
    return true;
  }

  // UTF-8 byte columns of every token (what the AST's col_offset counts).
  void fill_byte_columns() {
    std::int32_t row = 0;
    std::size_t line_start = 0, pos = 0;
    std::int32_t bytes = 0;
    auto byte_col = [&](Pos p) -> std::int32_t {
      if (p.col < 0) return -1;
      if (p.row != row) {
        row = p.row;
        line_start = p.row >= 1 && (std::size_t)p.row <= line_count() ? src_.lines[p.row - 1] : text_.size();
        pos = line_start;
        bytes = 0;
      }
      std::size_t target = line_start + p.col;
      if (target < pos) {
        pos = line_start;
        bytes = 0;
      }
      for (; pos < target && pos < text_.size(); ++pos) {
        char32_t ch = text_[pos];
        bytes += ch < 0x80 ? 1 : ch < 0x800 ? 2 : ch < 0x10000 ? 3 : 4;
      }
      return bytes;
    };
    for (Token& t : r_.tokens) {
      t.start_byte = byte_col(t.start);
      t.stop_byte = byte_col(t.stop);
    }
  }
};

}  // namespace

void scan_strict(Result& r) { Strict(r).run(); }

}  // namespace peppy::tok::detail
