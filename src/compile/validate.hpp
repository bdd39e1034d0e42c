// validate.hpp: the checks CPython's compile() makes on an AST it is given as an object
// (Python/ast.c's validator) before compiling it: the shapes the parser always
// produces but a hand-made tree (here: one read from JSON) may lack -- non-empty bodies
// and lists, matching list lengths, Store/Del/Load contexts where each belongs, valid
// patterns. A bad tree gives CPython's ValueError (or TypeError) with its message and
// no position, instead of odd code or a crash later.
#pragma once

#include "ast/ast_nodes.hpp"

namespace peppy::compile {

// Checks the module; throws CompileError (type "ValueError"/"TypeError") on the first
// problem. Deep trees give RecursionError.
void validate_module(const ast::Module& module);

}  // namespace peppy::compile
