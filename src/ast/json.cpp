// json.cpp: the hand-written half of the AST's JSON form (docs/ast-json.md): constants,
// checked reading of scalar values, error messages with paths, the depth limit and the
// public entry points. The per-node code is generated into ast_json.cpp.
#include "ast/json.hpp"

#include <charconv>
#include <climits>
#include <cstdint>
#include <string>
#include <system_error>

#include "ast/json_support.hpp"
#include "limits.hpp"
#include "unicode/unicode.hpp"

namespace peppy::ast {

namespace detail {

namespace {

// True if s is a canonical decimal int: -?(0|[1-9][0-9]*), not "-0".
bool canonical_decimal(const std::string& s) {
  std::size_t i = s.empty() || s[0] != '-' ? 0 : 1;
  if (i == s.size()) return false;
  if (s[i] == '0') return i + 1 == s.size() && i == 0;
  for (; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// Parses a float written as Python's repr writes it ("1.5", "1e+16", "inf", "nan"); the
// whole text must be the number, and a value too large for a double is refused.
bool parse_double(const std::string& s, double& out) {
  const char* first = s.data();
  const char* last = first + s.size();
  const auto res = std::from_chars(first, last, out, std::chars_format::general);
  return !s.empty() && res.ec == std::errc() && res.ptr == last;
}

// True if the code points hold a surrogate (they cannot be written as a JSON string).
bool has_surrogate(const std::u32string& s) {
  for (char32_t c : s)
    if (c >= 0xD800 && c <= 0xDFFF) return true;
  return false;
}

// The word with "a" or "an" before it, as fits ("an expr", "a stmt").
std::string a_or_an(const char* word) {
  const bool vowel = std::string("aeiouAEIOU").find(word[0]) != std::string::npos;
  return (vowel ? "an " : "a ") + std::string(word);
}

}  // namespace

template <typename J>
J write_constant(const ConstantValue& c) {
  using K = ConstantValue::Kind;
  J o = J::object();
  switch (c.kind) {
    case K::None:
      o["type"] = "NoneType";
      break;
    case K::True:
    case K::False:
      o["type"] = "bool";
      o["value"] = c.kind == K::True;
      break;
    case K::Ellipsis:
      o["type"] = "ellipsis";
      break;
    case K::Int:
      o["type"] = "int";
      o["value"] = c.int_value;
      break;
    case K::Float:
      o["type"] = "float";
      o["value"] = repr_float(c.float_value);
      break;
    case K::Complex:
      o["type"] = "complex";
      o["imag"] = repr_float(c.imag);
      break;
    case K::Str:
      o["type"] = "str";
      if (has_surrogate(c.str)) {
        J cps = J::array();
        for (char32_t ch : c.str) cps.push_back(static_cast<std::uint32_t>(ch));
        o["code_points"] = std::move(cps);
      } else {
        o["value"] = unicode::to_utf8(c.str);
      }
      break;
    case K::Bytes: {
      o["type"] = "bytes";
      std::string latin1;
      for (char ch : c.bytes) unicode::append_utf8(latin1, static_cast<unsigned char>(ch));
      o["value"] = std::move(latin1);
      break;
    }
  }
  return o;
}

template nlohmann::json write_constant<nlohmann::json>(const ConstantValue&);
template nlohmann::ordered_json write_constant<nlohmann::ordered_json>(const ConstantValue&);

std::string JsonReader::printable(const std::string& s) {
  std::string cut = s.size() > 60 ? s.substr(0, 60) : s;
  std::string out = repr_utf8(cut);  // escapes control characters and invalid bytes
  out = out.substr(1, out.size() - 2);
  if (cut.size() < s.size()) out += "...";
  return out;
}

void JsonReader::fail(const std::string& msg, bool at_parent) const {
  std::string where = "$";
  const std::size_t n = at_parent && !path_.empty() ? path_.size() - 1 : path_.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (path_[i].key != nullptr) {
      where += '.';
      where += path_[i].key;
    } else {
      where += '[';
      where += std::to_string(path_[i].index);
      where += ']';
    }
  }
  throw JsonError("invalid JSON AST at " + where + ": " + msg);
}

// Kept out of read_any so that its message-building locals are not on the stack while
// read_any recurses.
[[gnu::noinline]] Tag JsonReader::node_tag(const Json& v, const char* asdl_type, bool (*accepts)(Tag)) {
  if (!v.is_object()) fail("expected " + a_or_an(asdl_type) + " node (an object), got " + v.type_name());
  const auto t = v.find("_type");
  if (t == v.end()) fail("expected " + a_or_an(asdl_type) + " node, but the object has no \"_type\"");
  if (!t->is_string()) fail(std::string("\"_type\" must be a string, got ") + t->type_name());
  const std::string& type_name = t->get_ref<const std::string&>();
  const std::optional<Tag> tag = tag_from_name(type_name);
  if (!tag) fail("unknown node type \"" + printable(type_name) + "\"");
  if (!accepts(*tag)) fail("expected " + a_or_an(asdl_type) + " node, got " + type_name);
  if (depth_ >= limits::kMaxAstJsonDepth)
    fail("nodes nested deeper than " + std::to_string(limits::kMaxAstJsonDepth) + " levels");
  return *tag;
}

Node* JsonReader::read_any(const Json& v, const char* asdl_type, bool (*accepts)(Tag)) {
  const Tag tag = node_tag(v, asdl_type, accepts);
  ++depth_;
  Node* n = read_fields(*this, v, tag);
  --depth_;
  return n;
}

Node* JsonReader::node_any(const Json& obj, const char* key, bool optional, const char* asdl_type,
                           bool (*accepts)(Tag)) {
  PathGuard g(*this, key);
  const Json& v = field(obj, key);
  if (v.is_null()) {
    if (!optional) fail_null(asdl_type, false);
    return nullptr;
  }
  return read_any(v, asdl_type, accepts);
}

[[gnu::noinline]] void JsonReader::fail_null(const char* asdl_type, bool element) const {
  if (element) fail(std::string("list element is null (expected ") + asdl_type + " nodes)");
  fail(std::string("required ") + asdl_type + " node is null");
}

void JsonReader::nodes_any(const Json& obj, const char* key, bool null_elements, const char* asdl_type,
                           bool (*accepts)(Tag), void* list, void (*push)(void*, Node*)) {
  PathGuard g(*this, key);
  const Json& v = array_field(obj, key);
  for (std::size_t i = 0; i < v.size(); ++i) {
    PathGuard e(*this, i);
    const Json& x = v[i];
    if (x.is_null()) {
      if (!null_elements) fail_null(asdl_type, true);
      push(list, nullptr);
    } else {
      push(list, read_any(x, asdl_type, accepts));
    }
  }
}

std::string_view JsonReader::enum_name(const Json& v) {
  if (!v.is_string()) fail(std::string("expected a string naming a value, got ") + v.type_name());
  return v.get_ref<const std::string&>();
}

void JsonReader::enum_any(const Json& obj, const char* key, void* out, bool (*parse)(std::string_view, void*)) {
  PathGuard g(*this, key);
  const std::string_view n = enum_name(field(obj, key));
  if (!parse(n, out)) fail("unknown value '" + printable(std::string(n)) + "'");
}

void JsonReader::enums_any(const Json& obj, const char* key, void* list, bool (*add)(void*, std::string_view)) {
  PathGuard g(*this, key);
  const Json& v = array_field(obj, key);
  for (std::size_t i = 0; i < v.size(); ++i) {
    PathGuard e(*this, i);
    const std::string_view n = enum_name(v[i]);
    if (!add(list, n)) fail("unknown value '" + printable(std::string(n)) + "'");
  }
}

void JsonReader::check_keys(const Json& obj, const char* type_name, std::initializer_list<const char*> keys) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    const std::string& k = it.key();
    if (k == "_type") continue;
    bool known = false;
    for (const char* f : keys)
      if (k == f) known = true;
    if (!known) fail(std::string("unknown field \"") + printable(k) + "\" in " + type_name);
  }
}

const Json& JsonReader::field(const Json& obj, const char* key) {
  const auto it = obj.find(key);
  if (it == obj.end()) fail(std::string("missing field \"") + key + "\"", true);
  return *it;
}

const Json& JsonReader::array_field(const Json& obj, const char* key) {
  const Json& v = field(obj, key);
  if (!v.is_array()) fail(std::string("expected a list (an array), got ") + v.type_name());
  return v;
}

std::string JsonReader::string_value(const Json& v, const char* what) {
  if (!v.is_string()) fail(std::string("expected ") + what + ", got " + v.type_name());
  const std::string& s = v.get_ref<const std::string&>();
  std::u32string ignored;
  if (!decode_utf8(s, ignored)) fail("text is not valid UTF-8");
  return s;
}

int JsonReader::int_value(const Json& v) {
  if (!v.is_number_integer()) fail(std::string("expected an integer, got ") + v.type_name());
  if (v.is_number_unsigned()) {
    const auto u = v.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(INT_MAX)) fail("integer out of range: " + std::to_string(u));
    return static_cast<int>(u);
  }
  const auto i = v.get<std::int64_t>();
  if (i < INT_MIN || i > INT_MAX) fail("integer out of range: " + std::to_string(i));
  return static_cast<int>(i);
}

std::string JsonReader::identifier(const Json& obj, const char* key, bool optional) {
  PathGuard g(*this, key);
  const Json& v = field(obj, key);
  if (v.is_null()) {
    if (!optional) fail("required identifier is null");
    return std::string();
  }
  return string_value(v, "an identifier (a string)");
}

std::string JsonReader::text(const Json& obj, const char* key) {
  PathGuard g(*this, key);
  return string_value(field(obj, key), "a string");
}

std::optional<std::string> JsonReader::optional_text(const Json& obj, const char* key) {
  PathGuard g(*this, key);
  const Json& v = field(obj, key);
  if (v.is_null()) return std::nullopt;
  return string_value(v, "a string or null");
}

int JsonReader::integer(const Json& obj, const char* key) {
  PathGuard g(*this, key);
  return int_value(field(obj, key));
}

int JsonReader::optional_integer(const Json& obj, const char* key) {
  PathGuard g(*this, key);
  const Json& v = field(obj, key);
  if (v.is_null()) return -1;
  const int i = int_value(v);
  if (i < 0) fail("expected null or a non-negative integer, got " + std::to_string(i));
  return i;
}

std::vector<std::string> JsonReader::identifiers(const Json& obj, const char* key) {
  PathGuard g(*this, key);
  const Json& v = array_field(obj, key);
  std::vector<std::string> out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    PathGuard e(*this, i);
    out.push_back(string_value(v[i], "an identifier (a string)"));
  }
  return out;
}

ConstantValue JsonReader::constant(const Json& obj, const char* key) {
  PathGuard g(*this, key);
  const Json& v = field(obj, key);
  if (!v.is_object()) fail(std::string("expected a constant (an object), got ") + v.type_name());
  const auto t = v.find("type");
  if (t == v.end() || !t->is_string()) fail("a constant needs a string \"type\"");
  const std::string& type = t->get_ref<const std::string&>();
  // Every key of the constant object must be one of `allowed`.
  auto only = [&](std::initializer_list<const char*> allowed) {
    for (auto it = v.begin(); it != v.end(); ++it) {
      bool ok = it.key() == "type";
      for (const char* a : allowed) ok = ok || it.key() == a;
      if (!ok) fail("unknown key \"" + printable(it.key()) + "\" in a " + type + " constant");
    }
  };
  // The string under "value" (or `k`), required.
  auto string_member = [&](const char* k) -> std::string {
    const auto m = v.find(k);
    if (m == v.end()) fail(std::string("a ") + type + " constant needs \"" + k + "\"");
    PathGuard gv(*this, k);
    return string_value(*m, "a string");
  };
  if (type == "NoneType") {
    only({});
    return ConstantValue::none();
  }
  if (type == "ellipsis") {
    only({});
    return ConstantValue::ellipsis();
  }
  if (type == "bool") {
    only({"value"});
    const auto m = v.find("value");
    if (m == v.end() || !m->is_boolean()) fail("a bool constant needs a boolean \"value\"");
    return ConstantValue::boolean(m->get<bool>());
  }
  if (type == "int") {
    only({"value"});
    std::string s = string_member("value");
    if (!canonical_decimal(s)) fail("int value is not a canonical decimal: \"" + printable(s) + "\"");
    return ConstantValue::integer(std::move(s));
  }
  if (type == "float" || type == "complex") {
    const char* k = type == "float" ? "value" : "imag";
    only({k});
    const std::string s = string_member(k);
    double d = 0;
    if (!parse_double(s, d)) fail("not a float: \"" + printable(s) + "\"");
    return type == "float" ? ConstantValue::floating(d) : ConstantValue::imaginary(d);
  }
  if (type == "str") {
    only({"value", "code_points"});
    const auto val = v.find("value");
    const auto cps = v.find("code_points");
    if ((val == v.end()) == (cps == v.end())) fail("a str constant needs exactly one of \"value\" and \"code_points\"");
    std::u32string text;
    if (val != v.end()) {
      decode_utf8(string_member("value"), text);
    } else {
      PathGuard gc(*this, "code_points");
      if (!cps->is_array()) fail(std::string("expected an array of code points, got ") + cps->type_name());
      text.reserve(cps->size());
      for (std::size_t i = 0; i < cps->size(); ++i) {
        PathGuard e(*this, i);
        const Json& c = (*cps)[i];
        if (!c.is_number_integer()) fail(std::string("expected a code point, got ") + c.type_name());
        const int cp = int_value(c);
        if (cp < 0 || cp > 0x10FFFF) fail("code point out of range: " + std::to_string(cp));
        text.push_back(static_cast<char32_t>(cp));
      }
    }
    return ConstantValue::string(std::move(text));
  }
  if (type == "bytes") {
    only({"value"});
    std::u32string chars;
    decode_utf8(string_member("value"), chars);
    std::string raw;
    raw.reserve(chars.size());
    for (char32_t c : chars) {
      if (c > 0xFF) fail("bytes value holds a character above U+00FF");
      raw.push_back(static_cast<char>(static_cast<unsigned char>(c)));
    }
    return ConstantValue::byte_string(std::move(raw));
  }
  fail("unknown constant type \"" + printable(type) + "\"");
}

}  // namespace detail

nlohmann::json to_json(const Node& node) { return detail::write_node<nlohmann::json>(&node); }

nlohmann::ordered_json to_ordered_json(const Node& node) {
  return detail::write_node<nlohmann::ordered_json>(&node);
}

std::string to_json_text(const Node& node, int indent) {
  // Strings of a well-made tree are valid UTF-8; `replace` keeps a hand-made tree with
  // broken UTF-8 from throwing here.
  return to_ordered_json(node).dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Node* from_json(const nlohmann::json& json, Arena& arena) {
  detail::JsonReader reader(arena);
  return reader.read<Node>(json);
}

Node* from_json_text(const std::string& text, Arena& arena) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    throw JsonError(std::string("invalid JSON: ") + e.what());
  }
  return from_json(j, arena);
}

}  // namespace peppy::ast
