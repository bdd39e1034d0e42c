// compile_pattern.cpp: code generation for match statements (every pattern kind) and
// for try/except* (exception groups), as CPython 3.11 compiles them.
//
// Matching keeps the subject on the stack; each pattern either falls through on success
// (with the values it captures stashed under what it still needs) or jumps to a
// "fail_pop" block that pops what the pattern had pushed so far. The captured names are
// stored only once the whole case has matched.
#include <algorithm>

#include "compile/codegen.hpp"
#include "compile/errors.hpp"

namespace peppy::compile {

// What the pattern being compiled knows: names captured so far (on the stack), whether
// an irrefutable pattern is allowed here, the failure blocks (fail_pop[n] pops n
// values), and how many values above the captures it must keep.
struct Codegen::PatternContext {
  std::vector<std::string> stores;
  bool allow_irrefutable = false;
  std::vector<int> fail_pop;
  std::size_t on_top = 0;
};

namespace {

// `_` (a MatchAs with neither pattern nor name).
bool is_wildcard(const ast::pattern* p) {
  const auto* a = ast::as<ast::MatchAs>(p);
  return a != nullptr && a->pattern == nullptr && a->name.empty();
}
// `*_` in a sequence pattern.
bool is_wildcard_star(const ast::pattern* p) {
  const auto* s = ast::as<ast::MatchStar>(p);
  return s != nullptr && s->name.empty();
}

}  // namespace

// Makes sure fail_pop has blocks for popping up to n values.
void Codegen::ensure_fail_pop(PatternContext& pc, std::size_t n) {
  while (pc.fail_pop.size() < n + 1) pc.fail_pop.push_back(new_block());
}

// A conditional (or unconditional) jump to the failure block that pops what is on the
// stack now: the values kept on top and the captures.
void Codegen::jump_to_fail_pop(PatternContext& pc, Op op) {
  const std::size_t pops = pc.on_top + pc.stores.size();
  ensure_fail_pop(pc, pops);
  emit_jump(op, pc.fail_pop[pops]);
}

// The failure blocks: fail_pop[n] pops one value and falls into fail_pop[n - 1].
void Codegen::emit_and_reset_fail_pop(PatternContext& pc) {
  if (pc.fail_pop.empty()) return;
  for (std::size_t i = pc.fail_pop.size(); i-- > 1;) {
    use_next_block(pc.fail_pop[i]);
    emit(Op::POP_TOP);
  }
  use_next_block(pc.fail_pop[0]);
  pc.fail_pop.clear();
}

// Moves TOS down under the next count-1 values (SWAPs).
void Codegen::pattern_helper_rotate(std::size_t count) {
  while (count > 1) emit(Op::SWAP, static_cast<std::uint32_t>(count--));
}

// Captures TOS as `name` (stashed under the values still needed), or pops it for `_`.
void Codegen::pattern_helper_store_name(const std::string& name, PatternContext& pc) {
  if (name.empty()) {
    emit(Op::POP_TOP);
    return;
  }
  check_forbidden(name, ast::expr_context::Store);
  if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
    error("multiple assignments to name '" + name + "' in pattern");
  pattern_helper_rotate(pc.on_top + pc.stores.size() + 1);
  pc.stores.push_back(name);
}

// Unpacks a sequence subject for its subpatterns (UNPACK_SEQUENCE or, with a star,
// UNPACK_EX) and matches each.
void Codegen::pattern_helper_sequence_unpack(const std::vector<ast::pattern*>& pats, PatternContext& pc) {
  const std::size_t n = pats.size();
  bool seen_star = false;
  for (std::size_t i = 0; i < n; ++i) {
    if (!ast::isa<ast::MatchStar>(pats[i])) continue;
    if (seen_star) error("multiple starred expressions in sequence pattern");
    if (i >= (1u << 8) || n - i - 1 >= (0x7fffffffu >> 8))
      error("too many expressions in star-unpacking sequence pattern");
    emit(Op::UNPACK_EX, static_cast<std::uint32_t>(i + ((n - i - 1) << 8)));
    seen_star = true;
  }
  if (!seen_star) emit(Op::UNPACK_SEQUENCE, static_cast<std::uint32_t>(n));
  pc.on_top += n;
  for (const ast::pattern* p : pats) {
    --pc.on_top;
    pattern_subpattern(p, pc);
  }
}

// A sequence pattern with a `*_`: items fetched by index (from the end for those after
// the star) instead of unpacking everything.
void Codegen::pattern_helper_sequence_subscr(const std::vector<ast::pattern*>& pats, std::size_t star,
                                             PatternContext& pc) {
  ++pc.on_top;
  const std::size_t size = pats.size();
  for (std::size_t i = 0; i < size; ++i) {
    const ast::pattern* p = pats[i];
    if (is_wildcard(p) || i == star) continue;
    emit(Op::COPY, 1);
    if (i < star) {
      emit_const(Constant::integer(std::to_string(i)));
    } else {
      emit(Op::GET_LEN);
      emit_const(Constant::integer(std::to_string(size - i)));
      emit(Op::BINARY_OP, static_cast<std::uint32_t>(bytecode::BinOp::Subtract));
    }
    emit(Op::BINARY_SUBSCR);
    pattern_subpattern(p, pc);
  }
  --pc.on_top;
  emit(Op::POP_TOP);
}

// A pattern nested in another: irrefutable ones are allowed there.
void Codegen::pattern_subpattern(const ast::pattern* p, PatternContext& pc) {
  const bool allow = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  pattern(p, pc);
  pc.allow_irrefutable = allow;
}

// One pattern, at its own position.
void Codegen::pattern(const ast::pattern* p, PatternContext& pc) {
  DepthGuard guard(depth_);
  set_loc(p);
  using ast::Tag;
  switch (p->tag) {
    case Tag::MatchValue:
      pattern_value(static_cast<const ast::MatchValue*>(p), pc);
      break;
    case Tag::MatchSingleton:
      pattern_singleton(static_cast<const ast::MatchSingleton*>(p), pc);
      break;
    case Tag::MatchSequence:
      pattern_sequence(static_cast<const ast::MatchSequence*>(p), pc);
      break;
    case Tag::MatchMapping:
      pattern_mapping(static_cast<const ast::MatchMapping*>(p), pc);
      break;
    case Tag::MatchClass:
      pattern_class(static_cast<const ast::MatchClass*>(p), pc);
      break;
    case Tag::MatchStar:
      pattern_star(static_cast<const ast::MatchStar*>(p), pc);
      break;
    case Tag::MatchAs:
      pattern_as(static_cast<const ast::MatchAs*>(p), pc);
      break;
    case Tag::MatchOr:
      pattern_or(static_cast<const ast::MatchOr*>(p), pc);
      break;
    default:
      error("invalid match pattern node in AST");
  }
}

// `pattern as name`, a capture `name`, or the wildcard `_`.
void Codegen::pattern_as(const ast::MatchAs* p, PatternContext& pc) {
  if (p->pattern == nullptr) {
    if (!pc.allow_irrefutable) {
      if (!p->name.empty()) error("name capture '" + p->name + "' makes remaining patterns unreachable");
      error("wildcard makes remaining patterns unreachable");
    }
    pattern_helper_store_name(p->name, pc);
    return;
  }
  ++pc.on_top;
  emit(Op::COPY, 1);
  pattern(p->pattern, pc);
  --pc.on_top;
  pattern_helper_store_name(p->name, pc);
}

// `*name` in a sequence pattern.
void Codegen::pattern_star(const ast::MatchStar* p, PatternContext& pc) { pattern_helper_store_name(p->name, pc); }

// A value pattern: subject == value.
void Codegen::pattern_value(const ast::MatchValue* p, PatternContext& pc) {
  const ast::expr* value = opt_.rewrite(p->value);
  if (!is_const(value) && !ast::isa<ast::Attribute>(value))
    error("patterns may only match literals and attribute lookups");
  expr(p->value);
  emit_compare(ast::cmpop::Eq);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
}

// None, True, False: subject is value.
void Codegen::pattern_singleton(const ast::MatchSingleton* p, PatternContext& pc) {
  emit_const(constant_from_ast(p->value));
  emit_compare(ast::cmpop::Is);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
}

// [a, b, *rest, c]: a sequence, its length, then the items.
void Codegen::pattern_sequence(const ast::MatchSequence* p, PatternContext& pc) {
  const auto& pats = p->patterns;
  const std::size_t size = pats.size();
  long star = -1;
  bool only_wildcard = true, star_wildcard = false;
  for (std::size_t i = 0; i < size; ++i) {
    if (ast::isa<ast::MatchStar>(pats[i])) {
      if (star >= 0) error("multiple starred names in sequence pattern");
      star_wildcard = is_wildcard_star(pats[i]);
      only_wildcard = only_wildcard && star_wildcard;
      star = static_cast<long>(i);
      continue;
    }
    only_wildcard = only_wildcard && is_wildcard(pats[i]);
  }
  ++pc.on_top;
  emit(Op::MATCH_SEQUENCE);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  if (star < 0) {
    emit(Op::GET_LEN);
    emit_const(Constant::integer(std::to_string(size)));
    emit_compare(ast::cmpop::Eq);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    emit(Op::GET_LEN);
    emit_const(Constant::integer(std::to_string(size - 1)));
    emit_compare(ast::cmpop::GtE);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  }
  --pc.on_top;
  if (only_wildcard) {
    emit(Op::POP_TOP);
  } else if (star_wildcard) {
    pattern_helper_sequence_subscr(pats, static_cast<std::size_t>(star), pc);
  } else {
    pattern_helper_sequence_unpack(pats, pc);
  }
}

// {key: pattern, ..., **rest}: a mapping, its length, the keys' values, the rest.
void Codegen::pattern_mapping(const ast::MatchMapping* p, PatternContext& pc) {
  const auto& keys = p->keys;
  const auto& pats = p->patterns;
  std::size_t size = keys.size();
  if (size != pats.size()) error("keys / patterns length mismatch in mapping pattern");
  const bool has_rest = !p->rest.empty();
  ++pc.on_top;
  emit(Op::MATCH_MAPPING);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  if (size == 0 && !has_rest) {
    --pc.on_top;
    emit(Op::POP_TOP);
    return;
  }
  if (size != 0) {
    emit(Op::GET_LEN);
    emit_const(Constant::integer(std::to_string(size)));
    emit_compare(ast::cmpop::GtE);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  }
  std::vector<Constant> seen;
  for (std::size_t i = 0; i < size; ++i) {
    const ast::expr* key = keys[i];
    if (key == nullptr) {
      set_loc(pats[i]);
      error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
    }
    if (const Constant* c = opt_.folded(key)) {
      for (const Constant& s : seen) {
        if (constants_equal(s, *c)) error("mapping pattern checks duplicate key (" + constant_repr(*c) + ")");
      }
      seen.push_back(*c);
    } else if (!ast::isa<ast::Attribute>(opt_.rewrite(key))) {
      error("mapping pattern keys may only match literals and attribute lookups");
    }
    expr(key);
  }
  emit(Op::BUILD_TUPLE, static_cast<std::uint32_t>(size));
  emit(Op::MATCH_KEYS);
  pc.on_top += 2;
  emit(Op::COPY, 1);
  emit_none();
  emit(Op::IS_OP, 1);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  emit(Op::UNPACK_SEQUENCE, static_cast<std::uint32_t>(size));
  pc.on_top += size;
  --pc.on_top;
  for (std::size_t i = 0; i < size; ++i) {
    --pc.on_top;
    pattern_subpattern(pats[i], pc);
  }
  pc.on_top -= 2;
  if (has_rest) {
    // rest = dict(subject); del rest[key] for each key
    emit(Op::BUILD_MAP, 0);
    emit(Op::SWAP, 3);
    emit(Op::DICT_UPDATE, 2);
    emit(Op::UNPACK_SEQUENCE, static_cast<std::uint32_t>(size));
    while (size != 0) {
      emit(Op::COPY, static_cast<std::uint32_t>(1 + size--));
      emit(Op::SWAP, 2);
      emit(Op::DELETE_SUBSCR);
    }
    pattern_helper_store_name(p->rest, pc);
  } else {
    emit(Op::POP_TOP);  // the keys
    emit(Op::POP_TOP);  // the subject
  }
}

// Cls(p1, p2, attr=p3): isinstance plus __match_args__ / attribute lookups (MATCH_CLASS),
// then the subpatterns over the attributes.
void Codegen::pattern_class(const ast::MatchClass* p, PatternContext& pc) {
  const auto& pats = p->patterns;
  const auto& attrs = p->kwd_attrs;
  const auto& kpats = p->kwd_patterns;
  const std::size_t nargs = pats.size(), nattrs = attrs.size();
  if (nattrs != kpats.size()) error("kwd_attrs / kwd_patterns length mismatch in class pattern");
  if (nattrs != 0) {
    for (std::size_t i = 0; i < nattrs; ++i) {
      set_loc(kpats[i]);
      check_forbidden(attrs[i], ast::expr_context::Store);
      for (std::size_t j = i + 1; j < nattrs; ++j) {
        if (attrs[i] == attrs[j]) {
          set_loc(kpats[j]);
          error("attribute name repeated in class pattern: " + attrs[i]);
        }
      }
    }
    set_loc(p);
  }
  expr(p->cls);
  std::vector<Constant> names;
  for (const std::string& a : attrs) names.push_back(Constant::string(a));
  emit_const(Constant::tuple(std::move(names)));
  emit(Op::MATCH_CLASS, static_cast<std::uint32_t>(nargs));
  emit(Op::COPY, 1);
  emit_none();
  emit(Op::IS_OP, 1);
  ++pc.on_top;
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  emit(Op::UNPACK_SEQUENCE, static_cast<std::uint32_t>(nargs + nattrs));
  pc.on_top += nargs + nattrs;
  --pc.on_top;
  for (std::size_t i = 0; i < nargs + nattrs; ++i) {
    --pc.on_top;
    const ast::pattern* sub = i < nargs ? pats[i] : kpats[i - nargs];
    if (is_wildcard(sub)) {
      emit(Op::POP_TOP);
      continue;
    }
    pattern_subpattern(sub, pc);
  }
}

// p1 | p2 | ...: each alternative on a copy of the subject; all must bind the same
// names, which are brought into the first alternative's order.
void Codegen::pattern_or(const ast::MatchOr* p, PatternContext& pc) {
  const int end = new_block();
  const std::size_t size = p->patterns.size();
  PatternContext old = pc;
  std::vector<std::string> control;
  for (std::size_t i = 0; i < size; ++i) {
    const ast::pattern* alt = p->patterns[i];
    set_loc(alt);
    pc.stores.clear();
    pc.allow_irrefutable = i + 1 == size && old.allow_irrefutable;
    pc.fail_pop.clear();
    pc.on_top = 0;
    emit(Op::COPY, 1);
    pattern(alt, pc);
    const std::size_t nstores = pc.stores.size();
    if (i == 0) {
      control = pc.stores;
    } else if (nstores != control.size()) {
      error("alternative patterns bind different names");
    } else if (nstores != 0) {
      for (std::size_t icontrol = nstores; icontrol-- > 0;) {
        const std::string& name = control[icontrol];
        auto it = std::find(pc.stores.begin(), pc.stores.end(), name);
        if (it == pc.stores.end()) error("alternative patterns bind different names");
        const std::size_t istores = static_cast<std::size_t>(it - pc.stores.begin());
        if (icontrol != istores) {
          // reorder the captures (names and stack) to the control's order
          std::size_t rotations = istores + 1;
          std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + static_cast<long>(rotations));
          pc.stores.erase(pc.stores.begin(), pc.stores.begin() + static_cast<long>(rotations));
          pc.stores.insert(pc.stores.begin() + static_cast<long>(icontrol - istores), rotated.begin(), rotated.end());
          while (rotations-- > 0) pattern_helper_rotate(icontrol + 1);
        }
      }
    }
    emit_jump(Op::JUMP, end);
    emit_and_reset_fail_pop(pc);
  }
  // no alternative matched: pop the copy and fail
  pc.stores = old.stores;
  pc.allow_irrefutable = old.allow_irrefutable;
  pc.fail_pop = old.fail_pop;
  pc.on_top = old.on_top;
  emit(Op::POP_TOP);
  jump_to_fail_pop(pc, Op::JUMP);
  use_next_block(end);
  const std::size_t nstores = control.size();
  const std::size_t nrots = nstores + 1 + pc.on_top + pc.stores.size();
  for (std::size_t i = 0; i < nstores; ++i) {
    pattern_helper_rotate(nrots);
    const std::string& name = control[i];
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
      error("multiple assignments to name '" + name + "' in pattern");
    pc.stores.push_back(name);
  }
  emit(Op::POP_TOP);  // the copy of the subject
}

// match subject: case pattern [if guard]: body ...
void Codegen::match_stmt(const ast::Match* s) {
  expr(s->subject);
  const int end = new_block();
  const std::size_t cases = s->cases.size();
  const ast::match_case* m = s->cases.back();
  const bool has_default = is_wildcard(m->pattern) && cases > 1;
  PatternContext pc;
  for (std::size_t i = 0; i < cases - (has_default ? 1 : 0); ++i) {
    m = s->cases[i];
    set_loc(m->pattern);
    const bool last = i == cases - (has_default ? 1 : 0) - 1;
    if (!last) emit(Op::COPY, 1);  // keep the subject for the next case
    pc.stores.clear();
    pc.allow_irrefutable = m->guard != nullptr || i == cases - 1;
    pc.fail_pop.clear();
    pc.on_top = 0;
    pattern(m->pattern, pc);
    for (const std::string& name : pc.stores) nameop(name, ast::expr_context::Store);
    if (m->guard != nullptr) {
      ensure_fail_pop(pc, 0);
      jump_if(m->guard, pc.fail_pop[0], false);
    }
    if (!last) emit(Op::POP_TOP);
    stmts(m->body);
    emit_jump_noline(Op::JUMP, end);
    set_loc(m->pattern);
    emit_and_reset_fail_pop(pc);
  }
  if (has_default) {
    m = s->cases[cases - 1];
    set_loc(m->pattern);
    if (cases == 1) {
      emit(Op::POP_TOP);
    } else {
      emit(Op::NOP);
    }
    if (m->guard != nullptr) jump_if(m->guard, end, false);
    stmts(m->body);
  }
  use_next_block(end);
}

// try: body except* T as name: handler ... [else: orelse] -- each handler takes the part
// of the exception group it matches; what handlers raise and what none matched is
// re-raised together at the end.
void Codegen::try_star_except(const ast::stmt* s) {
  const auto* t = static_cast<const ast::TryStar*>(s);
  const int body_b = new_block(), orelse = new_block(), end = new_block(), cleanup = new_block(),
            reraise_star = new_block();
  int except = new_block();
  emit_jump(kSetupFinally, except);
  use_next_block(body_b);
  push_fblock(FBlock{FBlockType::TryExcept, body_b});
  stmts(t->body);
  pop_fblock();
  emit_noline(kPopBlock);
  emit_jump_noline(Op::JUMP, orelse);
  const std::size_t n = t->handlers.size();
  use_next_block(except);
  unset_loc();
  emit_jump(kSetupCleanup, cleanup);
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockType::ExceptionGroupHandler});
  for (std::size_t i = 0; i < n; ++i) {
    const auto* h = static_cast<const ast::ExceptHandler*>(t->handlers[i]);
    set_loc(h);
    except = new_block();
    const int except_with_error = new_block(), no_match = new_block();
    if (i == 0) {
      // [exc] -> [orig, [], exc]: the original group and the list of raised ones
      emit(Op::COPY, 1);
      emit(Op::BUILD_LIST, 0);
      emit(Op::SWAP, 2);
    }
    if (h->type != nullptr) {
      expr(h->type);
      emit(Op::CHECK_EG_MATCH);
      emit(Op::COPY, 1);
      emit_jump(Op::POP_JUMP_IF_NONE, no_match);
    }
    const int cleanup_end = new_block(), cleanup_body = new_block();
    if (!h->name.empty()) {
      nameop(h->name, ast::expr_context::Store);
    } else {
      emit(Op::POP_TOP);  // the match
    }
    emit_jump(kSetupCleanup, cleanup_end);
    use_next_block(cleanup_body);
    FBlock fb{FBlockType::HandlerCleanup, cleanup_body};
    fb.name = h->name;
    fb.has_name = !h->name.empty();
    push_fblock(fb);
    stmts(h->body);
    pop_fblock();
    emit(kPopBlock);
    if (!h->name.empty()) {
      emit_none();
      nameop(h->name, ast::expr_context::Store);
      nameop(h->name, ast::expr_context::Del);
    }
    emit_jump(Op::JUMP, except);
    // an exception raised in the handler joins the list
    use_next_block(cleanup_end);
    unset_loc();
    if (!h->name.empty()) {
      emit_none();
      nameop(h->name, ast::expr_context::Store);
      nameop(h->name, ast::expr_context::Del);
    }
    emit(Op::LIST_APPEND, 3);
    emit(Op::POP_TOP);  // lasti
    emit_jump(Op::JUMP, except_with_error);
    use_next_block(except);
    emit(Op::NOP);  // holds a propagated position
    emit_jump(Op::JUMP, except_with_error);
    use_next_block(no_match);
    emit(Op::POP_TOP);  // the match (None)
    use_next_block(except_with_error);
    if (i + 1 == n) {
      // what no handler matched joins the list too
      emit(Op::LIST_APPEND, 1);
      emit_jump(Op::JUMP, reraise_star);
    }
  }
  pop_fblock();
  unset_loc();
  const int reraise = new_block();
  use_next_block(reraise_star);
  emit(Op::PREP_RERAISE_STAR);
  emit(Op::COPY, 1);
  emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
  // nothing to re-raise
  emit(Op::POP_TOP);
  emit(kPopBlock);
  emit(Op::POP_EXCEPT);
  emit_jump(Op::JUMP, end);
  use_next_block(reraise);
  emit(kPopBlock);
  emit(Op::SWAP, 2);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 0);
  use_next_block(cleanup);
  emit(Op::COPY, 3);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 1);
  use_next_block(orelse);
  stmts(t->orelse);
  use_next_block(end);
}

}  // namespace peppy::compile
