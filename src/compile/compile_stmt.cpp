// compile_stmt.cpp: code generation for statements: bodies with docstrings and
// annotations, function and class definitions, assignments, control flow (if, loops,
// break/continue/return unwinding through try/with blocks), try/except/finally, with,
// assert, raise, imports. Each function is headed by the construct it compiles; the
// shapes are those of CPython 3.11 (python3 -m dis), in peppy's instruction set.
#include "compile/codegen.hpp"
#include "compile/errors.hpp"
#include "compile/unparse.hpp"

namespace peppy::compile {

namespace {

// Does a module or class body contain an annotated assignment (outside nested
// functions and classes)? Then it needs SETUP_ANNOTATIONS.
bool find_ann(const std::vector<ast::stmt*>& stmts) {
  using ast::Tag;
  for (const ast::stmt* s : stmts) {
    switch (s->tag) {
      case Tag::AnnAssign:
        return true;
      case Tag::For: {
        const auto* f = static_cast<const ast::For*>(s);
        if (find_ann(f->body) || find_ann(f->orelse)) return true;
        break;
      }
      case Tag::AsyncFor: {
        const auto* f = static_cast<const ast::AsyncFor*>(s);
        if (find_ann(f->body) || find_ann(f->orelse)) return true;
        break;
      }
      case Tag::While: {
        const auto* w = static_cast<const ast::While*>(s);
        if (find_ann(w->body) || find_ann(w->orelse)) return true;
        break;
      }
      case Tag::If: {
        const auto* i = static_cast<const ast::If*>(s);
        if (find_ann(i->body) || find_ann(i->orelse)) return true;
        break;
      }
      case Tag::With:
        if (find_ann(static_cast<const ast::With*>(s)->body)) return true;
        break;
      case Tag::AsyncWith:
        if (find_ann(static_cast<const ast::AsyncWith*>(s)->body)) return true;
        break;
      case Tag::Try:
      case Tag::TryStar: {
        const bool star = s->tag == Tag::TryStar;
        const auto& hs = star ? static_cast<const ast::TryStar*>(s)->handlers : static_cast<const ast::Try*>(s)->handlers;
        for (const ast::excepthandler* h : hs) {
          if (find_ann(static_cast<const ast::ExceptHandler*>(h)->body)) return true;
        }
        const auto& b = star ? static_cast<const ast::TryStar*>(s)->body : static_cast<const ast::Try*>(s)->body;
        const auto& f = star ? static_cast<const ast::TryStar*>(s)->finalbody : static_cast<const ast::Try*>(s)->finalbody;
        const auto& o = star ? static_cast<const ast::TryStar*>(s)->orelse : static_cast<const ast::Try*>(s)->orelse;
        if (find_ann(b) || find_ann(f) || find_ann(o)) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

}  // namespace

// ---- bodies ----

// A module or class body: SETUP_ANNOTATIONS if it annotates, the docstring into
// __doc__, then the statements.
void Codegen::body(const std::vector<ast::stmt*>& ss) {
  if (u_->scope_type == ScopeType::Module && !ss.empty()) set_loc(ss.front());
  if (find_ann(ss)) emit(Op::SETUP_ANNOTATIONS);
  if (ss.empty()) return;
  std::size_t i = 0;
  if (docstring_of(ss) != nullptr) {
    i = 1;
    const auto* e = static_cast<const ast::Expr*>(ss.front());
    set_loc(ss.front());
    expr(e->value);
    unset_loc();
    nameop("__doc__", ast::expr_context::Store);
  }
  for (; i < ss.size(); ++i) stmt(ss[i]);
}

// A list of statements (a block's body).
void Codegen::stmts(const std::vector<ast::stmt*>& ss) {
  for (const ast::stmt* s : ss) stmt(s);
}

// One statement.
void Codegen::stmt(const ast::stmt* s) {
  DepthGuard guard(depth_);
  set_loc(s);
  using ast::Tag;
  switch (s->tag) {
    case Tag::FunctionDef:
      function_def(static_cast<const ast::FunctionDef*>(s), false);
      break;
    case Tag::AsyncFunctionDef:
      function_def(static_cast<const ast::AsyncFunctionDef*>(s), true);
      break;
    case Tag::ClassDef:
      class_def(static_cast<const ast::ClassDef*>(s));
      break;
    case Tag::Return:
      return_stmt(static_cast<const ast::Return*>(s));
      break;
    case Tag::Delete:
      exprs(static_cast<const ast::Delete*>(s)->targets);
      break;
    case Tag::Assign: {
      // value, then each target (all but the last get a copy)
      const auto* a = static_cast<const ast::Assign*>(s);
      expr(a->value);
      for (std::size_t i = 0; i < a->targets.size(); ++i) {
        if (i + 1 < a->targets.size()) emit(Op::COPY, 1);
        expr(a->targets[i]);
      }
      break;
    }
    case Tag::AugAssign:
      aug_assign(static_cast<const ast::AugAssign*>(s));
      break;
    case Tag::AnnAssign:
      ann_assign(static_cast<const ast::AnnAssign*>(s));
      break;
    case Tag::For:
      for_stmt(static_cast<const ast::For*>(s));
      break;
    case Tag::AsyncFor:
      async_for_stmt(static_cast<const ast::AsyncFor*>(s));
      break;
    case Tag::While:
      while_stmt(static_cast<const ast::While*>(s));
      break;
    case Tag::If:
      if_stmt(static_cast<const ast::If*>(s));
      break;
    case Tag::With:
      with_stmt(static_cast<const ast::With*>(s), 0);
      break;
    case Tag::AsyncWith:
      async_with_stmt(static_cast<const ast::AsyncWith*>(s), 0);
      break;
    case Tag::Match:
      match_stmt(static_cast<const ast::Match*>(s));
      break;
    case Tag::Raise: {
      // raise [exc [from cause]]
      const auto* r = static_cast<const ast::Raise*>(s);
      std::uint32_t n = 0;
      if (r->exc != nullptr) {
        expr(r->exc);
        ++n;
        if (r->cause != nullptr) {
          expr(r->cause);
          ++n;
        }
      }
      emit(Op::RAISE_VARARGS, n);
      break;
    }
    case Tag::Try:
      try_stmt(s, false);
      break;
    case Tag::TryStar:
      try_stmt(s, true);
      break;
    case Tag::Assert:
      assert_stmt(static_cast<const ast::Assert*>(s));
      break;
    case Tag::Import:
      import_stmt(static_cast<const ast::Import*>(s));
      break;
    case Tag::ImportFrom:
      import_from(static_cast<const ast::ImportFrom*>(s));
      break;
    case Tag::Global:
    case Tag::Nonlocal:
      break;
    case Tag::Expr:
      expr_stmt(static_cast<const ast::Expr*>(s));
      break;
    case Tag::Pass:
      emit(Op::NOP);
      break;
    case Tag::Break:
      break_stmt();
      break;
    case Tag::Continue:
      continue_stmt();
      break;
    default:
      error("internal error: unknown statement");
  }
}

// An expression statement: constants are dropped (a NOP keeps the line), other values
// are popped.
void Codegen::expr_stmt(const ast::Expr* s) {
  if (mode_ == 2 && u_->scope_type == ScopeType::Module) {
    // 'single' mode: sys.displayhook(value), as CPython's PRINT_EXPR
    emit_const(Constant::integer("0"));
    emit_none();
    emit_name_raw(Op::IMPORT_NAME, "sys");
    emit_name_raw(Op::LOAD_ATTR, "displayhook");
    emit(Op::PUSH_NULL);
    expr(s->value);
    emit(Op::CALL, 1);
    unset_loc();
    emit(Op::POP_TOP);
    return;
  }
  if (is_const(s->value) && !opt_.is_false_docstring(s)) {
    emit(Op::NOP);
    return;
  }
  if (opt_.is_false_docstring(s)) {
    // CPython wraps a str folded in docstring position in an f-string of one part.
    set_loc(s);
    emit_const(*opt_.folded(s->value));
  } else {
    expr(s->value);
  }
  unset_loc();
  emit(Op::POP_TOP);
}

// ---- frame blocks: what break, continue and return unwind ----

// Enters a loop / try / with / handler for break, continue and return to unwind
// (CPython allows 20 levels in one code object).
void Codegen::push_fblock(FBlock fb) {
  if (u_->fblocks.size() >= 20) error("too many statically nested blocks");
  u_->fblocks.push_back(std::move(fb));
}

// Leaves the innermost frame block.
void Codegen::pop_fblock() { u_->fblocks.pop_back(); }

// The code that leaves one frame block early: pop a loop's iterator, end a try, run a
// finally body, call a with's __exit__, leave an except handler. `preserve_tos` keeps
// a return value on top of the stack throughout.
void Codegen::unwind_fblock(const FBlock& fb, bool preserve_tos) {
  switch (fb.type) {
    case FBlockType::WhileLoop:
    case FBlockType::ExceptionHandler:
    case FBlockType::ExceptionGroupHandler:
    case FBlockType::AsyncComprehensionGenerator:
      return;
    case FBlockType::ForLoop:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      return;
    case FBlockType::TryExcept:
      emit(kPopBlock);
      return;
    case FBlockType::FinallyTry:
      emit(kPopBlock);
      if (preserve_tos) push_fblock(FBlock{FBlockType::PopValue});
      stmts(*fb.finalbody);
      if (preserve_tos) pop_fblock();
      unset_loc();
      return;
    case FBlockType::FinallyEnd:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);  // the exception
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(kPopBlock);
      emit(Op::POP_EXCEPT);
      return;
    case FBlockType::With:
    case FBlockType::AsyncWith:
      set_loc(fb.with);
      emit(kPopBlock);
      if (preserve_tos) emit(Op::SWAP, 2);
      call_exit_with_nones();
      if (fb.type == FBlockType::AsyncWith) {
        emit(Op::GET_AWAITABLE, 2);
        emit_none();
        yield_from_loop();
      }
      emit(Op::POP_TOP);
      unset_loc();
      return;
    case FBlockType::HandlerCleanup:
      if (fb.has_name) emit(kPopBlock);
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(kPopBlock);
      emit(Op::POP_EXCEPT);
      if (fb.has_name) {
        emit_none();
        nameop(fb.name, ast::expr_context::Store);
        nameop(fb.name, ast::expr_context::Del);
      }
      return;
    case FBlockType::PopValue:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      return;
  }
}

// Unwinds every frame block up to the innermost loop (want_loop) or all of them;
// returns that loop's block, or nullptr.
FBlock* Codegen::unwind_fblock_stack(bool preserve_tos, bool want_loop) {
  if (u_->fblocks.empty()) return nullptr;
  FBlock& top = u_->fblocks.back();
  if (top.type == FBlockType::ExceptionGroupHandler)
    error("'break', 'continue' and 'return' cannot appear in an except* block");
  if (want_loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop)) return &top;
  FBlock copy = top;
  u_->fblocks.pop_back();
  unwind_fblock(copy, preserve_tos);
  FBlock* loop = unwind_fblock_stack(preserve_tos, want_loop);
  u_->fblocks.push_back(std::move(copy));
  // the vector may have moved: find the loop again by position
  if (loop == nullptr) return nullptr;
  for (std::size_t i = u_->fblocks.size(); i-- > 0;) {
    if (u_->fblocks[i].type == FBlockType::WhileLoop || u_->fblocks[i].type == FBlockType::ForLoop) {
      return &u_->fblocks[i];
    }
  }
  return nullptr;
}

// ---- return, break, continue ----

// return [value]: the value (unless constant), the unwinding, then the return.
void Codegen::return_stmt(const ast::Return* s) {
  const bool preserve_tos = s->value != nullptr && !is_const(s->value);
  if (u_->ste->type != BlockType::Function) error("'return' outside function");
  if (s->value != nullptr && u_->ste->coroutine && u_->ste->generator)
    error("'return' with value in async generator");
  if (preserve_tos) {
    expr(s->value);
  } else if (s->value != nullptr) {
    set_loc(s->value);
    emit(Op::NOP);
  }
  if (s->value == nullptr || s->value->lineno != s->lineno) {
    set_loc(s);
    emit(Op::NOP);
  }
  unwind_fblock_stack(preserve_tos, false);
  if (s->value == nullptr) {
    emit_none();
  } else if (!preserve_tos) {
    emit_const(*opt_.folded(s->value));
  }
  emit(Op::RETURN_VALUE);
  next_block();
}

// break: unwind to the innermost loop, leave it.
void Codegen::break_stmt() {
  const Loc at = u_->loc;
  emit(Op::NOP);
  FBlock* loop = unwind_fblock_stack(false, true);
  if (loop == nullptr) {
    u_->loc = at;  // (the unwinding moved it)
    error("'break' outside loop");
  }
  const FBlock copy = *loop;
  unwind_fblock(copy, false);
  emit_jump(Op::JUMP, copy.exit);
}

// continue: unwind to the innermost loop, jump to its start.
void Codegen::continue_stmt() {
  const Loc at = u_->loc;
  emit(Op::NOP);
  FBlock* loop = unwind_fblock_stack(false, true);
  if (loop == nullptr) {
    u_->loc = at;
    error("'continue' not properly in loop");
  }
  emit_jump(Op::JUMP, loop->block);
}

// ---- if and loops ----

// if test: body [else: orelse]
void Codegen::if_stmt(const ast::If* s) {
  const int end = new_block();
  const int next = s->orelse.empty() ? end : new_block();
  jump_if(s->test, next, false);
  stmts(s->body);
  if (!s->orelse.empty()) {
    emit_jump_noline(Op::JUMP, end);
    use_next_block(next);
    stmts(s->orelse);
  }
  use_next_block(end);
}

// for target in iter: body [else: orelse]
void Codegen::for_stmt(const ast::For* s) {
  const int start = new_block(), body_b = new_block(), cleanup = new_block(), end = new_block();
  push_fblock(FBlock{FBlockType::ForLoop, start, end});
  expr(s->iter);
  emit(Op::GET_ITER);
  use_next_block(start);
  emit_jump(Op::FOR_ITER, cleanup);
  use_next_block(body_b);
  expr(s->target);
  stmts(s->body);
  unset_loc();
  emit_jump(Op::JUMP, start);
  use_next_block(cleanup);
  pop_fblock();
  stmts(s->orelse);
  use_next_block(end);
}

// async for target in iter: body [else: orelse]
void Codegen::async_for_stmt(const ast::AsyncFor* s) {
  if (u_->scope_type != ScopeType::AsyncFunction) error("'async for' outside async function");
  const int start = new_block(), except = new_block(), end = new_block();
  expr(s->iter);
  emit(Op::GET_AITER);
  use_next_block(start);
  push_fblock(FBlock{FBlockType::ForLoop, start, end});
  emit_jump(kSetupFinally, except);
  emit(Op::GET_ANEXT);
  emit_none();
  yield_from_loop();
  emit(kPopBlock);
  expr(s->target);
  stmts(s->body);
  unset_loc();
  emit_jump(Op::JUMP, start);
  pop_fblock();
  use_next_block(except);
  set_loc(s->iter);
  emit(Op::END_ASYNC_FOR);
  stmts(s->orelse);
  use_next_block(end);
}

// while test: body [else: orelse] -- the test is repeated at the bottom.
void Codegen::while_stmt(const ast::While* s) {
  const int loop = new_block(), body_b = new_block(), anchor = new_block(), end = new_block();
  use_next_block(loop);
  push_fblock(FBlock{FBlockType::WhileLoop, loop, end});
  jump_if(s->test, anchor, false);
  use_next_block(body_b);
  stmts(s->body);
  set_loc(s);
  jump_if(s->test, body_b, true);
  pop_fblock();
  use_next_block(anchor);
  stmts(s->orelse);
  use_next_block(end);
}

// ---- try ----

void Codegen::try_stmt(const ast::stmt* s, bool star) {
  const auto& finalbody =
      star ? static_cast<const ast::TryStar*>(s)->finalbody : static_cast<const ast::Try*>(s)->finalbody;
  if (!finalbody.empty()) {
    try_finally(s, star);
  } else if (star) {
    try_star_except(s);
  } else {
    try_except(s);
  }
}

// try: body finally: finalbody -- the final body is compiled twice: once on the normal
// path, once as the exception handler (which re-raises).
void Codegen::try_finally(const ast::stmt* s, bool star) {
  const auto* t = star ? nullptr : static_cast<const ast::Try*>(s);
  const auto* ts = star ? static_cast<const ast::TryStar*>(s) : nullptr;
  const auto& body_s = star ? ts->body : t->body;
  const auto& handlers = star ? ts->handlers : t->handlers;
  const auto& finalbody = star ? ts->finalbody : t->finalbody;
  const int body_b = new_block(), end = new_block(), exit = new_block(), cleanup = new_block();
  emit_jump(kSetupFinally, end);
  use_next_block(body_b);
  FBlock fb{FBlockType::FinallyTry, body_b, end};
  fb.finalbody = &finalbody;
  push_fblock(fb);
  if (!handlers.empty()) {
    if (star) {
      try_star_except(s);
    } else {
      try_except(s);
    }
  } else {
    stmts(body_s);
  }
  emit_noline(kPopBlock);
  pop_fblock();
  stmts(finalbody);
  emit_jump_noline(Op::JUMP, exit);
  use_next_block(end);
  unset_loc();
  emit_jump(kSetupCleanup, cleanup);
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockType::FinallyEnd, end});
  stmts(finalbody);
  pop_fblock();
  emit(Op::RERAISE, 0);
  use_next_block(cleanup);
  emit(Op::COPY, 3);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 1);
  use_next_block(exit);
}

// try: body except E as name: handler ... [else: orelse]
void Codegen::try_except(const ast::stmt* s) {
  const auto* t = static_cast<const ast::Try*>(s);
  const int body_b = new_block(), end = new_block(), cleanup = new_block();
  int except = new_block();
  emit_jump(kSetupFinally, except);
  use_next_block(body_b);
  push_fblock(FBlock{FBlockType::TryExcept, body_b});
  stmts(t->body);
  pop_fblock();
  emit_noline(kPopBlock);
  stmts(t->orelse);
  emit_jump_noline(Op::JUMP, end);
  const std::size_t n = t->handlers.size();
  use_next_block(except);
  unset_loc();
  emit_jump(kSetupCleanup, cleanup);
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockType::ExceptionHandler});
  for (std::size_t i = 0; i < n; ++i) {
    const auto* h = static_cast<const ast::ExceptHandler*>(t->handlers[i]);
    set_loc(h);
    if (h->type == nullptr && i + 1 < n) error("default 'except:' must be last");
    except = new_block();
    if (h->type != nullptr) {
      expr(h->type);
      emit(Op::CHECK_EXC_MATCH);
      emit_jump(Op::POP_JUMP_IF_FALSE, except);
    }
    if (!h->name.empty()) {
      const int cleanup_end = new_block(), cleanup_body = new_block();
      nameop(h->name, ast::expr_context::Store);
      emit_jump(kSetupCleanup, cleanup_end);
      use_next_block(cleanup_body);
      FBlock fb{FBlockType::HandlerCleanup, cleanup_body};
      fb.name = h->name;
      fb.has_name = true;
      push_fblock(fb);
      stmts(h->body);
      pop_fblock();
      unset_loc();
      emit(kPopBlock);
      emit(kPopBlock);
      emit(Op::POP_EXCEPT);
      emit_none();
      nameop(h->name, ast::expr_context::Store);
      nameop(h->name, ast::expr_context::Del);
      emit_jump(Op::JUMP, end);
      use_next_block(cleanup_end);
      unset_loc();
      emit_none();
      nameop(h->name, ast::expr_context::Store);
      nameop(h->name, ast::expr_context::Del);
      emit(Op::RERAISE, 1);
    } else {
      const int cleanup_body = new_block();
      emit(Op::POP_TOP);  // the exception
      use_next_block(cleanup_body);
      push_fblock(FBlock{FBlockType::HandlerCleanup, cleanup_body});
      stmts(h->body);
      pop_fblock();
      unset_loc();
      emit(kPopBlock);
      emit(Op::POP_EXCEPT);
      emit_jump(Op::JUMP, end);
    }
    use_next_block(except);
  }
  unset_loc();
  pop_fblock();
  emit(Op::RERAISE, 0);
  use_next_block(cleanup);
  emit(Op::COPY, 3);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 1);
  use_next_block(end);
}

// ---- with ----

// `__exit__(None, None, None)`: the bound __exit__ is called with self = None.
void Codegen::call_exit_with_nones() {
  emit_none();
  emit_none();
  emit_none();
  emit(Op::CALL, 2);
}

// The end of a with's exception handler: re-raise unless __exit__ returned true.
void Codegen::with_except_finish(int cleanup) {
  unset_loc();
  const int exit = new_block();
  emit_jump(Op::POP_JUMP_IF_TRUE, exit);
  emit(Op::RERAISE, 2);
  use_next_block(cleanup);
  emit(Op::COPY, 3);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 1);
  use_next_block(exit);
  emit(Op::POP_TOP);  // the exception
  emit(kPopBlock);
  emit(Op::POP_EXCEPT);
  emit(Op::POP_TOP);
  emit(Op::POP_TOP);
}

// with item[, item...]: body -- one level per item.
void Codegen::with_stmt(const ast::With* s, std::size_t pos) {
  const ast::withitem* item = s->items[pos];
  const int block = new_block(), final = new_block(), exit = new_block(), cleanup = new_block();
  expr(item->context_expr);
  emit(Op::BEFORE_WITH);
  emit_jump(kSetupWith, final);
  use_next_block(block);
  FBlock fb{FBlockType::With, block, final};
  fb.with = s;
  push_fblock(fb);
  if (item->optional_vars != nullptr) {
    expr(item->optional_vars);
  } else {
    emit(Op::POP_TOP);
  }
  if (pos + 1 == s->items.size()) {
    stmts(s->body);
  } else {
    with_stmt(s, pos + 1);
  }
  unset_loc();
  emit(kPopBlock);
  pop_fblock();
  set_loc(s);
  call_exit_with_nones();
  emit(Op::POP_TOP);
  emit_jump(Op::JUMP, exit);
  use_next_block(final);
  emit_jump(kSetupCleanup, cleanup);
  emit(Op::PUSH_EXC_INFO);
  emit(Op::WITH_EXCEPT_START);
  with_except_finish(cleanup);
  use_next_block(exit);
}

// async with item[, item...]: body
void Codegen::async_with_stmt(const ast::AsyncWith* s, std::size_t pos) {
  if (u_->scope_type != ScopeType::AsyncFunction) error("'async with' outside async function");
  const ast::withitem* item = s->items[pos];
  const int block = new_block(), final = new_block(), exit = new_block(), cleanup = new_block();
  expr(item->context_expr);
  emit(Op::BEFORE_ASYNC_WITH);
  emit(Op::GET_AWAITABLE, 1);
  emit_none();
  yield_from_loop();
  emit_jump(kSetupWith, final);
  use_next_block(block);
  FBlock fb{FBlockType::AsyncWith, block, final};
  fb.with = s;
  push_fblock(fb);
  if (item->optional_vars != nullptr) {
    expr(item->optional_vars);
  } else {
    emit(Op::POP_TOP);
  }
  if (pos + 1 == s->items.size()) {
    stmts(s->body);
  } else {
    async_with_stmt(s, pos + 1);
  }
  pop_fblock();
  emit(kPopBlock);
  set_loc(s);
  call_exit_with_nones();
  emit(Op::GET_AWAITABLE, 2);
  emit_none();
  yield_from_loop();
  emit(Op::POP_TOP);
  emit_jump(Op::JUMP, exit);
  use_next_block(final);
  emit_jump(kSetupCleanup, cleanup);
  emit(Op::PUSH_EXC_INFO);
  emit(Op::WITH_EXCEPT_START);
  emit(Op::GET_AWAITABLE, 2);
  emit_none();
  yield_from_loop();
  with_except_finish(cleanup);
  use_next_block(exit);
}

// ---- assert, imports ----

// assert test[, msg]: if not test: raise AssertionError(msg)
void Codegen::assert_stmt(const ast::Assert* s) {
  // a non-empty tuple as the test is always true
  const ast::expr* test = opt_.rewrite(s->test);
  const Constant* c = opt_.constant(test);
  if ((ast::isa<ast::Tuple>(test) && c == nullptr && !static_cast<const ast::Tuple*>(test)->elts.empty()) ||
      (c != nullptr && c->kind == Constant::Kind::Tuple && !c->items.empty()))
    warn("assertion is always true, perhaps remove parentheses?");
  const int end = new_block();
  jump_if(s->test, end, true);
  emit(Op::LOAD_ASSERTION_ERROR);
  if (s->msg != nullptr) {
    expr(s->msg);
    emit(Op::CALL, 0);  // AssertionError in the callable slot, msg in the self slot
  }
  emit(Op::RAISE_VARARGS, 1);
  use_next_block(end);
}

// import a.b.c [as d], ...
void Codegen::import_stmt(const ast::Import* s) {
  for (const ast::alias* a : s->names) {
    emit_const(Constant::integer("0"));
    emit_none();
    emit_name(Op::IMPORT_NAME, a->name);
    if (!a->asname.empty()) {
      std::size_t dot = a->name.find('.');
      if (dot != std::string::npos) {
        // import a.b.c as d: the attributes of the top package, one by one
        while (true) {
          const std::size_t pos = dot + 1;
          dot = a->name.find('.', pos);
          const std::string attr = a->name.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos);
          emit_name_raw(Op::IMPORT_FROM, attr);
          if (dot == std::string::npos) break;
          emit(Op::SWAP, 2);
          emit(Op::POP_TOP);
        }
        nameop(a->asname, ast::expr_context::Store);
        emit(Op::POP_TOP);
      } else {
        nameop(a->asname, ast::expr_context::Store);
      }
    } else {
      const std::size_t dot = a->name.find('.');
      nameop(dot == std::string::npos ? a->name : a->name.substr(0, dot), ast::expr_context::Store);
    }
  }
}

// from module import name [as other], ... / from module import *
void Codegen::import_from(const ast::ImportFrom* s) {
  emit_const(Constant::integer(std::to_string(s->level < 0 ? 0 : s->level)));
  std::vector<Constant> names;
  for (const ast::alias* a : s->names) names.push_back(Constant::string(a->name));
  if (s->lineno > future_.lineno && s->module == "__future__")
    error("from __future__ imports must occur at the beginning of the file");
  emit_const(Constant::tuple(std::move(names)));
  emit_name(Op::IMPORT_NAME, s->module);
  for (std::size_t i = 0; i < s->names.size(); ++i) {
    const ast::alias* a = s->names[i];
    if (i == 0 && !a->name.empty() && a->name[0] == '*') {
      emit(Op::IMPORT_STAR);
      return;
    }
    emit_name(Op::IMPORT_FROM, a->name);
    nameop(a->asname.empty() ? a->name : a->asname, ast::expr_context::Store);
  }
  emit(Op::POP_TOP);
}

// ---- assignments ----

// target op= value: the target's parts are evaluated once.
void Codegen::aug_assign(const ast::AugAssign* s) {
  const ast::expr* e = s->target;
  const Loc saved = u_->loc;
  set_loc(e);
  if (const auto* a = ast::as<ast::Attribute>(e)) {
    expr(a->value);
    emit(Op::COPY, 1);
    update_loc_to_match_attr(a);
    emit_name(Op::LOAD_ATTR, a->attr);
  } else if (const auto* sub = ast::as<ast::Subscript>(e)) {
    expr(sub->value);
    expr(sub->slice);
    emit(Op::COPY, 2);
    emit(Op::COPY, 2);
    emit(Op::BINARY_SUBSCR);
  } else if (const auto* n = ast::as<ast::Name>(e)) {
    nameop(n->id, ast::expr_context::Load);
  } else {
    error("invalid node type for augmented assignment");
  }
  u_->loc = saved;
  expr(s->value);
  emit(Op::BINARY_OP, binop_arg(s->op) + bytecode::kInplace);
  set_loc(e);
  if (const auto* a = ast::as<ast::Attribute>(e)) {
    update_loc_to_match_attr(a);
    emit(Op::SWAP, 2);
    emit_name(Op::STORE_ATTR, a->attr);
  } else if (ast::isa<ast::Subscript>(e)) {
    emit(Op::SWAP, 3);
    emit(Op::SWAP, 2);
    emit(Op::STORE_SUBSCR);
  } else {
    nameop(static_cast<const ast::Name*>(e)->id, ast::expr_context::Store);
  }
}

// Evaluates an expression only for its effects (and errors), as annotations of complex
// targets are.
void Codegen::check_ann_expr(const ast::expr* e) {
  expr(e);
  emit(Op::POP_TOP);
}

// The value of an annotation: the expression, or its source text under
// `from __future__ import annotations`.
void Codegen::annotation_value(const ast::expr* e) {
  if (future_.annotations()) {
    emit_const(Constant::string(unparse_annotation(e)));
  } else {
    expr(e);
  }
}

// target: annotation [= value]
void Codegen::ann_assign(const ast::AnnAssign* s) {
  const ast::expr* targ = s->target;
  if (s->value != nullptr) {
    expr(s->value);
    expr(targ);
  }
  const bool module_or_class = u_->scope_type == ScopeType::Module || u_->scope_type == ScopeType::Class;
  if (const auto* n = ast::as<ast::Name>(targ)) {
    check_forbidden(n->id, ast::expr_context::Store);
    if (s->simple && module_or_class) {
      annotation_value(s->annotation);
      emit_name_raw(Op::LOAD_NAME, "__annotations__");
      emit_const(Constant::string(mangled(n->id)));
      emit(Op::STORE_SUBSCR);
    }
  } else if (const auto* a = ast::as<ast::Attribute>(targ)) {
    check_forbidden(a->attr, ast::expr_context::Store);
    if (s->value == nullptr) check_ann_expr(a->value);
  } else if (const auto* sub = ast::as<ast::Subscript>(targ)) {
    if (s->value == nullptr) {
      check_ann_expr(sub->value);
      if (const auto* sl = ast::as<ast::Slice>(sub->slice)) {
        if (sl->lower != nullptr) check_ann_expr(sl->lower);
        if (sl->upper != nullptr) check_ann_expr(sl->upper);
        if (sl->step != nullptr) check_ann_expr(sl->step);
      } else if (const auto* tu = ast::as<ast::Tuple>(sub->slice)) {
        for (const ast::expr* x : tu->elts) {
          if (const auto* sl2 = ast::as<ast::Slice>(x)) {
            if (sl2->lower != nullptr) check_ann_expr(sl2->lower);
            if (sl2->upper != nullptr) check_ann_expr(sl2->upper);
            if (sl2->step != nullptr) check_ann_expr(sl2->step);
          } else {
            check_ann_expr(x);
          }
        }
      } else {
        check_ann_expr(sub->slice);
      }
    }
  } else {
    error("invalid node type for annotated assignment");
  }
  // a complex target's annotation is evaluated (last), unless annotations are strings
  if (!s->simple && !future_.annotations() && module_or_class) check_ann_expr(s->annotation);
}

// ---- functions and classes ----

// Defaults: a tuple of the positional ones (flag 1), a dict of the keyword-only ones
// (flag 2). Returns the MAKE_FUNCTION flags.
int Codegen::default_arguments(const ast::arguments* a) {
  int flags = 0;
  if (!a->defaults.empty()) {
    exprs(a->defaults);
    emit(Op::BUILD_TUPLE, static_cast<std::uint32_t>(a->defaults.size()));
    flags |= bytecode::kMakeDefaults;
  }
  std::uint32_t n = 0;
  for (std::size_t i = 0; i < a->kwonlyargs.size(); ++i) {
    const ast::expr* d = i < a->kw_defaults.size() ? a->kw_defaults[i] : nullptr;
    if (d == nullptr) continue;
    emit_const(Constant::string(mangled(a->kwonlyargs[i]->arg)));
    expr(d);
    ++n;
  }
  if (n > 0) {
    emit(Op::BUILD_MAP, n);
    flags |= bytecode::kMakeKwDefaults;
  }
  return flags;
}

// Annotations of parameters and the return, as a tuple (name, value, name, value...);
// returns whether one was pushed.
bool Codegen::visit_annotations(const ast::arguments* a, const ast::expr* returns) {
  std::uint32_t len = 0;
  auto one = [&](const std::string& name, const ast::expr* ann) {
    if (ann == nullptr) return;
    emit_const(Constant::string(mangled(name)));
    if (future_.annotations()) {
      annotation_value(ann);
    } else if (const auto* st = ast::as<ast::Starred>(ann)) {
      // *args: *Ts
      expr(st->value);
      emit(Op::UNPACK_SEQUENCE, 1);
    } else {
      expr(ann);
    }
    len += 2;
  };
  for (const ast::arg* x : a->args) one(x->arg, x->annotation);
  for (const ast::arg* x : a->posonlyargs) one(x->arg, x->annotation);
  if (a->vararg != nullptr) one(a->vararg->arg, a->vararg->annotation);
  for (const ast::arg* x : a->kwonlyargs) one(x->arg, x->annotation);
  if (a->kwarg != nullptr) one(a->kwarg->arg, a->kwarg->annotation);
  one("return", returns);
  if (len == 0) return false;
  emit(Op::BUILD_TUPLE, len);
  return true;
}

// The function object of a code object, with its closure cells if it has free
// variables.
void Codegen::make_closure(std::shared_ptr<const bytecode::Code> code, std::uint32_t flags) {
  if (!code->freevars.empty()) {
    for (const std::string& name : code->freevars) {
      long i;
      if (u_->scope_type == ScopeType::Class && name == "__class__") {
        i = u_->cellvars.find(name);
      } else {
        const Scope scope = u_->ste->scope_of(name);
        if (scope == Scope::Cell) {
          i = u_->cellvars.find(name);
        } else {
          i = u_->freevars.find(name);
          if (i >= 0) i += static_cast<long>(u_->cellvars.list.size());
        }
      }
      if (i < 0) error("internal error: no cell for free variable " + name);
      emit(Op::LOAD_CLOSURE, static_cast<std::uint32_t>(i));
    }
    flags |= bytecode::kMakeClosure;
    emit(Op::BUILD_TUPLE, static_cast<std::uint32_t>(code->freevars.size()));
  }
  emit_const(Constant::code_object(std::move(code)));
  emit(Op::MAKE_FUNCTION, flags);
}

// The decorators, evaluated before the function or class they decorate.
void Codegen::decorators(const std::vector<ast::expr*>& decos) { exprs(decos); }

// Calls the decorators on the function or class, innermost first.
void Codegen::apply_decorators(const std::vector<ast::expr*>& decos) {
  const Loc saved = u_->loc;
  for (std::size_t i = decos.size(); i-- > 0;) {
    set_loc(decos[i]);
    emit(Op::CALL, 0);  // decorator in the callable slot, the function in the self slot
  }
  u_->loc = saved;
}

// def / async def: decorators, defaults, annotations, the body's code object, the
// function, the decorator calls, the store.
template <typename F>
void Codegen::function_def(const F* s, bool is_async) {
  check_debug_args(s->args);
  decorators(s->decorator_list);
  int firstlineno = s->lineno;
  if (!s->decorator_list.empty()) firstlineno = s->decorator_list.front()->lineno;
  std::uint32_t flags = static_cast<std::uint32_t>(default_arguments(s->args));
  if (visit_annotations(s->args, s->returns)) flags |= bytecode::kMakeAnnotations;
  enter_scope(s->name, is_async ? ScopeType::AsyncFunction : ScopeType::Function, s, firstlineno);
  const ast::Constant* doc = docstring_of(s->body);
  add_const(doc != nullptr ? constant_from_ast(doc->value) : Constant::none());
  u_->argcount = static_cast<std::uint32_t>(s->args->posonlyargs.size() + s->args->args.size());
  u_->posonlyargcount = static_cast<std::uint32_t>(s->args->posonlyargs.size());
  u_->kwonlyargcount = static_cast<std::uint32_t>(s->args->kwonlyargs.size());
  for (std::size_t i = doc != nullptr ? 1 : 0; i < s->body.size(); ++i) stmt(s->body[i]);
  auto code = leave_scope(true);
  make_closure(std::move(code), flags);
  apply_decorators(s->decorator_list);
  nameop(s->name, ast::expr_context::Store);
}
template void Codegen::function_def(const ast::FunctionDef*, bool);
template void Codegen::function_def(const ast::AsyncFunctionDef*, bool);

// class Name(bases, keywords): body -- __build_class__(func, 'Name', *bases, **kw).
void Codegen::class_def(const ast::ClassDef* s) {
  decorators(s->decorator_list);
  int firstlineno = s->lineno;
  if (!s->decorator_list.empty()) firstlineno = s->decorator_list.front()->lineno;
  enter_scope(s->name, ScopeType::Class, s, firstlineno);
  u_->private_name = s->name;
  nameop("__name__", ast::expr_context::Load);
  nameop("__module__", ast::expr_context::Store);
  emit_const(Constant::string(u_->qualname));
  nameop("__qualname__", ast::expr_context::Store);
  body(s->body);
  unset_loc();
  if (u_->ste->needs_class_closure) {
    emit(Op::LOAD_CLOSURE, static_cast<std::uint32_t>(u_->cellvars.find("__class__")));
    emit(Op::COPY, 1);
    nameop("__classcell__", ast::expr_context::Store);
  } else {
    emit_none();
  }
  emit(Op::RETURN_VALUE);
  auto code = leave_scope(true);
  emit(Op::LOAD_BUILD_CLASS);
  emit(Op::PUSH_NULL);
  make_closure(std::move(code), 0);
  emit_const(Constant::string(s->name));
  call_helper(2, s->bases, s->keywords);
  apply_decorators(s->decorator_list);
  nameop(s->name, ast::expr_context::Store);
}

}  // namespace peppy::compile
