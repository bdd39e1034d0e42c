// optimize.cpp: the AST optimizer (see optimize.hpp). A bottom-up walk over every
// statement and expression, in the order CPython's ast_opt.c visits them; what it
// folds goes into side tables keyed by node.
#include "compile/optimize.hpp"

#include "compile/errors.hpp"

namespace peppy::compile {

namespace {

// A node made by the optimizer gets the position of the node it stands for.
template <typename N, typename From>
void copy_position(N* to, const From* from) {
  to->lineno = from->lineno;
  to->col_offset = from->col_offset;
  to->end_lineno = from->end_lineno;
  to->end_col_offset = from->end_col_offset;
}

// A node with no position (lineno -1), as CPython gives the pieces of a rewritten
// %-format.
template <typename N>
void no_position(N* n) {
  n->lineno = n->col_offset = n->end_lineno = n->end_col_offset = -1;
}

// Has any element a `*x`?
bool has_starred(const std::vector<ast::expr*>& es) {
  for (const ast::expr* e : es) {
    if (ast::isa<ast::Starred>(e)) return true;
  }
  return false;
}

// One conversion of a %-format: `%[flags][width][.precision]spec` read at `pos` (just
// after the '%'); false when it is not one the optimizer handles (only s, r and a, the
// flags - + space # 0, at most two digits of width and of precision).
bool parse_conversion(const std::string& f, std::size_t& pos, char& spec, std::string& format_spec) {
  bool ljust = false;
  int width = -1, prec = -1;
  auto at_end = [&] { return pos >= f.size(); };
  if (at_end()) return false;
  char ch = f[pos++];
  while (ch == '-' || ch == '+' || ch == ' ' || ch == '#' || ch == '0') {
    if (ch == '-') ljust = true;
    if (at_end()) return false;
    ch = f[pos++];
  }
  if (ch >= '0' && ch <= '9') {
    width = 0;
    int digits = 0;
    while (ch >= '0' && ch <= '9') {
      width = width * 10 + (ch - '0');
      if (at_end()) return false;
      ch = f[pos++];
      if (++digits >= 3) return false;
    }
  }
  if (ch == '.') {
    if (at_end()) return false;
    ch = f[pos++];
    prec = 0;
    int digits = 0;
    while (ch >= '0' && ch <= '9') {
      prec = prec * 10 + (ch - '0');
      if (at_end()) return false;
      ch = f[pos++];
      if (++digits >= 3) return false;
    }
  }
  if (ch != 's' && ch != 'r' && ch != 'a') return false;
  spec = ch;
  format_spec.clear();
  if (!ljust && width > 0) format_spec += '>';
  if (width >= 0) format_spec += std::to_string(width);
  if (prec >= 0) format_spec += "." + std::to_string(prec);
  return true;
}

}  // namespace

// The module: its body (a docstring body).
void Optimizer::run(const ast::Module& module) { body(module.body, true); }

// A list of statements; for module, class and function bodies, a first statement that
// folded into a str is marked so that it does not become the docstring.
void Optimizer::body(const std::vector<ast::stmt*>& stmts, bool docstring_body) {
  const bool had_docstring = docstring_of(stmts) != nullptr;
  for (const ast::stmt* s : stmts) stmt(s);
  if (docstring_body && !had_docstring && !stmts.empty()) {
    if (const auto* e = ast::as<ast::Expr>(stmts.front())) {
      const Constant* c = folded(e->value);
      if (c != nullptr && c->kind == Constant::Kind::Str) false_docstrings_.insert(e);
    }
  }
}

// Each expression of a list (null entries, as Dict keys may be, skipped).
void Optimizer::exprs(const std::vector<ast::expr*>& es) {
  for (const ast::expr* e : es) {
    if (e != nullptr) expr(e);
  }
}

// Annotations are folded unless `from __future__ import annotations` makes them strings.
void Optimizer::annotation(const ast::expr* e) {
  if (e != nullptr && !future_.annotations()) expr(e);
}

// Parameters' annotations and defaults.
void Optimizer::arguments(const ast::arguments* a) {
  for (const ast::arg* x : a->posonlyargs) annotation(x->annotation);
  for (const ast::arg* x : a->args) annotation(x->annotation);
  if (a->vararg != nullptr) annotation(a->vararg->annotation);
  for (const ast::arg* x : a->kwonlyargs) annotation(x->annotation);
  exprs(a->kw_defaults);
  if (a->kwarg != nullptr) annotation(a->kwarg->annotation);
  exprs(a->defaults);
}

// Comprehension clauses: target, iterable (list/set displays become tuple/frozenset),
// conditions.
void Optimizer::comprehensions(const std::vector<ast::comprehension*>& gens) {
  for (const ast::comprehension* g : gens) {
    expr(g->target);
    expr(g->iter);
    exprs(g->ifs);
    fold_iter(g->iter);
  }
}

// One statement.
void Optimizer::stmt(const ast::stmt* s) {
  DepthGuard guard(depth_);
  using ast::Tag;
  switch (s->tag) {
    case Tag::FunctionDef: {
      const auto* f = static_cast<const ast::FunctionDef*>(s);
      arguments(f->args);
      body(f->body, true);
      exprs(f->decorator_list);
      annotation(f->returns);
      break;
    }
    case Tag::AsyncFunctionDef: {
      const auto* f = static_cast<const ast::AsyncFunctionDef*>(s);
      arguments(f->args);
      body(f->body, true);
      exprs(f->decorator_list);
      annotation(f->returns);
      break;
    }
    case Tag::ClassDef: {
      const auto* c = static_cast<const ast::ClassDef*>(s);
      exprs(c->bases);
      for (const ast::keyword* k : c->keywords) expr(k->value);
      body(c->body, true);
      exprs(c->decorator_list);
      break;
    }
    case Tag::Return:
      if (const ast::expr* v = static_cast<const ast::Return*>(s)->value) expr(v);
      break;
    case Tag::Delete:
      exprs(static_cast<const ast::Delete*>(s)->targets);
      break;
    case Tag::Assign: {
      const auto* a = static_cast<const ast::Assign*>(s);
      exprs(a->targets);
      expr(a->value);
      break;
    }
    case Tag::AugAssign: {
      const auto* a = static_cast<const ast::AugAssign*>(s);
      expr(a->target);
      expr(a->value);
      break;
    }
    case Tag::AnnAssign: {
      const auto* a = static_cast<const ast::AnnAssign*>(s);
      expr(a->target);
      annotation(a->annotation);
      if (a->value != nullptr) expr(a->value);
      break;
    }
    case Tag::For: {
      const auto* f = static_cast<const ast::For*>(s);
      expr(f->target);
      expr(f->iter);
      body(f->body, false);
      body(f->orelse, false);
      fold_iter(f->iter);
      break;
    }
    case Tag::AsyncFor: {
      const auto* f = static_cast<const ast::AsyncFor*>(s);
      expr(f->target);
      expr(f->iter);
      body(f->body, false);
      body(f->orelse, false);
      break;
    }
    case Tag::While: {
      const auto* w = static_cast<const ast::While*>(s);
      expr(w->test);
      body(w->body, false);
      body(w->orelse, false);
      break;
    }
    case Tag::If: {
      const auto* i = static_cast<const ast::If*>(s);
      expr(i->test);
      body(i->body, false);
      body(i->orelse, false);
      break;
    }
    case Tag::With:
    case Tag::AsyncWith: {
      const auto& items = s->tag == Tag::With ? static_cast<const ast::With*>(s)->items
                                              : static_cast<const ast::AsyncWith*>(s)->items;
      for (const ast::withitem* w : items) {
        expr(w->context_expr);
        if (w->optional_vars != nullptr) expr(w->optional_vars);
      }
      body(s->tag == Tag::With ? static_cast<const ast::With*>(s)->body : static_cast<const ast::AsyncWith*>(s)->body,
           false);
      break;
    }
    case Tag::Match: {
      const auto* m = static_cast<const ast::Match*>(s);
      expr(m->subject);
      for (const ast::match_case* c : m->cases) {
        pattern(c->pattern);
        if (c->guard != nullptr) expr(c->guard);
        body(c->body, false);
      }
      break;
    }
    case Tag::Raise: {
      const auto* r = static_cast<const ast::Raise*>(s);
      if (r->exc != nullptr) expr(r->exc);
      if (r->cause != nullptr) expr(r->cause);
      break;
    }
    case Tag::Try:
    case Tag::TryStar: {
      const bool star = s->tag == Tag::TryStar;
      const auto& b = star ? static_cast<const ast::TryStar*>(s)->body : static_cast<const ast::Try*>(s)->body;
      const auto& hs = star ? static_cast<const ast::TryStar*>(s)->handlers : static_cast<const ast::Try*>(s)->handlers;
      const auto& o = star ? static_cast<const ast::TryStar*>(s)->orelse : static_cast<const ast::Try*>(s)->orelse;
      const auto& f = star ? static_cast<const ast::TryStar*>(s)->finalbody : static_cast<const ast::Try*>(s)->finalbody;
      body(b, false);
      for (const ast::excepthandler* h : hs) {
        const auto* eh = static_cast<const ast::ExceptHandler*>(h);
        if (eh->type != nullptr) expr(eh->type);
        body(eh->body, false);
      }
      body(o, false);
      body(f, false);
      break;
    }
    case Tag::Assert: {
      const auto* a = static_cast<const ast::Assert*>(s);
      expr(a->test);
      if (a->msg != nullptr) expr(a->msg);
      break;
    }
    case Tag::Expr:
      expr(static_cast<const ast::Expr*>(s)->value);
      break;
    default:
      break;
  }
}

// Whether every expression is constant; their values into *out.
bool Optimizer::all_constant(const std::vector<ast::expr*>& es, std::vector<Constant>* out) const {
  for (const ast::expr* e : es) {
    const Constant* c = folded(e);
    if (c == nullptr) return false;
    if (out != nullptr) out->push_back(*c);
  }
  return true;
}

// A loop's iterable or an `in` operand: a list display becomes a tuple (constant if it
// can be), a set display of constants a frozenset.
void Optimizer::fold_iter(const ast::expr* e) {
  e = rewrite(e);
  if (const auto* l = ast::as<ast::List>(e)) {
    if (has_starred(l->elts)) return;
    auto* t = arena_.make<ast::Tuple>();
    t->elts = l->elts;
    t->ctx = l->ctx;
    copy_position(t, l);
    rewrites_[e] = t;
    std::vector<Constant> items;
    if (all_constant(l->elts, &items)) set_value(t, Constant::tuple(std::move(items)));
  } else if (const auto* s = ast::as<ast::Set>(e)) {
    std::vector<Constant> items;
    if (all_constant(s->elts, &items)) set_value(e, make_frozenset(items));
  }
}

// `'...' % (a, b)` with only %s, %r, %a conversions: an f-string.
void Optimizer::fold_format(const ast::BinOp* b, const std::string& fmt, const ast::Tuple* args) {
  std::vector<ast::expr*> pieces;
  std::size_t pos = 0, used = 0;
  while (true) {
    const std::size_t start = pos;
    std::string lit;
    while (pos < fmt.size()) {
      if (fmt[pos] != '%') {
        lit += fmt[pos++];
      } else if (pos + 1 < fmt.size() && fmt[pos + 1] == '%') {
        lit += '%';
        pos += 2;
      } else {
        break;
      }
    }
    if (pos > start) {
      auto* c = arena_.make<ast::Constant>();
      no_position(c);
      pieces.push_back(c);
      set_value(c, Constant::string(lit));
    }
    if (pos >= fmt.size()) break;
    if (used >= args->elts.size()) return;  // more conversions than values
    ++pos;                                    // the '%'
    char spec = 0;
    std::string format_spec;
    if (!parse_conversion(fmt, pos, spec, format_spec)) return;
    ast::expr* arg = args->elts[used++];
    auto* fv = arena_.make<ast::FormattedValue>();
    fv->value = arg;
    fv->conversion = spec;
    copy_position(fv, arg);
    if (!format_spec.empty()) {
      auto* c = arena_.make<ast::Constant>();
      no_position(c);
      set_value(c, Constant::string(format_spec));
      fv->format_spec = c;
    }
    pieces.push_back(fv);
  }
  if (used < args->elts.size()) return;  // more values than conversions
  auto* js = arena_.make<ast::JoinedStr>();
  js->values = std::move(pieces);
  copy_position(js, b);
  rewrites_[b] = js;
}

// One expression: its parts first, then the expression itself is folded if it can be.
void Optimizer::expr(const ast::expr* e) {
  DepthGuard guard(depth_);
  using ast::Tag;
  switch (e->tag) {
    case Tag::BoolOp:
      exprs(static_cast<const ast::BoolOp*>(e)->values);
      break;
    case Tag::BinOp: {
      const auto* b = static_cast<const ast::BinOp*>(e);
      expr(b->left);
      expr(b->right);
      const Constant* l = folded(b->left);
      if (l == nullptr) break;
      const ast::expr* right = rewrite(b->right);
      if (b->op == ast::operator_::Mod && l->kind == Constant::Kind::Str && ast::isa<ast::Tuple>(right) &&
          constant(right) == nullptr && !has_starred(static_cast<const ast::Tuple*>(right)->elts)) {
        fold_format(b, l->text, static_cast<const ast::Tuple*>(right));
        break;
      }
      const Constant* r = constant(right);
      if (r == nullptr) break;
      if (b->op == ast::operator_::Mod && (l->kind == Constant::Kind::Str || l->kind == Constant::Kind::Bytes)) break;
      if (auto v = fold_binary(b->op, *l, *r)) set_value(e, std::move(*v));
      break;
    }
    case Tag::UnaryOp: {
      const auto* u = static_cast<const ast::UnaryOp*>(e);
      expr(u->operand);
      const ast::expr* operand = rewrite(u->operand);
      if (const Constant* c = constant(operand)) {
        if (auto v = fold_unary(u->op, *c)) set_value(e, std::move(*v));
      } else if (const auto* cmp = ast::as<ast::Compare>(operand);
                 cmp != nullptr && u->op == ast::unaryop::Not && cmp->ops.size() == 1) {
        ast::cmpop op = cmp->ops[0];
        bool invert = true;
        switch (op) {
          case ast::cmpop::Is:
            op = ast::cmpop::IsNot;
            break;
          case ast::cmpop::IsNot:
            op = ast::cmpop::Is;
            break;
          case ast::cmpop::In:
            op = ast::cmpop::NotIn;
            break;
          case ast::cmpop::NotIn:
            op = ast::cmpop::In;
            break;
          default:
            invert = false;  // ==, <, ... may not be inverted safely
            break;
        }
        if (invert) {
          auto* n = arena_.make<ast::Compare>();
          n->left = cmp->left;
          n->ops = {op};
          n->comparators = cmp->comparators;
          copy_position(n, cmp);
          rewrites_[e] = n;
        }
      }
      break;
    }
    case Tag::Lambda: {
      const auto* l = static_cast<const ast::Lambda*>(e);
      arguments(l->args);
      expr(l->body);
      break;
    }
    case Tag::IfExp: {
      const auto* i = static_cast<const ast::IfExp*>(e);
      expr(i->test);
      expr(i->body);
      expr(i->orelse);
      break;
    }
    case Tag::Dict: {
      const auto* d = static_cast<const ast::Dict*>(e);
      exprs(d->keys);
      exprs(d->values);
      break;
    }
    case Tag::Set:
      exprs(static_cast<const ast::Set*>(e)->elts);
      break;
    case Tag::ListComp: {
      const auto* c = static_cast<const ast::ListComp*>(e);
      expr(c->elt);
      comprehensions(c->generators);
      break;
    }
    case Tag::SetComp: {
      const auto* c = static_cast<const ast::SetComp*>(e);
      expr(c->elt);
      comprehensions(c->generators);
      break;
    }
    case Tag::DictComp: {
      const auto* c = static_cast<const ast::DictComp*>(e);
      expr(c->key);
      expr(c->value);
      comprehensions(c->generators);
      break;
    }
    case Tag::GeneratorExp: {
      const auto* c = static_cast<const ast::GeneratorExp*>(e);
      expr(c->elt);
      comprehensions(c->generators);
      break;
    }
    case Tag::Await:
      expr(static_cast<const ast::Await*>(e)->value);
      break;
    case Tag::Yield:
      if (const ast::expr* v = static_cast<const ast::Yield*>(e)->value) expr(v);
      break;
    case Tag::YieldFrom:
      expr(static_cast<const ast::YieldFrom*>(e)->value);
      break;
    case Tag::Compare: {
      const auto* c = static_cast<const ast::Compare*>(e);
      expr(c->left);
      exprs(c->comparators);
      const ast::cmpop last = c->ops.back();
      if (last == ast::cmpop::In || last == ast::cmpop::NotIn) fold_iter(c->comparators.back());
      break;
    }
    case Tag::Call: {
      const auto* c = static_cast<const ast::Call*>(e);
      expr(c->func);
      exprs(c->args);
      for (const ast::keyword* k : c->keywords) expr(k->value);
      break;
    }
    case Tag::FormattedValue: {
      const auto* f = static_cast<const ast::FormattedValue*>(e);
      expr(f->value);
      if (f->format_spec != nullptr) expr(f->format_spec);
      break;
    }
    case Tag::JoinedStr:
      exprs(static_cast<const ast::JoinedStr*>(e)->values);
      break;
    case Tag::Constant:
      set_value(e, constant_from_ast(static_cast<const ast::Constant*>(e)->value));
      break;
    case Tag::Attribute:
      expr(static_cast<const ast::Attribute*>(e)->value);
      break;
    case Tag::Subscript: {
      const auto* s = static_cast<const ast::Subscript*>(e);
      expr(s->value);
      expr(s->slice);
      if (s->ctx != ast::expr_context::Load) break;
      const Constant* v = folded(s->value);
      const Constant* i = folded(s->slice);
      if (v != nullptr && i != nullptr) {
        if (auto r = fold_subscript(*v, *i)) set_value(e, std::move(*r));
      }
      break;
    }
    case Tag::Starred:
      expr(static_cast<const ast::Starred*>(e)->value);
      break;
    case Tag::Slice: {
      const auto* s = static_cast<const ast::Slice*>(e);
      if (s->lower != nullptr) expr(s->lower);
      if (s->upper != nullptr) expr(s->upper);
      if (s->step != nullptr) expr(s->step);
      break;
    }
    case Tag::List:
      exprs(static_cast<const ast::List*>(e)->elts);
      break;
    case Tag::Tuple: {
      const auto* t = static_cast<const ast::Tuple*>(e);
      exprs(t->elts);
      std::vector<Constant> items;
      if (t->ctx == ast::expr_context::Load && all_constant(t->elts, &items))
        set_value(e, Constant::tuple(std::move(items)));
      break;
    }
    case Tag::Name: {
      const auto* n = static_cast<const ast::Name*>(e);
      if (n->ctx == ast::expr_context::Load && n->id == "__debug__") set_value(e, Constant::boolean(true));
      break;
    }
    case Tag::NamedExpr:
      expr(static_cast<const ast::NamedExpr*>(e)->value);
      break;
    default:
      break;
  }
}

// Patterns: the values they compare with (negative and complex literals fold here).
void Optimizer::pattern(const ast::pattern* p) {
  DepthGuard guard(depth_);
  using ast::Tag;
  switch (p->tag) {
    case Tag::MatchValue:
      expr(static_cast<const ast::MatchValue*>(p)->value);
      break;
    case Tag::MatchSequence:
      for (const ast::pattern* q : static_cast<const ast::MatchSequence*>(p)->patterns) pattern(q);
      break;
    case Tag::MatchMapping: {
      const auto* m = static_cast<const ast::MatchMapping*>(p);
      exprs(m->keys);
      for (const ast::pattern* q : m->patterns) pattern(q);
      break;
    }
    case Tag::MatchClass: {
      const auto* c = static_cast<const ast::MatchClass*>(p);
      expr(c->cls);
      for (const ast::pattern* q : c->patterns) pattern(q);
      for (const ast::pattern* q : c->kwd_patterns) pattern(q);
      break;
    }
    case Tag::MatchAs:
      if (const ast::pattern* q = static_cast<const ast::MatchAs*>(p)->pattern) pattern(q);
      break;
    case Tag::MatchOr:
      for (const ast::pattern* q : static_cast<const ast::MatchOr*>(p)->patterns) pattern(q);
      break;
    default:
      break;
  }
}

}  // namespace peppy::compile
