// codegen.cpp: the code generator's frame: compiling a module, opening and closing the
// unit of each code object (its name tables, qualified name and flags), emitting
// instructions into basic blocks with their source positions, constants, and the
// load/store/delete of a name as its scope dictates.
#include <algorithm>

#include "compile/codegen.hpp"
#include "compile/errors.hpp"

namespace peppy::compile {

// ---- facts about instruction codes ----

// The opcode flags (F_JUMP, F_TERM, ...) of an instruction code; pseudo-ops have none.
unsigned op_flags(int op) {
  if (op < 0 || op >= bytecode::kOpCount) return 0;
  return bytecode::info(static_cast<Op>(op)).flags;
}
bool is_jump(const Instr& i) { return (op_flags(i.op) & bytecode::F_JUMP) != 0; }
bool is_block_push(const Instr& i) { return i.op == kSetupFinally || i.op == kSetupCleanup || i.op == kSetupWith; }
// Instructions that leave the code object: return, raise, re-raise.
bool is_scope_exit(int op) {
  return op == op_code(Op::RETURN_VALUE) || op == op_code(Op::RAISE_VARARGS) || op == op_code(Op::RERAISE);
}
bool is_unconditional(int op) { return (op_flags(op) & bytecode::F_TERM) != 0; }

// BINARY_OP's operand of an AST operator.
std::uint32_t binop_arg(ast::operator_ op) {
  using ast::operator_;
  using bytecode::BinOp;
  BinOp b = BinOp::Add;
  switch (op) {
    case operator_::Add: b = BinOp::Add; break;
    case operator_::Sub: b = BinOp::Subtract; break;
    case operator_::Mult: b = BinOp::Multiply; break;
    case operator_::MatMult: b = BinOp::MatMul; break;
    case operator_::Div: b = BinOp::TrueDivide; break;
    case operator_::Mod: b = BinOp::Remainder; break;
    case operator_::Pow: b = BinOp::Power; break;
    case operator_::LShift: b = BinOp::LShift; break;
    case operator_::RShift: b = BinOp::RShift; break;
    case operator_::BitOr: b = BinOp::Or; break;
    case operator_::BitXor: b = BinOp::Xor; break;
    case operator_::BitAnd: b = BinOp::And; break;
    case operator_::FloorDiv: b = BinOp::FloorDivide; break;
  }
  return static_cast<std::uint32_t>(b);
}

// ---- the module ----

// A module: its body, then `return None`.
std::shared_ptr<const bytecode::Code> Codegen::compile_module(const ast::Module& m) {
  enter_scope("<module>", ScopeType::Module, &m, 1);
  if (mode_ == 1 && m.body.size() == 1 && m.body[0]->tag == ast::Tag::Expr) {
    // eval: the expression's value is the result
    const auto* e = static_cast<const ast::Expr*>(m.body[0]);
    set_loc(e);
    expr(e->value);
    emit(Op::RETURN_VALUE);
    return leave_scope(false);
  }
  if (mode_ == 2) {
    stmts(m.body);  // no docstring in 'single' mode
    return leave_scope(true);
  }
  body(m.body);
  auto code = leave_scope(true);
  return code;
}

// ---- units ----

// Opens the unit of a new code object for the scope of `key`.
void Codegen::enter_scope(const std::string& name, ScopeType type, const ast::Node* key, int firstlineno) {
  auto u = std::make_unique<Unit>();
  u->ste = st_.lookup(key);
  if (u->ste == nullptr) error("internal error: no symbol table for scope " + name);
  u->scope_type = type;
  u->name = name;
  for (const std::string& v : u->ste->varnames) u->varnames.add(v);
  std::vector<std::string> cells, frees;
  for (const Symbol& sym : u->ste->symbols) {
    if (sym.scope == Scope::Cell) cells.push_back(sym.name);
    if (sym.scope == Scope::Free || (sym.flags & DEF_FREE_CLASS)) frees.push_back(sym.name);
  }
  std::sort(cells.begin(), cells.end());
  std::sort(frees.begin(), frees.end());
  // cells of parameters first, in parameter order (CPython's co_cellvars order), then
  // the others by name
  for (const std::string& v : u->ste->varnames) {
    if (u->ste->scope_of(v) == Scope::Cell) u->cellvars.add(v);
  }
  for (const std::string& c : cells) u->cellvars.add(c);
  if (u->ste->needs_class_closure) u->cellvars.add("__class__");
  for (const std::string& f : frees) u->freevars.add(f);
  u->firstlineno = firstlineno;
  u->start_loc = type == ScopeType::Module ? Loc{0, 0, 1, 0} : Loc{firstlineno, 0, firstlineno, 0};
  u->loc = u->start_loc;
  if (u_ != nullptr) u->private_name = u_->private_name;
  u->blocks.emplace_back();
  u->entry = u->cur = 0;
  stack_.push_back(std::move(u));
  u_ = stack_.back().get();
  if (type != ScopeType::Module) {
    set_qualname();
  } else {
    u_->qualname = name;
  }
}

// Closes the current unit: assembles its code object and returns to the enclosing one.
std::shared_ptr<const bytecode::Code> Codegen::leave_scope(bool add_none) {
  auto code = assemble(add_none);
  stack_.pop_back();
  u_ = stack_.empty() ? nullptr : stack_.back().get();
  return code;
}

// The qualified name: the enclosing scope's, with ".<locals>" after a function, unless
// the name is declared global there.
void Codegen::set_qualname() {
  std::string base;
  bool has_base = false;
  if (stack_.size() > 2) {
    const Unit* parent = stack_[stack_.size() - 2].get();
    bool force_global = false;
    if (u_->scope_type == ScopeType::Function || u_->scope_type == ScopeType::AsyncFunction ||
        u_->scope_type == ScopeType::Class) {
      const std::string m = mangle(parent->private_name, u_->name);
      if (parent->ste->scope_of(m) == Scope::GlobalExplicit) force_global = true;
    }
    if (!force_global) {
      has_base = true;
      if (parent->scope_type == ScopeType::Function || parent->scope_type == ScopeType::AsyncFunction ||
          parent->scope_type == ScopeType::Lambda) {
        base = parent->qualname + ".<locals>";
      } else {
        base = parent->qualname;
      }
    }
  }
  u_->qualname = has_base ? base + "." + u_->name : u_->name;
}

// The code flags of the current unit.
std::uint32_t Codegen::code_flags() const {
  const SymScope* ste = u_->ste;
  std::uint32_t flags = 0;
  if (ste->type == BlockType::Function) {
    flags |= bytecode::CO_NEWLOCALS | bytecode::CO_OPTIMIZED;
    if (ste->nested) flags |= bytecode::CO_NESTED;
    const bool coro = ste->coroutine;
    if (ste->generator && !coro) flags |= bytecode::CO_GENERATOR;
    if (!ste->generator && coro) flags |= bytecode::CO_COROUTINE;
    if (ste->generator && coro) flags |= bytecode::CO_ASYNC_GENERATOR;
    if (ste->varargs) flags |= bytecode::CO_VARARGS;
    if (ste->varkeywords) flags |= bytecode::CO_VARKEYWORDS;
  }
  flags |= future_.flags;
  return flags;
}

// ---- emitting ----

// A new, empty block (not yet in the layout).
int Codegen::new_block() {
  u_->blocks.emplace_back();
  return static_cast<int>(u_->blocks.size()) - 1;
}

// Makes `b` the current block, laid out right after the current one.
void Codegen::use_next_block(int b) {
  u_->blocks[u_->cur].next = b;
  u_->cur = b;
  u_->last_is_return = false;
}

// Appends an instruction at the current position. A jump or an instruction that ends
// the flow (return, raise) ends its block: what follows goes into a new block.
void Codegen::emit(int op, std::uint32_t arg) {
  Instr in;
  in.op = op;
  in.arg = arg;
  in.loc = u_->loc;
  u_->blocks[u_->cur].ins.push_back(in);
  u_->last_is_return = false;
  if (op_flags(op) & (bytecode::F_JUMP | bytecode::F_TERM)) next_block();
  // CPython's "the current block returns": what decides the implicit `return None`
  if (op == op_code(Op::RETURN_VALUE)) u_->last_is_return = true;
}

// Appends a jump (or SETUP_*) to block `target`.
void Codegen::emit_jump(int op, int target) {
  Instr in;
  in.op = op;
  in.target = target;
  in.loc = u_->loc;
  u_->blocks[u_->cur].ins.push_back(in);
  if (op_flags(op) & (bytecode::F_JUMP | bytecode::F_TERM)) next_block();
}

// An instruction with no position of its own (an artificial one).
void Codegen::emit_noline(int op, std::uint32_t arg) {
  const Loc saved = u_->loc;
  unset_loc();
  emit(op, arg);
  u_->loc = saved;
}
// A jump with no position of its own.
void Codegen::emit_jump_noline(Op op, int target) {
  const Loc saved = u_->loc;
  unset_loc();
  emit_jump(op, target);
  u_->loc = saved;
}

// The index of a constant in co_consts (equal constants of one type share a slot).
std::uint32_t Codegen::add_const(const Constant& c) {
  std::string key = constant_key(c);
  auto it = u_->const_index.find(key);
  if (it != u_->const_index.end()) return it->second;
  const auto i = static_cast<std::uint32_t>(u_->consts.size());
  u_->consts.push_back(c);
  u_->const_index.emplace(std::move(key), i);
  return i;
}

void Codegen::emit_const(const Constant& c) { emit(Op::LOAD_CONST, add_const(c)); }

void Codegen::emit_name(Op op, const std::string& name) { emit(op, u_->names.add(mangled(name))); }
void Codegen::emit_name_raw(Op op, const std::string& name) { emit(op, u_->names.add(name)); }

// A SyntaxError at the current position (CPython's compiler_error).
void Codegen::error(const std::string& msg) const {
  const Loc& l = u_ != nullptr ? u_->loc : Loc{};
  throw_syntax_error(msg, l.lineno, l.col, l.end_lineno, l.end_col);
}

// A SyntaxWarning at the current line (CPython's compiler_warn).
void Codegen::warn(const std::string& msg) {
  if (warnings_ != nullptr) warnings_->push_back(CompileWarning{"SyntaxWarning", msg, u_->loc.lineno});
}

// The type an expression certainly has (CPython's infer_type), or nullptr.
const char* Codegen::inferred_type(const ast::expr* e0) const {
  const ast::expr* e = opt_.rewrite(e0);
  if (const Constant* c = opt_.constant(e)) {
    switch (c->kind) {
      case Constant::Kind::None:
        return "NoneType";
      case Constant::Kind::True:
      case Constant::Kind::False:
        return "bool";
      case Constant::Kind::Ellipsis:
        return "ellipsis";
      case Constant::Kind::Int:
        return "int";
      case Constant::Kind::Float:
        return "float";
      case Constant::Kind::Complex:
        return "complex";
      case Constant::Kind::Str:
        return "str";
      case Constant::Kind::Bytes:
        return "bytes";
      case Constant::Kind::Tuple:
        return "tuple";
      case Constant::Kind::FrozenSet:
        return "frozenset";
      case Constant::Kind::Code:
        return "code";
    }
  }
  using ast::Tag;
  switch (e->tag) {
    case Tag::Tuple:
      return "tuple";
    case Tag::List:
    case Tag::ListComp:
      return "list";
    case Tag::Dict:
    case Tag::DictComp:
      return "dict";
    case Tag::Set:
    case Tag::SetComp:
      return "set";
    case Tag::GeneratorExp:
      return "generator";
    case Tag::Lambda:
      return "function";
    case Tag::JoinedStr:
    case Tag::FormattedValue:
      return "str";
    default:
      return nullptr;
  }
}

// `(1, 2)(3)`: calling what cannot be called.
void Codegen::check_caller(const ast::expr* func) {
  const ast::expr* e = opt_.rewrite(func);
  using ast::Tag;
  const bool literal = opt_.constant(e) != nullptr || e->tag == Tag::Tuple || e->tag == Tag::List ||
                       e->tag == Tag::ListComp || e->tag == Tag::Dict || e->tag == Tag::DictComp ||
                       e->tag == Tag::Set || e->tag == Tag::SetComp || e->tag == Tag::GeneratorExp ||
                       e->tag == Tag::JoinedStr || e->tag == Tag::FormattedValue;
  if (literal)
    warn(std::string("'") + inferred_type(e) + "' object is not callable; perhaps you missed a comma?");
}

// `5[0]`, `[1, 2][1, 2]`: subscripting what cannot be, or with what cannot be an index.
void Codegen::check_subscript(const ast::Subscript* s) {
  const ast::expr* v = opt_.rewrite(s->value);
  const Constant* c = opt_.constant(v);
  using ast::Tag;
  using K = Constant::Kind;
  bool not_subscriptable = v->tag == Tag::Set || v->tag == Tag::SetComp || v->tag == Tag::GeneratorExp ||
                           v->tag == Tag::Lambda;
  if (c != nullptr) {
    not_subscriptable = c->kind == K::None || c->kind == K::Ellipsis || c->kind == K::Int ||
                        c->kind == K::Float || c->kind == K::Complex || c->kind == K::FrozenSet ||
                        c->kind == K::True || c->kind == K::False;
  }
  if (not_subscriptable) {
    warn(std::string("'") + inferred_type(v) + "' object is not subscriptable; perhaps you missed a comma?");
    return;
  }
  const char* index_type = inferred_type(s->slice);
  if (index_type == nullptr || std::string(index_type) == "int" || std::string(index_type) == "bool") return;
  bool sequence = v->tag == Tag::Tuple || v->tag == Tag::List || v->tag == Tag::ListComp ||
                  v->tag == Tag::JoinedStr || v->tag == Tag::FormattedValue;
  if (c != nullptr) sequence = c->kind == K::Str || c->kind == K::Bytes || c->kind == K::Tuple;
  if (sequence)
    warn(std::string(inferred_type(v)) + " indices must be integers or slices, not " + index_type +
         "; perhaps you missed a comma?");
}

// `x is 1`: identity with a literal (other than None, True, False, ...).
void Codegen::check_compare(const ast::Compare* e) {
  auto is_arg = [&](const ast::expr* x) {
    const Constant* c = opt_.folded(x);
    if (c == nullptr) return true;
    return c->kind == Constant::Kind::None || c->kind == Constant::Kind::False || c->kind == Constant::Kind::True ||
           c->kind == Constant::Kind::Ellipsis;
  };
  bool left = is_arg(e->left);
  for (std::size_t i = 0; i < e->ops.size(); ++i) {
    const bool right = is_arg(e->comparators[i]);
    const ast::cmpop op = e->ops[i];
    if ((op == ast::cmpop::Is || op == ast::cmpop::IsNot) && (!right || !left)) {
      warn(op == ast::cmpop::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                : "\"is not\" with a literal. Did you mean \"!=\"?");
      return;
    }
    left = right;
  }
}

// For an attribute spanning lines, the position of its last line's `.name` part.
void Codegen::update_loc_to_match_attr(const ast::Attribute* a) {
  if (a->lineno != a->end_lineno) {
    u_->loc.lineno = a->end_lineno;
    u_->loc.col = a->end_col_offset - static_cast<int>(utf8_length(a->attr));
  }
}

// ---- names ----

// `__debug__` may not be assigned or deleted.
void Codegen::check_forbidden(const std::string& name, ast::expr_context ctx) const {
  if (name != "__debug__") return;
  if (ctx == ast::expr_context::Store) error("cannot assign to __debug__");
  if (ctx == ast::expr_context::Del) error("cannot delete __debug__");
}

// No parameter may be named __debug__.
void Codegen::check_debug_args(const ast::arguments* a) const {
  for (const ast::arg* x : a->posonlyargs) check_forbidden(x->arg, ast::expr_context::Store);
  for (const ast::arg* x : a->args) check_forbidden(x->arg, ast::expr_context::Store);
  if (a->vararg != nullptr) check_forbidden(a->vararg->arg, ast::expr_context::Store);
  for (const ast::arg* x : a->kwonlyargs) check_forbidden(x->arg, ast::expr_context::Store);
  if (a->kwarg != nullptr) check_forbidden(a->kwarg->arg, ast::expr_context::Store);
}

// Loads, stores or deletes a name: fast locals in functions, cells and free variables
// through their cells, globals, or the namespace dict of modules and class bodies.
void Codegen::nameop(const std::string& name, ast::expr_context ctx) {
  check_forbidden(name, ctx);
  const std::string m = mangled(name);
  const Scope scope = u_->ste->scope_of(m);
  const bool in_function = u_->ste->type == BlockType::Function;
  enum { Fast, Global, Deref, Name } optype = Name;
  std::uint32_t cell = 0;
  switch (scope) {
    case Scope::Free: {
      optype = Deref;
      long i = u_->freevars.find(m);
      if (i < 0) i = u_->freevars.add(m);
      cell = static_cast<std::uint32_t>(u_->cellvars.list.size() + i);
      break;
    }
    case Scope::Cell:
      optype = Deref;
      cell = u_->cellvars.add(m);
      break;
    case Scope::Local:
      if (in_function) optype = Fast;
      break;
    case Scope::GlobalImplicit:
      if (in_function) optype = Global;
      break;
    case Scope::GlobalExplicit:
      optype = Global;
      break;
    default:
      break;
  }
  using ast::expr_context;
  switch (optype) {
    case Deref:
      if (ctx == expr_context::Load) {
        emit(u_->ste->type == BlockType::Class ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF, cell);
      } else {
        emit(ctx == expr_context::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, cell);
      }
      return;
    case Fast: {
      const std::uint32_t i = u_->varnames.add(m);
      emit(ctx == expr_context::Load ? Op::LOAD_FAST : ctx == expr_context::Store ? Op::STORE_FAST : Op::DELETE_FAST, i);
      return;
    }
    case Global:
      emit(ctx == expr_context::Load    ? Op::LOAD_GLOBAL
           : ctx == expr_context::Store ? Op::STORE_GLOBAL
                                        : Op::DELETE_GLOBAL,
           u_->names.add(m));
      return;
    case Name:
      emit(ctx == expr_context::Load ? Op::LOAD_NAME : ctx == expr_context::Store ? Op::STORE_NAME : Op::DELETE_NAME,
           u_->names.add(m));
      return;
  }
}

}  // namespace peppy::compile
