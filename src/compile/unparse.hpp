// unparse.hpp: an expression back to source text, as CPython 3.11's ast_unparse.c
// writes it: what an annotation becomes under `from __future__ import annotations`.
#pragma once

#include <string>

#include "ast/ast_nodes.hpp"

namespace peppy::compile {

// The source text of an annotation expression.
std::string unparse_annotation(const ast::expr* e);

}  // namespace peppy::compile
