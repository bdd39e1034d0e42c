// compile_expr.cpp: code generation for expressions: names, constants (after
// folding), operators, short-circuit and chained comparisons, conditional jumps,
// calls (plain, method, keyword, *args/**kwargs), displays with unpacking, attributes,
// subscripts and slices, f-strings, lambdas, comprehensions, yield, yield from and
// await. Shapes as CPython 3.11's, in peppy's instruction set.
#include "compile/codegen.hpp"
#include "compile/errors.hpp"

namespace peppy::compile {

// One expression: compiled at its own position, which is restored afterwards.
void Codegen::expr(const ast::expr* e0) {
  DepthGuard guard(depth_);
  const Loc saved = u_->loc;
  const ast::expr* e = opt_.rewrite(e0);
  set_loc(e);
  expr1(e);
  u_->loc = saved;
}

// The expression kinds.
void Codegen::expr1(const ast::expr* e) {
  if (const Constant* c = opt_.constant(e)) {
    emit_const(*c);
    return;
  }
  using ast::Tag;
  using ast::expr_context;
  switch (e->tag) {
    case Tag::NamedExpr: {
      const auto* n = static_cast<const ast::NamedExpr*>(e);
      expr(n->value);
      emit(Op::COPY, 1);
      expr(n->target);
      break;
    }
    case Tag::BoolOp:
      boolop(static_cast<const ast::BoolOp*>(e));
      break;
    case Tag::BinOp: {
      const auto* b = static_cast<const ast::BinOp*>(e);
      expr(b->left);
      expr(b->right);
      emit(Op::BINARY_OP, binop_arg(b->op));
      break;
    }
    case Tag::UnaryOp: {
      const auto* un = static_cast<const ast::UnaryOp*>(e);
      expr(un->operand);
      switch (un->op) {
        case ast::unaryop::Invert:
          emit(Op::UNARY_INVERT);
          break;
        case ast::unaryop::Not:
          emit(Op::UNARY_NOT);
          break;
        case ast::unaryop::UAdd:
          emit(Op::UNARY_POSITIVE);
          break;
        case ast::unaryop::USub:
          emit(Op::UNARY_NEGATIVE);
          break;
      }
      break;
    }
    case Tag::Lambda:
      lambda(static_cast<const ast::Lambda*>(e));
      break;
    case Tag::IfExp: {
      // body if test else orelse
      const auto* i = static_cast<const ast::IfExp*>(e);
      const int end = new_block(), next = new_block();
      jump_if(i->test, next, false);
      expr(i->body);
      emit_jump_noline(Op::JUMP, end);
      use_next_block(next);
      expr(i->orelse);
      use_next_block(end);
      break;
    }
    case Tag::Dict:
      dict(static_cast<const ast::Dict*>(e));
      break;
    case Tag::Set:
      starunpack(static_cast<const ast::Set*>(e)->elts, 0, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false);
      break;
    case Tag::GeneratorExp: {
      const auto* g = static_cast<const ast::GeneratorExp*>(e);
      comprehension(e, kCompGenExp, "<genexpr>", g->generators, g->elt, nullptr);
      break;
    }
    case Tag::ListComp: {
      const auto* g = static_cast<const ast::ListComp*>(e);
      comprehension(e, kCompListComp, "<listcomp>", g->generators, g->elt, nullptr);
      break;
    }
    case Tag::SetComp: {
      const auto* g = static_cast<const ast::SetComp*>(e);
      comprehension(e, kCompSetComp, "<setcomp>", g->generators, g->elt, nullptr);
      break;
    }
    case Tag::DictComp: {
      const auto* g = static_cast<const ast::DictComp*>(e);
      comprehension(e, kCompDictComp, "<dictcomp>", g->generators, g->key, g->value);
      break;
    }
    case Tag::Yield: {
      const auto* y = static_cast<const ast::Yield*>(e);
      if (u_->ste->type != BlockType::Function) error("'yield' outside function");
      if (y->value != nullptr) {
        expr(y->value);
      } else {
        emit_none();
      }
      emit_yield();
      break;
    }
    case Tag::YieldFrom: {
      if (u_->ste->type != BlockType::Function) error("'yield' outside function");
      if (u_->scope_type == ScopeType::AsyncFunction) error("'yield from' inside async function");
      expr(static_cast<const ast::YieldFrom*>(e)->value);
      emit(Op::GET_YIELD_FROM_ITER);
      emit_none();
      yield_from_loop();
      break;
    }
    case Tag::Await: {
      if (u_->ste->type != BlockType::Function) error("'await' outside function");
      if (u_->scope_type != ScopeType::AsyncFunction && u_->scope_type != ScopeType::Comprehension)
        error("'await' outside async function");
      expr(static_cast<const ast::Await*>(e)->value);
      emit(Op::GET_AWAITABLE, 0);
      emit_none();
      yield_from_loop();
      break;
    }
    case Tag::Compare:
      compare(static_cast<const ast::Compare*>(e));
      break;
    case Tag::Call:
      call(static_cast<const ast::Call*>(e));
      break;
    case Tag::FormattedValue:
      formatted_value(static_cast<const ast::FormattedValue*>(e));
      break;
    case Tag::JoinedStr:
      joined_str(static_cast<const ast::JoinedStr*>(e));
      break;
    case Tag::Constant:
      emit_const(constant_from_ast(static_cast<const ast::Constant*>(e)->value));
      break;
    case Tag::Attribute: {
      const auto* a = static_cast<const ast::Attribute*>(e);
      expr(a->value);
      update_loc_to_match_attr(a);
      switch (a->ctx) {
        case expr_context::Load:
          emit_name(Op::LOAD_ATTR, a->attr);
          break;
        case expr_context::Store:
          check_forbidden(a->attr, expr_context::Store);
          emit_name(Op::STORE_ATTR, a->attr);
          break;
        case expr_context::Del:
          emit_name(Op::DELETE_ATTR, a->attr);
          break;
      }
      break;
    }
    case Tag::Subscript:
      subscript(static_cast<const ast::Subscript*>(e));
      break;
    case Tag::Starred:
      if (static_cast<const ast::Starred*>(e)->ctx == expr_context::Store)
        error("starred assignment target must be in a list or tuple");
      error("can't use starred expression here");
    case Tag::Slice:
      slice(static_cast<const ast::Slice*>(e));
      break;
    case Tag::Name: {
      const auto* n = static_cast<const ast::Name*>(e);
      nameop(n->id, n->ctx);
      break;
    }
    case Tag::List: {
      const auto* l = static_cast<const ast::List*>(e);
      if (l->ctx == expr_context::Store) {
        unpack_targets(l->elts);
      } else if (l->ctx == expr_context::Load) {
        starunpack(l->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, false);
      } else {
        exprs(l->elts);
      }
      break;
    }
    case Tag::Tuple: {
      const auto* t = static_cast<const ast::Tuple*>(e);
      if (t->ctx == expr_context::Store) {
        unpack_targets(t->elts);
      } else if (t->ctx == expr_context::Load) {
        starunpack(t->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
      } else {
        exprs(t->elts);
      }
      break;
    }
    default:
      error("internal error: unknown expression");
  }
}

// ---- conditions ----

// Jumps to `target` if bool(e) == cond, else falls through; `not`, `and`/`or`,
// conditional expressions and chained comparisons are compiled into jumps directly.
void Codegen::jump_if(const ast::expr* e0, int target, bool cond) {
  DepthGuard guard(depth_);
  const ast::expr* e = opt_.rewrite(e0);
  if (opt_.constant(e) == nullptr) {
    if (const auto* u = ast::as<ast::UnaryOp>(e); u != nullptr && u->op == ast::unaryop::Not) {
      jump_if(u->operand, target, !cond);
      return;
    }
    if (const auto* b = ast::as<ast::BoolOp>(e)) {
      const bool cond2 = b->op == ast::boolop::Or;
      int next2 = target;
      if (cond2 != cond) next2 = new_block();
      for (std::size_t i = 0; i + 1 < b->values.size(); ++i) jump_if(b->values[i], next2, cond2);
      jump_if(b->values.back(), target, cond);
      if (next2 != target) use_next_block(next2);
      return;
    }
    if (const auto* i = ast::as<ast::IfExp>(e)) {
      const int end = new_block(), next2 = new_block();
      jump_if(i->test, next2, false);
      jump_if(i->body, target, cond);
      emit_jump_noline(Op::JUMP, end);
      use_next_block(next2);
      jump_if(i->orelse, target, cond);
      use_next_block(end);
      return;
    }
    if (const auto* c0 = ast::as<ast::Compare>(e)) set_loc(c0);  // a comparison's jump is at it (and stays)
    if (const auto* c = ast::as<ast::Compare>(e); c != nullptr && c->ops.size() > 1) {
      check_compare(c);
      const std::size_t n = c->ops.size() - 1;
      const int cleanup = new_block();
      expr(c->left);
      for (std::size_t i = 0; i < n; ++i) {
        expr(c->comparators[i]);
        emit(Op::SWAP, 2);
        emit(Op::COPY, 2);
        emit_compare(c->ops[i]);
        emit_jump(Op::POP_JUMP_IF_FALSE, cleanup);
      }
      expr(c->comparators[n]);
      emit_compare(c->ops[n]);
      emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
      const int end = new_block();
      emit_jump_noline(Op::JUMP, end);
      use_next_block(cleanup);
      emit(Op::POP_TOP);
      if (!cond) emit_jump_noline(Op::JUMP, target);
      use_next_block(end);
      return;
    }
  }
  expr(e);
  emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
}

// a and b and c / a or b: each value but the last may decide, leaving itself.
void Codegen::boolop(const ast::BoolOp* e) {
  const Op jump = e->op == ast::boolop::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  const int end = new_block();
  for (std::size_t i = 0; i + 1 < e->values.size(); ++i) {
    expr(e->values[i]);
    emit_jump(jump, end);
    next_block();
  }
  expr(e->values.back());
  use_next_block(end);
}

// The comparison instruction of an operator.
void Codegen::emit_compare(ast::cmpop op) {
  using ast::cmpop;
  using bytecode::CmpOp;
  switch (op) {
    case cmpop::Eq:
      emit(Op::COMPARE_OP, static_cast<std::uint32_t>(CmpOp::Eq));
      break;
    case cmpop::NotEq:
      emit(Op::COMPARE_OP, static_cast<std::uint32_t>(CmpOp::Ne));
      break;
    case cmpop::Lt:
      emit(Op::COMPARE_OP, static_cast<std::uint32_t>(CmpOp::Lt));
      break;
    case cmpop::LtE:
      emit(Op::COMPARE_OP, static_cast<std::uint32_t>(CmpOp::Le));
      break;
    case cmpop::Gt:
      emit(Op::COMPARE_OP, static_cast<std::uint32_t>(CmpOp::Gt));
      break;
    case cmpop::GtE:
      emit(Op::COMPARE_OP, static_cast<std::uint32_t>(CmpOp::Ge));
      break;
    case cmpop::Is:
      emit(Op::IS_OP, 0);
      break;
    case cmpop::IsNot:
      emit(Op::IS_OP, 1);
      break;
    case cmpop::In:
      emit(Op::CONTAINS_OP, 0);
      break;
    case cmpop::NotIn:
      emit(Op::CONTAINS_OP, 1);
      break;
  }
}

// a < b, and chains a < b < c (each middle operand evaluated once; a false link skips
// the rest, leaving False).
void Codegen::compare(const ast::Compare* e) {
  check_compare(e);
  expr(e->left);
  const std::size_t n = e->ops.size() - 1;
  if (n == 0) {
    expr(e->comparators[0]);
    emit_compare(e->ops[0]);
    return;
  }
  const int cleanup = new_block();
  for (std::size_t i = 0; i < n; ++i) {
    expr(e->comparators[i]);
    emit(Op::SWAP, 2);
    emit(Op::COPY, 2);
    emit_compare(e->ops[i]);
    emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  expr(e->comparators[n]);
  emit_compare(e->ops[n]);
  const int end = new_block();
  emit_jump_noline(Op::JUMP, end);
  use_next_block(cleanup);
  emit(Op::SWAP, 2);
  emit(Op::POP_TOP);
  use_next_block(end);
}

// ---- calls ----

// Keyword names: not __debug__, not repeated.
void Codegen::validate_keywords(const std::vector<ast::keyword*>& keywords) {
  for (std::size_t i = 0; i < keywords.size(); ++i) {
    const ast::keyword* k = keywords[i];
    if (k->arg.empty()) continue;
    check_forbidden(k->arg, ast::expr_context::Store);
    for (std::size_t j = i + 1; j < keywords.size(); ++j) {
      const ast::keyword* other = keywords[j];
      if (!other->arg.empty() && other->arg == k->arg) {
        set_loc(other);
        error("keyword argument repeated: " + k->arg);
      }
    }
  }
}

// f(args): the callable, a NULL in the self slot, the arguments.
void Codegen::call(const ast::Call* e) {
  validate_keywords(e->keywords);
  if (method_call(e)) return;
  check_caller(e->func);
  expr(e->func);
  {
    const Loc saved = u_->loc;
    set_loc(opt_.rewrite(e->func));
    emit(Op::PUSH_NULL);
    u_->loc = saved;
  }
  call_helper(0, e->args, e->keywords);
}

// obj.name(args) without * or ** arguments: LOAD_METHOD fills the callable and self
// slots.
bool Codegen::method_call(const ast::Call* e) {
  const auto* meth = ast::as<ast::Attribute>(opt_.rewrite(e->func));
  if (meth == nullptr || meth->ctx != ast::expr_context::Load) return false;
  // not on a name the module imports (module attributes are plain attributes)
  if (const auto* n = ast::as<ast::Name>(meth->value); n != nullptr && (st_.top()->flags_of(n->id) & DEF_IMPORT))
    return false;
  const std::size_t nargs = e->args.size(), nkw = e->keywords.size();
  if (nargs + nkw + (nkw != 0 ? 1 : 0) >= kStackUseGuard) return false;
  for (const ast::expr* a : e->args) {
    if (ast::isa<ast::Starred>(a)) return false;
  }
  for (const ast::keyword* k : e->keywords) {
    if (k->arg.empty()) return false;
  }
  expr(meth->value);
  set_loc(meth);
  update_loc_to_match_attr(meth);
  emit_name(Op::LOAD_METHOD, meth->attr);
  exprs(e->args);
  for (const ast::keyword* k : e->keywords) expr(k->value);
  set_loc(e);
  update_loc_to_match_attr(meth);
  if (nkw != 0) {
    std::vector<Constant> names;
    for (const ast::keyword* k : e->keywords) names.push_back(Constant::string(k->arg));
    emit_const(Constant::tuple(std::move(names)));
    emit(Op::CALL_KW, static_cast<std::uint32_t>(nargs + nkw));
  } else {
    emit(Op::CALL, static_cast<std::uint32_t>(nargs));
  }
  return true;
}

// The arguments of a call whose callable and self slots (and `pushed` more arguments)
// are on the stack: CALL / CALL_KW, or with * / ** arguments (or very many)
// CALL_FUNCTION_EX over a tuple and a dict.
void Codegen::call_helper(std::size_t pushed, const std::vector<ast::expr*>& args,
                          const std::vector<ast::keyword*>& keywords) {
  validate_keywords(keywords);
  const std::size_t nelts = args.size(), nkw = keywords.size();
  bool ex_call = nelts + nkw * 2 > kStackUseGuard;
  for (const ast::expr* a : args) ex_call = ex_call || ast::isa<ast::Starred>(a);
  for (const ast::keyword* k : keywords) ex_call = ex_call || k->arg.empty();
  if (!ex_call) {
    exprs(args);
    for (const ast::keyword* k : keywords) expr(k->value);
    const auto n = static_cast<std::uint32_t>(pushed + nelts + nkw);
    if (nkw != 0) {
      std::vector<Constant> names;
      for (const ast::keyword* k : keywords) names.push_back(Constant::string(k->arg));
      emit_const(Constant::tuple(std::move(names)));
      emit(Op::CALL_KW, n);
    } else {
      emit(Op::CALL, n);
    }
    return;
  }
  // positional arguments: one iterable (f(*a)) or a tuple
  if (pushed == 0 && nelts == 1 && ast::isa<ast::Starred>(args[0])) {
    expr(static_cast<const ast::Starred*>(args[0])->value);
  } else {
    starunpack(args, pushed, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
  }
  // keyword arguments: one dict
  if (nkw != 0) {
    bool have_dict = false;
    std::size_t nseen = 0;
    for (std::size_t i = 0; i < nkw; ++i) {
      const ast::keyword* k = keywords[i];
      if (k->arg.empty()) {
        if (nseen != 0) {
          subkwargs(keywords, i - nseen, i);
          if (have_dict) emit(Op::DICT_MERGE, 1);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          emit(Op::BUILD_MAP, 0);
          have_dict = true;
        }
        expr(k->value);
        emit(Op::DICT_MERGE, 1);
      } else {
        ++nseen;
      }
    }
    if (nseen != 0) {
      subkwargs(keywords, nkw - nseen, nkw);
      if (have_dict) emit(Op::DICT_MERGE, 1);
    }
  }
  emit(Op::CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

// A dict of the keyword arguments keywords[begin:end].
void Codegen::subkwargs(const std::vector<ast::keyword*>& keywords, std::size_t begin, std::size_t end) {
  const std::size_t n = end - begin;
  const bool big = n * 2 > kStackUseGuard;
  if (big) emit_noline(Op::BUILD_MAP, 0);
  for (std::size_t i = begin; i < end; ++i) {
    emit_const(Constant::string(keywords[i]->arg));
    expr(keywords[i]->value);
    if (big) emit_noline(Op::MAP_ADD, 1);
  }
  if (!big) emit(Op::BUILD_MAP, static_cast<std::uint32_t>(n));
}

// ---- displays ----

// A list, tuple or set display (or a call's positional arguments after `pushed` values
// already on the stack): built at once, or piecewise around *x items; three or more
// constants are loaded as one constant.
void Codegen::starunpack(const std::vector<ast::expr*>& elts, std::size_t pushed, Op build, Op add, Op extend,
                         bool tuple) {
  const std::size_t n = elts.size();
  bool all_const = n > 2;
  for (const ast::expr* e : elts) all_const = all_const && is_const(e);
  if (all_const) {
    std::vector<Constant> items;
    for (const ast::expr* e : elts) items.push_back(*opt_.folded(e));
    if (tuple && pushed == 0) {
      emit_const(Constant::tuple(std::move(items)));
    } else {
      emit(build, static_cast<std::uint32_t>(pushed));
      emit_const(add == Op::SET_ADD ? make_frozenset(items) : Constant::tuple(std::move(items)));
      emit(extend, 1);
      if (tuple) emit(Op::LIST_TO_TUPLE);
    }
    return;
  }
  const bool big = n + pushed > kStackUseGuard;
  bool seen_star = false;
  for (const ast::expr* e : elts) seen_star = seen_star || ast::isa<ast::Starred>(e);
  if (!seen_star && !big) {
    exprs(elts);
    emit(tuple ? Op::BUILD_TUPLE : build, static_cast<std::uint32_t>(n + pushed));
    return;
  }
  bool built = false;
  if (big) {
    emit(build, static_cast<std::uint32_t>(pushed));
    built = true;
  }
  for (std::size_t i = 0; i < n; ++i) {
    const ast::expr* e = elts[i];
    if (const auto* st = ast::as<ast::Starred>(e)) {
      if (!built) {
        emit(build, static_cast<std::uint32_t>(i + pushed));
        built = true;
      }
      expr(st->value);
      emit(extend, 1);
    } else {
      expr(e);
      if (built) emit(add, 1);
    }
  }
  if (tuple) emit(Op::LIST_TO_TUPLE);
}

// {k: v, **m, ...}: runs of key/value pairs as maps, merged with the ** items.
void Codegen::dict(const ast::Dict* e) {
  const std::size_t n = e->values.size();
  bool have_dict = false;
  std::size_t elements = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const bool is_unpacking = e->keys[i] == nullptr;
    if (is_unpacking) {
      if (elements != 0) {
        subdict(e, i - elements, i);
        if (have_dict) emit(Op::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        emit(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      expr(e->values[i]);
      emit(Op::DICT_UPDATE, 1);
    } else if (elements * 2 > kStackUseGuard) {
      subdict(e, i - elements, i + 1);
      if (have_dict) emit(Op::DICT_UPDATE, 1);
      have_dict = true;
      elements = 0;
    } else {
      ++elements;
    }
  }
  if (elements != 0) {
    subdict(e, n - elements, n);
    if (have_dict) emit(Op::DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) emit(Op::BUILD_MAP, 0);
}

// A map of the pairs keys[begin:end] / values[begin:end].
void Codegen::subdict(const ast::Dict* e, std::size_t begin, std::size_t end) {
  const std::size_t n = end - begin;
  const bool big = n * 2 > kStackUseGuard;
  if (big) emit(Op::BUILD_MAP, 0);
  for (std::size_t i = begin; i < end; ++i) {
    expr(e->keys[i]);
    expr(e->values[i]);
    if (big) emit(Op::MAP_ADD, 1);
  }
  if (!big) emit(Op::BUILD_MAP, static_cast<std::uint32_t>(n));
}

// Assignment to a tuple or list of targets: unpack, then store each.
void Codegen::unpack_targets(const std::vector<ast::expr*>& elts) {
  const std::size_t n = elts.size();
  bool seen_star = false;
  for (std::size_t i = 0; i < n; ++i) {
    if (!ast::isa<ast::Starred>(elts[i])) continue;
    if (seen_star) error("multiple starred expressions in assignment");
    if (i >= (1u << 8) || n - i - 1 >= (0x7fffffffu >> 8)) error("too many expressions in star-unpacking assignment");
    emit(Op::UNPACK_EX, static_cast<std::uint32_t>(i + ((n - i - 1) << 8)));
    seen_star = true;
  }
  if (!seen_star) emit(Op::UNPACK_SEQUENCE, static_cast<std::uint32_t>(n));
  for (const ast::expr* e : elts) {
    if (const auto* st = ast::as<ast::Starred>(e)) {
      expr(st->value);
    } else {
      expr(e);
    }
  }
}

// ---- subscripts, slices, f-strings ----

// value[slice] as load, store or delete.
void Codegen::subscript(const ast::Subscript* e) {
  if (e->ctx == ast::expr_context::Load) check_subscript(e);
  expr(e->value);
  expr(e->slice);
  switch (e->ctx) {
    case ast::expr_context::Load:
      emit(Op::BINARY_SUBSCR);
      break;
    case ast::expr_context::Store:
      emit(Op::STORE_SUBSCR);
      break;
    case ast::expr_context::Del:
      emit(Op::DELETE_SUBSCR);
      break;
  }
}

// lower:upper[:step] as a slice object.
void Codegen::slice(const ast::Slice* s) {
  std::uint32_t n = 2;
  if (s->lower != nullptr) {
    expr(s->lower);
  } else {
    emit_none();
  }
  if (s->upper != nullptr) {
    expr(s->upper);
  } else {
    emit_none();
  }
  if (s->step != nullptr) {
    ++n;
    expr(s->step);
  }
  emit(Op::BUILD_SLICE, n);
}

// f'...': the parts and BUILD_STRING (very many parts: ''.join of a list).
void Codegen::joined_str(const ast::JoinedStr* e) {
  const std::size_t n = e->values.size();
  if (n > kStackUseGuard) {
    emit_const(Constant::string(""));
    emit_name(Op::LOAD_METHOD, "join");
    emit(Op::BUILD_LIST, 0);
    for (const ast::expr* v : e->values) {
      expr(v);
      emit(Op::LIST_APPEND, 1);
    }
    emit(Op::CALL, 1);
    return;
  }
  exprs(e->values);
  if (n != 1) emit(Op::BUILD_STRING, static_cast<std::uint32_t>(n));
}

// {value!conversion:spec}
void Codegen::formatted_value(const ast::FormattedValue* e) {
  expr(e->value);
  std::uint32_t arg = 0;
  switch (e->conversion) {
    case 's':
      arg = bytecode::kFormatStr;
      break;
    case 'r':
      arg = bytecode::kFormatRepr;
      break;
    case 'a':
      arg = bytecode::kFormatAscii;
      break;
    case -1:
      arg = 0;
      break;
    default:
      error("internal error: unknown f-string conversion");
  }
  if (e->format_spec != nullptr) {
    expr(e->format_spec);
    arg |= bytecode::kFormatWithSpec;
  }
  emit(Op::FORMAT_VALUE, arg);
}

// ---- functions made by expressions ----

// lambda args: body
void Codegen::lambda(const ast::Lambda* e) {
  check_debug_args(e->args);
  const auto flags = static_cast<std::uint32_t>(default_arguments(e->args));
  enter_scope("<lambda>", ScopeType::Lambda, e, e->lineno);
  add_const(Constant::none());  // so that a lambda never has a docstring
  u_->argcount = static_cast<std::uint32_t>(e->args->posonlyargs.size() + e->args->args.size());
  u_->posonlyargcount = static_cast<std::uint32_t>(e->args->posonlyargs.size());
  u_->kwonlyargcount = static_cast<std::uint32_t>(e->args->kwonlyargs.size());
  expr(e->body);
  std::shared_ptr<const bytecode::Code> code;
  if (u_->ste->generator) {
    code = leave_scope(false);
  } else {
    emit(Op::RETURN_VALUE);
    code = leave_scope(true);
  }
  make_closure(std::move(code), flags);
}

// yield value (an async generator wraps what it yields).
void Codegen::emit_yield() {
  if (u_->ste->generator && u_->ste->coroutine) emit(Op::ASYNC_GEN_WRAP);
  emit(Op::YIELD_VALUE);
}

// The delegation loop of `yield from` and `await`: [iter, value] -> [result].
void Codegen::yield_from_loop() {
  const int start = new_block(), resume = new_block(), exit = new_block();
  use_next_block(start);
  emit_jump(Op::SEND, exit);
  use_next_block(resume);
  emit(Op::YIELD_VALUE);
  emit_jump(Op::JUMP, start);
  use_next_block(exit);
}

// A comprehension or generator expression: a function of its own, called with the
// iterator of its first iterable.
void Codegen::comprehension(const ast::expr* e, int type, const std::string& name,
                            const std::vector<ast::comprehension*>& gens, const ast::expr* elt,
                            const ast::expr* val) {
  const ScopeType outer = u_->scope_type;
  const ast::comprehension* outermost = gens.front();
  enter_scope(name, ScopeType::Comprehension, e, e->lineno);
  set_loc(e);
  const bool is_async_generator = u_->ste->coroutine;
  if (is_async_generator && type != kCompGenExp && outer != ScopeType::AsyncFunction &&
      outer != ScopeType::Comprehension)
    error("asynchronous comprehension outside of an asynchronous function");
  if (type == kCompListComp) emit(Op::BUILD_LIST, 0);
  if (type == kCompSetComp) emit(Op::BUILD_SET, 0);
  if (type == kCompDictComp) emit(Op::BUILD_MAP, 0);
  comprehension_generator(gens, 0, 0, elt, val, type);
  if (type != kCompGenExp) emit(Op::RETURN_VALUE);
  auto code = leave_scope(true);
  make_closure(std::move(code), 0);
  emit(Op::PUSH_NULL);
  expr(outermost->iter);
  emit(outermost->is_async ? Op::GET_AITER : Op::GET_ITER);
  emit(Op::CALL, 1);
  if (is_async_generator && type != kCompGenExp) {
    emit(Op::GET_AWAITABLE, 0);
    emit_none();
    yield_from_loop();
  }
}

void Codegen::comprehension_generator(const std::vector<ast::comprehension*>& gens, std::size_t index, int depth,
                                      const ast::expr* elt, const ast::expr* val, int type) {
  DepthGuard guard(depth_);
  if (gens[index]->is_async) {
    async_comprehension_generator(gens, index, depth, elt, val, type);
  } else {
    sync_comprehension_generator(gens, index, depth, elt, val, type);
  }
}

// What the innermost loop of a comprehension does with each element.
void Codegen::comprehension_element(const ast::expr* elt, const ast::expr* val, int type, int depth) {
  switch (type) {
    case kCompGenExp:
      expr(elt);
      emit_yield();
      emit(Op::POP_TOP);
      break;
    case kCompListComp:
      expr(elt);
      emit(Op::LIST_APPEND, static_cast<std::uint32_t>(depth + 1));
      break;
    case kCompSetComp:
      expr(elt);
      emit(Op::SET_ADD, static_cast<std::uint32_t>(depth + 1));
      break;
    default:
      expr(elt);
      expr(val);
      emit(Op::MAP_ADD, static_cast<std::uint32_t>(depth + 1));
      break;
  }
}

// One `for` clause of a comprehension, with its `if`s, then the next clause or the
// element. `for y in [x]` binds y without a loop.
void Codegen::sync_comprehension_generator(const std::vector<ast::comprehension*>& gens, std::size_t index,
                                           int depth, const ast::expr* elt, const ast::expr* val, int type) {
  int start = new_block();
  const int if_cleanup = new_block(), anchor = new_block();
  const ast::comprehension* gen = gens[index];
  if (index == 0) {
    u_->argcount = 1;
    emit(Op::LOAD_FAST, 0);
  } else {
    const ast::expr* it = opt_.rewrite(gen->iter);
    const std::vector<ast::expr*>* elts = nullptr;
    if (opt_.constant(it) == nullptr) {
      if (const auto* l = ast::as<ast::List>(it)) elts = &l->elts;
      if (const auto* t = ast::as<ast::Tuple>(it)) elts = &t->elts;
    }
    if (elts != nullptr && elts->size() == 1 && !ast::isa<ast::Starred>(elts->front())) {
      expr(elts->front());
      start = -1;
    } else {
      expr(gen->iter);
      emit(Op::GET_ITER);
    }
  }
  if (start >= 0) {
    ++depth;
    use_next_block(start);
    emit_jump(Op::FOR_ITER, anchor);
  }
  expr(gen->target);
  for (const ast::expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  if (index + 1 < gens.size()) {
    comprehension_generator(gens, index + 1, depth, elt, val, type);
  } else {
    comprehension_element(elt, val, type, depth);
  }
  use_next_block(if_cleanup);
  if (start >= 0) {
    emit_jump(Op::JUMP, start);
    use_next_block(anchor);
  }
}

// One `async for` clause: __anext__ awaited under a handler that ends the loop on
// StopAsyncIteration.
void Codegen::async_comprehension_generator(const std::vector<ast::comprehension*>& gens, std::size_t index,
                                            int depth, const ast::expr* elt, const ast::expr* val, int type) {
  const int start = new_block(), except = new_block(), if_cleanup = new_block();
  const ast::comprehension* gen = gens[index];
  if (index == 0) {
    u_->argcount = 1;
    emit(Op::LOAD_FAST, 0);
  } else {
    expr(gen->iter);
    emit(Op::GET_AITER);
  }
  use_next_block(start);
  push_fblock(FBlock{FBlockType::AsyncComprehensionGenerator, start});
  emit_jump(kSetupFinally, except);
  emit(Op::GET_ANEXT);
  emit_none();
  yield_from_loop();
  emit(kPopBlock);
  expr(gen->target);
  for (const ast::expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  ++depth;
  if (index + 1 < gens.size()) {
    comprehension_generator(gens, index + 1, depth, elt, val, type);
  } else {
    comprehension_element(elt, val, type, depth);
  }
  use_next_block(if_cleanup);
  emit_jump(Op::JUMP, start);
  pop_fblock();
  use_next_block(except);
  emit(Op::END_ASYNC_FOR);
}

}  // namespace peppy::compile
