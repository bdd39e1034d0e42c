// compat.cpp: tokenize-compatible mode. Follows the line-by-line algorithm of CPython
// 3.11's `tokenize` module: a pseudo-token pattern tried at each position, strings that
// continue over lines, indentation measured at the start of each logical line, and its
// end-of-file rules, so that its quirks (ERRORTOKEN, OP for a \w run that cannot start a
// name, a NEWLINE '' at EOF) come out the same.
#include <algorithm>
#include <vector>

#include "tok/scanner.hpp"
#include "unicode/unicode.hpp"

namespace peppy::tok::detail {
namespace {

class Compat : public Emitter {
 public:
  using Emitter::Emitter;
  void run() { run_compat(); }

 private:
  // Matches tokenize's PseudoToken at line[pos]: Whitespace, then the first of
  // PseudoExtras | Number | Funny | ContStr | Name that matches. Returns false when
  // nothing matches; otherwise the span [start, end) and which alternative it was.
  enum class Alt { Continuation, End, Comment, Triple, Number, Newline, Operator, String, Name };

  static bool pseudo(View line, std::size_t pos, std::size_t& start, std::size_t& end, Alt& alt,
                     Type& op) {
    std::size_t s = pos;
    while (s < line.size() && (line[s] == U' ' || line[s] == U'\f' || line[s] == U'\t')) ++s;
    start = s;
    char32_t c = at(line, s);
    // PseudoExtras: \\\r?\n | \Z | Comment | Triple
    if (c == U'\\') {
      if (at(line, s + 1) == U'\n') { end = s + 2; alt = Alt::Continuation; return true; }
      if (at(line, s + 1) == U'\r' && at(line, s + 2) == U'\n') { end = s + 3; alt = Alt::Continuation; return true; }
      return false;  // nothing else starts with a backslash
    }
    if (s == line.size()) { end = s; alt = Alt::End; return true; }
    if (c == U'#') {
      end = s;
      while (end < line.size() && line[end] != U'\r' && line[end] != U'\n') ++end;
      alt = Alt::Comment;
      return true;
    }
    std::size_t plen = string_prefix(line, s);
    if (plen != npos) {
      char32_t q = line[s + plen];
      if (at(line, s + plen + 1) == q && at(line, s + plen + 2) == q) {
        end = s + plen + 3;
        alt = Alt::Triple;
        return true;
      }
    }
    // Number
    if (is_digit(c) || (c == U'.' && is_digit(at(line, s + 1)))) {
      end = number_pattern(line, s);
      alt = Alt::Number;
      return true;
    }
    // Funny: \r?\n | Special
    if (c == U'\n') { end = s + 1; alt = Alt::Newline; return true; }
    if (c == U'\r' && at(line, s + 1) == U'\n') { end = s + 2; alt = Alt::Newline; return true; }
    if (std::size_t n = match_operator(line, s, op)) { end = s + n; alt = Alt::Operator; return true; }
    // ContStr: prefix + quote + body + (quote | \\\r?\n)
    if (plen != npos) {
      char32_t q = line[s + plen];
      std::size_t i = s + plen + 1;
      for (;;) {
        if (i >= line.size()) break;
        char32_t d = line[i];
        if (d == q) { end = i + 1; alt = Alt::String; return true; }
        if (d == U'\n') break;
        if (d == U'\\') {
          char32_t n1 = at(line, i + 1);
          if (n1 == U'\n') { end = i + 2; alt = Alt::String; return true; }
          if (n1 == U'\r' && at(line, i + 2) == U'\n') { end = i + 3; alt = Alt::String; return true; }
          if (i + 1 >= line.size()) break;
          i += 2;
          continue;
        }
        ++i;
      }
    }
    // Name: \w+
    if (unicode::is_word(c)) {
      end = s + 1;
      while (end < line.size() && unicode::is_word(line[end])) ++end;
      alt = Alt::Name;
      return true;
    }
    return false;
  }

  // endpats for a triple-quoted string: Single3 / Double3 matched at line[pos].
  // Returns the end (after the closing quotes) or npos.
  static std::size_t triple_end(View line, std::size_t pos, char32_t q) {
    std::size_t i = pos;
    while (i < line.size()) {
      char32_t c = line[i];
      if (c == q) {
        if (at(line, i + 1) == q && at(line, i + 2) == q) return i + 3;
        ++i;
      } else if (c == U'\\') {
        if (i + 1 >= line.size() || line[i + 1] == U'\n') return npos;
        i += 2;
      } else {
        ++i;
      }
    }
    return npos;
  }

  // endpats for a continued single-quoted string: Single / Double at line[pos].
  static std::size_t single_end(View line, std::size_t pos, char32_t q) {
    std::size_t i = pos;
    while (i < line.size()) {
      char32_t c = line[i];
      if (c == q) return i + 1;
      if (c == U'\\') {
        if (i + 1 >= line.size() || line[i + 1] == U'\n') return npos;
        i += 2;
      } else {
        ++i;
      }
    }
    return npos;
  }

  // str.strip().startswith('#') for tokenize's end-of-file rule.
  static bool stripped_starts_with_hash(View line) {
    for (char32_t c : line) {
      if (unicode::is_space(c)) continue;
      return c == U'#';
    }
    return false;
  }

  void run_compat() {
    std::uint32_t lnum = 0;
    int parenlev = 0;
    bool continued = false;
    // A string continued over lines: where it started and what closes it.
    bool contstr = false, needcont = false, triple = false;
    char32_t quote = 0;
    std::uint32_t contstr_begin = 0, contline_begin = 0;
    Pos strstart;
    std::vector<int> indents{0};

    emit(Type::ENCODING, 0, 0, {0, 0}, {0, 0}, 0, 0);
    const std::size_t n = line_count();
    View last_line, line;
    for (std::size_t li = 0;; ++li) {
      last_line = line;
      const std::uint32_t base = li < n ? src_.lines[li] : static_cast<std::uint32_t>(text_.size());
      line = li < n ? line_view(li) : View();
      const std::uint32_t line_end = base + static_cast<std::uint32_t>(line.size());
      ++lnum;
      const std::int32_t row = static_cast<std::int32_t>(lnum);
      std::size_t pos = 0, max = line.size();

      if (contstr) {
        if (line.empty()) {
          set_error("TokenError", "EOF in multi-line string", strstart.row, strstart.col);
          return;
        }
        std::size_t e = triple ? triple_end(line, 0, quote) : single_end(line, 0, quote);
        if (e != npos) {
          pos = e;
          emit(Type::STRING, contstr_begin, base + e, strstart, {row, (int)e}, contline_begin, line_end);
          contstr = needcont = false;
        } else if (needcont && !ends_with_continuation(line)) {
          emit(Type::ERRORTOKEN, contstr_begin, line_end, strstart, {row, (int)line.size()},
               contline_begin, base);
          contstr = false;
          continue;
        } else {
          continue;
        }
      } else if (parenlev == 0 && !continued) {
        if (line.empty()) break;
        int column = 0;
        while (pos < max) {
          char32_t c = line[pos];
          if (c == U' ') ++column;
          else if (c == U'\t') column = (column / limits::kTabSize + 1) * limits::kTabSize;
          else if (c == U'\f') column = 0;
          else break;
          ++pos;
        }
        if (pos == max) break;
        char32_t c = line[pos];
        if (c == U'#' || c == U'\r' || c == U'\n') {
          if (c == U'#') {
            std::size_t e = max;
            while (e > pos && (line[e - 1] == U'\r' || line[e - 1] == U'\n')) --e;
            emit(Type::COMMENT, base + pos, base + e, {row, (int)pos}, {row, (int)e}, base, line_end);
            pos = e;
          }
          emit(Type::NL, base + pos, line_end, {row, (int)pos}, {row, (int)max}, base, line_end);
          continue;
        }
        if (column > indents.back()) {
          indents.push_back(column);
          emit(Type::INDENT, base, base + pos, {row, 0}, {row, (int)pos}, base, line_end);
        }
        while (column < indents.back()) {
          if (std::find(indents.begin(), indents.end(), column) == indents.end()) {
            set_error("IndentationError", "unindent does not match any outer indentation level",
                      row, (int)pos);
            return;
          }
          indents.pop_back();
          emit(Type::DEDENT, base + pos, base + pos, {row, (int)pos}, {row, (int)pos}, base, line_end);
        }
      } else {
        if (line.empty()) {
          set_error("TokenError", "EOF in multi-line statement", row, 0);
          return;
        }
        continued = false;
      }

      while (pos < max) {
        std::size_t start, end;
        Alt alt;
        Type op = Type::OP;
        if (!pseudo(line, pos, start, end, alt, op)) {
          emit(Type::ERRORTOKEN, base + pos, base + pos + 1, {row, (int)pos}, {row, (int)pos + 1},
               base, line_end);
          ++pos;
          continue;
        }
        pos = end;
        if (start == end) continue;
        const Pos spos{row, (int)start}, epos{row, (int)end};
        switch (alt) {
          case Alt::Number:
            emit(Type::NUMBER, base + start, base + end, spos, epos, base, line_end);
            break;
          case Alt::Newline:
            emit(parenlev > 0 ? Type::NL : Type::NEWLINE, base + start, base + end, spos, epos, base,
                 line_end);
            break;
          case Alt::Comment:
            emit(Type::COMMENT, base + start, base + end, spos, epos, base, line_end);
            break;
          case Alt::Triple: {
            quote = line[end - 1];
            std::size_t e = triple_end(line, pos, quote);
            if (e != npos) {
              pos = e;
              emit(Type::STRING, base + start, base + e, spos, {row, (int)e}, base, line_end);
            } else {
              strstart = spos;
              contstr = true;
              triple = true;
              needcont = false;
              contstr_begin = base + static_cast<std::uint32_t>(start);
              contline_begin = base;
              pos = max;  // break out of this line
            }
            break;
          }
          case Alt::String:
            if (line[end - 1] == U'\n') {
              strstart = spos;
              quote = line[start + string_prefix(line, start)];
              contstr = needcont = true;
              triple = false;
              contstr_begin = base + static_cast<std::uint32_t>(start);
              contline_begin = base;
              pos = max;
            } else {
              emit(Type::STRING, base + start, base + end, spos, epos, base, line_end);
            }
            break;
          case Alt::Name:
            // tokenize: a \w+ run is a NAME only if its first character may start an
            // identifier; anything else (e.g. a non-ASCII digit) falls through to OP.
            emit(unicode::is_id_start(line[start]) ? Type::NAME : Type::OP, base + start,
                 base + end, spos, epos, base, line_end);
            break;
          case Alt::Continuation:
            continued = true;
            break;
          case Alt::Operator: {
            char32_t c = line[start];
            if (c == U'(' || c == U'[' || c == U'{') ++parenlev;
            else if (c == U')' || c == U']' || c == U'}') --parenlev;
            emit(Type::OP, base + start, base + end, spos, epos, base, line_end, op);
            break;
          }
          case Alt::End:
            break;
        }
      }
    }

    // End of input: an implicit NEWLINE, the pending DEDENTs, ENDMARKER.
    const std::int32_t row = static_cast<std::int32_t>(lnum);
    const std::uint32_t eof = static_cast<std::uint32_t>(text_.size());
    if (!last_line.empty() && last_line.back() != U'\r' && last_line.back() != U'\n' &&
        !stripped_starts_with_hash(last_line)) {
      int len = static_cast<int>(last_line.size());
      emit(Type::NEWLINE, eof, eof, {row - 1, len}, {row - 1, len + 1}, eof, eof);
    }
    for (std::size_t i = 1; i < indents.size(); ++i) emit(Type::DEDENT, eof, eof, {row, 0}, {row, 0}, eof, eof);
    emit(Type::ENDMARKER, eof, eof, {row, 0}, {row, 0}, eof, eof);
  }

  static bool ends_with_continuation(View line) {
    std::size_t n = line.size();
    if (n >= 2 && line[n - 2] == U'\\' && line[n - 1] == U'\n') return true;
    return n >= 3 && line[n - 3] == U'\\' && line[n - 2] == U'\r' && line[n - 1] == U'\n';
  }

};

}  // namespace

void scan_compat(Result& r) { Compat(r).run(); }

}  // namespace peppy::tok::detail
