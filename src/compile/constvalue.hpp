// constvalue.hpp: Python semantics over compile-time constants (bytecode::Constant),
// what the AST optimizer needs to fold expressions as CPython 3.11's does: the value of
// an AST constant, truthiness, unary and binary operators with CPython's limits on the
// size of folded results, constant subscripts, and the identity key by which a code
// object's constants are shared. Every operation answers std::nullopt where Python
// would raise (or where CPython declines to fold); the expression is then left for
// run time.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ast/ast_nodes.hpp"
#include "bytecode/code.hpp"

namespace peppy::compile {

using bytecode::Constant;

// The constant of an AST Constant node's value.
Constant constant_from_ast(const ast::ConstantValue& v);

// bool(c).
bool constant_truthy(const Constant& c);

// op c (unary -, +, ~, not).
std::optional<Constant> fold_unary(ast::unaryop op, const Constant& c);

// a op b.
std::optional<Constant> fold_binary(ast::operator_ op, const Constant& a, const Constant& b);

// v[index].
std::optional<Constant> fold_subscript(const Constant& v, const Constant& index);

// frozenset(items): duplicates (by Python equality, so 1, 1.0 and True are one) dropped,
// the first kept.
Constant make_frozenset(const std::vector<Constant>& items);

// The key that decides which constants share a slot of co_consts: equal values of the
// same type (so 0, 0.0 and False differ; -0.0 and 0.0 differ; floats by bit pattern).
std::string constant_key(const Constant& c);

// Python's a == b (numbers compare across int, bool, float and complex).
bool constants_equal(const Constant& a, const Constant& b);

// Python's repr() of a constant (code objects: "<code NAME>").
std::string constant_repr(const Constant& c);

// The number of code points of a UTF-8 (with 3-byte surrogates) string.
std::size_t utf8_length(const std::string& s);

}  // namespace peppy::compile
