// optimize.hpp: the AST optimizer CPython 3.11 runs before code generation
// (ast_opt.c), done without touching the parser's tree: its results are kept on the
// side. It folds constant expressions (unary and binary operators on constants within
// CPython's size limits, tuples of constants, constant subscripts, `__debug__`), turns
// `x in [a, b]` and `for x in [a, b]` over list/set displays into tuples and
// frozensets, rewrites `not (a is b)` as `a is not b` (also `in`), and turns
// `'%s %r' % (a, b)` into an f-string. The code generator asks rewrite() for the node
// to compile in place of a node, then constant() for its folded value.
#pragma once

#include <unordered_map>
#include <unordered_set>

#include "ast/arena.hpp"
#include "ast/ast_nodes.hpp"
#include "compile/constvalue.hpp"
#include "compile/future.hpp"

namespace peppy::compile {

class Optimizer {
 public:
  explicit Optimizer(const FutureFeatures& future) : future_(future) {}

  // Folds the whole module. Throws CompileError (RecursionError) on too deep trees.
  void run(const ast::Module& module);

  // The node to compile in place of `e` (`e` itself when not rewritten).
  const ast::expr* rewrite(const ast::expr* e) const {
    auto it = rewrites_.find(e);
    return it == rewrites_.end() ? e : it->second;
  }

  // The constant value of `e` (after rewrite()): a Constant node's value or a folded
  // one; nullptr when `e` is not constant.
  const Constant* constant(const ast::expr* e) const {
    auto it = values_.find(e);
    return it == values_.end() ? nullptr : &it->second;
  }

  // The constant of `e` after rewriting it.
  const Constant* folded(const ast::expr* e) const { return constant(rewrite(e)); }

  // An expression statement opening a body whose value folded into a str: CPython
  // keeps it from becoming a docstring, and compiles it as an f-string.
  bool is_false_docstring(const ast::stmt* s) const { return false_docstrings_.count(s) != 0; }

 private:
  const FutureFeatures& future_;
  ast::Arena arena_;  // nodes made by rewrites
  std::unordered_map<const ast::expr*, const ast::expr*> rewrites_;
  std::unordered_map<const ast::expr*, Constant> values_;
  std::unordered_set<const ast::stmt*> false_docstrings_;
  int depth_ = 0;

  void body(const std::vector<ast::stmt*>& stmts, bool docstring_body);
  void stmt(const ast::stmt* s);
  void expr(const ast::expr* e);
  void exprs(const std::vector<ast::expr*>& es);
  void arguments(const ast::arguments* a);
  void annotation(const ast::expr* e);
  void comprehensions(const std::vector<ast::comprehension*>& gens);
  void pattern(const ast::pattern* p);
  void fold_iter(const ast::expr* e);
  void fold_format(const ast::BinOp* b, const std::string& fmt, const ast::Tuple* args);
  bool all_constant(const std::vector<ast::expr*>& es, std::vector<Constant>* out) const;
  void set_value(const ast::expr* e, Constant c) { values_[e] = std::move(c); }
};

}  // namespace peppy::compile
