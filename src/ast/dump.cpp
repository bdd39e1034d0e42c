// dump.cpp: the layout rules of CPython 3.11's ast.dump() applied to the arguments the
// generated collect_args() (ast_dump.cpp) lists for each node.
//
// The rules, as observed from ast.dump:
//  * a node prints as `Name(arg, arg, ...)` with `field=value` arguments; optional
//    fields that are None are left out; attributes follow the fields when asked for;
//  * a value is "simple" when it is not a list or an empty list, a scalar, or a node
//    with no arguments at all (`Load()`);
//  * with an indent, a node whose arguments are all simple and at most 3 stays on one
//    line; otherwise each argument goes on its own line, indented one level deeper, and
//    each non-empty list puts each element on its own line one more level deeper;
//  * without an indent the same structure is joined with ", " on one line.
#include "ast/dump.hpp"

#include <string>

#include "ast/constant.hpp"

namespace peppy::ast {

namespace {

using detail::DumpArgs;
using Kind = DumpArgs::Kind;

// Writes the dump of a tree into one string. The recursion (node -> value/list -> node)
// keeps its stack frames small: what builds temporary strings or a second DumpArgs is
// kept in separate functions.
class Dumper {
 public:
  // A dumper for ast.dump's include_attributes and indent (-1: None).
  Dumper(bool include_attributes, int indent)
      : attributes_(include_attributes), indent_(indent), unit_(indent > 0 ? indent : 0, ' ') {}

  // Writes node at nesting `level` (the level of the value holding it).
  void node(const Node& n, int level) {
    DumpArgs args(attributes_);
    detail::collect_args(n, args);
    if (indent_ >= 0) ++level;
    const auto& items = args.items();
    const bool one_line = fits_one_line(args);
    out_ += tag_name(n.tag);
    out_ += '(';
    if (!one_line) newline(level);
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) separator(one_line, level);
      out_ += items[i].name;
      out_ += '=';
      value(items[i], level);
    }
    out_ += ')';
  }

  // The text written so far (moved out).
  std::string take() { return std::move(out_); }

 private:
  // True if the node's arguments stay on one line: at most 3, all simple.
  [[gnu::noinline]] bool fits_one_line(const DumpArgs& args) const {
    if (args.items().size() > 3) return false;
    for (const auto& it : args.items())
      if (!simple(it)) return false;
    return true;
  }

  // True if ast.dump considers the argument's value simple.
  bool simple(const DumpArgs::Item& it) const {
    switch (it.kind) {
      case Kind::NodeRef:
        if (it.node == nullptr) return true;
        {
          DumpArgs child(attributes_);  // simple if it prints with no arguments (`Load()`-like)
          detail::collect_args(*it.node, child);
          return child.items().empty();
        }
      case Kind::NodeList:
      case Kind::EnumList:
      case Kind::TextList:
        return it.size == 0;
      case Kind::Text:
      case Kind::Int:
      case Kind::Enum:
      case Kind::Constant:
        return true;
    }
    return true;
  }

  // Starts a new line indented `level` times (nothing without an indent).
  void newline(int level) {
    if (indent_ < 0) return;
    out_ += '\n';
    for (int i = 0; i < level; ++i) out_ += unit_;
  }

  // Writes what separates two arguments or list elements.
  void separator(bool one_line, int level) {
    if (one_line || indent_ < 0) {
      out_ += ", ";
    } else {
      out_ += ',';
      newline(level);
    }
  }

  // Writes the value of one argument of a node at `level`.
  void value(const DumpArgs::Item& it, int level) {
    switch (it.kind) {
      case Kind::NodeRef:
        if (it.node == nullptr) {
          out_ += "None";
        } else {
          node(*it.node, level);
        }
        return;
      case Kind::NodeList:
      case Kind::EnumList:
      case Kind::TextList:
        list(it, level);
        return;
      case Kind::Text:
      case Kind::Int:
      case Kind::Enum:
      case Kind::Constant:
        scalar(it);
        return;
    }
  }

  // Writes a value that is no node and no list.
  [[gnu::noinline]] void scalar(const DumpArgs::Item& it) {
    switch (it.kind) {
      case Kind::Text:
        out_ += repr_utf8(*it.text);
        return;
      case Kind::Int:
        out_ += std::to_string(it.number);
        return;
      case Kind::Enum:
        out_ += it.enum_name;
        out_ += "()";
        return;
      case Kind::Constant:
        out_ += repr(*it.constant);
        return;
      default:
        return;
    }
  }

  // Writes element i of a list of simple-sum values or identifiers.
  [[gnu::noinline]] void scalar_element(const DumpArgs::Item& it, std::size_t i) {
    if (it.kind == Kind::EnumList) {
      out_ += it.enum_at(it.list, i);
      out_ += "()";
    } else {
      out_ += repr_utf8((*static_cast<const std::vector<std::string>*>(it.list))[i]);
    }
  }

  // Writes a list value: `[]`, or its elements one level deeper than `level`.
  void list(const DumpArgs::Item& it, int level) {
    if (it.size == 0) {
      out_ += "[]";
      return;
    }
    if (indent_ >= 0) ++level;
    out_ += '[';
    newline(level);
    for (std::size_t i = 0; i < it.size; ++i) {
      if (i > 0) separator(false, level);
      if (it.kind != Kind::NodeList) {
        scalar_element(it, i);
      } else if (const Node* child = it.node_at(it.list, i)) {
        node(*child, level);
      } else {
        out_ += "None";
      }
    }
    out_ += ']';
  }

  bool attributes_;
  int indent_;
  std::string unit_;  // one level of indentation
  std::string out_;
};

}  // namespace

std::string dump(const Node& node, bool include_attributes, int indent) {
  Dumper d(include_attributes, indent);
  d.node(node, 0);
  return d.take();
}

}  // namespace peppy::ast
