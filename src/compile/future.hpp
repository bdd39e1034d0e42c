// future.hpp: the `from __future__ import ...` statements at the top of a module, as
// CPython's future.c reads them before compiling: which features are on, where the
// last valid one is, and the errors ("not a chance", "future feature X is not defined").
#pragma once

#include <cstdint>

#include "ast/ast_nodes.hpp"

namespace peppy::compile {

// CPython's code flags for future features (co_flags; only `annotations` and
// `barry_as_FLUFL` set one in 3.11, the others are on by default).
inline constexpr std::uint32_t CO_FUTURE_BARRY_AS_BDFL = 0x400000, CO_FUTURE_ANNOTATIONS = 0x1000000;

struct FutureFeatures {
  std::uint32_t flags = 0;  // CO_FUTURE_* bits
  int lineno = -1;          // line of the last future statement of the leading run (-1: none)
  bool annotations() const { return (flags & CO_FUTURE_ANNOTATIONS) != 0; }
};

// Reads the future statements that open `module` (after an optional docstring).
// Throws CompileError for an unknown feature or `braces`.
FutureFeatures parse_future(const ast::Module& module);

// The module's (or a body's) docstring node: the first statement when it is an
// expression statement holding a str constant; nullptr otherwise.
const ast::Constant* docstring_of(const std::vector<ast::stmt*>& body);

}  // namespace peppy::compile
