// asdl_gen: the AST generator. Reads an ASDL description of the abstract syntax
// (grammar/Python.asdl), parsing it with PEGTL, and writes the C++ code of peppy's AST:
//
//   asdl_gen INPUT.asdl OUTDIR
//
// writes into OUTDIR:
//   ast_nodes.hpp  the node classes (namespace peppy::ast), the Tag enum, the simple
//                  sums as enum classes, name tables and as<T>/isa<T>;
//   ast_nodes.cpp  the name tables' definitions;
//   ast_make.hpp   a factory per node type (make::BinOp(arena, fields..., loc));
//   ast_dump.cpp   the fields ast.dump() shows for each node (layout in src/ast/dump.cpp);
//   ast_json.cpp   the JSON writer and reader of each node (the value encodings and
//                  checks are in src/ast/json.cpp; the format in docs/ast-json.md).
//
// How ASDL maps to C++ (also written into ast_nodes.hpp):
//   * a sum whose constructors all lack fields (and which has no attributes) is an
//     `enum class` named like the type; every other sum is an abstract struct deriving
//     from Node, with one final struct per constructor deriving from it; a product type
//     is a final struct deriving from Node. Attributes are members of the sum's base
//     struct (or of the product's struct).
//   * names are kept, except C++ keywords, which get a trailing '_' (`operator_`).
//   * identifier -> std::string (UTF-8); identifier? -> std::string, "" when absent;
//     identifier* -> std::vector<std::string>; string -> std::string; string? ->
//     std::optional<std::string>; int -> int; int? -> int, -1 when absent (every int?
//     of Python.asdl is a line, column or level, never negative); constant ->
//     ConstantValue; node type T -> T* (nullptr when absent); T* -> std::vector<T*>;
//     simple sum E -> E; E* -> std::vector<E>.
//   * in a few lists Python's parser puts None elements (Dict.keys for `**d`,
//     arguments.kw_defaults for a keyword-only parameter without default); the table
//     kNullableElements below names them, and the JSON reader accepts null only there.
#include <tao/pegtl.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace pegtl = tao::pegtl;

namespace {

// ---------------- the model of an ASDL module ----------------

// One field: `type`, `type?` or `type*`, then its name.
struct Field {
  std::string type;
  bool optional = false;
  bool sequence = false;
  std::string name;
  std::size_t line = 0;
};

// A constructor of a sum type (no fields: a bare name).
struct Constructor {
  std::string name;
  std::vector<Field> fields;
  std::size_t line = 0;
};

// A type definition: a sum (constructors) or a product (fields), with attributes.
struct Type {
  std::string name;
  bool product = false;
  std::vector<Constructor> constructors;  // sum
  std::vector<Field> fields;              // product
  std::vector<Field> attributes;
  std::size_t line = 0;

  // True for a sum of field-less constructors without attributes (an enum).
  bool simple() const {
    if (product || !attributes.empty()) return false;
    for (const auto& c : constructors)
      if (!c.fields.empty()) return false;
    return true;
  }
};

struct Module {
  std::string name;
  std::vector<Type> types;
};

// ---------------- the ASDL grammar ----------------

namespace asdl {

struct comment : pegtl::seq<pegtl::two<'-'>, pegtl::until<pegtl::eolf>> {};
struct skip : pegtl::star<pegtl::sor<pegtl::space, comment>> {};
template <char C>
struct sym : pegtl::seq<pegtl::one<C>, skip> {};

struct type_name : pegtl::identifier {};
struct mark : pegtl::one<'?', '*'> {};
struct field_name : pegtl::identifier {};
struct field : pegtl::seq<type_name, skip, pegtl::opt<mark, skip>, pegtl::must<field_name>, skip> {};
struct fields_close : pegtl::one<')'> {};
struct fields
    : pegtl::seq<sym<'('>, pegtl::must<field>, pegtl::star<sym<','>, pegtl::must<field>>, pegtl::must<fields_close>,
                 skip> {};

struct kw_attributes : TAO_PEGTL_KEYWORD("attributes") {};
struct attributes_fields : fields {};
struct attributes : pegtl::seq<kw_attributes, skip, pegtl::must<attributes_fields>> {};

struct constructor_name : pegtl::identifier {};
struct constructor : pegtl::seq<pegtl::not_at<kw_attributes>, constructor_name, skip, pegtl::opt<fields>> {};
struct next_constructor : constructor {};
struct sum : pegtl::seq<constructor, pegtl::star<sym<'|'>, pegtl::must<next_constructor>>, pegtl::opt<attributes>> {};
struct product_fields : fields {};
struct product : pegtl::seq<product_fields, pegtl::opt<attributes>> {};
struct definition_body : pegtl::sor<product, sum> {};

struct definition_name : pegtl::identifier {};
struct equals : pegtl::one<'='> {};
struct definition : pegtl::seq<definition_name, skip, pegtl::must<equals>, skip, pegtl::must<definition_body>> {};

struct kw_module : TAO_PEGTL_KEYWORD("module") {};
struct module_name : pegtl::identifier {};
struct open_brace : pegtl::one<'{'> {};
struct close_brace : pegtl::one<'}'> {};
struct body : pegtl::star<pegtl::not_at<pegtl::one<'}'>>, pegtl::must<definition>> {};
struct grammar : pegtl::seq<skip, pegtl::must<kw_module>, skip, pegtl::must<module_name>, skip, pegtl::must<open_brace>,
                            skip, body, pegtl::must<close_brace>, skip, pegtl::must<pegtl::eof>> {};

// The messages of the parse errors (rules under must<> without one get PEGTL's default).
// A rule with a message raises whenever it fails, so only rules used solely under
// must<> have one.
struct errors {
  template <typename Rule>
  static constexpr const char* message = nullptr;
};
template <> constexpr const char* errors::message<field> = "expected a field: `type name`, `type? name` or `type* name`";
template <> constexpr const char* errors::message<field_name> = "expected the field's name";
template <> constexpr const char* errors::message<fields_close> = "expected ',' or ')' in a field list";
template <> constexpr const char* errors::message<attributes_fields> = "expected '(' and the attribute fields";
template <> constexpr const char* errors::message<next_constructor> = "expected a constructor after '|'";
template <> constexpr const char* errors::message<equals> = "expected '=' after the type's name";
template <> constexpr const char* errors::message<definition_body> = "expected a product `(fields)` or constructors";
template <> constexpr const char* errors::message<definition> = "expected a definition `name = ...` or '}'";
template <> constexpr const char* errors::message<kw_module> = "expected `module`";
template <> constexpr const char* errors::message<module_name> = "expected the module's name";
template <> constexpr const char* errors::message<open_brace> = "expected '{'";
template <> constexpr const char* errors::message<close_brace> = "expected '}'";
template <> constexpr const char* errors::message<pegtl::eof> = "expected the end of the file after '}'";

template <typename Rule>
using control = pegtl::must_if<errors, pegtl::normal, false>::control<Rule>;

// What the actions build while parsing.
struct State {
  Module module;
  Field field;                  // the field being read
  std::vector<Field> pending;   // the fields of the list being read
  std::string constructor_name;
  std::size_t constructor_line = 0;
};

// The actions: no action by default.
template <typename Rule>
struct action : pegtl::nothing<Rule> {};

// `module NAME`: the module's name.
template <>
struct action<module_name> {
  template <typename Input>
  static void apply(const Input& in, State& s) {
    s.module.name = in.string();
  }
};
// `name =`: starts a new type.
template <>
struct action<definition_name> {
  template <typename Input>
  static void apply(const Input& in, State& s) {
    Type t;
    t.name = in.string();
    t.line = in.position().line;
    s.module.types.push_back(t);
  }
};
// A field's type: starts a new field.
template <>
struct action<type_name> {
  template <typename Input>
  static void apply(const Input& in, State& s) {
    s.field = Field{};
    s.field.type = in.string();
    s.field.line = in.position().line;
  }
};
// `?` or `*` after a field's type.
template <>
struct action<mark> {
  template <typename Input>
  static void apply(const Input& in, State& s) {
    (in.peek_char() == '?' ? s.field.optional : s.field.sequence) = true;
  }
};
// A field's name.
template <>
struct action<field_name> {
  template <typename Input>
  static void apply(const Input& in, State& s) {
    s.field.name = in.string();
  }
};
// A complete field: added to the list being read.
template <>
struct action<field> {
  static void apply0(State& s) { s.pending.push_back(s.field); }
};
// A constructor's name: its fields follow, if any.
template <>
struct action<constructor_name> {
  template <typename Input>
  static void apply(const Input& in, State& s) {
    s.constructor_name = in.string();
    s.constructor_line = in.position().line;
    s.pending.clear();
  }
};
// A complete constructor: added to the current type.
template <>
struct action<constructor> {
  static void apply0(State& s) {
    Constructor c;
    c.name = s.constructor_name;
    c.line = s.constructor_line;
    c.fields = std::move(s.pending);
    s.pending.clear();
    s.module.types.back().constructors.push_back(std::move(c));
  }
};
// A constructor after '|': the same.
template <>
struct action<next_constructor> : action<constructor> {};
// The fields of a product type.
template <>
struct action<product_fields> {
  static void apply0(State& s) {
    Type& t = s.module.types.back();
    t.product = true;
    t.fields = std::move(s.pending);
    s.pending.clear();
  }
};
// `attributes`: its field list follows.
template <>
struct action<kw_attributes> {
  static void apply0(State& s) { s.pending.clear(); }
};
// The attribute fields of the current type.
template <>
struct action<attributes_fields> {
  static void apply0(State& s) {
    s.module.types.back().attributes = std::move(s.pending);
    s.pending.clear();
  }
};

}  // namespace asdl

// ---------------- checks and naming ----------------

// An error in the ASDL input: reported as FILE:LINE: message.
struct InputError : std::runtime_error {
  std::size_t line;
  InputError(std::size_t l, const std::string& m) : std::runtime_error(m), line(l) {}
};

// The lists whose elements Python's parser may leave None, as "Type.field".
const std::set<std::string> kNullableElements = {"Dict.keys", "arguments.kw_defaults"};

// Names the generated code itself uses at namespace or member level.
const std::set<std::string> kReservedTypeNames = {
    "Node",     "Tag",  "Arena",    "ConstantValue", "detail",  "kTagCount", "kEnumCount", "name", "from_name",
    "tag_name", "isa",  "as",       "tag_from_name", "dump",    "to_json",   "from_json",  "repr", "JsonError"};
const std::set<std::string> kReservedFieldNames = {"kTag", "kAsdlType", "contains", "_type"};

// The C++ keywords (and alternative tokens): names that must be renamed.
const std::set<std::string> kCppKeywords = {
    "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch",
    "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr",
    "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete",
    "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for",
    "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
    "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register", "reinterpret_cast",
    "requires", "return", "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct",
    "switch", "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
    "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq"};

// The C++ spelling of an ASDL name: keywords get a trailing '_'.
std::string cpp(const std::string& name) { return kCppKeywords.count(name) ? name + "_" : name; }

const std::set<std::string> kBuiltins = {"identifier", "string", "int", "constant"};

// The facts the emitters need about the whole module.
struct Index {
  const Module* module = nullptr;
  std::map<std::string, const Type*> types;  // by ASDL name
  // Every Tag in order: constructors of non-simple sums, then products, in file order.
  struct TagInfo {
    std::string name;       // ASDL name (constructor or product)
    const Type* type;       // the sum it belongs to, or the product itself
    const Constructor* ctor;  // nullptr for products
  };
  std::vector<TagInfo> tags;

  // True if the ASDL type is a simple sum (an enum).
  bool is_simple(const std::string& type) const {
    auto it = types.find(type);
    return it != types.end() && it->second->simple();
  }
  // True if the ASDL type is a node type (a non-simple sum or a product).
  bool is_node(const std::string& type) const { return types.count(type) && !is_simple(type); }
};

// Checks the module (names, types, what the C++ mapping supports) and indexes it.
Index check(const Module& m) {
  Index ix;
  ix.module = &m;
  std::set<std::string> names;  // every type and constructor name: one C++ namespace
  auto claim = [&](const std::string& n, std::size_t line) {
    if (kReservedTypeNames.count(n)) throw InputError(line, "name '" + n + "' is reserved by the generated code");
    if (kBuiltins.count(n)) throw InputError(line, "name '" + n + "' is a builtin type");
    if (!names.insert(cpp(n)).second) throw InputError(line, "name '" + n + "' is defined twice");
  };
  for (const Type& t : m.types) {
    claim(t.name, t.line);
    ix.types[t.name] = &t;
  }
  for (const Type& t : m.types) {
    if (!t.simple())
      for (const Constructor& c : t.constructors)
        if (c.name != t.name) claim(c.name, c.line);
    if (t.simple()) {
      std::set<std::string> seen;
      for (const Constructor& c : t.constructors)
        if (!seen.insert(c.name).second) throw InputError(c.line, "constructor '" + c.name + "' listed twice");
    }
  }
  // The fields of every record.
  auto check_fields = [&](const std::vector<Field>& fields, const std::vector<Field>& attrs, const std::string& owner) {
    std::set<std::string> seen;
    std::vector<Field> all = fields;
    all.insert(all.end(), attrs.begin(), attrs.end());
    for (const Field& f : all) {
      if (!seen.insert(cpp(f.name)).second)
        throw InputError(f.line, "field '" + f.name + "' appears twice in " + owner);
      if (kReservedFieldNames.count(f.name))
        throw InputError(f.line, "field name '" + f.name + "' is reserved by the generated code");
      const bool builtin = kBuiltins.count(f.type) > 0;
      if (!builtin && !ix.types.count(f.type)) throw InputError(f.line, "unknown type '" + f.type + "'");
      const std::string shape = f.type + (f.optional ? "?" : f.sequence ? "*" : "");
      if (f.type == "constant" && (f.optional || f.sequence))
        throw InputError(f.line, "unsupported field type '" + shape + "'");
      if ((f.type == "int" || f.type == "string") && f.sequence)
        throw InputError(f.line, "unsupported field type '" + shape + "'");
      if (ix.is_simple(f.type) && f.optional) throw InputError(f.line, "unsupported field type '" + shape + "'");
    }
  };
  for (const Type& t : m.types) {
    if (t.product) {
      check_fields(t.fields, t.attributes, t.name);
    } else if (!t.simple()) {
      for (const Constructor& c : t.constructors) check_fields(c.fields, t.attributes, c.name);
    }
  }
  for (const Type& t : m.types)
    if (!t.product && !t.simple())
      for (const Constructor& c : t.constructors) ix.tags.push_back({c.name, &t, &c});
  for (const Type& t : m.types)
    if (t.product) ix.tags.push_back({t.name, &t, nullptr});
  if (ix.tags.size() > 255) throw InputError(1, "more than 255 node types");
  if (ix.tags.empty()) throw InputError(1, "no node types (every sum is an enumeration)");
  // A record the nullable-element list names must have that field, as a list of nodes.
  for (const std::string& n : kNullableElements) {
    const std::string type = n.substr(0, n.find('.')), field = n.substr(n.find('.') + 1);
    for (const auto& tag : ix.tags) {
      if (tag.name != type) continue;
      bool found = false;
      for (const Field& f : tag.ctor ? tag.ctor->fields : tag.type->fields)
        found = found || (f.name == field && f.sequence && ix.is_node(f.type));
      if (!found) throw InputError(1, "the generator's nullable-element list names " + n + ", not a list of nodes");
    }
  }
  return ix;
}

// ---------------- emitting ----------------

// The first line of every generated file.
std::string banner(const std::string& input_name) {
  return "// GENERATED by gen/asdl/asdl_gen from " + input_name +
         " -- DO NOT EDIT: change the .asdl file or the generator.\n";
}

// "a" or "an", whichever goes before the word.
std::string article(const std::string& word) {
  return !word.empty() && std::string("aeiouAEIOU").find(word[0]) != std::string::npos ? "an" : "a";
}

// The ASDL spelling of a field (`expr? returns`).
std::string asdl_field(const Field& f) {
  return f.type + (f.optional ? "?" : f.sequence ? "*" : "") + " " + f.name;
}

// The ASDL signature of a record (`BinOp(expr left, operator op, expr right)`).
std::string signature(const std::string& name, const std::vector<Field>& fields) {
  std::string s = name;
  if (fields.empty()) return s;
  s += "(";
  for (std::size_t i = 0; i < fields.size(); ++i) s += (i ? ", " : "") + asdl_field(fields[i]);
  return s + ")";
}

// The list of fields of a record, or of the attributes of its type.
const std::vector<Field>& fields_of(const Index::TagInfo& t) { return t.ctor ? t.ctor->fields : t.type->fields; }

// The C++ member declaration of a field.
std::string member(const Index& ix, const Field& f) {
  const std::string n = cpp(f.name);
  if (f.type == "identifier") {
    if (f.sequence) return "std::vector<std::string> " + n + ";";
    return "std::string " + n + ";" + (f.optional ? "  // \"\" when absent" : "");
  }
  if (f.type == "string") {
    return (f.optional ? "std::optional<std::string> " : "std::string ") + n + ";";
  }
  if (f.type == "int") return "int " + n + (f.optional ? " = -1;  // -1 when absent" : " = 0;");
  if (f.type == "constant") return "ast::ConstantValue " + n + ";";
  const std::string t = "ast::" + cpp(f.type);
  if (ix.is_simple(f.type)) return f.sequence ? "std::vector<" + t + "> " + n + ";" : t + " " + n + "{};";
  if (f.sequence) return "std::vector<" + t + "*> " + n + ";";
  return t + "* " + n + " = nullptr;" + (f.optional ? "  // nullptr when absent" : "");
}

// Writes ast_nodes.hpp.
std::string emit_nodes_hpp(const Index& ix, const std::string& input_name) {
  std::ostringstream o;
  o << banner(input_name);
  o << R"(// ast_nodes.hpp: the node classes of peppy's AST, one per constructor and product type of
// the ASDL description (Python 3.11's `ast` node set). Nodes are made by and owned by an
// Arena (ast/arena.hpp) and point at each other with raw pointers.
//
// The mapping from ASDL:
//   * simple sums (constructors without fields: expr_context, boolop, operator, unaryop,
//     cmpop) are enum classes; `operator` is a C++ keyword, so that enum is `operator_`
//     (C++ keywords get a trailing '_'; the ASDL name is kept everywhere else);
//   * every other sum is an abstract struct deriving from Node (mod, stmt, expr, ...)
//     holding the sum's attributes; each constructor is a final struct deriving from it;
//     a product type (arguments, arg, keyword, ...) is a final struct deriving from Node;
//   * members are named exactly like the ASDL fields, in ASDL order;
//   * identifier -> std::string (UTF-8), "" when an identifier? is absent;
//     string -> std::string, string? -> std::optional<std::string>;
//     int -> int, int? -> int with -1 when absent (end_lineno, end_col_offset, level);
//     constant -> ConstantValue; T -> T* (nullptr when a T? is absent);
//     T* -> std::vector<T*> (Dict.keys and arguments.kw_defaults may hold nullptr, as
//     Python puts None there); a simple sum E -> E, E* -> std::vector<E>.
//   * TypeIgnore's field `tag` (a string) hides Node::tag inside TypeIgnore; its node
//     tag is still static_cast<const Node&>(x).tag, or TypeIgnore::kTag.
//
// Each struct has kTag (constructors and products: its Tag), kAsdlType (the ASDL type it
// belongs to) and contains(tag) (whether a node of that tag is one of it), which isa<T>
// and as<T> use.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/constant.hpp"

namespace peppy::ast {

// ---- simple sums ----

// The number of values of a simple sum's enum (kEnumCount<cmpop> == 10).
template <typename E>
inline constexpr int kEnumCount = 0;
)";
  for (const Type& t : ix.module->types) {
    if (!t.simple()) continue;
    const std::string e = cpp(t.name);
    o << "\n// " << t.name << " = ";
    for (std::size_t i = 0; i < t.constructors.size(); ++i) o << (i ? " | " : "") << t.constructors[i].name;
    o << "\nenum class " << e << " : std::uint8_t {";
    for (std::size_t i = 0; i < t.constructors.size(); ++i) o << (i ? ", " : " ") << cpp(t.constructors[i].name);
    o << " };\n";
    o << "template <>\ninline constexpr int kEnumCount<" << e << "> = " << t.constructors.size() << ";\n";
    o << "// The constructor name of " << article(t.name) << " " << t.name << " value (\"" << t.constructors[0].name
      << "\").\n";
    o << "const char* name(" << e << " value) noexcept;\n";
    o << "// Sets `value` to the " << t.name << " constructor named `n`; false if there is none.\n";
    o << "bool from_name(std::string_view n, " << e << "& value) noexcept;\n";
  }
  o << "\n// ---- node tags: one per constructor of the other sums, then one per product ----\n\n";
  o << "enum class Tag : std::uint8_t {\n";
  for (const auto& t : ix.tags) o << "  " << cpp(t.name) << ",\n";
  o << "};\ninline constexpr int kTagCount = " << ix.tags.size() << ";\n\n";
  o << "// The ASDL name of a tag (\"BinOp\"), or \"?\" for a value that is no tag.\n";
  o << "const char* tag_name(Tag tag) noexcept;\n";
  o << "// The tag with that ASDL name, if any.\n";
  o << "std::optional<Tag> tag_from_name(std::string_view name) noexcept;\n\n";
  o << R"(// The base of every node.
struct Node {
  static constexpr const char* kAsdlType = "AST";
  // Every node is a Node.
  static constexpr bool contains(Tag) noexcept { return true; }

  virtual ~Node();
  Tag tag;

 protected:
  explicit Node(Tag t) noexcept : tag(t) {}
  Node(const Node&) = default;
  Node& operator=(const Node&) = default;
};

namespace detail {
// Sets the tag of constructor and product structs (so that they need no constructor of
// their own, and a member may be named like its struct: arg.arg).
template <typename Base, Tag T>
struct Tagged : Base {
  static constexpr Tag kTag = T;
  // True only for this node type.
  static constexpr bool contains(Tag t) noexcept { return t == T; }

 protected:
  Tagged() noexcept : Base(T) {}
};
}  // namespace detail

// ---- forward declarations ----
)";
  for (const Type& t : ix.module->types)
    if (!t.simple() && !t.product) o << "struct " << cpp(t.name) << ";\n";
  for (const auto& t : ix.tags) o << "struct " << cpp(t.name) << ";\n";

  for (const Type& t : ix.module->types) {
    if (t.simple()) continue;
    if (t.product) {
      o << "\n// " << signature(t.name, t.fields);
      if (!t.attributes.empty()) o << "\n//   attributes " << signature("", t.attributes);
      o << "\nstruct " << cpp(t.name) << " final : detail::Tagged<Node, Tag::" << cpp(t.name) << "> {\n";
      o << "  static constexpr const char* kAsdlType = \"" << t.name << "\";\n";
      for (const Field& f : t.fields) o << "  " << member(ix, f) << "\n";
      for (const Field& f : t.attributes) o << "  " << member(ix, f) << "\n";
      o << "};\n";
      continue;
    }
    // The sum's base.
    const std::string base = cpp(t.name);
    std::vector<const Index::TagInfo*> mine;
    for (const auto& tag : ix.tags)
      if (tag.type == &t) mine.push_back(&tag);
    o << "\n// ---- " << t.name << " ----\n\n";
    o << "// The base of the " << t.name << " constructors.\n";
    if (!t.attributes.empty()) o << "//   attributes " << signature("", t.attributes) << "\n";
    o << "struct " << base << " : Node {\n";
    o << "  static constexpr const char* kAsdlType = \"" << t.name << "\";\n";
    o << "  // True for the tags of " << t.name << "'s constructors.\n";
    o << "  static constexpr bool contains(Tag t) noexcept {\n";
    o << "    return t >= Tag::" << cpp(mine.front()->name) << " && t <= Tag::" << cpp(mine.back()->name) << ";\n";
    o << "  }\n";
    for (const Field& f : t.attributes) o << "  " << member(ix, f) << "\n";
    o << "\n protected:\n  using Node::Node;\n};\n";
    for (const Constructor& c : t.constructors) {
      o << "\n// " << signature(c.name, c.fields) << "\n";
      o << "struct " << cpp(c.name) << " final : detail::Tagged<" << base << ", Tag::" << cpp(c.name) << "> {";
      if (c.fields.empty()) {
        o << "};\n";
        continue;
      }
      o << "\n";
      for (const Field& f : c.fields) o << "  " << member(ix, f) << "\n";
      o << "};\n";
    }
  }
  o << R"(
// ---- checked casts ----

// True if n is not null and is a T (a constructor, a product, or any constructor of a
// sum when T is the sum's base).
template <typename T>
bool isa(const Node* n) noexcept {
  return n != nullptr && T::contains(n->tag);
}

// n as a T, or nullptr if it is not one.
template <typename T>
T* as(Node* n) noexcept {
  return isa<T>(n) ? static_cast<T*>(n) : nullptr;
}

// n as a const T, or nullptr if it is not one.
template <typename T>
const T* as(const Node* n) noexcept {
  return isa<T>(n) ? static_cast<const T*>(n) : nullptr;
}

}  // namespace peppy::ast
)";
  return o.str();
}


// The C++ parameter type of a field in a factory (what `member` declares).
std::string param_type(const Index& ix, const Field& f) {
  if (f.type == "identifier") return f.sequence ? "std::vector<std::string>" : "std::string";
  if (f.type == "string") return f.optional ? "std::optional<std::string>" : "std::string";
  if (f.type == "int") return "int";
  if (f.type == "constant") return "ast::ConstantValue";
  const std::string t = "ast::" + cpp(f.type);
  if (ix.is_simple(f.type)) return f.sequence ? "std::vector<" + t + ">" : t;
  if (f.sequence) return "std::vector<" + t + "*>";
  return t + "*";
}

// Writes ast_make.hpp: one factory per node type, make::X(arena, fields..., loc).
std::string emit_make_hpp(const Index& ix, const std::string& input_name) {
  std::ostringstream o;
  o << banner(input_name);
  o << R"(// ast_make.hpp: a factory for each node type, in namespace peppy::ast::make:
//   make::BinOp(arena, left, op, right, loc)
// takes the node's fields in ASDL order, then a location (any struct with lineno,
// col_offset, end_lineno and end_col_offset) that sets the node's position attributes;
// the location is ignored by node types without attributes (arguments, comprehension...).
// The parser's grammar actions (@BinOp(...)) expand to these calls.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ast/arena.hpp"
#include "ast/ast_nodes.hpp"

namespace peppy::ast::make {
)";
  for (const auto& tag : ix.tags) {
    const std::vector<Field>& fields = fields_of(tag);
    const std::string n = cpp(tag.name);
    o << "\n// " << signature(tag.name, fields) << "\n";
    o << "template <typename Loc>\n";
    o << "inline ast::" << n << "* " << n << "(ast::Arena& arena";
    for (const Field& f : fields) o << ", " << param_type(ix, f) << " " << cpp(f.name) << "_";
    o << ", [[maybe_unused]] const Loc& loc) {\n";
    o << "  auto* n = arena.make<ast::" << n << ">();\n";
    for (const Field& f : fields) {
      const std::string fn = cpp(f.name);
      const bool movable = f.sequence || f.type == "identifier" || f.type == "string" || f.type == "constant";
      o << "  n->" << fn << " = " << (movable ? "std::move(" + fn + "_)" : fn + "_") << ";\n";
    }
    for (const Field& a : tag.type->attributes) o << "  n->" << cpp(a.name) << " = loc." << cpp(a.name) << ";\n";
    o << "  return n;\n}\n";
  }
  o << "\n}  // namespace peppy::ast::make\n";
  return o.str();
}

// Writes ast_nodes.cpp.
std::string emit_nodes_cpp(const Index& ix, const std::string& input_name) {
  std::ostringstream o;
  o << banner(input_name);
  o << R"(// ast_nodes.cpp: the out-of-line parts of the node classes: Node's destructor and the
// name tables of the tags and of the simple sums.
#include "ast/ast_nodes.hpp"

#include <algorithm>
#include <cstddef>
#include <utility>

namespace peppy::ast {

Node::~Node() = default;
)";
  for (const Type& t : ix.module->types) {
    if (!t.simple()) continue;
    const std::string e = cpp(t.name);
    o << "\nconst char* name(" << e << " value) noexcept {\n  switch (value) {\n";
    for (const Constructor& c : t.constructors)
      o << "    case " << e << "::" << cpp(c.name) << ":\n      return \"" << c.name << "\";\n";
    o << "  }\n  return \"?\";\n}\n";
    o << "\nbool from_name(std::string_view n, " << e << "& value) noexcept {\n";
    for (const Constructor& c : t.constructors)
      o << "  if (n == \"" << c.name << "\") {\n    value = " << e << "::" << cpp(c.name)
        << ";\n    return true;\n  }\n";
    o << "  return false;\n}\n";
  }
  o << "\nnamespace {\n\n// The ASDL name of every tag, in Tag order.\nconst char* const kTagNames[] = {\n";
  for (const auto& t : ix.tags) o << "    \"" << t.name << "\",\n";
  o << "};\n\n// (name, tag) sorted by name, for tag_from_name.\nconst std::pair<std::string_view, Tag> kTagsByName[] = {\n";
  std::vector<std::string> sorted;
  for (const auto& t : ix.tags) sorted.push_back(t.name);
  std::sort(sorted.begin(), sorted.end());
  for (const auto& n : sorted) o << "    {\"" << n << "\", Tag::" << cpp(n) << "},\n";
  o << R"(};

}  // namespace

const char* tag_name(Tag tag) noexcept {
  const auto i = static_cast<std::size_t>(tag);
  return i < static_cast<std::size_t>(kTagCount) ? kTagNames[i] : "?";
}

std::optional<Tag> tag_from_name(std::string_view name) noexcept {
  const auto* end = std::end(kTagsByName);
  const auto* it = std::lower_bound(std::begin(kTagsByName), end, name,
                                    [](const auto& entry, std::string_view n) { return entry.first < n; });
  if (it == end || it->first != name) return std::nullopt;
  return it->second;
}

}  // namespace peppy::ast
)";
  return o.str();
}

// The DumpArgs call that adds field f of node `n` (dump.hpp).
std::string dump_call(const Index& ix, const Field& f) {
  const std::string q = "\"" + f.name + "\"", m = "n." + cpp(f.name);
  if (f.type == "identifier") {
    if (f.sequence) return "a.texts(" + q + ", " + m + ");";
    return "a.identifier(" + q + ", " + m + (f.optional ? ", true);" : ", false);");
  }
  if (f.type == "string") return "a.text(" + q + ", " + m + ");";
  if (f.type == "int") return (f.optional ? "a.optional_integer(" : "a.integer(") + q + ", " + m + ");";
  if (f.type == "constant") return "a.constant(" + q + ", " + m + ");";
  if (ix.is_simple(f.type))
    return f.sequence ? "a.enumerators(" + q + ", " + m + ");" : "a.enumerator(" + q + ", name(" + m + "));";
  if (f.sequence) return "a.nodes(" + q + ", " + m + ");";
  return "a.node(" + q + ", " + m + (f.optional ? ", true);" : ", false);");
}

// Writes ast_dump.cpp.
std::string emit_dump_cpp(const Index& ix, const std::string& input_name) {
  std::ostringstream o;
  o << banner(input_name);
  o << R"(// ast_dump.cpp: for each node type, the `field=value` arguments ast.dump() shows, in
// order (fields, then attributes when asked for). The layout is in src/ast/dump.cpp.
#include "ast/ast_nodes.hpp"
#include "ast/dump.hpp"

namespace peppy::ast::detail {

void collect_args(const Node& node, DumpArgs& a) {
  switch (node.tag) {
)";
  for (const auto& t : ix.tags) {
    const auto& fields = fields_of(t);
    const auto& attrs = t.type->attributes;
    o << "    case Tag::" << cpp(t.name) << ": {\n";
    o << "      [[maybe_unused]] const auto& n = static_cast<const " << cpp(t.name) << "&>(node);\n";
    for (const Field& f : fields) o << "      " << dump_call(ix, f) << "\n";
    if (!attrs.empty()) {
      o << "      if (a.with_attributes()) {\n";
      for (const Field& f : attrs) o << "        " << dump_call(ix, f) << "\n";
      o << "      }\n";
    }
    o << "      return;\n    }\n";
  }
  o << "  }\n}\n\n}  // namespace peppy::ast::detail\n";
  return o.str();
}

// The JSON writer's expression for field f of node `n`.
std::string write_expr(const Index& ix, const Field& f) {
  const std::string m = "n." + cpp(f.name);
  if (f.type == "identifier") {
    if (f.sequence) return "write_texts<J>(" + m + ")";
    return f.optional ? "write_optional_identifier<J>(" + m + ")" : "J(" + m + ")";
  }
  if (f.type == "string") return f.optional ? "write_optional_text<J>(" + m + ")" : "J(" + m + ")";
  if (f.type == "int") return f.optional ? "write_optional_integer<J>(" + m + ")" : "J(" + m + ")";
  if (f.type == "constant") return "write_constant<J>(" + m + ")";
  if (ix.is_simple(f.type)) return f.sequence ? "write_enumerators<J>(" + m + ")" : "J(name(" + m + "))";
  if (f.sequence) return "write_nodes<J>(" + m + ")";
  return "write_node<J>(" + m + ")";
}

// The JSON reader's expression for field f of a node of type `owner`.
std::string read_expr(const Index& ix, const Field& f, const std::string& owner) {
  const std::string q = "\"" + f.name + "\"";
  if (f.type == "identifier") {
    if (f.sequence) return "r.identifiers(j, " + q + ")";
    return "r.identifier(j, " + q + (f.optional ? ", true)" : ", false)");
  }
  if (f.type == "string") return (f.optional ? "r.optional_text(j, " : "r.text(j, ") + q + ")";
  if (f.type == "int") return (f.optional ? "r.optional_integer(j, " : "r.integer(j, ") + q + ")";
  if (f.type == "constant") return "r.constant(j, " + q + ")";
  const std::string t = cpp(f.type);
  if (ix.is_simple(f.type))
    return f.sequence ? "r.enumerators<" + t + ">(j, " + q + ")" : "r.enumerator<" + t + ">(j, " + q + ")";
  if (f.sequence) {
    const bool nullable = kNullableElements.count(owner + "." + f.name) > 0;
    return "r.nodes<" + t + ">(j, " + q + (nullable ? ", true)" : ", false)");
  }
  return "r.node<" + t + ">(j, " + q + (f.optional ? ", true)" : ", false)");
}

// Writes ast_json.cpp.
std::string emit_json_cpp(const Index& ix, const std::string& input_name) {
  std::ostringstream o;
  o << banner(input_name);
  o << R"(// ast_json.cpp: for each node type, its JSON object (`_type`, the fields in ASDL order,
// then the attributes) and the reading of that object back into a node. The encodings
// of values and all checks are in src/ast/json.cpp; the format is docs/ast-json.md.
//
// Each node type has its own writer and reader function, called through a table: the
// recursion over a deep tree then costs one small stack frame per level (a single
// function with one switch case per type has a frame as big as all cases together,
// which sanitizer builds do not shrink).
#include <nlohmann/json.hpp>

#include "ast/ast_nodes.hpp"
#include "ast/json_support.hpp"

namespace peppy::ast::detail {

namespace {
)";
  for (const auto& t : ix.tags) {
    const std::string c = cpp(t.name);
    o << "\n// " << signature(t.name, fields_of(t)) << "\n";
    o << "template <typename J>\nJ write_" << t.name << "(const Node& node) {\n";
    o << "  [[maybe_unused]] const auto& n = static_cast<const " << c << "&>(node);\n";
    o << "  J o = {{\"_type\", \"" << t.name << "\"}};\n";
    for (const auto* list : {&fields_of(t), &t.type->attributes})
      for (const Field& f : *list) o << "  o[\"" << f.name << "\"] = " << write_expr(ix, f) << ";\n";
    o << "  return o;\n}\n";
    o << "Node* read_" << t.name << "(JsonReader& r, const Json& j) {\n";
    o << "  r.check_keys(j, \"" << t.name << "\", {";
    bool first = true;
    for (const auto* list : {&fields_of(t), &t.type->attributes})
      for (const Field& f : *list) {
        o << (first ? "" : ", ") << "\"" << f.name << "\"";
        first = false;
      }
    o << "});\n";
    o << "  auto* n = r.arena().make<" << c << ">();\n";
    for (const auto* list : {&fields_of(t), &t.type->attributes})
      for (const Field& f : *list) o << "  n->" << cpp(f.name) << " = " << read_expr(ix, f, t.name) << ";\n";
    o << "  return n;\n}\n";
  }
  o << "\n// The writer of each tag, in Tag order.\ntemplate <typename J>\nJ (*const kWriters[])(const Node&) = {\n";
  for (const auto& t : ix.tags) o << "    &write_" << t.name << "<J>,\n";
  o << "};\n\n// The reader of each tag, in Tag order.\nNode* (*const kReaders[])(JsonReader&, const Json&) = {\n";
  for (const auto& t : ix.tags) o << "    &read_" << t.name << ",\n";
  o << R"(};

}  // namespace

template <typename J>
J write_node(const Node* node) {
  if (node == nullptr) return J(nullptr);
  const auto i = static_cast<std::size_t>(node->tag);
  if (i >= static_cast<std::size_t>(kTagCount)) return J(nullptr);  // not a node (corrupt tag)
  return kWriters<J>[i](*node);
}

template nlohmann::json write_node<nlohmann::json>(const Node*);
template nlohmann::ordered_json write_node<nlohmann::ordered_json>(const Node*);

Node* read_fields(JsonReader& reader, const Json& obj, Tag tag) {
  const auto i = static_cast<std::size_t>(tag);
  if (i >= static_cast<std::size_t>(kTagCount)) reader.fail("unknown node tag");
  return kReaders[i](reader, obj);
}

}  // namespace peppy::ast::detail
)";
  return o.str();
}

// Reads a whole file.
std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Writes a whole file.
void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

// Parses the ASDL file given first and writes the generated files into the directory
// given second.
int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: asdl_gen INPUT.asdl OUTDIR\n";
    return 2;
  }
  const std::string input = argv[1];
  const std::filesystem::path outdir = argv[2];
  // The input as named in the generated files' banner: its last two path components.
  const std::filesystem::path ip(input);
  const std::string input_name = (ip.parent_path().filename() / ip.filename()).generic_string();
  try {
    const std::string text = read_file(input);
    pegtl::memory_input<> in(text, input);
    asdl::State state;
    try {
      pegtl::parse<asdl::grammar, asdl::action, asdl::control>(in, state);
    } catch (const pegtl::parse_error& e) {
      const auto& p = e.positions().front();
      std::cerr << p.source << ":" << p.line << ":" << p.column << ": error: " << e.message() << "\n";
      return 1;
    }
    Index ix;
    try {
      ix = check(state.module);
    } catch (const InputError& e) {
      std::cerr << input << ":" << e.line << ": error: " << e.what() << "\n";
      return 1;
    }
    std::filesystem::create_directories(outdir);
    write_file(outdir / "ast_nodes.hpp", emit_nodes_hpp(ix, input_name));
    write_file(outdir / "ast_nodes.cpp", emit_nodes_cpp(ix, input_name));
    write_file(outdir / "ast_make.hpp", emit_make_hpp(ix, input_name));
    write_file(outdir / "ast_dump.cpp", emit_dump_cpp(ix, input_name));
    write_file(outdir / "ast_json.cpp", emit_json_cpp(ix, input_name));
  } catch (const std::exception& e) {
    std::cerr << "asdl_gen: error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
