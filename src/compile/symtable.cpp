// symtable.cpp: the symbol table pass (see symtable.hpp). Two steps, as CPython's:
// a walk over the AST that opens scopes and records how names are used (the builder),
// then an analysis from the module down that decides each name's scope, turns locals
// captured by inner functions into cells, and propagates free variables upwards.
#include "compile/symtable.hpp"

#include <algorithm>
#include <set>

#include "compile/errors.hpp"

namespace peppy::compile {

// ---- small pieces ----

// Private name mangling (see symtable.hpp).
std::string mangle(const std::string& class_name, const std::string& name) {
  if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
  if (name.find('.') != std::string::npos) return name;
  std::size_t skip = 0;
  while (skip < class_name.size() && class_name[skip] == '_') ++skip;
  if (skip == class_name.size()) return name;
  return "_" + class_name.substr(skip) + name;
}

// The flags of a symbol of this scope.
std::uint32_t SymScope::flags_of(const std::string& n) const {
  auto it = index.find(n);
  return it == index.end() ? 0 : symbols[it->second].flags;
}

// The analysed scope of a symbol of this scope.
Scope SymScope::scope_of(const std::string& n) const {
  auto it = index.find(n);
  return it == index.end() ? Scope::None : symbols[it->second].scope;
}

// The scope opened by a node.
const SymScope* SymbolTable::lookup(const ast::Node* key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : it->second;
}

namespace {

// A node's span, for errors.
struct Span {
  int lineno, col, end_lineno, end_col;
};
template <typename N>
Span span_of(const N* n) {
  return Span{n->lineno, n->col_offset, n->end_lineno, n->end_col_offset};
}

[[noreturn]] void fail_at(const std::string& msg, const Span& s) {
  throw_syntax_error(msg, s.lineno, s.col, s.end_lineno, s.end_col);
}

}  // namespace

// ---- the builder: the first step ----

class SymtableBuilder {
 public:
  SymtableBuilder(SymbolTable& table, const FutureFeatures& future) : t_(table), future_(future) {}

  // Builds the module's scope and everything in it.
  void build(const ast::Module& m) {
    enter(BlockType::Module, "top", &m, Span{0, 0, 0, 0});
    t_.top_ = cur_;
    for (const ast::stmt* s : m.body) visit_stmt(s);
    leave();
  }

 private:
  SymbolTable& t_;
  const FutureFeatures& future_;
  std::vector<SymScope*> stack_;
  SymScope* cur_ = nullptr;
  std::string private_;  // the enclosing class's name, for mangling
  int depth_ = 0;

  // Opens a scope (a child of the current one) and makes it current.
  void enter(BlockType type, std::string name, const ast::Node* key, const Span& sp) {
    auto owned = std::make_unique<SymScope>();
    SymScope* s = owned.get();
    s->type = type;
    s->name = std::move(name);
    s->key = key;
    s->lineno = sp.lineno;
    s->col = sp.col;
    s->end_lineno = sp.end_lineno;
    s->end_col = sp.end_col;
    if (cur_ != nullptr) {
      s->nested = cur_->nested || cur_->type == BlockType::Function;
      s->comp_iter_expr = cur_->comp_iter_expr;  // a scope inside an iterable is inside it too
      if (type != BlockType::Annotation) cur_->children.push_back(s);
    }
    t_.scopes_.push_back(std::move(owned));
    if (type != BlockType::Annotation) t_.by_key_.emplace(key, s);
    stack_.push_back(s);
    cur_ = s;
  }

  // Closes the current scope.
  void leave() {
    stack_.pop_back();
    cur_ = stack_.empty() ? nullptr : stack_.back();
  }

  // Records a use or binding of `name` in scope `ste` (CPython's symtable_add_def_helper).
  void add_def_in(const std::string& name, std::uint32_t flag, SymScope* ste, const Span& sp) {
    const std::string mangled = mangle(private_, name);
    auto it = ste->index.find(mangled);
    std::uint32_t val;
    if (it != ste->index.end()) {
      val = ste->symbols[it->second].flags;
      if ((flag & DEF_PARAM) && (val & DEF_PARAM))
        fail_at("duplicate argument '" + name + "' in function definition", sp);
      val |= flag;
    } else {
      val = flag;
    }
    if (ste->comp_iter_target) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL))
        fail_at("comprehension inner loop cannot rebind assignment expression target '" + name + "'", sp);
      val |= DEF_COMP_ITER;
    }
    if (it != ste->index.end()) {
      ste->symbols[it->second].flags = val;
    } else {
      ste->index.emplace(mangled, ste->symbols.size());
      ste->symbols.push_back(Symbol{mangled, val, Scope::None});
    }
    if (flag & DEF_PARAM) {
      ste->varnames.push_back(mangled);
    } else if (flag & DEF_GLOBAL) {
      SymScope* g = t_.top_;
      auto gi = g->index.find(mangled);
      if (gi != g->index.end()) {
        g->symbols[gi->second].flags |= flag;
      } else {
        g->index.emplace(mangled, g->symbols.size());
        g->symbols.push_back(Symbol{mangled, flag, Scope::None});
      }
    }
  }
  void add_def(const std::string& name, std::uint32_t flag, const Span& sp) { add_def_in(name, flag, cur_, sp); }

  // The current flags of `name` in the current scope.
  std::uint32_t lookup(const std::string& name) const { return cur_->flags_of(mangle(private_, name)); }

  // Remembers where a global/nonlocal declaration named `name`, for later errors.
  void record_directive(const std::string& name, const Span& sp) {
    cur_->directives.push_back(Directive{mangle(private_, name), sp.lineno, sp.col, sp.end_lineno, sp.end_col});
  }

  // ---- statements ----

  // Visits a list of statements.
  void visit_body(const std::vector<ast::stmt*>& body) {
    for (const ast::stmt* s : body) visit_stmt(s);
  }
  // Each expression of a list (null entries skipped).
  void visit_exprs(const std::vector<ast::expr*>& es) {
    for (const ast::expr* e : es) {
      if (e != nullptr) visit_expr(e);
    }
  }

  // A function's defaults, annotations and decorators (in the enclosing scope), then its
  // own scope with its parameters and body. Shared by def and async def.
  template <typename F>
  void visit_function(const F* s, bool is_async) {
    add_def(s->name, DEF_LOCAL, span_of(s));
    visit_exprs(s->args->defaults);
    visit_exprs(s->args->kw_defaults);
    visit_annotations(s, *s->args, s->returns);
    visit_exprs(s->decorator_list);
    enter(BlockType::Function, s->name, s, span_of(s));
    if (is_async) cur_->coroutine = true;
    visit_arguments(*s->args);
    visit_body(s->body);
    leave();
  }

  // One statement.
  void visit_stmt(const ast::stmt* s) {
    DepthGuard guard(depth_);
    using ast::Tag;
    switch (s->tag) {
      case Tag::FunctionDef:
        visit_function(static_cast<const ast::FunctionDef*>(s), false);
        break;
      case Tag::AsyncFunctionDef:
        visit_function(static_cast<const ast::AsyncFunctionDef*>(s), true);
        break;
      case Tag::ClassDef: {
        const auto* c = static_cast<const ast::ClassDef*>(s);
        add_def(c->name, DEF_LOCAL, span_of(s));
        visit_exprs(c->bases);
        for (const ast::keyword* k : c->keywords) visit_expr(k->value);
        visit_exprs(c->decorator_list);
        enter(BlockType::Class, c->name, c, span_of(s));
        std::string saved = private_;
        private_ = c->name;
        visit_body(c->body);
        private_ = std::move(saved);
        leave();
        break;
      }
      case Tag::Return: {
        const auto* r = static_cast<const ast::Return*>(s);
        if (r->value != nullptr) {
          visit_expr(r->value);
          cur_->returns_value = true;
        }
        break;
      }
      case Tag::Delete:
        visit_exprs(static_cast<const ast::Delete*>(s)->targets);
        break;
      case Tag::Assign: {
        const auto* a = static_cast<const ast::Assign*>(s);
        visit_exprs(a->targets);
        visit_expr(a->value);
        break;
      }
      case Tag::AnnAssign: {
        const auto* a = static_cast<const ast::AnnAssign*>(s);
        if (const auto* n = ast::as<ast::Name>(a->target)) {
          const std::uint32_t cur = lookup(n->id);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && cur_ != t_.top_ && a->simple) {
            fail_at(std::string("annotated name '") + n->id + "' can't be " +
                        ((cur & DEF_GLOBAL) ? "global" : "nonlocal"),
                    span_of(s));
          }
          if (a->simple) {
            add_def(n->id, DEF_ANNOT | DEF_LOCAL, span_of(n));
          } else if (a->value != nullptr) {
            add_def(n->id, DEF_LOCAL, span_of(n));
          }
        } else {
          visit_expr(a->target);
        }
        visit_annotation(a->annotation);
        if (a->value != nullptr) visit_expr(a->value);
        break;
      }
      case Tag::AugAssign: {
        const auto* a = static_cast<const ast::AugAssign*>(s);
        visit_expr(a->target);
        visit_expr(a->value);
        break;
      }
      case Tag::For: {
        const auto* x = static_cast<const ast::For*>(s);
        visit_loop(x->target, x->iter, x->body, x->orelse);
        break;
      }
      case Tag::AsyncFor: {
        const auto* x = static_cast<const ast::AsyncFor*>(s);
        visit_loop(x->target, x->iter, x->body, x->orelse);
        break;
      }
      case Tag::While: {
        const auto* w = static_cast<const ast::While*>(s);
        visit_expr(w->test);
        visit_body(w->body);
        visit_body(w->orelse);
        break;
      }
      case Tag::If: {
        const auto* i = static_cast<const ast::If*>(s);
        visit_expr(i->test);
        visit_body(i->body);
        visit_body(i->orelse);
        break;
      }
      case Tag::Match: {
        const auto* m = static_cast<const ast::Match*>(s);
        visit_expr(m->subject);
        for (const ast::match_case* c : m->cases) {
          visit_pattern(c->pattern);
          if (c->guard != nullptr) visit_expr(c->guard);
          visit_body(c->body);
        }
        break;
      }
      case Tag::Raise: {
        const auto* r = static_cast<const ast::Raise*>(s);
        if (r->exc != nullptr) {
          visit_expr(r->exc);
          if (r->cause != nullptr) visit_expr(r->cause);
        }
        break;
      }
      case Tag::Try: {
        const auto* t = static_cast<const ast::Try*>(s);
        visit_try(t->body, t->orelse, t->handlers, t->finalbody);
        break;
      }
      case Tag::TryStar: {
        const auto* t = static_cast<const ast::TryStar*>(s);
        visit_try(t->body, t->orelse, t->handlers, t->finalbody);
        break;
      }
      case Tag::Assert: {
        const auto* a = static_cast<const ast::Assert*>(s);
        visit_expr(a->test);
        if (a->msg != nullptr) visit_expr(a->msg);
        break;
      }
      case Tag::Import:
        for (const ast::alias* a : static_cast<const ast::Import*>(s)->names) visit_alias(a);
        break;
      case Tag::ImportFrom:
        for (const ast::alias* a : static_cast<const ast::ImportFrom*>(s)->names) visit_alias(a);
        break;
      case Tag::Global: {
        for (const std::string& name : static_cast<const ast::Global*>(s)->names) {
          const std::uint32_t cur = lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            std::string msg;
            if (cur & DEF_PARAM) {
              msg = "name '" + name + "' is parameter and global";
            } else if (cur & USE) {
              msg = "name '" + name + "' is used prior to global declaration";
            } else if (cur & DEF_ANNOT) {
              msg = "annotated name '" + name + "' can't be global";
            } else {
              msg = "name '" + name + "' is assigned to before global declaration";
            }
            fail_at(msg, span_of(s));
          }
          add_def(name, DEF_GLOBAL, span_of(s));
          record_directive(name, span_of(s));
        }
        break;
      }
      case Tag::Nonlocal: {
        for (const std::string& name : static_cast<const ast::Nonlocal*>(s)->names) {
          const std::uint32_t cur = lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            std::string msg;
            if (cur & DEF_PARAM) {
              msg = "name '" + name + "' is parameter and nonlocal";
            } else if (cur & USE) {
              msg = "name '" + name + "' is used prior to nonlocal declaration";
            } else if (cur & DEF_ANNOT) {
              msg = "annotated name '" + name + "' can't be nonlocal";
            } else {
              msg = "name '" + name + "' is assigned to before nonlocal declaration";
            }
            fail_at(msg, span_of(s));
          }
          add_def(name, DEF_NONLOCAL, span_of(s));
          record_directive(name, span_of(s));
        }
        break;
      }
      case Tag::Expr:
        visit_expr(static_cast<const ast::Expr*>(s)->value);
        break;
      case Tag::Pass:
      case Tag::Break:
      case Tag::Continue:
        break;
      case Tag::With:
      case Tag::AsyncWith: {
        const auto& items = s->tag == Tag::With ? static_cast<const ast::With*>(s)->items
                                                : static_cast<const ast::AsyncWith*>(s)->items;
        const auto& body = s->tag == Tag::With ? static_cast<const ast::With*>(s)->body
                                               : static_cast<const ast::AsyncWith*>(s)->body;
        for (const ast::withitem* w : items) {
          visit_expr(w->context_expr);
          if (w->optional_vars != nullptr) visit_expr(w->optional_vars);
        }
        visit_body(body);
        break;
      }
      default:
        break;
    }
  }

  // for / async for: target, iterable, body, else.
  void visit_loop(const ast::expr* target, const ast::expr* iter, const std::vector<ast::stmt*>& body,
                  const std::vector<ast::stmt*>& orelse) {
    visit_expr(target);
    visit_expr(iter);
    visit_body(body);
    visit_body(orelse);
  }

  // try / try*: the body, else, handlers, finally.
  void visit_try(const std::vector<ast::stmt*>& body, const std::vector<ast::stmt*>& orelse,
                 const std::vector<ast::excepthandler*>& handlers, const std::vector<ast::stmt*>& finalbody) {
    visit_body(body);
    visit_body(orelse);
    for (const ast::excepthandler* h : handlers) {
      const auto* eh = static_cast<const ast::ExceptHandler*>(h);
      if (eh->type != nullptr) visit_expr(eh->type);
      if (!eh->name.empty()) add_def(eh->name, DEF_LOCAL, span_of(eh));
      visit_body(eh->body);
    }
    visit_body(finalbody);
  }

  // An imported name binds its first dotted component (or its `as` name); `*` is only
  // allowed at module level.
  void visit_alias(const ast::alias* a) {
    const std::string& name = a->asname.empty() ? a->name : a->asname;
    if (name == "*") {
      if (cur_->type != BlockType::Module) fail_at("import * only allowed at module level", span_of(a));
      return;
    }
    const std::size_t dot = name.find('.');
    add_def(dot == std::string::npos ? name : name.substr(0, dot), DEF_IMPORT, span_of(a));
  }

  // ---- parameters and annotations ----

  void visit_params(const std::vector<ast::arg*>& args) {
    for (const ast::arg* a : args) add_def(a->arg, DEF_PARAM, span_of(a));
  }

  // The parameters of a function: positional-only, positional, keyword-only, *args, **kwargs.
  void visit_arguments(const ast::arguments& a) {
    visit_params(a.posonlyargs);
    visit_params(a.args);
    visit_params(a.kwonlyargs);
    if (a.vararg != nullptr) {
      add_def(a.vararg->arg, DEF_PARAM, span_of(a.vararg));
      cur_->varargs = true;
    }
    if (a.kwarg != nullptr) {
      add_def(a.kwarg->arg, DEF_PARAM, span_of(a.kwarg));
      cur_->varkeywords = true;
    }
  }

  // One annotation: in the current scope, or (with `from __future__ import
  // annotations`, where annotations become strings) in a throwaway annotation scope.
  void visit_annotation(const ast::expr* e) {
    const bool fut = future_.annotations();
    if (fut) enter(BlockType::Annotation, "_annotation", e, span_of(e));
    visit_expr(e);
    if (fut) leave();
  }

  // The annotations of a list of parameters.
  void visit_arg_annotations(const std::vector<ast::arg*>& args) {
    for (const ast::arg* a : args) {
      if (a->annotation != nullptr) visit_expr(a->annotation);
    }
  }

  // A function's parameter and return annotations.
  void visit_annotations(const ast::Node* key, const ast::arguments& a, const ast::expr* returns) {
    const bool fut = future_.annotations();
    if (fut) enter(BlockType::Annotation, "_annotation", key, Span{0, 0, 0, 0});
    visit_arg_annotations(a.posonlyargs);
    visit_arg_annotations(a.args);
    if (a.vararg != nullptr && a.vararg->annotation != nullptr) visit_expr(a.vararg->annotation);
    if (a.kwarg != nullptr && a.kwarg->annotation != nullptr) visit_expr(a.kwarg->annotation);
    visit_arg_annotations(a.kwonlyargs);
    if (fut) leave();
    if (returns != nullptr) visit_annotation(returns);
  }

  // ---- expressions ----

  // Raises "'what' can not be used within an annotation" inside an annotation scope.
  void check_not_annotation(const char* what, const ast::expr* e) {
    if (cur_->type == BlockType::Annotation)
      fail_at(std::string("'") + what + "' can not be used within an annotation", span_of(e));
  }

  // `yield` in a comprehension's own scope.
  void check_not_comprehension(const ast::expr* e) {
    const char* msg = nullptr;
    switch (cur_->comprehension) {
      case ComprehensionKind::None:
        return;
      case ComprehensionKind::List:
        msg = "'yield' inside list comprehension";
        break;
      case ComprehensionKind::Set:
        msg = "'yield' inside set comprehension";
        break;
      case ComprehensionKind::Dict:
        msg = "'yield' inside dict comprehension";
        break;
      case ComprehensionKind::Generator:
        msg = "'yield' inside generator expression";
        break;
    }
    fail_at(msg, span_of(e));
  }

  // An assignment expression inside a comprehension binds in the nearest enclosing
  // function (or module); it may not rebind an iteration variable, nor be in a class.
  void extend_namedexpr_scope(const ast::Name* target) {
    const std::string& name = target->id;
    const Span sp = span_of(target);
    for (std::size_t i = stack_.size(); i-- > 0;) {
      SymScope* ste = stack_[i];
      if (ste->comprehension != ComprehensionKind::None) {
        if (ste->flags_of(mangle(private_, name)) & DEF_COMP_ITER)
          fail_at("assignment expression cannot rebind comprehension iteration variable '" + name + "'", sp);
        continue;
      }
      if (ste->type == BlockType::Function) {
        if (ste->flags_of(mangle(private_, name)) & DEF_GLOBAL) {
          add_def(name, DEF_GLOBAL, sp);
        } else {
          add_def(name, DEF_NONLOCAL, sp);
        }
        record_directive(name, sp);
        add_def_in(name, DEF_LOCAL, ste, sp);
        return;
      }
      if (ste->type == BlockType::Module) {
        add_def(name, DEF_GLOBAL, sp);
        record_directive(name, sp);
        add_def_in(name, DEF_GLOBAL, ste, sp);
        return;
      }
      if (ste->type == BlockType::Class)
        fail_at("assignment expression within a comprehension cannot be used in a class body", sp);
    }
  }

  // A comprehension: its first iterator in the current scope, the rest in a new
  // function scope that takes that iterator as ".0".
  void visit_comprehension_expr(const ast::expr* e, const char* scope_name, ComprehensionKind kind,
                                const std::vector<ast::comprehension*>& gens, const ast::expr* elt,
                                const ast::expr* value) {
    const bool is_generator = kind == ComprehensionKind::Generator;
    const ast::comprehension* outermost = gens.front();
    ++cur_->comp_iter_expr;
    visit_expr(outermost->iter);
    --cur_->comp_iter_expr;
    enter(BlockType::Function, scope_name, e, span_of(e));
    cur_->comprehension = kind;
    if (outermost->is_async) cur_->coroutine = true;
    add_def(".0", DEF_PARAM, span_of(e));
    cur_->comp_iter_target = true;
    visit_expr(outermost->target);
    cur_->comp_iter_target = false;
    visit_exprs(outermost->ifs);
    for (std::size_t i = 1; i < gens.size(); ++i) {
      const ast::comprehension* g = gens[i];
      cur_->comp_iter_target = true;
      visit_expr(g->target);
      cur_->comp_iter_target = false;
      ++cur_->comp_iter_expr;
      visit_expr(g->iter);
      --cur_->comp_iter_expr;
      visit_exprs(g->ifs);
      if (g->is_async) cur_->coroutine = true;
    }
    if (value != nullptr) visit_expr(value);
    visit_expr(elt);
    cur_->generator = is_generator;
    const bool is_async = cur_->coroutine && !is_generator;
    leave();
    if (is_async) cur_->coroutine = true;
  }

  // One expression.
  void visit_expr(const ast::expr* e) {
    DepthGuard guard(depth_);
    using ast::Tag;
    switch (e->tag) {
      case Tag::NamedExpr: {
        const auto* n = static_cast<const ast::NamedExpr*>(e);
        check_not_annotation("named expression", e);
        if (cur_->comp_iter_expr > 0)
          fail_at("assignment expression cannot be used in a comprehension iterable expression", span_of(e));
        if (cur_->comprehension != ComprehensionKind::None) {
          if (const auto* t = ast::as<ast::Name>(n->target)) extend_namedexpr_scope(t);
        }
        visit_expr(n->value);
        visit_expr(n->target);
        break;
      }
      case Tag::BoolOp:
        visit_exprs(static_cast<const ast::BoolOp*>(e)->values);
        break;
      case Tag::BinOp: {
        const auto* b = static_cast<const ast::BinOp*>(e);
        visit_expr(b->left);
        visit_expr(b->right);
        break;
      }
      case Tag::UnaryOp:
        visit_expr(static_cast<const ast::UnaryOp*>(e)->operand);
        break;
      case Tag::Lambda: {
        const auto* l = static_cast<const ast::Lambda*>(e);
        visit_exprs(l->args->defaults);
        visit_exprs(l->args->kw_defaults);
        enter(BlockType::Function, "lambda", e, span_of(e));
        visit_arguments(*l->args);
        visit_expr(l->body);
        leave();
        break;
      }
      case Tag::IfExp: {
        const auto* i = static_cast<const ast::IfExp*>(e);
        visit_expr(i->test);
        visit_expr(i->body);
        visit_expr(i->orelse);
        break;
      }
      case Tag::Dict: {
        const auto* d = static_cast<const ast::Dict*>(e);
        visit_exprs(d->keys);
        visit_exprs(d->values);
        break;
      }
      case Tag::Set:
        visit_exprs(static_cast<const ast::Set*>(e)->elts);
        break;
      case Tag::GeneratorExp: {
        const auto* g = static_cast<const ast::GeneratorExp*>(e);
        visit_comprehension_expr(e, "genexpr", ComprehensionKind::Generator, g->generators, g->elt, nullptr);
        break;
      }
      case Tag::ListComp: {
        const auto* g = static_cast<const ast::ListComp*>(e);
        visit_comprehension_expr(e, "listcomp", ComprehensionKind::List, g->generators, g->elt, nullptr);
        break;
      }
      case Tag::SetComp: {
        const auto* g = static_cast<const ast::SetComp*>(e);
        visit_comprehension_expr(e, "setcomp", ComprehensionKind::Set, g->generators, g->elt, nullptr);
        break;
      }
      case Tag::DictComp: {
        const auto* g = static_cast<const ast::DictComp*>(e);
        visit_comprehension_expr(e, "dictcomp", ComprehensionKind::Dict, g->generators, g->key, g->value);
        break;
      }
      case Tag::Yield: {
        const auto* y = static_cast<const ast::Yield*>(e);
        check_not_annotation("yield expression", e);
        if (y->value != nullptr) visit_expr(y->value);
        cur_->generator = true;
        check_not_comprehension(e);
        break;
      }
      case Tag::YieldFrom: {
        check_not_annotation("yield expression", e);
        visit_expr(static_cast<const ast::YieldFrom*>(e)->value);
        cur_->generator = true;
        check_not_comprehension(e);
        break;
      }
      case Tag::Await:
        check_not_annotation("await expression", e);
        visit_expr(static_cast<const ast::Await*>(e)->value);
        cur_->coroutine = true;
        break;
      case Tag::Compare: {
        const auto* c = static_cast<const ast::Compare*>(e);
        visit_expr(c->left);
        visit_exprs(c->comparators);
        break;
      }
      case Tag::Call: {
        const auto* c = static_cast<const ast::Call*>(e);
        visit_expr(c->func);
        visit_exprs(c->args);
        for (const ast::keyword* k : c->keywords) visit_expr(k->value);
        break;
      }
      case Tag::FormattedValue: {
        const auto* f = static_cast<const ast::FormattedValue*>(e);
        visit_expr(f->value);
        if (f->format_spec != nullptr) visit_expr(f->format_spec);
        break;
      }
      case Tag::JoinedStr:
        visit_exprs(static_cast<const ast::JoinedStr*>(e)->values);
        break;
      case Tag::Constant:
        break;
      case Tag::Attribute:
        visit_expr(static_cast<const ast::Attribute*>(e)->value);
        break;
      case Tag::Subscript: {
        const auto* s = static_cast<const ast::Subscript*>(e);
        visit_expr(s->value);
        visit_expr(s->slice);
        break;
      }
      case Tag::Starred:
        visit_expr(static_cast<const ast::Starred*>(e)->value);
        break;
      case Tag::Slice: {
        const auto* s = static_cast<const ast::Slice*>(e);
        if (s->lower != nullptr) visit_expr(s->lower);
        if (s->upper != nullptr) visit_expr(s->upper);
        if (s->step != nullptr) visit_expr(s->step);
        break;
      }
      case Tag::Name: {
        const auto* n = static_cast<const ast::Name*>(e);
        add_def(n->id, n->ctx == ast::expr_context::Load ? USE : DEF_LOCAL, span_of(e));
        // super() is a use of the __class__ cell.
        if (n->ctx == ast::expr_context::Load && cur_->type == BlockType::Function && n->id == "super")
          add_def("__class__", USE, span_of(e));
        break;
      }
      case Tag::List:
        visit_exprs(static_cast<const ast::List*>(e)->elts);
        break;
      case Tag::Tuple:
        visit_exprs(static_cast<const ast::Tuple*>(e)->elts);
        break;
      default:
        break;
    }
  }

  // ---- patterns ----

  // A match pattern: its value expressions and the names it captures.
  void visit_pattern(const ast::pattern* p) {
    DepthGuard guard(depth_);
    using ast::Tag;
    switch (p->tag) {
      case Tag::MatchValue:
        visit_expr(static_cast<const ast::MatchValue*>(p)->value);
        break;
      case Tag::MatchSingleton:
        break;
      case Tag::MatchSequence:
        for (const ast::pattern* q : static_cast<const ast::MatchSequence*>(p)->patterns) visit_pattern(q);
        break;
      case Tag::MatchStar: {
        const auto* s = static_cast<const ast::MatchStar*>(p);
        if (!s->name.empty()) add_def(s->name, DEF_LOCAL, span_of(p));
        break;
      }
      case Tag::MatchMapping: {
        const auto* m = static_cast<const ast::MatchMapping*>(p);
        visit_exprs(m->keys);
        for (const ast::pattern* q : m->patterns) visit_pattern(q);
        if (!m->rest.empty()) add_def(m->rest, DEF_LOCAL, span_of(p));
        break;
      }
      case Tag::MatchClass: {
        const auto* c = static_cast<const ast::MatchClass*>(p);
        visit_expr(c->cls);
        for (const ast::pattern* q : c->patterns) visit_pattern(q);
        for (const ast::pattern* q : c->kwd_patterns) visit_pattern(q);
        break;
      }
      case Tag::MatchAs: {
        const auto* a = static_cast<const ast::MatchAs*>(p);
        if (a->pattern != nullptr) visit_pattern(a->pattern);
        if (!a->name.empty()) add_def(a->name, DEF_LOCAL, span_of(p));
        break;
      }
      case Tag::MatchOr:
        for (const ast::pattern* q : static_cast<const ast::MatchOr*>(p)->patterns) visit_pattern(q);
        break;
      default:
        break;
    }
  }
};

// ---- the analysis: the second step ----

namespace {

using NameSet = std::set<std::string>;

// The analysis of one scope and, recursively, its children (CPython's analyze_block).
class Analyzer {
 public:
  // Raises an error located at the directive (global/nonlocal) naming `name`.
  [[noreturn]] static void fail_at_directive(const SymScope* ste, const std::string& name, const std::string& msg) {
    for (const Directive& d : ste->directives) {
      if (d.name == name) throw_syntax_error(msg, d.lineno, d.col, d.end_lineno, d.end_col);
    }
    throw_syntax_error(msg, ste->lineno, ste->col, ste->end_lineno, ste->end_col);
  }

  // Decides the scope of one name of `ste`.
  static void analyze_name(SymScope* ste, std::unordered_map<std::string, Scope>& scopes, const Symbol& sym,
                           NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
    const std::string& name = sym.name;
    const std::uint32_t flags = sym.flags;
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) fail_at_directive(ste, name, "name '" + name + "' is nonlocal and global");
      scopes[name] = Scope::GlobalExplicit;
      global.insert(name);
      if (bound != nullptr) bound->erase(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (bound == nullptr) fail_at_directive(ste, name, "nonlocal declaration not allowed at module level");
      if (bound->count(name) == 0) fail_at_directive(ste, name, "no binding for nonlocal '" + name + "' found");
      scopes[name] = Scope::Free;
      ste->free = true;
      free.insert(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes[name] = Scope::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound != nullptr && bound->count(name) != 0) {
      scopes[name] = Scope::Free;
      ste->free = true;
      free.insert(name);
      return;
    }
    if (global.count(name) != 0) {
      scopes[name] = Scope::GlobalImplicit;
      return;
    }
    if (ste->nested) ste->free = true;
    scopes[name] = Scope::GlobalImplicit;
  }

  // Analyses `ste` given the names bound in enclosing functions (`bound`, null at module
  // level) and the names declared global; adds the scope's free names to `free`.
  static void analyze_block(SymScope* ste, NameSet* bound, NameSet& free, NameSet& global, int& depth) {
    DepthGuard guard(depth);
    std::unordered_map<std::string, Scope> scopes;
    NameSet local, newglobal, newfree, newbound;
    if (ste->type == BlockType::Class) {
      newglobal = global;
      if (bound != nullptr) newbound = *bound;
    }
    for (const Symbol& sym : ste->symbols) analyze_name(ste, scopes, sym, bound, local, free, global);
    if (ste->type != BlockType::Class) {
      if (ste->type == BlockType::Function) newbound.insert(local.begin(), local.end());
      if (bound != nullptr) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }
    NameSet allfree;
    for (SymScope* child : ste->children) {
      NameSet child_bound = newbound, child_free = newfree, child_global = newglobal;
      analyze_block(child, &child_bound, child_free, child_global, depth);
      allfree.insert(child_free.begin(), child_free.end());
      if (child->free || child->child_free) ste->child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (ste->type == BlockType::Function) {
      // Locals that inner scopes use become cells.
      for (auto& [name, scope] : scopes) {
        if (scope == Scope::Local && newfree.count(name) != 0) {
          scope = Scope::Cell;
          newfree.erase(name);
        }
      }
    } else if (ste->type == BlockType::Class) {
      if (newfree.erase("__class__") != 0) ste->needs_class_closure = true;
    }
    update_symbols(ste, scopes, bound, newfree, ste->type == BlockType::Class);
    free.insert(newfree.begin(), newfree.end());
  }

  // Records the decided scopes, and adds the children's free names that pass through
  // this scope as free names of its own.
  static void update_symbols(SymScope* ste, const std::unordered_map<std::string, Scope>& scopes,
                             const NameSet* bound, const NameSet& free, bool is_class) {
    for (Symbol& sym : ste->symbols) sym.scope = scopes.at(sym.name);
    for (const std::string& name : free) {
      auto it = ste->index.find(name);
      if (it != ste->index.end()) {
        Symbol& sym = ste->symbols[it->second];
        if (is_class && (sym.flags & (DEF_BOUND | DEF_GLOBAL))) sym.flags |= DEF_FREE_CLASS;
        continue;
      }
      if (bound != nullptr && bound->count(name) == 0) continue;
      ste->index.emplace(name, ste->symbols.size());
      ste->symbols.push_back(Symbol{name, 0, Scope::Free});
    }
  }
};

}  // namespace

// Builds the tables, then analyses them from the module down.
std::unique_ptr<SymbolTable> SymbolTable::build(const ast::Module& module, const FutureFeatures& future) {
  auto table = std::make_unique<SymbolTable>();
  SymtableBuilder builder(*table, future);
  builder.build(module);
  NameSet free, global;
  int depth = 0;
  Analyzer::analyze_block(table->top_, nullptr, free, global, depth);
  return table;
}

}  // namespace peppy::compile
