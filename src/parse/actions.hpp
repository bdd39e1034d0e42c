// actions.hpp: the helpers the grammar's actions call (grammar/python.peg and
// errors.peg): building AST nodes from tokens, the small structs that carry parts of a
// rule's result (parameters, call arguments, comparison pairs...), and the functions
// that raise CPython's syntax errors at the right place.
#pragma once

#include <string>
#include <vector>

#include "ast/ast_make.hpp"
#include "parse/runtime.hpp"

namespace peppy::parse {

using ast::expr;
using ast::stmt;

// ---- parts of results ----
struct DottedName {
  std::string name;
  explicit DottedName(std::string n) : name(std::move(n)) {}
};
struct CaptureName {
  std::string name;
  explicit CaptureName(std::string n) : name(std::move(n)) {}
};
struct NameDefault {  // a parameter and its default (nullptr: none)
  ast::arg* a;
  expr* value;
  NameDefault(ast::arg* x, expr* v) : a(x), value(v) {}
};
struct SlashWithDefault {  // the parameters before '/' when some have defaults
  std::vector<ast::arg*> plain;
  std::vector<NameDefault*> defaults;
  SlashWithDefault(std::vector<ast::arg*> p, std::vector<NameDefault*> d)
      : plain(std::move(p)), defaults(std::move(d)) {}
};
struct StarEtc {  // *args, keyword-only parameters, **kwargs
  ast::arg* vararg;
  std::vector<NameDefault*> kwonly;
  ast::arg* kwarg;
  StarEtc(ast::arg* v, std::vector<NameDefault*> k, ast::arg* kw) : vararg(v), kwonly(std::move(k)), kwarg(kw) {}
};
struct KeyValue {  // a dict display item; key nullptr for **value
  expr* key;
  expr* value;
  KeyValue(expr* k, expr* v) : key(k), value(v) {}
};
struct CmpPair {
  ast::cmpop op;
  expr* e;
  CmpPair(ast::cmpop o, expr* x) : op(o), e(x) {}
};
struct KeyPattern {
  expr* key;
  ast::pattern* pat;
  KeyPattern(expr* k, ast::pattern* p) : key(k), pat(p) {}
};
struct KeywordPattern {
  std::string name;
  ast::pattern* pat;
  KeywordPattern(std::string n, ast::pattern* p) : name(std::move(n)), pat(p) {}
};
struct KeywordOrStarred {  // a keyword argument, or a *starred positional one
  void* elem;
  bool is_keyword;
  KeywordOrStarred(void* e, bool k) : elem(e), is_keyword(k) {}
};
struct CallArgs {  // the arguments of a call or class definition
  std::vector<expr*> args;
  std::vector<ast::keyword*> keywords;
  Loc loc;
};

// ---- tokens and names ----
std::string ident(const Tok* t);  // a NAME's identifier (NFKC-normalized as CPython does)
std::vector<std::string> idents(const std::vector<const Tok*>& ts);
std::string line_of(const Tok* t);  // its line number, as text
bool is_legacy_name(const Tok* t);  // print / exec
ast::Name* name_node(ast::Arena& A, const Tok* t, ast::expr_context ctx);
ast::operator_ aug_op(const Tok* t);
int count_dots(const std::vector<const Tok*>& dots);

// ---- lists ----
template <typename T>
std::vector<T*> prepend(T* a, std::vector<T*> rest) {
  rest.insert(rest.begin(), a);
  return rest;
}
template <typename T>
std::vector<T> join(std::vector<T> a, const std::vector<T>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}
std::vector<stmt*> flatten(const std::vector<std::vector<stmt*>>& v);
std::vector<expr*> kv_keys(const std::vector<KeyValue*>& v);
std::vector<expr*> kv_values(const std::vector<KeyValue*>& v);
std::vector<ast::cmpop> pair_ops(const std::vector<CmpPair*>& v);
std::vector<expr*> pair_exprs(const std::vector<CmpPair*>& v);
std::vector<expr*> pair_keys(const std::vector<KeyPattern*>& v);
std::vector<ast::pattern*> pair_patterns(const std::vector<KeyPattern*>& v);
std::vector<std::string> keyword_names(const std::vector<KeywordPattern*>& v);
std::vector<ast::pattern*> keyword_values(const std::vector<KeywordPattern*>& v);

// ---- building ----
ast::ConstantValue const_none();
ast::ConstantValue const_bool(bool b);
ast::ConstantValue const_ellipsis();
expr* number(State& st, const Tok* t, const Loc& L);
expr* ensure_real(State& st, expr* e);
expr* ensure_imaginary(State& st, expr* e);
expr* concatenate_strings(State& st, const std::vector<const Tok*>& toks, const Loc& L);
struct FieldExpr;
// Parses an f-string replacement field's expression as CPython 3.11 does: "(" + text +
// ")" on its own, positions mapped into the source (defined in parser.cpp).
expr* parse_fstring_expr(State& st, FieldExpr& fe);
expr* set_ctx(ast::Arena& A, expr* e, ast::expr_context ctx);
stmt* with_decorators(ast::Arena& A, const std::vector<expr*>& decorators, stmt* def);
ast::arguments* empty_arguments(ast::Arena& A);
ast::arguments* make_arguments(ast::Arena& A, const std::vector<ast::arg*>& slash_no_default,
                               SlashWithDefault* slash_with_default, const std::vector<ast::arg*>& plain,
                               const std::vector<NameDefault*>& with_default, StarEtc* star_etc);
CallArgs* call_args(State& st, const std::vector<expr*>& positional, const std::vector<KeywordOrStarred*>& rest);

// ---- errors (each throws SyntaxError) ----
enum class TargetsKind { Star, Del, For };
std::string expr_name(const expr* e);  // "function call", "literal"... as CPython names them
Loc loc_of(const Tok* t);
// The location of a node with position attributes.
template <typename N>
  requires std::is_base_of_v<ast::Node, N>
Loc loc_of(const N* n) {
  return Loc{n->lineno, n->col_offset, n->end_lineno, n->end_col_offset};
}
Loc loc_of(const CallArgs* a);
[[noreturn]] void raise_loc(State& st, const char* type, const std::string& msg, const Loc& start, const Loc& end,
                            bool end_is_current = false);
template <typename X>
[[noreturn]] std::nullptr_t raise_at(State& st, const X* x, const std::string& msg) {
  Loc l = loc_of(x);
  raise_loc(st, "SyntaxError", msg, l, l);
}
template <typename X, typename Y>
[[noreturn]] std::nullptr_t raise_range(State& st, const X* x, const Y* y, const std::string& msg) {
  raise_loc(st, "SyntaxError", msg, loc_of(x), loc_of(y));
}
template <typename X>
[[noreturn]] std::nullptr_t raise_from(State& st, const X* x, const std::string& msg) {
  Loc l = loc_of(x);
  raise_loc(st, "SyntaxError", msg, l, l, true);
}
[[noreturn]] std::nullptr_t raise_last(State& st, const std::string& msg);
[[noreturn]] std::nullptr_t raise_indent(State& st, const std::string& msg);
std::nullptr_t raise_invalid_target(State& st, TargetsKind kind, expr* e);
std::nullptr_t raise_invalid_target_or_null(State& st, TargetsKind kind, expr* e);
[[noreturn]] std::nullptr_t raise_kvpair_colon(State& st, expr* key);
std::nullptr_t forgot_comma(State& st, const Span& span, expr* a, expr* b);
expr* last_comprehension_item(const std::vector<ast::comprehension*>& gens);
std::nullptr_t nonparen_genexp_in_call(State& st, CallArgs* args, const std::vector<ast::comprehension*>& gens);
[[noreturn]] std::nullptr_t arguments_parsing_error(State& st, CallArgs* args);

}  // namespace peppy::parse
