// future.cpp: reading the module's leading `from __future__ import` statements (what
// CPython's future.c does), and finding docstrings.
#include "compile/future.hpp"

#include <string>

#include "compile/errors.hpp"

namespace peppy::compile {

// A docstring: the first statement is `Expr(Constant(str))`.
const ast::Constant* docstring_of(const std::vector<ast::stmt*>& body) {
  if (body.empty()) return nullptr;
  const auto* e = ast::as<ast::Expr>(body.front());
  if (e == nullptr) return nullptr;
  const auto* c = ast::as<ast::Constant>(e->value);
  if (c == nullptr || c->value.kind != ast::ConstantValue::Kind::Str) return nullptr;
  return c;
}

namespace {

// Checks the names of one `from __future__ import ...` and turns their features on.
// Errors are placed at the statement, with no end offset (as CPython's).
void check_features(const ast::ImportFrom& s, FutureFeatures& ff) {
  for (const ast::alias* a : s.names) {
    const std::string& f = a->name;
    if (f == "nested_scopes" || f == "generators" || f == "division" || f == "absolute_import" ||
        f == "with_statement" || f == "print_function" || f == "unicode_literals" || f == "generator_stop") {
      continue;  // mandatory in 3.11: no flag
    }
    if (f == "barry_as_FLUFL") {
      ff.flags |= CO_FUTURE_BARRY_AS_BDFL;
    } else if (f == "annotations") {
      ff.flags |= CO_FUTURE_ANNOTATIONS;
    } else if (f == "braces") {
      throw_syntax_error("not a chance", s.lineno, s.col_offset, s.lineno, -1);
    } else {
      throw_syntax_error("future feature " + f.substr(0, 100) + " is not defined", s.lineno, s.col_offset,
                         s.lineno, -1);
    }
  }
}

}  // namespace

// The leading run of future statements (after the docstring, if any), as CPython's
// future.c reads it: each is checked; the run ends at the first other statement; a
// future import on the same line after the run has ended is already an error here
// (one on a later line is the compiler's error).
FutureFeatures parse_future(const ast::Module& module) {
  FutureFeatures ff;
  bool done = false;
  int prev_line = 0;
  const std::size_t first = docstring_of(module.body) != nullptr ? 1 : 0;
  for (std::size_t i = first; i < module.body.size(); ++i) {
    const ast::stmt* s = module.body[i];
    if (done && s->lineno > prev_line) break;
    prev_line = s->lineno;
    const auto* f = ast::as<ast::ImportFrom>(s);
    if (f == nullptr || f->module != "__future__") {  // relative ones count too, as CPython's
      done = true;
      continue;
    }
    if (done) {
      // CPython gives the 0-based column as the 1-based offset here
      throw_syntax_error("from __future__ imports must occur at the beginning of the file", f->lineno,
                         f->col_offset - 1, f->lineno, -1);
    }
    check_features(*f, ff);
    ff.lineno = f->lineno;
  }
  return ff;
}

}  // namespace peppy::compile
