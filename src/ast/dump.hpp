// dump.hpp: peppy's ast.dump(): the text CPython 3.11's `ast.dump(node,
// include_attributes=..., indent=...)` gives for the same tree, character for character.
//
// The per-node part (which fields each node has, in which order, which are omitted when
// absent) is generated from grammar/Python.asdl into ast_dump.cpp; the layout rules are
// in dump.cpp. The DumpArgs class below is the interface between the two.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "ast/ast_nodes.hpp"

namespace peppy::ast {

// ast.dump(node, include_attributes=include_attributes, indent=indent) of CPython 3.11;
// indent -1 means indent=None (everything on one line).
std::string dump(const Node& node, bool include_attributes = false, int indent = -1);

namespace detail {

// The `name=value` arguments ast.dump shows for one node, in order, without their
// text: the generated collect_args() fills it, dump.cpp lays the arguments out.
class DumpArgs {
 public:
  enum class Kind { NodeRef, NodeList, Text, Int, Enum, EnumList, TextList, Constant };

  // One argument; which members are used depends on kind.
  struct Item {
    const char* name;
    Kind kind;
    const Node* node = nullptr;                    // NodeRef (nullptr prints None)
    const void* list = nullptr;                    // NodeList, EnumList, TextList
    std::size_t size = 0;                          // length of the list
    const Node* (*node_at)(const void*, std::size_t) = nullptr;  // NodeList element
    const char* (*enum_at)(const void*, std::size_t) = nullptr;  // EnumList element name
    const std::string* text = nullptr;             // Text (UTF-8, printed with repr)
    long long number = 0;                          // Int
    const char* enum_name = nullptr;               // Enum
    const ConstantValue* constant = nullptr;       // Constant
  };

  // An empty list; the attributes are to be listed too when include_attributes.
  explicit DumpArgs(bool include_attributes) : attributes_(include_attributes) {}

  // Whether the location attributes are to be shown too.
  bool with_attributes() const { return attributes_; }

  // A child node; an absent optional one is left out, an absent required one is None.
  void node(const char* name, const Node* child, bool optional) {
    if (child == nullptr && optional) return;
    Item it{name, Kind::NodeRef};
    it.node = child;
    items_.push_back(it);
  }

  // A list of child nodes (elements may be nullptr: printed None).
  template <typename T>
  void nodes(const char* name, const std::vector<T*>& list) {
    Item it{name, Kind::NodeList};
    it.list = &list;
    it.size = list.size();
    it.node_at = [](const void* l, std::size_t i) -> const Node* {
      return (*static_cast<const std::vector<T*>*>(l))[i];
    };
    items_.push_back(it);
  }

  // An identifier: an optional one is absent when empty.
  void identifier(const char* name, const std::string& value, bool optional) {
    if (optional && value.empty()) return;
    text(name, value);
  }

  // A string (or identifier) field, printed with repr().
  void text(const char* name, const std::string& value) {
    Item it{name, Kind::Text};
    it.text = &value;
    items_.push_back(it);
  }

  // An optional string field: left out when absent.
  void text(const char* name, const std::optional<std::string>& value) {
    if (value) text(name, *value);
  }

  // An int field or attribute.
  void integer(const char* name, long long value) {
    Item it{name, Kind::Int};
    it.number = value;
    items_.push_back(it);
  }

  // An optional int field or attribute: -1 is absent and left out.
  void optional_integer(const char* name, long long value) {
    if (value != -1) integer(name, value);
  }

  // A value of a simple sum (printed `Load()`).
  void enumerator(const char* name, const char* value_name) {
    Item it{name, Kind::Enum};
    it.enum_name = value_name;
    items_.push_back(it);
  }

  // A list of values of a simple sum (`ops=[Eq(), Lt()]`).
  template <typename E>
  void enumerators(const char* name, const std::vector<E>& list) {
    Item it{name, Kind::EnumList};
    it.list = &list;
    it.size = list.size();
    it.enum_at = [](const void* l, std::size_t i) -> const char* {
      return ast::name((*static_cast<const std::vector<E>*>(l))[i]);
    };
    items_.push_back(it);
  }

  // A list of identifiers (`names=['a', 'b']`).
  void texts(const char* name, const std::vector<std::string>& list) {
    Item it{name, Kind::TextList};
    it.list = &list;
    it.size = list.size();
    items_.push_back(it);
  }

  // A constant, printed with repr().
  void constant(const char* name, const ConstantValue& value) {
    Item it{name, Kind::Constant};
    it.constant = &value;
    items_.push_back(it);
  }

  // The arguments collected, in order.
  const std::vector<Item>& items() const { return items_; }

 private:
  bool attributes_;
  std::vector<Item> items_;
};

// Adds the arguments ast.dump shows for `node` (fields, then attributes when asked for)
// to `args`. Generated (ast_dump.cpp).
void collect_args(const Node& node, DumpArgs& args);

}  // namespace detail
}  // namespace peppy::ast
