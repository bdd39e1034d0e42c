// json_read.cpp: reading the token JSON of FORMATS.md back as the parser's (strict-mode)
// tokens; json.hpp says what is accepted and how problems are reported.
//
// Three steps:
//  1. TokenFileReader, a SAX handler (no JSON tree, so memory stays proportional to the
//     source), checks the shape of the file and collects the tokens and the text of
//     every physical line that some token's `line` field shows.
//  2. The source text is put back together from those lines. In a compat list a line
//     no token shows can only be a '\' continuing the line (or white space at the very
//     end); it is filled in as tokenize must have seen it. That text then becomes the
//     strict Source as source.cpp makes it from a file: universal newlines and a final
//     newline.
//  3. The tokens are checked against that text (each token's string must be the text at
//     its position) and converted to what the C tokenizer gives (CompatConverter), or,
//     for a strict list, taken as they are (StrictConverter).
#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "limits.hpp"
#include "tok/json.hpp"
#include "tok/scanner.hpp"
#include "unicode/codecs.hpp"
#include "unicode/unicode.hpp"

namespace peppy::tok {
namespace {

using View = std::u32string_view;

// Characters of source text the reader may make up for lines no token shows (a '\'
// continuation line, a last line of white space). Real code has a handful; the bound
// keeps a tiny token file from making us build a huge text (ENDMARKER on row 10^9).
constexpr std::size_t kMaxUnshownChars = 1u << 20;

// A problem with the token file; thrown inside this file only, caught by
// tokens_from_json and turned into an Error of type kTokenFileError.
struct BadTokenFile {
  std::string message;
};

// Stops reading with `message`.
[[noreturn]] void bad(std::string message) { throw BadTokenFile{std::move(message)}; }

// Where a problem is, as a JSON path: "$[3]" or "$[3].start".
std::string where(std::size_t index, std::string_view field = {}) {
  std::string s = "$[" + std::to_string(index) + "]";
  if (!field.empty()) {
    s += '.';
    s += field;
  }
  return s;
}

// A position as the message shows it: "[3, 4]".
std::string show(Pos p) { return "[" + std::to_string(p.row) + ", " + std::to_string(p.col) + "]"; }

// One token as the file gives it.
struct FileToken {
  Type type = Type::ERRORTOKEN;
  Type exact = Type::ERRORTOKEN;  // "exact_type" if given, else `type`
  bool has_exact = false;
  std::u32string text;            // "string"
  Pos start, stop;                // "start", "end"
  bool has_bytes = false;         // "start_byte" and "end_byte" given (strict JSON)
  std::int32_t start_byte = 0, stop_byte = 0;
};

// The token type called `name` in tokenize.tok_name ("NAME", "OP", "LPAR"...), if any.
std::optional<Type> type_named(std::string_view name) {
  static const std::map<std::string_view, Type> kByName = [] {
    std::map<std::string_view, Type> m;
    for (int t = 0; t <= static_cast<int>(Type::ENCODING); ++t) m.emplace(type_name(static_cast<Type>(t)), static_cast<Type>(t));
    return m;
  }();
  auto it = kByName.find(name);
  if (it == kByName.end()) return std::nullopt;
  return it->second;
}

// UTF-8 (as the JSON parser hands strings over) to code points; nullopt if malformed.
std::optional<std::u32string> decode_utf8(const std::string& s) {
  static const std::optional<unicode::Codec> kUtf8 = unicode::lookup_codec("utf-8");
  std::u32string out;
  if (!kUtf8 || unicode::decode(*kUtf8, s, out)) return std::nullopt;
  return out;
}

// ---------------------------------------------------------------------------
// Step 1: the JSON, read event by event
// ---------------------------------------------------------------------------

// The fields of a token object the reader knows; any other field is skipped.
enum class Field { Type, String, Start, End, Line, ExactType, StartByte, EndByte, Other };

// The field called `key`.
Field field_named(std::string_view key) {
  if (key == "type") return Field::Type;
  if (key == "string") return Field::String;
  if (key == "start") return Field::Start;
  if (key == "end") return Field::End;
  if (key == "line") return Field::Line;
  if (key == "exact_type") return Field::ExactType;
  if (key == "start_byte") return Field::StartByte;
  if (key == "end_byte") return Field::EndByte;
  return Field::Other;
}

// A SAX handler for nlohmann::json that accepts exactly a JSON array of token objects.
// Each callback returns false to stop the parse, with `error` saying why (the parser
// calls into us, so we report through it rather than throw across it).
class TokenFileReader final : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::vector<FileToken> tokens;
  // The text of each physical line (1-based row) some token's `line` shows.
  std::map<std::int32_t, std::u32string> rows;
  std::string error;

  // A null, a boolean or a float: never a value of a token field.
  bool null() override { return scalar("null"); }
  bool boolean(bool) override { return scalar("a boolean"); }
  bool number_float(number_float_t, const string_t&) override { return scalar("a fraction"); }
  bool binary(binary_t&) override { return scalar("binary data"); }

  // Integers: a coordinate of "start"/"end", or "start_byte"/"end_byte".
  bool number_integer(number_integer_t v) override { return integer(v); }
  bool number_unsigned(number_unsigned_t v) override {
    return integer(v > static_cast<number_unsigned_t>(std::numeric_limits<std::int64_t>::max())
                       ? std::numeric_limits<std::int64_t>::max()
                       : static_cast<std::int64_t>(v));
  }

  // A string: the value of "type", "string", "line" or "exact_type".
  bool string(string_t& s) override {
    if (at_ == At::Skip) return true;
    if (at_ != At::Token) return scalar("a string");
    if (field_ == Field::Other) return true;
    auto text = decode_utf8(s);
    if (!text) return fail(where(index(), key_) + ": not valid UTF-8");
    switch (field_) {
      case Field::Type:
      case Field::ExactType: {
        auto t = type_named(s);
        if (!t) return fail(where(index(), key_) + ": unknown token type \"" + shorten(s) + "\"");
        if (field_ == Field::Type) {
          cur_.type = *t;
        } else {
          cur_.exact = *t;
          cur_.has_exact = true;
        }
        return true;
      }
      case Field::String: cur_.text = std::move(*text); return true;
      case Field::Line: line_ = std::move(*text); return true;
      default: return expected();
    }
  }

  // The top-level array, a token object, or an object inside an unknown field.
  bool start_object(std::size_t) override {
    if (at_ == At::Skip) return nest();
    if (at_ == At::List) {
      at_ = At::Token;
      cur_ = FileToken{};
      line_.clear();
      seen_ = 0;
      return true;
    }
    if (at_ == At::Token && field_ == Field::Other) return skip();
    return scalar("an object");
  }

  bool key(string_t& k) override {
    if (at_ == At::Skip) return true;
    key_ = k;
    field_ = field_named(k);
    if (field_ != Field::Other) {
      const unsigned bit = 1u << static_cast<unsigned>(field_);
      if (seen_ & bit) return fail(where(index(), key_) + ": given twice");
      seen_ |= bit;
    }
    return true;
  }

  bool end_object() override {
    if (at_ == At::Skip) return unskip();
    // at_ == At::Token: the parser only ends objects it started.
    at_ = At::List;
    return finish_token();
  }

  // The top-level array, a position, or an array inside an unknown field.
  bool start_array(std::size_t) override {
    if (at_ == At::Skip) return nest();
    if (at_ == At::Start) {
      at_ = At::List;
      return true;
    }
    if (at_ == At::Token && (field_ == Field::Start || field_ == Field::End)) {
      at_ = At::Position;
      coords_ = 0;
      return true;
    }
    if (at_ == At::Token && field_ == Field::Other) return skip();
    return scalar("an array");
  }

  bool end_array() override {
    if (at_ == At::Skip) return unskip();
    if (at_ == At::Position) {
      if (coords_ != 2) return fail(where(index(), key_) + ": expected [row, column]");
      at_ = At::Token;
      return true;
    }
    at_ = At::End;  // the top-level array
    return true;
  }

  // Invalid JSON: nlohmann's message without its "[json.exception...] " prefix.
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    std::string what = e.what();
    if (auto close = what.find("] "); what.rfind("[json.exception", 0) == 0 && close != std::string::npos)
      what.erase(0, close + 2);
    return fail("not valid JSON: " + what);
  }

  // The whole file was an array of tokens (checked after the parse).
  bool complete() const { return at_ == At::End; }

 private:
  enum class At { Start, List, Token, Position, Skip, End };
  At at_ = At::Start;
  FileToken cur_;
  std::u32string line_;
  std::string key_;
  Field field_ = Field::Other;
  unsigned seen_ = 0;     // fields of cur_ given so far (bits by Field)
  int coords_ = 0;        // numbers read of the current position
  std::size_t skip_ = 0;  // depth inside an unknown field's value
  At skip_from_ = At::Token;

  // Index of the token being read.
  std::size_t index() const { return tokens.size(); }

  bool fail(std::string message) {
    if (error.empty()) error = std::move(message);
    return false;
  }

  // `s` cut to a length fit for a one-line message.
  static std::string shorten(const std::string& s) {
    if (s.size() <= 40) return s;
    std::size_t n = 40;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // whole characters
    return s.substr(0, n) + "...";
  }

  // The message for a value of the wrong kind for the current field.
  bool expected() {
    switch (field_) {
      case Field::Type: case Field::String: case Field::Line: case Field::ExactType:
        return fail(where(index(), key_) + ": expected a string");
      case Field::Start: case Field::End:
        return fail(where(index(), key_) + ": expected [row, column]");
      default:
        return fail(where(index(), key_) + ": expected an integer");
    }
  }

  // A value that is no string, integer or position (`what` names it).
  bool scalar(const char* what) {
    switch (at_) {
      case At::Skip: return true;
      case At::Start: return fail(std::string("expected a JSON array of tokens, not ") + what);
      case At::List: return fail(where(index()) + ": expected a token object, not " + what);
      case At::Position: return fail(where(index(), key_) + ": expected [row, column]");
      case At::Token: return field_ == Field::Other ? true : expected();
      case At::End: return fail("unexpected data after the token list");
    }
    return false;
  }

  // Starts skipping the value of an unknown field.
  bool skip() {
    skip_from_ = at_;
    at_ = At::Skip;
    skip_ = 1;
    return true;
  }
  // An object or array inside a skipped value, and the end of one.
  bool nest() {
    ++skip_;
    return true;
  }
  bool unskip() {
    if (--skip_ == 0) at_ = skip_from_;
    return true;
  }

  // An integer: a coordinate, or a byte column.
  bool integer(std::int64_t v) {
    if (at_ == At::Skip) return true;
    if (at_ == At::Position) {
      if (coords_ >= 2) return fail(where(index(), key_) + ": expected [row, column]");
      // Rows count from 0 (ENCODING), columns from -1 (a strict INDENT or DEDENT).
      const std::int64_t low = coords_ == 0 ? 0 : -1;
      if (v < low || v > static_cast<std::int64_t>(limits::kMaxSourceBytes))
        return fail(where(index(), key_) + ": " + (coords_ == 0 ? "row " : "column ") + std::to_string(v) +
                    " is out of range");
      (coords_ == 0 ? (field_ == Field::Start ? cur_.start : cur_.stop).row
                    : (field_ == Field::Start ? cur_.start : cur_.stop).col) = static_cast<std::int32_t>(v);
      ++coords_;
      return true;
    }
    if (at_ == At::Token && (field_ == Field::StartByte || field_ == Field::EndByte)) {
      if (v < -1 || v > static_cast<std::int64_t>(limits::kMaxSourceBytes))
        return fail(where(index(), key_) + ": " + std::to_string(v) + " is out of range");
      (field_ == Field::StartByte ? cur_.start_byte : cur_.stop_byte) = static_cast<std::int32_t>(v);
      return true;
    }
    return scalar("a number");
  }

  // A token object has ended: check it has every field, record its lines, keep it.
  bool finish_token() {
    for (Field f : {Field::Type, Field::String, Field::Start, Field::End, Field::Line}) {
      if (!(seen_ & (1u << static_cast<unsigned>(f)))) {
        static constexpr const char* kNames[] = {"type", "string", "start", "end", "line"};
        return fail(where(index()) + ": no \"" + kNames[static_cast<int>(f)] + "\" field");
      }
    }
    const bool start_byte = seen_ & (1u << static_cast<unsigned>(Field::StartByte));
    const bool end_byte = seen_ & (1u << static_cast<unsigned>(Field::EndByte));
    if (start_byte != end_byte) return fail(where(index()) + ": \"start_byte\" and \"end_byte\" come together");
    cur_.has_bytes = start_byte;
    if (!cur_.has_exact) cur_.exact = cur_.type;
    if (cur_.stop.row < cur_.start.row || (cur_.stop.row == cur_.start.row && cur_.stop.col < cur_.start.col))
      return fail(where(index()) + ": ends " + show(cur_.stop) + " before it starts " + show(cur_.start));
    // The `line` field: the physical line(s) the token is on, from its start row.
    if (!line_.empty()) {
      if (cur_.start.row < 1) return fail(where(index(), "line") + ": a line for a token on row 0");
      std::int32_t row = cur_.start.row;
      for (std::size_t b = 0; b < line_.size(); ++row) {
        std::size_t nl = line_.find(U'\n', b);
        std::size_t e = nl == std::u32string::npos ? line_.size() : nl + 1;
        if (row > static_cast<std::int32_t>(limits::kMaxSourceBytes))
          return fail(where(index(), "line") + ": too many lines");
        View part = View(line_).substr(b, e - b);
        auto [it, added] = rows.try_emplace(row, part);
        if (!added && it->second != part)
          return fail(where(index(), "line") + ": line " + std::to_string(row) +
                      " differs from the text other tokens give it");
        b = e;
      }
    }
    tokens.push_back(std::move(cur_));
    return true;
  }
};

// ---------------------------------------------------------------------------
// Shared by both converters
// ---------------------------------------------------------------------------

// PEP 263: a coding cookie `^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+` (ASCII \w) in `line`.
bool has_cookie(View line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == U' ' || line[i] == U'\t' || line[i] == U'\f')) ++i;
  if (i >= line.size() || line[i] != U'#') return false;
  auto name_char = [](char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || c == U'_' ||
           c == U'-' || c == U'.';
  };
  const std::size_t end = std::min(line.find(U'\n', i), line.size());
  for (std::size_t at = line.find(U"coding", i); at < end; at = line.find(U"coding", at + 1)) {
    std::size_t j = at + 6;
    if (j >= end || (line[j] != U':' && line[j] != U'=')) continue;
    ++j;
    while (j < end && (line[j] == U' ' || line[j] == U'\t')) ++j;
    if (j < end && name_char(line[j])) return true;
  }
  return false;
}

// tokenize's blank_re: `^[ \t\f]*(?:[#\r\n]|$)` (a line 2 cookie may follow it).
bool blank_or_comment(View line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == U' ' || line[i] == U'\t' || line[i] == U'\f')) ++i;
  return i == line.size() || line[i] == U'#' || line[i] == U'\r' || line[i] == U'\n';
}

// Whether the source declares its encoding as tokenize.detect_encoding finds it: a
// cookie on line 1, or on line 2 after a blank or comment-only line 1.
bool declares_encoding(const Source& s) {
  const std::size_t n = s.lines.size() - 1;
  if (n >= 1 && has_cookie(s.view(s.lines[0], s.lines[1]))) return true;
  return n >= 2 && blank_or_comment(s.view(s.lines[0], s.lines[1])) && has_cookie(s.view(s.lines[1], s.lines[2]));
}

// The start offset of each line of `text` (lines end after '\n'), then text.size().
std::vector<std::uint32_t> line_starts(View text) {
  std::vector<std::uint32_t> lines;
  for (std::size_t i = 0; i < text.size();) {
    lines.push_back(static_cast<std::uint32_t>(i));
    std::size_t nl = text.find(U'\n', i);
    i = nl == View::npos ? text.size() : nl + 1;
  }
  lines.push_back(static_cast<std::uint32_t>(text.size()));
  return lines;
}

// Positions in a strict Source: the row and column of an offset, and UTF-8 columns.
class Positions {
 public:
  explicit Positions(const Source& s) : s_(s), rows_(s.lines.size() - 1) {}

  // The row (1-based) of the line holding offset `off` (the last line for text.size()).
  std::int32_t row_of(std::uint32_t off) const {
    auto it = std::upper_bound(s_.lines.begin(), s_.lines.begin() + static_cast<std::ptrdiff_t>(rows_), off);
    return static_cast<std::int32_t>(std::max<std::ptrdiff_t>(it - s_.lines.begin(), 1));
  }
  // The start offset of row `row` (text.size() past the last line).
  std::uint32_t line_start(std::int32_t row) const {
    return row >= 1 && static_cast<std::size_t>(row) <= rows_ ? s_.lines[row - 1] : static_cast<std::uint32_t>(s_.text.size());
  }
  // The start of the line after row `row` (text.size() past the last line).
  std::uint32_t line_end(std::int32_t row) const {
    return row >= 1 && static_cast<std::size_t>(row) <= rows_ ? s_.lines[row] : static_cast<std::uint32_t>(s_.text.size());
  }
  std::size_t rows() const { return rows_; }

  // The UTF-8 column of `p` (-1 for column -1), as the strict scanner's
  // fill_byte_columns counts it. Cheap for positions that mostly move forward.
  std::int32_t byte_col(Pos p) {
    if (p.col < 0) return -1;
    const std::uint32_t start = line_start(p.row);
    const std::size_t target = std::min<std::size_t>(start + static_cast<std::size_t>(p.col), s_.text.size());
    if (p.row != row_ || target < pos_) {
      row_ = p.row;
      pos_ = start;
      bytes_ = 0;
    }
    for (; pos_ < target; ++pos_) {
      char32_t c = s_.text[pos_];
      bytes_ += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    return bytes_;
  }

 private:
  const Source& s_;
  std::size_t rows_;
  std::int32_t row_ = 0;
  std::size_t pos_ = 0;
  std::int32_t bytes_ = 0;
};

// Fills in the byte columns and line range of a strict token from its positions.
void finish_strict_token(Token& t, Positions& pos) {
  t.start_byte = pos.byte_col(t.start);
  t.stop_byte = pos.byte_col(t.stop);
  t.line_begin = pos.line_start(t.start.row);
  t.line_end = pos.line_end(t.stop.row);
}

// ---------------------------------------------------------------------------
// Step 2 and 3 for the compat JSON (tokenize's tokens)
// ---------------------------------------------------------------------------

class CompatConverter {
 public:
  CompatConverter(std::vector<FileToken>& toks, std::map<std::int32_t, std::u32string>& rows, std::string filename)
      : toks_(toks), rows_(rows) {
    src_.filename = std::move(filename);
  }

  // The strict Result for the tokens (throws BadTokenFile).
  Result run() {
    check_types();
    rebuild_text();
    rows_.clear();  // every line is in ctext_ now
    locate_tokens();
    make_source();
    // The C tokenizer's verdict: its error, or its tokens where tokenize gave up.
    Result scanned;
    scanned.source = src_;
    detail::scan_strict(scanned);
    const bool gave_up = std::any_of(toks_.begin(), toks_.end(), [](const FileToken& t) { return t.type == Type::ERRORTOKEN; });
    if (scanned.error || gave_up) return scanned;
    Result r;
    r.source = std::move(src_);
    r.tokens = convert(r.source);
    return r;
  }

 private:
  std::vector<FileToken>& toks_;
  std::map<std::int32_t, std::u32string>& rows_;
  std::int32_t n_ = 0;                       // physical lines of the source
  std::u32string ctext_;                     // the text as tokenize read it
  std::vector<std::uint32_t> clines_;        // start of each of its lines, then its size
  std::vector<std::uint32_t> cbegin_, cend_; // each token's [begin, end) in ctext_
  std::vector<std::uint32_t> dropped_cr_;    // offsets in ctext_ of the '\r' of each "\r\n"
  Source src_;

  // True for the NEWLINE '' tokenize adds when the last line has no line break.
  bool eof_newline(const FileToken& t) const { return t.type == Type::NEWLINE && t.text.empty(); }
  // True for the DEDENTs and the ENDMARKER after the last line.
  bool past_end(const FileToken& t) const { return t.start.row == n_ + 1; }

  // The token types tokenize gives, ENCODING first and ENDMARKER last.
  void check_types() {
    if (toks_.empty()) bad("the token list is empty");
    src_.encoding = "utf-8";
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      const FileToken& t = toks_[i];
      switch (t.type) {
        case Type::ENCODING:
          if (i != 0) bad(where(i, "type") + ": ENCODING is only the first token");
          src_.encoding = unicode::to_utf8(t.text);
          continue;
        case Type::ENDMARKER:
          if (i + 1 != toks_.size()) bad(where(i, "type") + ": a token after ENDMARKER");
          break;
        case Type::NAME: case Type::NUMBER: case Type::STRING: case Type::NEWLINE: case Type::INDENT:
        case Type::DEDENT: case Type::OP: case Type::ERRORTOKEN: case Type::COMMENT: case Type::NL:
          break;
        default:
          bad(where(i, "type") + ": " + std::string(type_name(t.type)) + " is not a type tokenize gives");
      }
      if (t.start.row < 1) bad(where(i, "start") + ": row 0 is only for ENCODING");
      if (t.start.col < 0 || t.stop.col < 0) bad(where(i) + ": a column is -1 (a strict token in a compat list?)");
      // Operators: the exact type follows from the string.
      const Type exact = t.type == Type::OP ? operator_type(t.text) : t.type;
      if (t.has_exact && t.exact != exact)
        bad(where(i, "exact_type") + ": " + std::string(type_name(t.exact)) + " does not match the string");
      toks_[i].exact = exact;
    }
    if (toks_.back().type != Type::ENDMARKER) bad("the token list does not end with ENDMARKER (was it cut short?)");
    n_ = toks_.back().start.row - 1;
    if (!rows_.empty() && rows_.rbegin()->first > n_)
      bad("line " + std::to_string(rows_.rbegin()->first) + " comes after the ENDMARKER's row " +
          std::to_string(n_ + 1));
  }

  // Puts the source back together line by line into ctext_. A line no token shows is
  // a '\' continuing the statement: at the start of a logical line, indented as the
  // block it is in (else tokenize would have given INDENT or DEDENT there); the white
  // space before a '\' inside a statement is not known and left out. A last line of
  // only white space after a '\' shows only through the length tokenize's NEWLINE ''
  // gives it.
  void rebuild_text() {
    std::int32_t next_row = 1;           // the next row to append
    bool logical_start = true;           // tokenize is at the start of a logical line
    int parenlev = 0;
    std::vector<std::u32string> indents; // the white space of each open INDENT
    std::size_t made_up = 0;             // characters not shown by any token
    clines_.clear();

    auto append = [&](std::int32_t row, View text) {
      if (text.empty()) bad("line " + std::to_string(row) + " is empty");
      if (row < n_ && text.back() != U'\n')
        bad("line " + std::to_string(row) + " has no line break but is not the last line");
      if (ctext_.size() + text.size() > limits::kMaxSourceBytes) bad("the source would be larger than 1 GiB");
      clines_.push_back(static_cast<std::uint32_t>(ctext_.size()));
      ctext_ += text;
    };
    auto make_up = [&](std::int32_t row, std::u32string text) {
      made_up += text.size();
      if (made_up > kMaxUnshownChars)
        bad("more than " + std::to_string(kMaxUnshownChars) + " characters of the source are in no token's line");
      append(row, text);
    };
    auto append_rows_before = [&](std::int32_t end_row) {
      for (; next_row < end_row && next_row <= n_; ++next_row) {
        auto it = rows_.find(next_row);
        if (it != rows_.end()) {
          append(next_row, it->second);
        } else {
          make_up(next_row, (logical_start && !indents.empty() ? indents.back() : U"") + std::u32string(U"\\\n"));
          logical_start = false;  // the line it continues is not
        }
      }
    };

    for (std::size_t i = 0; i < toks_.size(); ++i) {
      const FileToken& t = toks_[i];
      if (t.type == Type::ENCODING || past_end(t)) continue;
      if (t.start.row > n_) bad(where(i, "start") + ": row " + std::to_string(t.start.row) + " is after the last line");
      if (eof_newline(t)) {
        append_rows_before(n_);
        if (next_row == n_) {
          if (rows_.count(n_)) append(n_, rows_[n_]);
          else make_up(n_, std::u32string(static_cast<std::size_t>(t.start.col), U' '));
          next_row = n_ + 1;
        }
        continue;
      }
      // An unterminated string that went on over lines: tokenize shows its last line
      // only in its string (its `line` stops before it).
      if (t.type == Type::ERRORTOKEN && t.stop.row > t.start.row && t.stop.row <= n_ && !rows_.count(t.stop.row)) {
        if (static_cast<std::size_t>(t.stop.col) > t.text.size()) bad(where(i, "end") + ": past the end of its string");
        rows_[t.stop.row] = t.text.substr(t.text.size() - static_cast<std::size_t>(t.stop.col));
      }
      append_rows_before(t.start.row);
      append_rows_before(std::min(t.stop.row, n_) + 1);
      switch (t.type) {
        case Type::OP:
          if (t.text == U"(" || t.text == U"[" || t.text == U"{") ++parenlev;
          else if (t.text == U")" || t.text == U"]" || t.text == U"}") --parenlev;
          logical_start = false;
          break;
        case Type::INDENT: indents.push_back(t.text); break;
        case Type::DEDENT: if (!indents.empty()) indents.pop_back(); break;
        case Type::NEWLINE: logical_start = true; break;
        case Type::NL: logical_start = parenlev == 0; break;
        case Type::COMMENT: break;
        default: logical_start = false; break;
      }
    }
    append_rows_before(n_ + 1);
    clines_.push_back(static_cast<std::uint32_t>(ctext_.size()));
  }

  // The offset in ctext_ of `p` of token `i`, checked to be inside its line.
  std::uint32_t offset(std::size_t i, const char* field, Pos p) const {
    if (p.row < 1 || p.row > n_) bad(where(i, field) + ": row " + std::to_string(p.row) + " is not a line of the source");
    const std::uint32_t b = clines_[p.row - 1], e = clines_[p.row];
    if (static_cast<std::uint32_t>(p.col) > e - b)
      bad(where(i, field) + ": column " + std::to_string(p.col) + " is past the end of line " + std::to_string(p.row));
    return b + static_cast<std::uint32_t>(p.col);
  }

  // Finds each token's text in ctext_ and checks that it is the token's string, and
  // that the tokens come in order.
  void locate_tokens() {
    const std::uint32_t size = static_cast<std::uint32_t>(ctext_.size());
    cbegin_.assign(toks_.size(), 0);
    cend_.assign(toks_.size(), 0);
    std::uint32_t prev_end = 0;
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      const FileToken& t = toks_[i];
      if (t.type == Type::ENCODING) continue;
      std::uint32_t b, e;
      if (past_end(t)) {
        if (t.type != Type::DEDENT && t.type != Type::ENDMARKER)
          bad(where(i, "start") + ": row " + std::to_string(t.start.row) + " is after the last line");
        if (t.start.col != 0 || !(t.stop == t.start) || !t.text.empty())
          bad(where(i) + ": a DEDENT or ENDMARKER at the end is empty, at column 0");
        b = e = size;
      } else if (eof_newline(t)) {
        if (n_ < 1) bad(where(i) + ": a NEWLINE '' in an empty source");
        const std::uint32_t len = clines_[n_] - clines_[n_ - 1];
        if (t.start.row != n_ || static_cast<std::uint32_t>(t.start.col) != len || ctext_.back() == U'\n' ||
            !(t.stop == Pos{n_, t.start.col + 1}))
          bad(where(i) + ": a NEWLINE '' is only at the end of a last line without a line break");
        b = e = size;
      } else {
        b = offset(i, "start", t.start);
        e = offset(i, "end", t.stop);
        if (View(ctext_).substr(b, e - b) != t.text)
          bad(where(i, "string") + ": is not the source text from " + show(t.start) + " to " + show(t.stop));
      }
      if (b < prev_end) bad(where(i, "start") + ": " + show(t.start) + " is before the end of the token before it");
      if (!only_space(prev_end, b)) bad(where(i) + ": the source text before it is in no token");
      cbegin_[i] = b;
      cend_[i] = e;
      prev_end = e;
    }
  }

  // True if ctext_ [b, e) is what tokenize skips between tokens: white space and a ''
  // that continues the line.
  bool only_space(std::uint32_t b, std::uint32_t e) const {
    for (std::uint32_t p = b; p < e; ++p) {
      const char32_t c = ctext_[p];
      if (c == U' ' || c == U'\t' || c == U'\f') continue;
      if (c == U'\\' && p + 1 < e && ctext_[p + 1] == U'\n') {
        ++p;
        continue;
      }
      if (c == U'\\' && p + 2 < e && ctext_[p + 1] == U'\r' && ctext_[p + 2] == U'\n') {
        p += 2;
        continue;
      }
      return false;
    }
    return true;
  }

  // The strict Source: ctext_ with universal newlines and a final newline, as
  // load_source makes it for strict mode; where each dropped '\r' was.
  void make_source() {
    std::u32string& out = src_.text;
    out.reserve(ctext_.size() + 1);
    for (std::size_t i = 0; i < ctext_.size(); ++i) {
      char32_t c = ctext_[i];
      if (c == U'\r' && i + 1 < ctext_.size() && ctext_[i + 1] == U'\n') {
        dropped_cr_.push_back(static_cast<std::uint32_t>(i));
        continue;  // its '\n' follows
      }
      out.push_back(c == U'\r' ? U'\n' : c);
    }
    if (!out.empty() && out.back() != U'\n') out.push_back(U'\n');
    src_.lines = line_starts(out);
    src_.declared = declares_encoding(src_);
  }

  // An offset in ctext_ as an offset in the strict text.
  std::uint32_t to_strict(std::uint32_t off) const {
    auto before = std::lower_bound(dropped_cr_.begin(), dropped_cr_.end(), off) - dropped_cr_.begin();
    return off - static_cast<std::uint32_t>(before);
  }

  // The strict tokens: tokenize's, without ENCODING, COMMENT and NL, with INDENT and
  // DEDENT where the C tokenizer puts them, positions in the strict text, NEWLINE as the
  // C tokenizer makes it (empty, from a comment before it), ASYNC/AWAIT, and `<>` as one
  // token.
  std::vector<Token> convert(const Source& s) {
    Positions pos(s);
    std::vector<Token> out;
    out.reserve(toks_.size());
    auto at = [&](std::uint32_t off) { return Pos{pos.row_of(off), static_cast<std::int32_t>(off - pos.line_start(pos.row_of(off)))}; };
    // A token over strict [b, e): its end is on the line of its last character.
    auto push = [&](Type type, Type exact, std::uint32_t b, std::uint32_t e) {
      Token t;
      t.type = type;
      t.exact = exact;
      t.begin = b;
      t.end = e;
      t.start = at(b);
      const std::int32_t stop_row = e > b ? pos.row_of(e - 1) : t.start.row;
      t.stop = {stop_row, static_cast<std::int32_t>(e - pos.line_start(stop_row))};
      finish_strict_token(t, pos);
      out.push_back(t);
    };
    // INDENT or DEDENT at strict offset `p` (the first character of a logical line).
    auto push_indent = [&](Type type, std::uint32_t p) {
      Token t;
      t.type = t.exact = type;
      t.begin = t.end = p;
      t.start = t.stop = {pos.row_of(p), -1};
      finish_strict_token(t, pos);
      out.push_back(t);
    };

    std::vector<int> indents{0};
    bool line_start = true;      // the next token begins a logical line
    std::uint32_t measure_from = 0;  // where the C tokenizer measures its indentation
    const View text(s.text);
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      const FileToken& t = toks_[i];
      switch (t.type) {
        case Type::ENCODING: case Type::COMMENT: case Type::NL: case Type::INDENT: case Type::DEDENT:
          continue;
        case Type::ENDMARKER: {
          const auto end = static_cast<std::uint32_t>(s.text.size());
          const Pos eof{static_cast<std::int32_t>(pos.rows() + 1), 0};
          // The blocks still open close where the indentation measure after the last
          // NEWLINE ran into the end: on the last line.
          for (std::size_t k = 1; k < indents.size(); ++k) push_indent(Type::DEDENT, end);
          Token m;
          m.type = m.exact = Type::ENDMARKER;
          m.begin = m.end = end;
          m.start = m.stop = eof;
          finish_strict_token(m, pos);
          out.push_back(m);
          return out;
        }
        case Type::NEWLINE: {
          // A logical line with no token (a '\' line, then a blank or comment line) is a
          // blank line to the C tokenizer: no NEWLINE.
          if (line_start) continue;
          const std::uint32_t nl = to_strict(cbegin_[i]);
          const bool after_comment = i > 0 && toks_[i - 1].type == Type::COMMENT && toks_[i - 1].start.row == t.start.row;
          const std::uint32_t b = after_comment ? to_strict(cbegin_[i - 1]) : nl;
          if (nl >= text.size() || text[nl] != U'\n') bad(where(i) + ": a NEWLINE not at a line break");
          Token n;
          n.type = n.exact = Type::NEWLINE;
          n.begin = n.end = nl;
          n.start = at(b);
          n.stop = at(nl);
          finish_strict_token(n, pos);
          out.push_back(n);
          line_start = true;
          measure_from = pos.line_end(n.stop.row);
          continue;
        }
        default:
          break;
      }
      const std::uint32_t b = to_strict(cbegin_[i]), e = to_strict(cend_[i]);
      if (line_start) {
        line_start = false;
        const auto [first, col] = indentation(text, measure_from);
        if (first != b) bad(where(i) + ": a logical line does not begin where the C tokenizer begins it");
        if (col > indents.back()) {
          indents.push_back(col);
          push_indent(Type::INDENT, b);
        }
        while (col < indents.back()) {
          indents.pop_back();
          push_indent(Type::DEDENT, b);
        }
        if (col != indents.back()) bad(where(i) + ": a dedent to a column no block has");
      }
      switch (t.type) {
        case Type::NAME: {
          const Type k = t.text == U"async" ? Type::ASYNC : t.text == U"await" ? Type::AWAIT : Type::NAME;
          push(k, k, b, e);
          break;
        }
        case Type::OP:
          i = push_operators(i, b, text, push);
          break;
        default:
          push(t.type, t.type, b, e);
          break;
      }
    }
    bad("the token list does not end with ENDMARKER");
  }

  // Where the C tokenizer's indentation measure, started at `p` (the beginning of a
  // line), ends: the first character of the logical line and its column. Blank and
  // comment-only lines are skipped; a '\' continues the measure on the next line, and
  // the column of the first such '\' not at column 0 is the line's indentation.
  static std::pair<std::uint32_t, int> indentation(View text, std::size_t p) {
    for (;;) {
      int col = 0, cont_col = 0;
      while (p < text.size()) {
        const char32_t c = text[p];
        if (c == U' ') {
          ++col;
        } else if (c == U'\t') {
          col = (col / limits::kTabSize + 1) * limits::kTabSize;
        } else if (c == U'\f') {
          col = 0;
        } else if (c == U'\\' && p + 1 < text.size() && text[p + 1] == U'\n') {
          if (cont_col == 0) cont_col = col;
          ++p;
        } else {
          break;
        }
        ++p;
      }
      if (p < text.size() && (text[p] == U'#' || text[p] == U'\n')) {  // blank line
        const std::size_t nl = text.find(U'\n', p);
        p = nl == View::npos ? text.size() : nl + 1;
        continue;
      }
      return {static_cast<std::uint32_t>(p), cont_col != 0 ? cont_col : col};
    }
  }

  // Pushes the OP token `i` (at strict [b, ...)). tokenize splits `<>` into `<` and `>`
  // where the C tokenizer makes one NOTEQUAL token; a run of operators that touch each
  // other and hold `<>` is split again as the C tokenizer splits it. Returns the index
  // of the run's last token.
  template <typename Push>
  std::size_t push_operators(std::size_t i, std::uint32_t b, View text, Push& push) {
    std::size_t j = i;
    while (j + 1 < toks_.size() && toks_[j + 1].type == Type::OP && cbegin_[j + 1] == cend_[j]) ++j;
    const std::uint32_t e = to_strict(cend_[j]);
    const View run = text.substr(0, e);
    if (run.substr(b).find(U"<>") == View::npos) {
      push(Type::OP, toks_[i].exact, b, to_strict(cend_[i]));
      return i;
    }
    for (std::uint32_t p = b; p < e;) {
      Type exact = Type::OP;
      std::size_t len = detail::match_operator(run, p, exact);
      if (len != 2 && len != 3 && run[p] == U'<' && p + 1 < e && run[p + 1] == U'>') {
        len = 2;
        exact = Type::NOTEQUAL;
      }
      if (len == 0) bad(where(i) + ": not an operator");
      push(Type::OP, exact, p, p + static_cast<std::uint32_t>(len));
      p += static_cast<std::uint32_t>(len);
    }
    return j;
  }
};

// ---------------------------------------------------------------------------
// Step 2 and 3 for the strict JSON (the parser's tokens, written by --strict)
// ---------------------------------------------------------------------------

class StrictConverter {
 public:
  StrictConverter(std::vector<FileToken>& toks, std::map<std::int32_t, std::u32string>& rows, std::string filename)
      : toks_(toks), rows_(rows) {
    src_.filename = std::move(filename);
    src_.encoding = "utf-8";
  }

  // The Result for the tokens (throws BadTokenFile).
  Result run() {
    if (toks_.empty()) bad("the token list is empty");
    if (toks_.back().type != Type::ENDMARKER) bad("the token list does not end with ENDMARKER (was it cut short?)");
    const std::int32_t n = toks_.back().start.row - 1;
    if (n < 0) bad(where(toks_.size() - 1, "start") + ": ENDMARKER on row 0");
    if (!rows_.empty() && rows_.rbegin()->first > n)
      bad("line " + std::to_string(rows_.rbegin()->first) + " comes after the ENDMARKER's row " + std::to_string(n + 1));
    // The text: lines without tokens (blank, comments) are not in the file; they come
    // back empty.
    std::size_t made_up = 0;
    for (std::int32_t row = 1; row <= n; ++row) {
      auto it = rows_.find(row);
      View line = U"\n";
      if (it != rows_.end()) {
        line = it->second;
        if (line.back() != U'\n') bad("line " + std::to_string(row) + " has no line break");
      } else if (++made_up > kMaxUnshownChars) {
        bad("more than " + std::to_string(kMaxUnshownChars) + " lines are in no token's line");
      }
      if (src_.text.size() + line.size() > limits::kMaxSourceBytes) bad("the source would be larger than 1 GiB");
      src_.text += line;
    }
    rows_.clear();
    src_.lines = line_starts(src_.text);
    src_.declared = declares_encoding(src_);

    Result r;
    r.tokens.resize(toks_.size());
    Positions pos(src_);
    const auto size = static_cast<std::uint32_t>(src_.text.size());
    const View text(src_.text);
    auto offset = [&](std::size_t i, const char* field, Pos p) {
      if (p.row < 1 || p.row > n || p.col < 0 || static_cast<std::uint32_t>(p.col) > pos.line_end(p.row) - pos.line_start(p.row))
        bad(where(i, field) + ": " + show(p) + " is not in the source");
      return pos.line_start(p.row) + static_cast<std::uint32_t>(p.col);
    };
    std::uint32_t prev_end = 0;
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      const FileToken& f = toks_[i];
      Token& t = r.tokens[i];
      t.type = f.type;
      t.start = f.start;
      t.stop = f.stop;
      switch (f.type) {
        case Type::ENDMARKER: case Type::NAME: case Type::NUMBER: case Type::STRING: case Type::NEWLINE:
        case Type::INDENT: case Type::DEDENT: case Type::OP: case Type::ASYNC: case Type::AWAIT:
          break;
        default:
          bad(where(i, "type") + ": " + std::string(type_name(f.type)) + " is not a type of the strict tokens");
      }
      if (f.type == Type::ENDMARKER && i + 1 != toks_.size()) bad(where(i, "type") + ": a token after ENDMARKER");
      Type exact = f.type;
      if (f.type == Type::OP) exact = f.text == U"<>" ? Type::NOTEQUAL : operator_type(f.text);
      if (f.has_exact && f.exact != exact)
        bad(where(i, "exact_type") + ": " + std::string(type_name(f.exact)) + " does not match the string");
      t.exact = exact;
      if (f.start.row == n + 1) {  // DEDENTs and ENDMARKER at the end
        if ((f.type != Type::DEDENT && f.type != Type::ENDMARKER) || f.start.col != 0 || !(f.stop == f.start) ||
            !f.text.empty())
          bad(where(i) + ": only empty DEDENTs and the ENDMARKER are after the last line, at column 0");
        t.begin = t.end = size;
      } else if (f.type == Type::INDENT || f.type == Type::DEDENT) {
        if (f.start.col != -1 || !(f.stop == f.start) || !f.text.empty() || f.start.row < 1 || f.start.row > n)
          bad(where(i) + ": an INDENT or DEDENT is empty, at column -1 of a line");
        t.begin = t.end = 0;  // set below: at the token after it
      } else if (f.type == Type::NEWLINE) {
        const std::uint32_t b = offset(i, "start", f.start), e = offset(i, "end", f.stop);
        if (!f.text.empty() || f.stop.row != f.start.row || b > e || e >= size || text[e] != U'\n')
          bad(where(i) + ": a NEWLINE is empty and ends at a line break");
        t.begin = t.end = e;
      } else {
        t.begin = offset(i, "start", f.start);
        t.end = offset(i, "end", f.stop);
        if (text.substr(t.begin, t.end - t.begin) != f.text)
          bad(where(i, "string") + ": is not the source text from " + show(f.start) + " to " + show(f.stop));
        if (t.begin < prev_end) bad(where(i, "start") + ": " + show(f.start) + " is before the end of the token before it");
        prev_end = t.end;
      }
    }
    // An INDENT or DEDENT is at the first token of its line; the DEDENTs that close
    // the blocks still open at the end are on the last line, at its end.
    std::uint32_t next = size;
    std::int32_t next_row = n + 1;
    for (std::size_t i = toks_.size(); i-- > 0;) {
      Token& t = r.tokens[i];
      if (t.type == Type::INDENT || t.type == Type::DEDENT) {
        if (t.start.col == -1) {
          const bool at_end = next == size && t.type == Type::DEDENT && t.start.row == n;
          if (next_row != t.start.row && !at_end)
            bad(where(i) + ": an INDENT or DEDENT is not on the line of the token after it");
          t.begin = t.end = next;
        }
      } else {
        next = t.begin;
        next_row = t.start.row;
      }
    }
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      Token& t = r.tokens[i];
      finish_strict_token(t, pos);
      if (toks_[i].has_bytes && (toks_[i].start_byte != t.start_byte || toks_[i].stop_byte != t.stop_byte))
        bad(where(i, "start_byte") + ": the byte columns do not match the line");
    }
    r.source = std::move(src_);
    return r;
  }

 private:
  std::vector<FileToken>& toks_;
  std::map<std::int32_t, std::u32string>& rows_;
  Source src_;
};

}  // namespace

Result tokens_from_json(std::string_view json_text, std::string filename) {
  Result failed;
  failed.source.filename = filename;
  failed.source.encoding = "utf-8";
  failed.source.lines = {0};
  auto fail = [&](std::string message) {
    Error e;
    e.type = std::string(kTokenFileError);
    e.message = std::move(message);
    failed.error = std::move(e);
    return failed;
  };
  try {
    TokenFileReader reader;
    const bool ok = nlohmann::json::sax_parse(json_text, &reader);
    if (!ok || !reader.complete()) return fail(reader.error.empty() ? "not a complete JSON array" : reader.error);
    if (!reader.tokens.empty() && reader.tokens.front().has_bytes)
      return StrictConverter(reader.tokens, reader.rows, std::move(filename)).run();
    return CompatConverter(reader.tokens, reader.rows, std::move(filename)).run();
  } catch (const BadTokenFile& e) {
    return fail(e.message);
  } catch (const std::bad_alloc&) {
    return fail("out of memory");
  } catch (const std::exception& e) {
    return fail(std::string("cannot read the tokens: ") + e.what());
  }
}

}  // namespace peppy::tok
