// json_support.hpp: what the generated JSON code (ast_json.cpp) is made of -- the value
// encoders of the writer and the checking JsonReader -- so that the generated part is
// only the list of fields of each node. Internal to src/ast; the public API is json.hpp.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "ast/arena.hpp"
#include "ast/ast_nodes.hpp"
#include "ast/constant.hpp"
#include "ast/json.hpp"

namespace peppy::ast::detail {

// ---- writer (J is nlohmann::json or nlohmann::ordered_json) ----

// The JSON of one node, or null for nullptr. Generated (ast_json.cpp).
template <typename J>
J write_node(const Node* node);

// The JSON of a constant (see docs/ast-json.md). In json.cpp.
template <typename J>
J write_constant(const ConstantValue& value);

// A list of nodes (nullptr elements become null).
template <typename J, typename T>
J write_nodes(const std::vector<T*>& list) {
  J out = J::array();
  for (const T* n : list) out.push_back(write_node<J>(n));
  return out;
}

// An optional identifier: null when empty.
template <typename J>
J write_optional_identifier(const std::string& s) {
  return s.empty() ? J(nullptr) : J(s);
}

// An optional string: null when absent.
template <typename J>
J write_optional_text(const std::optional<std::string>& s) {
  return s ? J(*s) : J(nullptr);
}

// An optional int: null when -1.
template <typename J>
J write_optional_integer(int v) {
  return v == -1 ? J(nullptr) : J(v);
}

// A list of simple-sum values, as their names.
template <typename J, typename E>
J write_enumerators(const std::vector<E>& list) {
  J out = J::array();
  for (E e : list) out.push_back(name(e));
  return out;
}

// A list of identifiers.
template <typename J>
J write_texts(const std::vector<std::string>& list) {
  J out = J::array();
  for (const std::string& s : list) out.push_back(s);
  return out;
}

// ---- reader ----

using Json = nlohmann::json;

// Reads checked values out of JSON objects, tracking the path of the value being read
// (for error messages) and the node nesting depth.
//
// The reader recurses once per tree level (read_any -> the generated read_<Type> ->
// node/nodes -> read_any), so everything on that path keeps its stack frame small: the
// templates are thin wrappers of out-of-line functions, path segments are stored
// without building strings, and error messages are built in separate functions.
class JsonReader {
 public:
  // A reader that makes its nodes in `arena`.
  explicit JsonReader(Arena& arena) : arena_(arena) {}

  // The arena new nodes go into.
  Arena& arena() { return arena_; }

  // Reads a node of ASDL type T (a sum base like expr, or a product like arguments).
  template <typename T>
  T* read(const Json& v) {
    return static_cast<T*>(read_any(v, T::kAsdlType, &T::contains));
  }

  // The node in field `key`; null is allowed only when optional.
  template <typename T>
  T* node(const Json& obj, const char* key, bool optional) {
    return static_cast<T*>(node_any(obj, key, optional, T::kAsdlType, &T::contains));
  }

  // The list of nodes in field `key`; null elements only when null_elements.
  template <typename T>
  std::vector<T*> nodes(const Json& obj, const char* key, bool null_elements) {
    std::vector<T*> out;
    nodes_any(obj, key, null_elements, T::kAsdlType, &T::contains, &out,
              [](void* list, Node* n) { static_cast<std::vector<T*>*>(list)->push_back(static_cast<T*>(n)); });
    return out;
  }

  // The identifier in field `key`; an optional one may be null (read as "").
  std::string identifier(const Json& obj, const char* key, bool optional);
  // The string in field `key`.
  std::string text(const Json& obj, const char* key);
  // The optional string in field `key` (null: absent).
  std::optional<std::string> optional_text(const Json& obj, const char* key);
  // The int in field `key`.
  int integer(const Json& obj, const char* key);
  // The optional int in field `key`: null (read as -1) or a non-negative int.
  int optional_integer(const Json& obj, const char* key);
  // The list of identifiers in field `key`.
  std::vector<std::string> identifiers(const Json& obj, const char* key);
  // The constant in field `key`.
  ConstantValue constant(const Json& obj, const char* key);

  // The simple-sum value named in field `key`.
  template <typename E>
  E enumerator(const Json& obj, const char* key) {
    E e{};
    enum_any(obj, key, &e, &parse_enum<E>);
    return e;
  }

  // The list of simple-sum values in field `key`.
  template <typename E>
  std::vector<E> enumerators(const Json& obj, const char* key) {
    std::vector<E> out;
    enums_any(obj, key, &out, [](void* list, std::string_view n) {
      E e{};
      if (!from_name(n, e)) return false;
      static_cast<std::vector<E>*>(list)->push_back(e);
      return true;
    });
    return out;
  }

  // Fails unless every key of obj is `_type` or one of `keys`.
  void check_keys(const Json& obj, const char* type_name, std::initializer_list<const char*> keys);

  // Throws JsonError with msg and the current path (the path of the object holding the
  // current value when at_parent: for a missing field).
  [[noreturn]] void fail(const std::string& msg, bool at_parent = false) const;

 private:
  // One step of the path: a field name, or a list index when key is nullptr.
  struct Segment {
    const char* key;
    std::size_t index;
  };

  // Pushes a path segment for the lifetime of the guard.
  struct PathGuard {
    PathGuard(JsonReader& r, const char* key) : r_(r) { r_.path_.push_back({key, 0}); }
    PathGuard(JsonReader& r, std::size_t index) : r_(r) { r_.path_.push_back({nullptr, index}); }
    ~PathGuard() { r_.path_.pop_back(); }
    PathGuard(const PathGuard&) = delete;
    PathGuard& operator=(const PathGuard&) = delete;
    JsonReader& r_;
  };

  // Sets *out (an E) to the value named n; false if E has no such value.
  template <typename E>
  static bool parse_enum(std::string_view n, void* out) {
    return from_name(n, *static_cast<E*>(out));
  }

  // Reads a node whose tag `accepts` allows; asdl_type names what was expected.
  Node* read_any(const Json& v, const char* asdl_type, bool (*accepts)(Tag));
  // The tag of node object v, checked (every failure is reported from here).
  Tag node_tag(const Json& v, const char* asdl_type, bool (*accepts)(Tag));
  // node<T> without the type.
  Node* node_any(const Json& obj, const char* key, bool optional, const char* asdl_type, bool (*accepts)(Tag));
  // nodes<T> without the type: push(list, node) appends to the caller's list.
  void nodes_any(const Json& obj, const char* key, bool null_elements, const char* asdl_type, bool (*accepts)(Tag),
                 void* list, void (*push)(void*, Node*));
  // enumerator<E> without the type: parse(name, out) sets the value.
  void enum_any(const Json& obj, const char* key, void* out, bool (*parse)(std::string_view, void*));
  // enumerators<E> without the type: add(list, name) appends the value named.
  void enums_any(const Json& obj, const char* key, void* list, bool (*add)(void*, std::string_view));
  // Fails for a null node where one is required (element: in a list).
  [[noreturn]] void fail_null(const char* asdl_type, bool element) const;
  // The name in a simple-sum value (a JSON string), checked to be a string.
  std::string_view enum_name(const Json& v);
  // The value of obj[key], which must exist.
  const Json& field(const Json& obj, const char* key);
  // The value of obj[key], which must be an array.
  const Json& array_field(const Json& obj, const char* key);
  // The UTF-8 text of a JSON string value (checked); `what` names what was expected.
  std::string string_value(const Json& v, const char* what);
  // An int value within int's range.
  int int_value(const Json& v);

  // s shortened and made safe for an error message.
  static std::string printable(const std::string& s);

  Arena& arena_;
  std::vector<Segment> path_;
  int depth_ = 0;
};

// Makes the node of type `tag` and reads its fields from obj. Generated (ast_json.cpp).
Node* read_fields(JsonReader& reader, const Json& obj, Tag tag);

}  // namespace peppy::ast::detail
