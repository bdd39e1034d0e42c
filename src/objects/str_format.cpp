// str_format.cpp: text formatting: the format-spec mini-language for int, float,
// complex and str (fill, align, sign, z, #, 0, width, grouping, precision, the type
// codes), str.format / str.format_map (fields, indexing, attributes, conversions,
// nested specs) and printf-style `str % args`. Error messages are CPython's.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

#include "objects/core.hpp"

namespace peppy::objects {

// ---------------------------------------------------------------- spec parsing
struct Spec {
  char32_t fill = ' ';
  char32_t align = 0;  // < > = ^
  char32_t sign = 0;   // + - space
  bool z = false, alt = false, zero = false, fill_given = false;
  std::int64_t width = -1, precision = -1;
  char32_t grouping = 0;  // , _
  char32_t type = 0;
};

// Parses a format spec; false with ValueError on bad syntax.
static bool parse_spec(std::u32string_view s, Spec& sp, const std::string& tname) {
  std::size_t i = 0, n = s.size();
  auto is_align = [](char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
  if (n >= 2 && is_align(s[1])) {
    sp.fill = s[0];
    sp.align = s[1];
    sp.fill_given = true;
    i = 2;
  } else if (n >= 1 && is_align(s[0])) {
    sp.align = s[0];
    i = 1;
  }
  if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) sp.sign = s[i++];
  if (i < n && s[i] == 'z') {
    sp.z = true;
    ++i;
  }
  if (i < n && s[i] == '#') {
    sp.alt = true;
    ++i;
  }
  if (i < n && s[i] == '0') {
    sp.zero = true;
    ++i;
  }
  auto digits = [&](std::int64_t& out) -> bool {
    std::size_t st = i;
    std::int64_t v = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
      v = v * 10 + (s[i] - '0');
      if (v > (std::int64_t{1} << 40)) {
        raise(ValueErrorType, "Too many decimal digits in format string");
        return false;
      }
      ++i;
    }
    if (i > st) out = v;
    return true;
  };
  if (!digits(sp.width)) return false;
  if (i < n && (s[i] == ',' || s[i] == '_')) sp.grouping = s[i++];
  if (i < n && (s[i] == ',' || s[i] == '_')) {
    raise(ValueErrorType, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (i < n && s[i] == '.') {
    ++i;
    std::size_t st = i;
    if (!digits(sp.precision)) return false;
    if (i == st) {
      raise(ValueErrorType, "Format specifier missing precision");
      return false;
    }
  }
  if (i + 1 < n || (i < n && false)) {
    raise_fmt(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", {utf8_of(s), tname});
    return false;
  }
  if (i < n) sp.type = s[i];
  return true;
}

// Raises "Unknown format code 'd' for object of type 'float'".
static Value unknown_code(char32_t c, const char* tname) {
  std::string cs;
  utf8_append(cs, c);
  return raise_fmt(ValueErrorType, "Unknown format code '%s' for object of type '%s'", {cs, tname});
}

// Inserts a grouping separator every `every` digits of the integer part of digits.
static std::string group_digits(const std::string& digits, char sep, int every) {
  std::string out;
  int count = 0;
  for (std::size_t i = digits.size(); i-- > 0;) {
    if (count == every) {
      out += sep;
      count = 0;
    }
    out += digits[i];
    ++count;
  }
  return std::string(out.rbegin(), out.rend());
}

// Pads sign+body to the width: '=' puts the fill between the sign/prefix and the digits.
static Value pad_number(const Spec& sp, const std::string& sign_prefix, const std::string& body, char32_t default_align) {
  std::u32string out;
  std::size_t len = sign_prefix.size() + body.size();
  char32_t align = sp.align ? sp.align : (sp.zero && !sp.fill_given ? U'=' : default_align);
  char32_t fill = sp.fill_given ? sp.fill : (sp.zero ? U'0' : U' ');
  std::size_t w = sp.width > 0 ? static_cast<std::size_t>(sp.width) : 0;
  std::size_t padn = w > len ? w - len : 0;
  auto add = [&](const std::string& s) {
    for (char c : s) out += static_cast<char32_t>(static_cast<unsigned char>(c));
  };
  if (align == '=') {
    add(sign_prefix);
    out.append(padn, fill);
    add(body);
  } else if (align == '<') {
    add(sign_prefix);
    add(body);
    out.append(padn, fill);
  } else if (align == '^') {
    out.append(padn / 2, fill);
    add(sign_prefix);
    add(body);
    out.append(padn - padn / 2, fill);
  } else {
    out.append(padn, fill);
    add(sign_prefix);
    add(body);
  }
  return make_str(out);
}

// Pads code points (strings) to the width.
static Value pad_text(const Spec& sp, std::u32string_view body) {
  std::size_t w = sp.width > 0 ? static_cast<std::size_t>(sp.width) : 0;
  if (body.size() >= w) return make_str(body);
  std::size_t padn = w - body.size();
  char32_t fill = sp.fill_given ? sp.fill : (sp.zero ? U'0' : U' ');
  char32_t align = sp.align ? sp.align : U'<';
  std::u32string out;
  if (align == '>') {
    out.append(padn, fill);
    out += body;
  } else if (align == '^') {
    out.append(padn / 2, fill);
    out += body;
    out.append(padn - padn / 2, fill);
  } else {
    out += body;
    out.append(padn, fill);
  }
  return make_str(out);
}

// ---------------------------------------------------------------- int
Value format_int(Value v, Str* spec) {
  if (spec->length == 0) return str(v);
  Spec sp;
  if (!parse_spec(str_view(spec), sp, "int")) return Value();
  char32_t t = sp.type;
  if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%') {
    double d;
    if (!int_to_double(v, d)) return Value();
    return format_float(d, spec);
  }
  if (t != 0 && t != 'd' && t != 'n' && t != 'b' && t != 'o' && t != 'x' && t != 'X' && t != 'c')
    return unknown_code(t, "int");
  if (sp.z) return raise(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier");
  if (sp.precision >= 0) return raise(ValueErrorType, "Precision not allowed in integer format specifier");
  if (t == 'c') {
    if (sp.sign) return raise(ValueErrorType, "Sign not allowed with integer format specifier 'c'");
    if (sp.alt) return raise(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'");
    std::int64_t c;
    if (!int_to_int64(v, c)) return raise(OverflowErrorType, "Python int too large to convert to C long");
    if (c < 0 || c > 0x10FFFF) return raise(OverflowErrorType, "%c arg not in range(0x110000)");
    char32_t ch = static_cast<char32_t>(c);
    Spec s2 = sp;
    if (!s2.align) s2.align = '>';
    return pad_text(s2, std::u32string_view(&ch, 1));
  }
  if (sp.grouping == ',' && (t == 'b' || t == 'o' || t == 'x' || t == 'X' || t == 'n')) {
    std::string tc;
    utf8_append(tc, t);
    return raise_fmt(ValueErrorType, "Cannot specify ',' with '%s'.", {tc});
  }
  int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
  bool neg = int_sign(v) < 0;
  Value digits_v = int_to_str_base(v, base, false);
  if (!digits_v) return digits_v;
  std::string digits = str_utf8(as_str(digits_v));
  decref(digits_v);
  if (neg) digits.erase(0, 1);
  if (t == 'X')
    for (char& c : digits) c = static_cast<char>(c >= 'a' && c <= 'f' ? c - 32 : c);
  std::string prefix;
  if (neg)
    prefix = "-";
  else if (sp.sign == '+')
    prefix = "+";
  else if (sp.sign == ' ')
    prefix = " ";
  if (sp.alt && base != 10) prefix += base == 2 ? "0b" : base == 8 ? "0o" : t == 'X' ? "0X" : "0x";
  if (sp.grouping) {
    int every = base == 10 ? 3 : 4;
    char sep = static_cast<char>(sp.grouping);
    // With zero padding the grouping extends into the padding (as CPython).
    if ((sp.zero && !sp.fill_given && !sp.align) || (sp.align == '=' && sp.fill == '0')) {
      std::int64_t want = sp.width - static_cast<std::int64_t>(prefix.size());
      std::string g = group_digits(digits, sep, every);
      while (static_cast<std::int64_t>(g.size()) < want) {
        digits = "0" + digits;
        g = group_digits(digits, sep, every);
      }
      if (g[0] == sep) g = "0" + g;
      return pad_number(sp, prefix, g, '>');
    }
    digits = group_digits(digits, sep, every);
  }
  return pad_number(sp, prefix, digits, '>');
}

// ---------------------------------------------------------------- float
// Formats d (finite) with a printf conversion.
static std::string cfmt(double d, char conv, std::int64_t prec, bool alt) {
  // 'e', 'E' and 'f' of finite values: std::to_chars (exact, like printf, and faster).
  if ((conv == 'e' || conv == 'E' || conv == 'f') && std::isfinite(d) && prec <= 100) {
    char buf[512];
    auto res = std::to_chars(buf, buf + sizeof buf, d,
                             conv == 'f' ? std::chars_format::fixed : std::chars_format::scientific,
                             static_cast<int>(prec));
    if (res.ec == std::errc()) {
      std::string out(buf, res.ptr);
      if (conv == 'E')
        for (char& c : out) c = c == 'e' ? 'E' : c;
      if (alt && out.find('.') == std::string::npos) {
        // '#' keeps the point: "2." / "2.e+00".
        std::size_t e = out.find_first_of("eE");
        out.insert(e == std::string::npos ? out.size() : e, ".");
      }
      return out;
    }
  }
  char f[16];
  std::snprintf(f, sizeof f, alt ? "%%#.%d%c" : "%%.%d%c", static_cast<int>(prec), conv);
  int n = std::snprintf(nullptr, 0, f, d);
  std::string out(static_cast<std::size_t>(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), f, d);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// 'g'-style formatting of a >= 0 with p significant digits; with add_dot0 (the
// type-less spec) the switch to exponent form comes one digit earlier and a fixed result
// keeps at least one digit after the point.
static std::string fmt_g(double a, std::int64_t p, bool alt, bool add_dot0, bool upper) {
  if (p == 0) p = 1;
  std::string e = cfmt(a, 'e', p - 1, false);
  int x = std::atoi(e.c_str() + e.find('e') + 1);
  std::int64_t limit = add_dot0 ? p - 1 : p;
  std::string out;
  bool expo = x < -4 || x >= limit;
  if (expo)
    out = cfmt(a, 'e', p - 1, alt);
  else
    out = cfmt(a, 'f', p - 1 - x, alt);
  if (!alt) {
    // Strip trailing zeros of the fraction (and a bare point).
    std::size_t epos = out.find('e');
    std::string mant = epos == std::string::npos ? out : out.substr(0, epos);
    std::string tail = epos == std::string::npos ? "" : out.substr(epos);
    if (mant.find('.') != std::string::npos) {
      while (!mant.empty() && mant.back() == '0') mant.pop_back();
      if (!mant.empty() && mant.back() == '.') mant.pop_back();
    }
    out = mant + tail;
  }
  if (add_dot0 && out.find_first_of(".e") == std::string::npos) out += ".0";
  if (upper)
    for (char& c : out) c = static_cast<char>(c == 'e' ? 'E' : c);
  return out;
}

// format(float, spec).
Value format_float(double d, Str* spec) {
  if (spec->length == 0) return make_str_ascii(float_repr(d));
  Spec sp;
  if (!parse_spec(str_view(spec), sp, "float")) return Value();
  char32_t t = sp.type;
  if (t != 0 && t != 'e' && t != 'E' && t != 'f' && t != 'F' && t != 'g' && t != 'G' && t != '%' && t != 'n')
    return unknown_code(t, "float");
  if (sp.grouping == ',' && t == 'n') return raise(ValueErrorType, "Cannot specify ',' with 'n'.");
  bool neg = std::signbit(d) && !std::isnan(d);
  double a = std::fabs(d);
  std::string body;
  bool upper = t == 'E' || t == 'F' || t == 'G';
  if (std::isnan(d) || std::isinf(d)) {
    body = std::isnan(d) ? "nan" : "inf";
    if (upper) body = std::isnan(d) ? "NAN" : "INF";
    if (t == '%') body += "%";
  } else {
    std::int64_t p = sp.precision;
    switch (t) {
      case 'e':
      case 'E':
        body = cfmt(a, static_cast<char>(t), p < 0 ? 6 : p, sp.alt);
        break;
      case 'f':
      case 'F':
        body = cfmt(a, 'f', p < 0 ? 6 : p, sp.alt);
        break;
      case '%':
        body = cfmt(a * 100, 'f', p < 0 ? 6 : p, sp.alt) + "%";
        break;
      case 'g':
      case 'G':
      case 'n':
        body = fmt_g(a, p < 0 ? 6 : p, sp.alt, false, t == 'G');
        break;
      default:
        body = p < 0 ? float_repr(a) : fmt_g(a, p, sp.alt, true, false);
        break;
    }
    if (sp.z && neg) {
      // 'z': a result that rounds to zero loses its minus sign.
      bool allzero = true;
      for (char c : body) {
        if (c == 'e' || c == 'E') break;
        if (c >= '1' && c <= '9') allzero = false;
      }
      if (allzero) neg = false;
    }
  }
  std::string prefix = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
  if (sp.grouping && std::isfinite(d)) {
    std::size_t end = body.find_first_of(".eE%");
    if (end == std::string::npos) end = body.size();
    std::string ip = body.substr(0, end), rest = body.substr(end);
    char sep = static_cast<char>(sp.grouping);
    std::string g = group_digits(ip, sep, 3);
    if ((sp.zero && !sp.fill_given && !sp.align) || (sp.align == '=' && sp.fill == '0')) {
      // Zero padding is grouped too.
      std::int64_t want = sp.width - static_cast<std::int64_t>(prefix.size() + rest.size());
      while (static_cast<std::int64_t>(g.size()) < want) {
        ip = "0" + ip;
        g = group_digits(ip, sep, 3);
      }
      if (g[0] == sep) g = "0" + g;
    }
    body = g + rest;
  }
  return pad_number(sp, prefix, body, '>');
}

// complex: both parts with the float rules ("(r+ij)" without a type, like repr).
Value format_complex(double re, double im, Str* spec) {
  if (spec->length == 0) {
    Value c = make_complex(re, im);
    Value r = repr(c);
    decref(c);
    return r;
  }
  Spec sp;
  if (!parse_spec(str_view(spec), sp, "complex")) return Value();
  std::string t;
  if (sp.type) utf8_append(t, sp.type);
  std::string p = sp.precision >= 0 ? "." + std::to_string(sp.precision) : "";
  std::string sign = sp.sign ? std::string(1, static_cast<char>(sp.sign)) : "";
  Value s1 = make_str_ascii(sign + p + (t.empty() ? "g" : t));
  Value s2 = make_str_ascii("+" + p + (t.empty() ? "g" : t));
  Value r = format_float(re, as_str(s1));
  Value i = format_float(im, as_str(s2));
  decref(s1);
  decref(s2);
  if (!r || !i) {
    xdecref(r);
    xdecref(i);
    return Value();
  }
  std::string body = str_utf8(as_str(r)) + str_utf8(as_str(i)) + "j";
  if (t.empty() && sp.precision < 0) body = "(" + body + ")";
  decref(r);
  decref(i);
  Spec pad = sp;
  return pad_number(pad, "", body, '>');
}

// ---------------------------------------------------------------- str
Value format_str(Str* s, Str* spec) {
  if (spec->length == 0) return make_str(str_view(s));
  Spec sp;
  if (!parse_spec(str_view(spec), sp, "str")) return Value();
  if (sp.type != 0 && sp.type != 's') return unknown_code(sp.type, "str");
  if (sp.sign) return raise(ValueErrorType, "Sign not allowed in string format specifier");
  if (sp.z) return raise(ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier");
  if (sp.alt) return raise(ValueErrorType, "Alternate form (#) not allowed in string format specifier");
  if (sp.align == '=') return raise(ValueErrorType, "'=' alignment not allowed in string format specifier");
  if (sp.grouping) return raise(ValueErrorType, "Cannot specify ',' with 's'.");
  std::u32string_view body = str_view(s);
  if (sp.precision >= 0 && static_cast<std::size_t>(sp.precision) < body.size())
    body = body.substr(0, static_cast<std::size_t>(sp.precision));
  return pad_text(sp, body);
}

// ---------------------------------------------------------------- str.format
// ascii(v): repr with non-ASCII escaped.
Value ascii_repr(Value v) {
  Value r = repr(v);
  if (!r) return r;
  std::u32string out;
  for (char32_t c : str_view(as_str(r))) {
    if (c < 128) {
      out += c;
      continue;
    }
    char b[16];
    std::snprintf(b, sizeof b, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", static_cast<unsigned>(c));
    for (char* p = b; *p; ++p) out += static_cast<char32_t>(*p);
  }
  decref(r);
  return make_str(out);
}

struct FormatState {
  const Value* args;
  std::size_t nargs;
  Tuple* kwnames;
  Value mapping;      // format_map's mapping (or null)
  int auto_index = 0;  // next automatic field number; -1 once manual numbering is used
  bool manual = false;
};

// Resolves a field name ("0", "name", "0.attr[key]") to a value (new ref).
static Value resolve_field(std::u32string_view name, FormatState& st) {
  std::size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
  std::u32string_view first = name.substr(0, i);
  Value obj;
  bool numeric = !first.empty();
  for (char32_t c : first) numeric = numeric && c >= '0' && c <= '9';
  if ((first.empty() || numeric) && st.mapping && !st.nargs)
    return raise(ValueErrorType, "Format string contains positional fields");
  if (first.empty()) {
    if (st.manual)
      return raise(ValueErrorType, "cannot switch from manual field specification to automatic field numbering");
    st.auto_index = st.auto_index < 0 ? 0 : st.auto_index;
    std::size_t k = static_cast<std::size_t>(st.auto_index++);
    if (k >= st.nargs)
      return raise_fmt(IndexErrorType, "Replacement index %s out of range for positional args tuple", {std::to_string(k)});
    obj = newref(st.args[k]);
  } else if (numeric) {
    if (st.auto_index > 0)
      return raise(ValueErrorType, "cannot switch from automatic field numbering to manual field specification");
    st.manual = true;
    std::size_t k = 0;
    for (char32_t c : first) k = k * 10 + (c - '0');
    if (k >= st.nargs)
      return raise_fmt(IndexErrorType, "Replacement index %s out of range for positional args tuple", {std::to_string(k)});
    obj = newref(st.args[k]);
  } else {
    Value key = make_str(first);
    if (st.mapping) {
      obj = getitem(st.mapping, key);
      decref(key);
      if (!obj) return obj;
    } else {
      std::size_t nkw = st.kwnames ? st.kwnames->length : 0;
      for (std::size_t k = 0; k < nkw; ++k)
        if (str_equal(as_str(st.kwnames->items[k]), as_str(key))) obj = newref(st.args[st.nargs + k]);
      if (!obj) {
        raise_key_error(key);
        decref(key);
        return Value();
      }
      decref(key);
    }
  }
  while (i < name.size()) {
    if (name[i] == '.') {
      std::size_t j = ++i;
      while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
      if (i == j) {
        decref(obj);
        return raise(ValueErrorType, "Empty attribute in format string");
      }
      Value attr = make_str(name.substr(j, i - j));
      Value next = getattr(obj, as_str(attr));
      decref(attr);
      decref(obj);
      if (!next) return next;
      obj = next;
    } else if (name[i] == '[') {
      std::size_t j = ++i;
      while (i < name.size() && name[i] != ']') ++i;
      if (i >= name.size()) {
        decref(obj);
        return raise(ValueErrorType, "Missing ']' in format string");
      }
      std::u32string_view k = name.substr(j, i - j);
      ++i;
      bool num = !k.empty();
      for (char32_t c : k) num = num && c >= '0' && c <= '9';
      Value key;
      if (num) {
        std::int64_t v = 0;
        for (char32_t c : k) v = v * 10 + (c - '0');
        key = make_int(v);
      } else {
        key = make_str(k);
      }
      Value next = getitem(obj, key);
      decref(key);
      decref(obj);
      if (!next) return next;
      obj = next;
    } else {
      decref(obj);
      return raise(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

static bool format_into(std::u32string_view fmt, FormatState& st, std::u32string& out, int depth);

// Formats one replacement field's inside (between the braces).
static bool format_field(std::u32string_view field, FormatState& st, std::u32string& out, int depth) {
  // Split name ! conv : spec (brackets may contain ':' or '!').
  std::size_t i = 0;
  int bracket = 0;
  while (i < field.size()) {
    char32_t c = field[i];
    if (c == '[') ++bracket;
    if (c == ']') --bracket;
    if (bracket == 0 && (c == '!' || c == ':')) break;
    ++i;
  }
  std::u32string_view name = field.substr(0, i);
  char32_t conv = 0;
  if (i < field.size() && field[i] == '!') {
    if (i + 1 >= field.size()) {
      raise(ValueErrorType, "end of string while looking for conversion specifier");
      return false;
    }
    conv = field[i + 1];
    i += 2;
    if (i < field.size() && field[i] != ':') {
      raise(ValueErrorType, "expected ':' after conversion specifier");
      return false;
    }
  }
  std::u32string_view spec_text;
  if (i < field.size() && field[i] == ':') spec_text = field.substr(i + 1);
  Value obj = resolve_field(name, st);
  if (!obj) return false;
  if (conv) {
    Value c;
    if (conv == 'r')
      c = repr(obj);
    else if (conv == 's')
      c = str(obj);
    else if (conv == 'a')
      c = ascii_repr(obj);
    else {
      decref(obj);
      std::string cs;
      utf8_append(cs, conv);
      raise_fmt(ValueErrorType, "Unknown conversion specifier %s", {cs});
      return false;
    }
    decref(obj);
    if (!c) return false;
    obj = c;
  }
  // Nested fields in the spec.
  std::u32string spec;
  if (spec_text.find(U'{') != std::u32string_view::npos) {
    if (depth >= 2) {
      decref(obj);
      raise(ValueErrorType, "Max string recursion exceeded");
      return false;
    }
    if (!format_into(spec_text, st, spec, depth + 1)) {
      decref(obj);
      return false;
    }
  } else {
    spec = spec_text;
  }
  Value sv = make_str(spec);
  Value r = format(obj, sv);
  decref(sv);
  decref(obj);
  if (!r) return false;
  out += str_view(as_str(r));
  decref(r);
  return true;
}

// Expands a format string into out.
static bool format_into(std::u32string_view fmt, FormatState& st, std::u32string& out, int depth) {
  std::size_t i = 0, n = fmt.size();
  while (i < n) {
    char32_t c = fmt[i];
    if (c == '{') {
      if (i + 1 < n && fmt[i + 1] == '{') {
        out += U'{';
        i += 2;
        continue;
      }
      // Find the matching close brace (nested braces allowed in the spec).
      int level = 1;
      std::size_t j = i + 1;
      while (j < n && level) {
        if (fmt[j] == '{') ++level;
        if (fmt[j] == '}') --level;
        if (level) ++j;
      }
      if (j >= n) {
        raise(ValueErrorType, depth ? "unmatched '{' in format spec" : "expected '}' before end of string");
        if (j >= n && i + 1 == n) {
          clear_error();
          raise(ValueErrorType, "Single '{' encountered in format string");
        }
        return false;
      }
      if (!format_field(fmt.substr(i + 1, j - i - 1), st, out, depth)) return false;
      i = j + 1;
    } else if (c == '}') {
      if (i + 1 < n && fmt[i + 1] == '}') {
        out += U'}';
        i += 2;
        continue;
      }
      raise(ValueErrorType, "Single '}' encountered in format string");
      return false;
    } else {
      out += c;
      ++i;
    }
  }
  return true;
}

// str.format(*args, **kwargs)
static Value str_format(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  FormatState st{args, nargs, kwnames, Value()};
  std::u32string out;
  if (!format_into(str_view(as_str(self)), st, out, 0)) return Value();
  return make_str(out);
}
// str.format_map(mapping)
static Value str_format_map(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("format_map", nargs, 1)) return Value();
  FormatState st{nullptr, 0, nullptr, args[0]};
  std::u32string out;
  if (!format_into(str_view(as_str(self)), st, out, 0)) return Value();
  return make_str(out);
}

// ---------------------------------------------------------------- printf-style
// fmt % args
Value str_percent_format(Str* fmt, Value args) {
  std::u32string_view f = str_view(fmt);
  bool tuple_args = is_tuple(args);
  Tuple* targs = tuple_args ? as_tuple(args) : nullptr;
  std::size_t nargs = tuple_args ? targs->length : 1, argi = 0;
  bool mapping = !tuple_args && !is_str(args) && type_of(args)->getitem && !is_list(args);
  bool used_mapping = false;
  auto next_arg = [&]() -> Value {
    if (argi >= nargs) {
      raise_type_error("not enough arguments for format string");
      return Value();
    }
    return tuple_args ? targs->items[argi++] : (argi++, args);
  };
  std::u32string out;
  std::size_t i = 0, n = f.size();
  while (i < n) {
    char32_t c = f[i];
    if (c != '%') {
      out += c;
      ++i;
      continue;
    }
    std::size_t start = i++;
    if (i >= n) return raise(ValueErrorType, "incomplete format");
    Value arg;
    Value owned;  // a mapping lookup result
    if (f[i] == '(') {
      if (!mapping) return raise_type_error("format requires a mapping");
      int level = 1;
      std::size_t j = ++i;
      while (i < n && level) {
        if (f[i] == '(') ++level;
        if (f[i] == ')') --level;
        if (level) ++i;
      }
      if (i >= n) return raise(ValueErrorType, "incomplete format key");
      Value key = make_str(f.substr(j, i - j));
      owned = getitem(args, key);
      decref(key);
      if (!owned) return owned;
      arg = owned;
      used_mapping = true;
      ++i;
    }
    bool left = false, plus = false, space = false, alt = false, zero = false;
    for (; i < n; ++i) {
      char32_t fl = f[i];
      if (fl == '-')
        left = true;
      else if (fl == '+')
        plus = true;
      else if (fl == ' ')
        space = true;
      else if (fl == '#')
        alt = true;
      else if (fl == '0')
        zero = true;
      else
        break;
    }
    std::int64_t width = -1, prec = -1;
    auto read_num = [&](std::int64_t& out_n) -> bool {
      if (i < n && f[i] == '*') {
        ++i;
        Value w = next_arg();
        if (!w) return false;
        if (!is_int(w)) {
          raise_type_error("* wants int");
          return false;
        }
        int_to_int64(w, out_n);
        return true;
      }
      if (i < n && f[i] >= '0' && f[i] <= '9') {
        out_n = 0;
        while (i < n && f[i] >= '0' && f[i] <= '9') {
          out_n = out_n * 10 + (f[i++] - '0');
          if (out_n > (std::int64_t{1} << 40)) {
            raise(ValueErrorType, "width too big");
            return false;
          }
        }
      }
      return true;
    };
    if (!read_num(width)) return xdecref(owned), Value();
    if (width < -1) {
      left = true;
      width = -width;
    }
    if (i < n && f[i] == '.') {
      ++i;
      prec = 0;
      if (!read_num(prec)) return xdecref(owned), Value();
    }
    while (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) ++i;
    if (i >= n) return xdecref(owned), raise(ValueErrorType, "incomplete format");
    char32_t conv = f[i++];
    if (conv == '%') {
      out += U'%';
      xdecref(owned);
      continue;
    }
    if (!arg) {
      arg = next_arg();
      if (!arg) return Value();
    }
    std::u32string body;
    std::string sign;
    bool numeric = false;
    auto append_ascii = [&](const std::string& s) {
      for (char ch : s) body += static_cast<char32_t>(static_cast<unsigned char>(ch));
    };
    switch (conv) {
      case 's':
      case 'r':
      case 'a': {
        Value s = conv == 's' ? str(arg) : conv == 'r' ? repr(arg) : ascii_repr(arg);
        if (!s) return xdecref(owned), Value();
        std::u32string_view v = str_view(as_str(s));
        if (prec >= 0 && static_cast<std::size_t>(prec) < v.size()) v = v.substr(0, static_cast<std::size_t>(prec));
        body = v;
        decref(s);
        break;
      }
      case 'c': {
        if (is_str(arg)) {
          if (as_str(arg)->length != 1) return xdecref(owned), raise_type_error("%c requires int or char");
          body = str_view(as_str(arg));
        } else if (is_int(arg)) {
          std::int64_t v;
          if (!int_to_int64(arg, v) || v < 0 || v > 0x10FFFF)
            return xdecref(owned), raise(OverflowErrorType, "%c arg not in range(0x110000)");
          body = std::u32string(1, static_cast<char32_t>(v));
        } else {
          return xdecref(owned), raise_type_error("%c requires int or char");
        }
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        numeric = true;
        Value iv;
        if (is_int(arg)) {
          iv = newref(arg);
        } else if (conv == 'd' || conv == 'i' || conv == 'u') {
          if (is_float(arg)) {
            iv = int_from_double(as_float(arg)->value);
          } else if (type_of(arg)->to_int || type_of(arg)->index) {
            iv = type_of(arg)->index ? index_to_int(arg) : type_of(arg)->to_int(arg);
          } else {
            std::string cs;
            utf8_append(cs, conv);
            return xdecref(owned), raise_fmt(TypeErrorType, "%%%s format: a real number is required, not %s",
                                             {cs, type_name(arg)});
          }
        } else if (type_of(arg)->index) {
          iv = index_to_int(arg);
        } else {
          std::string cs;
          utf8_append(cs, conv);
          return xdecref(owned), raise_fmt(TypeErrorType, "%%%s format: an integer is required, not %s",
                                           {cs, type_name(arg)});
        }
        if (!iv) return xdecref(owned), Value();
        int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
        bool neg = int_sign(iv) < 0;
        Value ds = int_to_str_base(iv, base, false);
        decref(iv);
        if (!ds) return xdecref(owned), Value();
        std::string digits = str_utf8(as_str(ds));
        decref(ds);
        if (neg) digits.erase(0, 1);
        if (conv == 'X')
          for (char& ch : digits) ch = static_cast<char>(ch >= 'a' && ch <= 'f' ? ch - 32 : ch);
        if (prec >= 0 && static_cast<std::int64_t>(digits.size()) < prec)
          digits.insert(0, static_cast<std::size_t>(prec) - digits.size(), '0');
        sign = neg ? "-" : plus ? "+" : space ? " " : "";
        if (alt && base == 8) sign += "0o";
        if (alt && base == 16) sign += conv == 'X' ? "0X" : "0x";
        append_ascii(digits);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        numeric = true;
        double d;
        if (is_float(arg)) {
          d = as_float(arg)->value;
        } else if (is_int(arg)) {
          if (!int_to_double(arg, d)) return xdecref(owned), Value();
        } else if (type_of(arg)->to_float) {
          Value fv = type_of(arg)->to_float(arg);
          if (!fv) return xdecref(owned), Value();
          d = as_float(fv)->value;
          decref(fv);
        } else {
          std::string cs;
          utf8_append(cs, conv);
          return xdecref(owned), raise_fmt(TypeErrorType, "must be real number, not %s", {type_name(arg)});
        }
        bool neg = std::signbit(d) && !std::isnan(d);
        std::string digits;
        double a = std::fabs(d);
        if (std::isnan(d) || std::isinf(d)) {
          digits = std::isnan(d) ? "nan" : "inf";
          if (conv == 'E' || conv == 'F' || conv == 'G') digits = std::isnan(d) ? "NAN" : "INF";
        } else {
          digits = cfmt(a, conv == 'F' ? 'f' : static_cast<char>(conv), prec < 0 ? 6 : prec, alt);
        }
        sign = neg ? "-" : plus ? "+" : space ? " " : "";
        append_ascii(digits);
        break;
      }
      default: {
        xdecref(owned);
        char hex[16];
        std::snprintf(hex, sizeof hex, "%x", static_cast<unsigned>(conv));
        (void)start;
        return raise(ValueErrorType, "unsupported format character '" + utf8_of(std::u32string(1, conv)) + "' (0x" + hex +
                                         ") at index " + std::to_string(i - 1));
      }
    }
    xdecref(owned);
    std::size_t len = sign.size() + body.size();
    std::size_t padn = width > 0 && static_cast<std::size_t>(width) > len ? static_cast<std::size_t>(width) - len : 0;
    std::u32string sg;
    for (char ch : sign) sg += static_cast<char32_t>(ch);
    if (left) {
      out += sg;
      out += body;
      out.append(padn, U' ');
    } else if (zero && numeric) {
      out += sg;
      out.append(padn, U'0');
      out += body;
    } else {
      out.append(padn, U' ');
      out += sg;
      out += body;
    }
  }
  if (argi < nargs && !used_mapping && !mapping)
    return raise_type_error("not all arguments converted during string formatting");
  return make_str(out);
}

// Adds the formatting methods to str.
void init_str_format() { add_str_format_methods(str_format, str_format_map); }

}  // namespace peppy::objects
