// source.cpp: from a file's bytes to decoded text: PEP 263 coding cookies and the UTF-8
// BOM found the way `tokenize.detect_encoding` finds them, then decoding line by line
// (as `tokenize` does), newline translation for strict mode, and the Source helpers.
// Encoding errors are worded as `tokenize` words them, or in strict mode as the C
// tokenizer reading a file does ("Non-UTF-8 code starting with ...", "encoding problem").
#include "tok/source.hpp"

#include <cstring>

#include "unicode/codecs.hpp"
#include "unicode/unicode.hpp"

namespace peppy::tok {

std::string Source::utf8(std::uint32_t begin, std::uint32_t end) const {
  return unicode::to_utf8(view(begin, end));
}

std::string Source::line_utf8(std::int32_t row) const {
  if (row < 1 || static_cast<std::size_t>(row) >= lines.size()) return "";
  std::uint32_t b = lines[row - 1], e = lines[row];
  while (e > b && (text[e - 1] == U'\n' || text[e - 1] == U'\r')) --e;
  return utf8(b, e);
}

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Splits bytes after each '\n' (as io.BytesIO.readline does).
std::vector<std::string_view> split_lines(std::string_view bytes) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const void* nl = std::memchr(bytes.data() + pos, '\n', bytes.size() - pos);
    std::size_t end = nl ? static_cast<const char*>(nl) - bytes.data() + 1 : bytes.size();
    out.push_back(bytes.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

bool is_ascii_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// cookie_re: ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)  (ASCII \w). Returns the name or "".
std::string match_cookie(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return "";
  // `.` does not cross '\n'; the line holds at most one, at its end.
  std::string_view rest = line.substr(i + 1);
  if (auto nl = rest.find('\n'); nl != std::string_view::npos) rest = rest.substr(0, nl);
  for (std::size_t at = rest.find("coding"); at != std::string_view::npos;
       at = rest.find("coding", at + 1)) {
    std::size_t j = at + 6;
    if (j >= rest.size() || (rest[j] != ':' && rest[j] != '=')) continue;
    ++j;
    while (j < rest.size() && (rest[j] == ' ' || rest[j] == '\t')) ++j;
    std::size_t k = j;
    while (k < rest.size() && (is_ascii_word(rest[k]) || rest[k] == '-' || rest[k] == '.')) ++k;
    if (k > j) return std::string(rest.substr(j, k - j));
  }
  return "";
}

// blank_re: ^[ \t\f]*(?:[#\r\n]|$)
bool is_blank_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i == line.size()) return true;
  char c = line[i];
  return c == '#' || c == '\r' || c == '\n';
}

// tokenize._get_normal_name
std::string normal_name(const std::string& orig) {
  std::string enc = orig.substr(0, 12);
  for (char& c : enc) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_') c = '-';
  }
  auto starts = [&](std::string_view p) { return enc.compare(0, p.size(), p) == 0; };
  if (enc == "utf-8" || starts("utf-8-")) return "utf-8";
  for (std::string_view n : {"latin-1", "iso-8859-1", "iso-latin-1"}) {
    if (enc == n || starts(std::string(n) + "-")) return "iso-8859-1";
  }
  return orig;
}

bool valid_utf8(std::string_view s) {
  std::u32string tmp;
  auto codec = unicode::lookup_codec("utf-8");
  return codec && !unicode::decode(*codec, s, tmp);
}

// The first byte of the first malformed UTF-8 sequence of `s`, as two lowercase hex
// digits (what the C tokenizer names in its "Non-UTF-8 code" error).
std::string first_bad_utf8_byte(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  auto byte = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
  auto cont = [&](std::size_t i) { return (byte(i) & 0xC0) == 0x80; };
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned b = byte(i);
    std::size_t n = 0;
    if (b < 0x80) n = 1;
    else if (b >= 0xC2 && b <= 0xDF && cont(i + 1)) n = 2;
    else if (b >= 0xE0 && b <= 0xEF && cont(i + 1) && cont(i + 2) && !(b == 0xE0 && byte(i + 1) < 0xA0) &&
             !(b == 0xED && byte(i + 1) >= 0xA0)) n = 3;
    else if (b >= 0xF0 && b <= 0xF4 && cont(i + 1) && cont(i + 2) && cont(i + 3) &&
             !(b == 0xF0 && byte(i + 1) < 0x90) && !(b == 0xF4 && byte(i + 1) >= 0x90)) n = 4;
    if (n == 0) return std::string{kHex[b >> 4], kHex[b & 15]};
    i += n;
  }
  return "00";
}

}  // namespace

std::optional<Error> load_source(std::string_view bytes, Mode mode, Source& src) {
  auto fail = [](std::string type, std::string msg) {
    Error e;
    e.type = std::move(type);
    e.message = std::move(msg);
    return e;
  };
  std::vector<std::string_view> raw = split_lines(bytes);

  // --- detect the encoding, as tokenize.detect_encoding does ---
  bool bom = false;
  std::string encoding;   // as found by a cookie ("" = none)
  std::string fallback = "utf-8";
  // Strict mode words encoding errors as running `python3 FILE` does (the C tokenizer
  // reading a file): "encoding problem: NAME", and "Non-UTF-8 code ..." for bytes that
  // are not UTF-8 when no encoding is declared.
  const bool strict = mode == Mode::Strict;
  auto non_utf8 = [&](std::string_view line, std::size_t lineno) {
    return fail("SyntaxError", "Non-UTF-8 code starting with '\\x" + first_bad_utf8_byte(line) + "' in file " +
                                   src.filename + " on line " + std::to_string(lineno) +
                                   ", but no encoding declared; see https://peps.python.org/pep-0263/ for details");
  };
  auto find_cookie = [&](std::string_view line, std::size_t lineno, std::optional<Error>& err) -> std::string {
    if (!valid_utf8(line)) {
      if (!strict) {
        err = fail("SyntaxError", "invalid or missing encoding declaration");
        return "";
      }
      // The C tokenizer reads the cookie from the raw bytes, and checks a line without
      // one (when no BOM declares UTF-8) before it reads the next.
      if (match_cookie(line).empty() && !bom) {
        err = non_utf8(line, lineno);
        return "";
      }
    }
    std::string name = match_cookie(line);
    if (name.empty()) return "";
    std::string enc = normal_name(name);
    if (strict && bom && enc != "utf-8") {
      err = fail("SyntaxError", "encoding problem: " + enc + " with BOM");
      return "";
    }
    if (!unicode::lookup_codec(enc)) {
      err = fail("SyntaxError", (strict ? "encoding problem: " : "unknown encoding: ") + enc);
      return "";
    }
    if (bom) {
      if (enc != "utf-8") {
        err = fail("SyntaxError", "encoding problem: utf-8");
        return "";
      }
      enc += "-sig";
    }
    return enc;
  };
  if (!raw.empty() && raw[0].substr(0, 3) == kBom) {
    bom = true;
    raw[0] = raw[0].substr(3);
    fallback = "utf-8-sig";
    if (raw[0].empty()) raw.erase(raw.begin());  // the BOM was the whole first line
  }
  if (!raw.empty()) {
    std::optional<Error> err;
    encoding = find_cookie(raw[0], 1, err);
    if (err) return err;
    if (encoding.empty() && is_blank_line(raw[0]) && raw.size() > 1) {
      encoding = find_cookie(raw[1], 2, err);
      if (err) return err;
    }
  }
  const bool cookie = !encoding.empty();
  if (encoding.empty()) encoding = fallback;
  // tokenize reports a BOM as "utf-8"; strict mode keeps "utf-8-sig" (there is no ENCODING
  // token there) because the C tokenizer counts a BOM as a declared encoding, which
  // changes how it places some errors.
  src.encoding = encoding == "utf-8-sig" && mode == Mode::Compat ? "utf-8" : encoding;
  src.declared = cookie;  // (a BOM alone leaves the C parser's error offsets in bytes)

  auto codec = unicode::lookup_codec(encoding);
  if (!codec) return fail("SyntaxError", "unknown encoding: " + encoding);
  const bool strip_each_bom = codec->name == "utf_8_sig";

  // --- decode line by line (tokenize decodes each readline() result on its own) ---
  src.text.clear();
  src.text.reserve(bytes.size());
  src.lines.clear();
  std::u32string buf;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    std::string_view line = raw[i];
    if (strip_each_bom && line.substr(0, 3) == kBom) line = line.substr(3);
    buf.clear();
    if (auto msg = unicode::decode(*codec, line, buf)) {
      if (strict && !cookie && !bom) return non_utf8(line, i + 1);
      if (strict && cookie && encoding != "utf-8" && encoding != "utf-8-sig")
        return fail("SyntaxError", "encoding problem: " + encoding);
      const char* type = codec->kind == unicode::CodecKind::non_text    ? "LookupError"
                         : codec->kind == unicode::CodecKind::undefined ? "UnicodeError"
                         : codec->kind == unicode::CodecKind::unsupported ? "LookupError"
                                                                           : "UnicodeDecodeError";
      Error e = fail(type, *msg);
      e.row = static_cast<std::int32_t>(i + 1);
      return e;
    }
    src.lines.push_back(static_cast<std::uint32_t>(src.text.size()));
    src.text += buf;
  }

  if (mode == Mode::Strict) {
    // Universal newlines, as the C tokenizer reads: "\r\n" and "\r" become "\n".
    std::u32string out;
    out.reserve(src.text.size());
    for (std::size_t i = 0; i < src.text.size(); ++i) {
      char32_t c = src.text[i];
      if (c == U'\r') {
        out.push_back(U'\n');
        if (i + 1 < src.text.size() && src.text[i + 1] == U'\n') ++i;
      } else {
        out.push_back(c);
      }
    }
    // The C tokenizer ends the last line with a newline if the file does not.
    if (!out.empty() && out.back() != U'\n') out.push_back(U'\n');
    src.text = std::move(out);
    src.lines.clear();
    for (std::size_t i = 0; i < src.text.size();) {
      src.lines.push_back(static_cast<std::uint32_t>(i));
      std::size_t nl = src.text.find(U'\n', i);
      i = nl == std::u32string::npos ? src.text.size() : nl + 1;
    }
  }
  src.lines.push_back(static_cast<std::uint32_t>(src.text.size()));
  return std::nullopt;
}

}  // namespace peppy::tok
