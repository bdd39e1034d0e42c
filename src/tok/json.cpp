// json.cpp: the token JSON writer (see json.hpp). Hand-written rather than built on
// nlohmann-json: it writes straight from the decoded text, one pass, no DOM.
#include "tok/json.hpp"

#include "unicode/unicode.hpp"

namespace peppy::tok {

void append_json_string(std::string& out, std::u32string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (char32_t c : s) {
    if (c >= 0x20 && c < 0x80 && c != U'"' && c != U'\\') {
      out.push_back(static_cast<char>(c));
      continue;
    }
    switch (c) {
      case U'"': out += "\\\""; break;
      case U'\\': out += "\\\\"; break;
      case U'\n': out += "\\n"; break;
      case U'\r': out += "\\r"; break;
      case U'\t': out += "\\t"; break;
      case U'\f': out += "\\f"; break;
      case U'\b': out += "\\b"; break;
      default:
        if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
          out += "\\u00";
          if (c >= 0xD800) {  // a lone surrogate cannot be UTF-8: escape all four digits
            out.resize(out.size() - 2);
            out.push_back(kHex[(c >> 12) & 15]);
            out.push_back(kHex[(c >> 8) & 15]);
          }
          out.push_back(kHex[(c >> 4) & 15]);
          out.push_back(kHex[c & 15]);
        } else {
          unicode::append_utf8(out, c);
        }
    }
  }
  out.push_back('"');
}

namespace {

void append_pos(std::string& out, Pos p) {
  out.push_back('[');
  out += std::to_string(p.row);
  out += ", ";
  out += std::to_string(p.col);
  out.push_back(']');
}

}  // namespace

std::string tokens_to_json(const Result& r, Mode mode) {
  const Source& src = r.source;
  std::string out;
  out.reserve(src.text.size() * 4 + 64);
  out += "[";
  bool first = true;
  for (const Token& t : r.tokens) {
    out += first ? "\n" : ",\n";
    first = false;
    out += "{\"type\": \"";
    out += type_name(t.type);
    out += "\", \"string\": ";
    if (t.type == Type::ENCODING) {
      out.push_back('"');
      out += src.encoding;
      out.push_back('"');
    } else {
      append_json_string(out, src.view(t.begin, t.end));
    }
    out += ", \"start\": ";
    append_pos(out, t.start);
    out += ", \"end\": ";
    append_pos(out, t.stop);
    out += ", \"line\": ";
    append_json_string(out, src.view(t.line_begin, t.line_end));
    if (t.exact != t.type) {
      out += ", \"exact_type\": \"";
      out += type_name(t.exact);
      out += "\"";
    }
    if (mode == Mode::Strict) {
      out += ", \"start_byte\": " + std::to_string(t.start_byte);
      out += ", \"end_byte\": " + std::to_string(t.stop_byte);
    }
    out += "}";
  }
  out += "\n]\n";
  return out;
}

}  // namespace peppy::tok
