// constant.cpp: ConstantValue and Python's repr() of constants, str and bytes (see
// constant.hpp), written to give exactly CPython 3.11's output.
#include "ast/constant.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <system_error>

#include "unicode/unicode.hpp"

namespace peppy::ast {

ConstantValue ConstantValue::none() { return ConstantValue{}; }

ConstantValue ConstantValue::boolean(bool value) {
  ConstantValue c;
  c.kind = value ? Kind::True : Kind::False;
  return c;
}

ConstantValue ConstantValue::ellipsis() {
  ConstantValue c;
  c.kind = Kind::Ellipsis;
  return c;
}

ConstantValue ConstantValue::integer(std::string decimal) {
  ConstantValue c;
  c.kind = Kind::Int;
  c.int_value = std::move(decimal);
  return c;
}

ConstantValue ConstantValue::floating(double value) {
  ConstantValue c;
  c.kind = Kind::Float;
  c.float_value = value;
  return c;
}

ConstantValue ConstantValue::imaginary(double imag) {
  ConstantValue c;
  c.kind = Kind::Complex;
  c.imag = imag;
  return c;
}

ConstantValue ConstantValue::string(std::u32string code_points) {
  ConstantValue c;
  c.kind = Kind::Str;
  c.str = std::move(code_points);
  return c;
}

ConstantValue ConstantValue::byte_string(std::string raw) {
  ConstantValue c;
  c.kind = Kind::Bytes;
  c.bytes = std::move(raw);
  return c;
}

namespace {

// The bit pattern of a double (to compare floats exactly).
std::uint64_t bits_of(double d) {
  std::uint64_t u;
  std::memcpy(&u, &d, sizeof u);
  return u;
}

// Formats a finite or infinite double as Python's repr does ('r' mode, shortest
// round-trip digits); add_dot_0 appends ".0" to integral values in fixed notation
// (float does, complex does not).
std::string format_double(double v, bool add_dot_0) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  // Shortest round-trip digits in scientific form: [-]d[.ddd]e(+|-)xx.
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));
  std::string out;
  if (!sci.empty() && sci.front() == '-') {
    out.push_back('-');
    sci.remove_prefix(1);
  }
  const std::size_t e_pos = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e_pos))
    if (c != '.') digits.push_back(c);
  int exp10 = 0;
  {
    std::string_view e = sci.substr(e_pos + 1);
    if (!e.empty() && e.front() == '+') e.remove_prefix(1);
    std::from_chars(e.data(), e.data() + e.size(), exp10);
  }
  // decpt: where the decimal point goes relative to the digits (Python's dtoa decpt).
  const int decpt = exp10 + 1;
  const int n = static_cast<int>(digits.size());
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (n > 1) {
      out += '.';
      out.append(digits, 1);
    }
    out += 'e';
    out += exp10 < 0 ? '-' : '+';
    const int a = exp10 < 0 ? -exp10 : exp10;
    if (a < 10) out += '0';
    out += std::to_string(a);
  } else if (decpt <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-decpt), '0');
    out += digits;
  } else if (decpt >= n) {
    out += digits;
    out.append(static_cast<std::size_t>(decpt - n), '0');
    if (add_dot_0) out += ".0";
  } else {
    out.append(digits, 0, static_cast<std::size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<std::size_t>(decpt));
  }
  return out;
}

// Appends `\` + letter + the code point in `width` lowercase hex digits.
void append_hex_escape(std::string& out, char letter, std::uint32_t c, int width) {
  static const char kHex[] = "0123456789abcdef";
  out += '\\';
  out += letter;
  for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
}

// The quote Python's repr uses for a text containing these quote characters.
char choose_quote(bool has_single, bool has_double) { return has_single && !has_double ? '"' : '\''; }

}  // namespace

bool operator==(const ConstantValue& a, const ConstantValue& b) {
  using K = ConstantValue::Kind;
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case K::None:
    case K::True:
    case K::False:
    case K::Ellipsis:
      return true;
    case K::Int:
      return a.int_value == b.int_value;
    case K::Float:
      return bits_of(a.float_value) == bits_of(b.float_value);
    case K::Complex:
      return bits_of(a.imag) == bits_of(b.imag);
    case K::Str:
      return a.str == b.str;
    case K::Bytes:
      return a.bytes == b.bytes;
  }
  return false;
}

std::string repr_float(double value) { return format_double(value, true); }

std::string repr_imaginary(double imag) { return format_double(imag, false) + "j"; }

std::string repr_str(std::u32string_view text) {
  bool has_single = false, has_double = false;
  for (char32_t c : text) {
    if (c == U'\'') has_single = true;
    if (c == U'"') has_double = true;
  }
  const char quote = choose_quote(has_single, has_double);
  std::string out;
  out.reserve(text.size() + 2);
  out += quote;
  for (char32_t c : text) {
    if (c == static_cast<char32_t>(quote) || c == U'\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == U'\t') {
      out += "\\t";
    } else if (c == U'\n') {
      out += "\\n";
    } else if (c == U'\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      append_hex_escape(out, 'x', c, 2);
    } else if (c < 0x7F) {
      out += static_cast<char>(c);
    } else if (c <= 0x10FFFF && unicode::is_printable(c)) {
      unicode::append_utf8(out, c);
    } else if (c <= 0xFF) {
      append_hex_escape(out, 'x', c, 2);
    } else if (c <= 0xFFFF) {
      append_hex_escape(out, 'u', c, 4);
    } else {
      append_hex_escape(out, 'U', c, 8);
    }
  }
  out += quote;
  return out;
}

bool decode_utf8(std::string_view utf8, std::u32string& out) {
  out.clear();
  out.reserve(utf8.size());
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const auto* end = p + utf8.size();
  while (p < end) {
    const unsigned b0 = *p;
    if (b0 < 0x80) {
      out.push_back(b0);
      ++p;
      continue;
    }
    int len;
    char32_t c, min;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      len = 2, c = b0 & 0x1F, min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      len = 3, c = b0 & 0x0F, min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      len = 4, c = b0 & 0x07, min = 0x10000;
    } else {
      return false;
    }
    if (end - p < len) return false;
    for (int i = 1; i < len; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      c = (c << 6) | (p[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    out.push_back(c);
    p += len;
  }
  return true;
}

std::string repr_utf8(std::string_view utf8) {
  std::u32string text;
  if (decode_utf8(utf8, text)) return repr_str(text);
  // Not valid UTF-8 (only hand-made trees): decode what is valid, U+FFFD for the rest.
  text.clear();
  std::u32string piece;
  std::size_t i = 0;
  while (i < utf8.size()) {
    std::size_t len = 1;
    const auto b0 = static_cast<unsigned char>(utf8[i]);
    if (b0 >= 0xF0) len = 4;
    else if (b0 >= 0xE0) len = 3;
    else if (b0 >= 0xC0) len = 2;
    if (i + len <= utf8.size() && decode_utf8(utf8.substr(i, len), piece) && piece.size() == 1) {
      text += piece;
      i += len;
    } else {
      text.push_back(U'\uFFFD');
      ++i;
    }
  }
  return repr_str(text);
}

std::string repr_bytes(std::string_view raw) {
  bool has_single = false, has_double = false;
  for (char c : raw) {
    if (c == '\'') has_single = true;
    if (c == '"') has_double = true;
  }
  const char quote = choose_quote(has_single, has_double);
  std::string out = "b";
  out.reserve(raw.size() + 3);
  out += quote;
  for (char ch : raw) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      append_hex_escape(out, 'x', c, 2);
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

std::string repr(const ConstantValue& value) {
  using K = ConstantValue::Kind;
  switch (value.kind) {
    case K::None:
      return "None";
    case K::True:
      return "True";
    case K::False:
      return "False";
    case K::Ellipsis:
      return "Ellipsis";
    case K::Int:
      return value.int_value;
    case K::Float:
      return repr_float(value.float_value);
    case K::Complex:
      return repr_imaginary(value.imag);
    case K::Str:
      return repr_str(value.str);
    case K::Bytes:
      return repr_bytes(value.bytes);
  }
  return "None";
}

}  // namespace peppy::ast
