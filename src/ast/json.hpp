// json.hpp: the JSON form of peppy's AST (specified in docs/ast-json.md): writing a tree
// as JSON and reading one back into an Arena.
//
// The reader accepts any JSON value and either returns a well-formed tree or throws
// JsonError naming what is wrong and where (a path like `$.body[0].value`): wrong
// types, missing or unknown fields, unknown `_type`s, a node of the wrong kind in a
// field, out-of-range numbers, invalid UTF-8, trees nested deeper than
// limits::kMaxAstJsonDepth.
//
// The per-node code is generated from grammar/Python.asdl into ast_json.cpp; the value
// encodings and the checks are in json.cpp.
#pragma once

#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "ast/arena.hpp"
#include "ast/ast_nodes.hpp"

namespace peppy::ast {

// What the JSON reader throws for input that is not a valid JSON AST.
class JsonError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The JSON form of the tree under `node` (objects with keys in alphabetical order, as
// nlohmann::json keeps them).
nlohmann::json to_json(const Node& node);

// The same JSON form with each object's keys in the documented order: `_type`, the
// fields in ASDL order, then the attributes.
nlohmann::ordered_json to_ordered_json(const Node& node);

// The JSON text of the tree (keys in the documented order); indent -1 writes one line.
std::string to_json_text(const Node& node, int indent = -1);

// Reads a tree from its JSON form; every node is made in `arena`. The top value may be
// any node (a Module, an expr, an arguments...). Throws JsonError on any invalid input.
Node* from_json(const nlohmann::json& json, Arena& arena);

// Parses JSON text, then reads it like from_json. Throws JsonError on invalid JSON too.
Node* from_json_text(const std::string& text, Arena& arena);

}  // namespace peppy::ast
