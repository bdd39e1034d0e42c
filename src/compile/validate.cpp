// validate.cpp: CPython's AST validator (see validate.hpp), statement by statement,
// expression by expression, pattern by pattern, with its messages.
#include "compile/validate.hpp"

#include <string>

#include "compile/errors.hpp"

namespace peppy::compile {

namespace {

using ast::expr_context;

[[noreturn]] void fail(const std::string& msg, const char* type = "ValueError") {
  tok::Error e;
  e.type = type;
  e.message = msg;
  throw CompileError{std::move(e)};
}

// "Load", "Store" or "Del".
const char* context_name(expr_context c) {
  switch (c) {
    case expr_context::Load:
      return "Load";
    case expr_context::Store:
      return "Store";
    case expr_context::Del:
      return "Del";
  }
  return "?";
}

class Validator {
 public:
  // A list of statements.
  void stmts(const std::vector<ast::stmt*>& ss) {
    for (const ast::stmt* s : ss) {
      if (s == nullptr) fail("None disallowed in statement list");
      stmt(s);
    }
  }

  // A body that may not be empty.
  void body(const std::vector<ast::stmt*>& ss, const char* owner) {
    if (ss.empty()) fail(std::string("empty body on ") + owner);
    stmts(ss);
  }

 private:
  int depth_ = 0;

  // Each expression of a list, in context ctx (null entries only where null_ok).
  void exprs(const std::vector<ast::expr*>& es, expr_context ctx, bool null_ok) {
    for (const ast::expr* e : es) {
      if (e != nullptr) {
        expr(e, ctx);
      } else if (!null_ok) {
        fail("None disallowed in expression list");
      }
    }
  }

  // Names can't be the constants None, True and False.
  static void name(const std::string& id) {
    if (id == "None" || id == "True" || id == "False") fail("identifier field can't represent '" + id + "' constant");
  }

  // The targets of an assignment or del: at least one.
  void assign_list(const std::vector<ast::expr*>& targets, expr_context ctx, const char* owner) {
    if (targets.empty()) fail(std::string("empty targets on ") + owner);
    exprs(targets, ctx, false);
  }

  // Parameters: annotations, defaults no more than parameters, one kw_default each.
  void arguments(const ast::arguments* a) {
    for (const auto* list : {&a->posonlyargs, &a->args}) {
      for (const ast::arg* x : *list) {
        if (x->annotation != nullptr) expr(x->annotation, expr_context::Load);
      }
    }
    if (a->vararg != nullptr && a->vararg->annotation != nullptr) expr(a->vararg->annotation, expr_context::Load);
    for (const ast::arg* x : a->kwonlyargs) {
      if (x->annotation != nullptr) expr(x->annotation, expr_context::Load);
    }
    if (a->kwarg != nullptr && a->kwarg->annotation != nullptr) expr(a->kwarg->annotation, expr_context::Load);
    if (a->defaults.size() > a->posonlyargs.size() + a->args.size())
      fail("more positional defaults than args on arguments");
    if (a->kw_defaults.size() != a->kwonlyargs.size())
      fail("length of kwonlyargs is not the same as kw_defaults on arguments");
    exprs(a->defaults, expr_context::Load, false);
    exprs(a->kw_defaults, expr_context::Load, true);
  }

  // The values of keyword arguments.
  void keywords(const std::vector<ast::keyword*>& ks) {
    for (const ast::keyword* k : ks) expr(k->value, expr_context::Load);
  }

  // A comprehension's clauses: at least one.
  void comprehension(const std::vector<ast::comprehension*>& gens) {
    if (gens.empty()) fail("comprehension with no generators");
    for (const ast::comprehension* g : gens) {
      expr(g->target, expr_context::Store);
      expr(g->iter, expr_context::Load);
      exprs(g->ifs, expr_context::Load, false);
    }
  }

  template <typename F>
  void function(const F* f, const char* owner) {
    body(f->body, owner);
    arguments(f->args);
    exprs(f->decorator_list, expr_context::Load, false);
    if (f->returns != nullptr) expr(f->returns, expr_context::Load);
  }

  void try_stmt(const std::vector<ast::stmt*>& b, const std::vector<ast::excepthandler*>& handlers,
                const std::vector<ast::stmt*>& orelse, const std::vector<ast::stmt*>& finalbody, const char* owner) {
    body(b, owner);
    if (handlers.empty() && finalbody.empty())
      fail(std::string(owner) + " has neither except handlers nor finalbody");
    if (handlers.empty() && !orelse.empty()) fail(std::string(owner) + " has orelse but no except handlers");
    for (const ast::excepthandler* h : handlers) {
      const auto* eh = static_cast<const ast::ExceptHandler*>(h);
      if (eh->type != nullptr) expr(eh->type, expr_context::Load);
      body(eh->body, "ExceptHandler");
    }
    stmts(finalbody);
    stmts(orelse);
  }

  template <typename W>
  void with_stmt(const W* w, const char* owner) {
    if (w->items.empty()) fail(std::string("empty items on ") + owner);
    for (const ast::withitem* item : w->items) {
      expr(item->context_expr, expr_context::Load);
      if (item->optional_vars != nullptr) expr(item->optional_vars, expr_context::Store);
    }
    body(w->body, owner);
  }

  template <typename F>
  void for_stmt(const F* f, const char* owner) {
    expr(f->target, expr_context::Store);
    expr(f->iter, expr_context::Load);
    body(f->body, owner);
    stmts(f->orelse);
  }

  // One statement.
  void stmt(const ast::stmt* s) {
    DepthGuard guard(depth_);
    using ast::Tag;
    switch (s->tag) {
      case Tag::FunctionDef:
        function(static_cast<const ast::FunctionDef*>(s), "FunctionDef");
        break;
      case Tag::AsyncFunctionDef:
        function(static_cast<const ast::AsyncFunctionDef*>(s), "AsyncFunctionDef");
        break;
      case Tag::ClassDef: {
        const auto* c = static_cast<const ast::ClassDef*>(s);
        body(c->body, "ClassDef");
        exprs(c->bases, expr_context::Load, false);
        keywords(c->keywords);
        exprs(c->decorator_list, expr_context::Load, false);
        break;
      }
      case Tag::Return:
        if (const ast::expr* v = static_cast<const ast::Return*>(s)->value) expr(v, expr_context::Load);
        break;
      case Tag::Delete:
        assign_list(static_cast<const ast::Delete*>(s)->targets, expr_context::Del, "Delete");
        break;
      case Tag::Assign: {
        const auto* a = static_cast<const ast::Assign*>(s);
        assign_list(a->targets, expr_context::Store, "Assign");
        expr(a->value, expr_context::Load);
        break;
      }
      case Tag::AugAssign: {
        const auto* a = static_cast<const ast::AugAssign*>(s);
        expr(a->target, expr_context::Store);
        expr(a->value, expr_context::Load);
        break;
      }
      case Tag::AnnAssign: {
        const auto* a = static_cast<const ast::AnnAssign*>(s);
        if (a->simple && !ast::isa<ast::Name>(a->target)) fail("AnnAssign with simple non-Name target", "TypeError");
        expr(a->target, expr_context::Store);
        if (a->value != nullptr) expr(a->value, expr_context::Load);
        expr(a->annotation, expr_context::Load);
        break;
      }
      case Tag::For:
        for_stmt(static_cast<const ast::For*>(s), "For");
        break;
      case Tag::AsyncFor:
        for_stmt(static_cast<const ast::AsyncFor*>(s), "AsyncFor");
        break;
      case Tag::While: {
        const auto* w = static_cast<const ast::While*>(s);
        expr(w->test, expr_context::Load);
        body(w->body, "While");
        stmts(w->orelse);
        break;
      }
      case Tag::If: {
        const auto* i = static_cast<const ast::If*>(s);
        expr(i->test, expr_context::Load);
        body(i->body, "If");
        stmts(i->orelse);
        break;
      }
      case Tag::With:
        with_stmt(static_cast<const ast::With*>(s), "With");
        break;
      case Tag::AsyncWith:
        with_stmt(static_cast<const ast::AsyncWith*>(s), "AsyncWith");
        break;
      case Tag::Match: {
        const auto* m = static_cast<const ast::Match*>(s);
        expr(m->subject, expr_context::Load);
        if (m->cases.empty()) fail("empty cases on Match");
        for (const ast::match_case* c : m->cases) {
          pattern(c->pattern, false);
          if (c->guard != nullptr) expr(c->guard, expr_context::Load);
          body(c->body, "match_case");
        }
        break;
      }
      case Tag::Raise: {
        const auto* r = static_cast<const ast::Raise*>(s);
        if (r->exc != nullptr) {
          expr(r->exc, expr_context::Load);
          if (r->cause != nullptr) expr(r->cause, expr_context::Load);
        } else if (r->cause != nullptr) {
          fail("Raise with cause but no exception");
        }
        break;
      }
      case Tag::Try: {
        const auto* t = static_cast<const ast::Try*>(s);
        try_stmt(t->body, t->handlers, t->orelse, t->finalbody, "Try");
        break;
      }
      case Tag::TryStar: {
        const auto* t = static_cast<const ast::TryStar*>(s);
        try_stmt(t->body, t->handlers, t->orelse, t->finalbody, "TryStar");
        break;
      }
      case Tag::Assert: {
        const auto* a = static_cast<const ast::Assert*>(s);
        expr(a->test, expr_context::Load);
        if (a->msg != nullptr) expr(a->msg, expr_context::Load);
        break;
      }
      case Tag::Import:
        if (static_cast<const ast::Import*>(s)->names.empty()) fail("empty names on Import");
        break;
      case Tag::ImportFrom: {
        const auto* f = static_cast<const ast::ImportFrom*>(s);
        if (f->level < -1) fail("Negative ImportFrom level");
        if (f->names.empty()) fail("empty names on ImportFrom");
        break;
      }
      case Tag::Global:
        if (static_cast<const ast::Global*>(s)->names.empty()) fail("empty names on Global");
        break;
      case Tag::Nonlocal:
        if (static_cast<const ast::Nonlocal*>(s)->names.empty()) fail("empty names on Nonlocal");
        break;
      case Tag::Expr:
        expr(static_cast<const ast::Expr*>(s)->value, expr_context::Load);
        break;
      default:
        break;
    }
  }

  // The context an expression carries (or Load for those that have none).
  static bool context_of(const ast::expr* e, expr_context& ctx) {
    using ast::Tag;
    switch (e->tag) {
      case Tag::Attribute:
        ctx = static_cast<const ast::Attribute*>(e)->ctx;
        return true;
      case Tag::Subscript:
        ctx = static_cast<const ast::Subscript*>(e)->ctx;
        return true;
      case Tag::Starred:
        ctx = static_cast<const ast::Starred*>(e)->ctx;
        return true;
      case Tag::Name:
        ctx = static_cast<const ast::Name*>(e)->ctx;
        return true;
      case Tag::List:
        ctx = static_cast<const ast::List*>(e)->ctx;
        return true;
      case Tag::Tuple:
        ctx = static_cast<const ast::Tuple*>(e)->ctx;
        return true;
      default:
        return false;
    }
  }

  // One expression, expected in context `ctx`.
  void expr(const ast::expr* e, expr_context ctx) {
    DepthGuard guard(depth_);
    expr_context actual = expr_context::Load;
    if (context_of(e, actual)) {
      if (actual != ctx)
        fail(std::string("expression must have ") + context_name(ctx) + " context but has " + context_name(actual) +
             " instead");
    } else if (ctx != expr_context::Load) {
      fail(std::string("expression which can't be assigned to in ") + context_name(ctx) + " context");
    }
    using ast::Tag;
    switch (e->tag) {
      case Tag::BoolOp: {
        const auto* b = static_cast<const ast::BoolOp*>(e);
        if (b->values.size() < 2) fail("BoolOp with less than 2 values");
        exprs(b->values, expr_context::Load, false);
        break;
      }
      case Tag::BinOp: {
        const auto* b = static_cast<const ast::BinOp*>(e);
        expr(b->left, expr_context::Load);
        expr(b->right, expr_context::Load);
        break;
      }
      case Tag::UnaryOp:
        expr(static_cast<const ast::UnaryOp*>(e)->operand, expr_context::Load);
        break;
      case Tag::Lambda: {
        const auto* l = static_cast<const ast::Lambda*>(e);
        arguments(l->args);
        expr(l->body, expr_context::Load);
        break;
      }
      case Tag::IfExp: {
        const auto* i = static_cast<const ast::IfExp*>(e);
        expr(i->test, expr_context::Load);
        expr(i->body, expr_context::Load);
        expr(i->orelse, expr_context::Load);
        break;
      }
      case Tag::Dict: {
        const auto* d = static_cast<const ast::Dict*>(e);
        if (d->keys.size() != d->values.size()) fail("Dict doesn't have the same number of keys as values");
        exprs(d->keys, expr_context::Load, true);
        exprs(d->values, expr_context::Load, false);
        break;
      }
      case Tag::Set:
        exprs(static_cast<const ast::Set*>(e)->elts, expr_context::Load, false);
        break;
      case Tag::ListComp: {
        const auto* c = static_cast<const ast::ListComp*>(e);
        comprehension(c->generators);
        expr(c->elt, expr_context::Load);
        break;
      }
      case Tag::SetComp: {
        const auto* c = static_cast<const ast::SetComp*>(e);
        comprehension(c->generators);
        expr(c->elt, expr_context::Load);
        break;
      }
      case Tag::GeneratorExp: {
        const auto* c = static_cast<const ast::GeneratorExp*>(e);
        comprehension(c->generators);
        expr(c->elt, expr_context::Load);
        break;
      }
      case Tag::DictComp: {
        const auto* c = static_cast<const ast::DictComp*>(e);
        comprehension(c->generators);
        expr(c->key, expr_context::Load);
        expr(c->value, expr_context::Load);
        break;
      }
      case Tag::Yield:
        if (const ast::expr* v = static_cast<const ast::Yield*>(e)->value) expr(v, expr_context::Load);
        break;
      case Tag::YieldFrom:
        expr(static_cast<const ast::YieldFrom*>(e)->value, expr_context::Load);
        break;
      case Tag::Await:
        expr(static_cast<const ast::Await*>(e)->value, expr_context::Load);
        break;
      case Tag::Compare: {
        const auto* c = static_cast<const ast::Compare*>(e);
        if (c->comparators.empty()) fail("Compare with no comparators");
        if (c->comparators.size() != c->ops.size())
          fail("Compare has a different number of comparators and operands");
        exprs(c->comparators, expr_context::Load, false);
        expr(c->left, expr_context::Load);
        break;
      }
      case Tag::Call: {
        const auto* c = static_cast<const ast::Call*>(e);
        expr(c->func, expr_context::Load);
        exprs(c->args, expr_context::Load, false);
        keywords(c->keywords);
        break;
      }
      case Tag::JoinedStr:
        exprs(static_cast<const ast::JoinedStr*>(e)->values, expr_context::Load, false);
        break;
      case Tag::FormattedValue: {
        const auto* f = static_cast<const ast::FormattedValue*>(e);
        expr(f->value, expr_context::Load);
        if (f->format_spec != nullptr) expr(f->format_spec, expr_context::Load);
        break;
      }
      case Tag::Attribute:
        expr(static_cast<const ast::Attribute*>(e)->value, expr_context::Load);
        break;
      case Tag::Subscript: {
        const auto* s = static_cast<const ast::Subscript*>(e);
        expr(s->slice, expr_context::Load);
        expr(s->value, expr_context::Load);
        break;
      }
      case Tag::Starred:
        expr(static_cast<const ast::Starred*>(e)->value, ctx);
        break;
      case Tag::Slice: {
        const auto* s = static_cast<const ast::Slice*>(e);
        if (s->lower != nullptr) expr(s->lower, expr_context::Load);
        if (s->upper != nullptr) expr(s->upper, expr_context::Load);
        if (s->step != nullptr) expr(s->step, expr_context::Load);
        break;
      }
      case Tag::List:
        exprs(static_cast<const ast::List*>(e)->elts, ctx, false);
        break;
      case Tag::Tuple:
        exprs(static_cast<const ast::Tuple*>(e)->elts, ctx, false);
        break;
      case Tag::NamedExpr: {
        const auto* n = static_cast<const ast::NamedExpr*>(e);
        if (!ast::isa<ast::Name>(n->target)) fail("NamedExpr target must be a Name", "TypeError");
        expr(n->value, expr_context::Load);
        break;
      }
      case Tag::Name:
        name(static_cast<const ast::Name*>(e)->id);
        break;
      default:
        break;
    }
  }

  // A name a pattern captures.
  static void capture(const std::string& n) {
    if (n == "_") fail("can't capture name '_' in patterns");
    name(n);
  }

  // The value of a value pattern: a literal (possibly signed or complex, folded later),
  // an attribute lookup, or an f-string.
  void match_value(const ast::expr* e) {
    using ast::Tag;
    switch (e->tag) {
      case Tag::Constant: {
        expr(e, expr_context::Load);
        using K = ast::ConstantValue::Kind;
        const K k = static_cast<const ast::Constant*>(e)->value.kind;
        if (k == K::Int || k == K::Float || k == K::Bytes || k == K::Complex || k == K::Str) return;
        fail("unexpected constant inside of a literal pattern");
      }
      case Tag::Attribute:
        return;
      case Tag::UnaryOp:
        if (static_cast<const ast::UnaryOp*>(e)->op == ast::unaryop::USub) {
          expr(e, expr_context::Load);
          return;
        }
        break;
      case Tag::BinOp: {
        const ast::operator_ op = static_cast<const ast::BinOp*>(e)->op;
        if (op == ast::operator_::Add || op == ast::operator_::Sub) {
          expr(e, expr_context::Load);
          return;
        }
        break;
      }
      case Tag::JoinedStr:
        return;
      default:
        break;
    }
    fail("patterns may only match literals and attribute lookups");
  }

  // Each pattern of a list (`*x` only where star_ok).
  void patterns(const std::vector<ast::pattern*>& ps, bool star_ok) {
    for (const ast::pattern* p : ps) pattern(p, star_ok);
  }

  // One pattern.
  void pattern(const ast::pattern* p, bool star_ok) {
    DepthGuard guard(depth_);
    using ast::Tag;
    switch (p->tag) {
      case Tag::MatchValue:
        match_value(static_cast<const ast::MatchValue*>(p)->value);
        break;
      case Tag::MatchSingleton: {
        using K = ast::ConstantValue::Kind;
        const K k = static_cast<const ast::MatchSingleton*>(p)->value.kind;
        if (k != K::None && k != K::True && k != K::False)
          fail("MatchSingleton can only contain True, False and None");
        break;
      }
      case Tag::MatchSequence:
        patterns(static_cast<const ast::MatchSequence*>(p)->patterns, true);
        break;
      case Tag::MatchMapping: {
        const auto* m = static_cast<const ast::MatchMapping*>(p);
        if (m->keys.size() != m->patterns.size())
          fail("MatchMapping doesn't have the same number of keys as patterns");
        if (!m->rest.empty()) capture(m->rest);
        for (const ast::expr* k : m->keys) {
          if (k == nullptr) fail("None disallowed in expression list");
          if (const auto* c = ast::as<ast::Constant>(k)) {
            using K = ast::ConstantValue::Kind;
            // None, True and False are valid keys (not valid values)
            if (c->value.kind == K::None || c->value.kind == K::True || c->value.kind == K::False) continue;
          }
          match_value(k);
        }
        patterns(m->patterns, false);
        break;
      }
      case Tag::MatchClass: {
        const auto* c = static_cast<const ast::MatchClass*>(p);
        expr(c->cls, expr_context::Load);
        for (const ast::expr* cls = c->cls;;) {
          if (ast::isa<ast::Name>(cls)) break;
          if (const auto* a = ast::as<ast::Attribute>(cls)) {
            cls = a->value;
            continue;
          }
          fail("MatchClass cls field can only contain Name or Attribute nodes.");
        }
        if (c->kwd_attrs.size() != c->kwd_patterns.size())
          fail("MatchClass doesn't have the same number of keyword attributes as patterns");
        for (const std::string& a : c->kwd_attrs) name(a);
        patterns(c->patterns, false);
        patterns(c->kwd_patterns, false);
        break;
      }
      case Tag::MatchStar: {
        if (!star_ok) fail("can't use MatchStar here");
        const auto* s = static_cast<const ast::MatchStar*>(p);
        if (!s->name.empty()) capture(s->name);
        break;
      }
      case Tag::MatchAs: {
        const auto* a = static_cast<const ast::MatchAs*>(p);
        if (!a->name.empty()) capture(a->name);
        if (a->pattern == nullptr) break;
        if (a->name.empty()) fail("MatchAs must specify a target name if a pattern is given");
        pattern(a->pattern, false);
        break;
      }
      case Tag::MatchOr: {
        const auto* o = static_cast<const ast::MatchOr*>(p);
        if (o->patterns.size() < 2) fail("MatchOr requires at least 2 patterns");
        patterns(o->patterns, false);
        break;
      }
      default:
        break;
    }
  }
};

}  // namespace

// Validates a module's statements.
void validate_module(const ast::Module& module) {
  Validator v;
  v.stmts(module.body);
}

}  // namespace peppy::compile
