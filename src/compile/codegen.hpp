// codegen.hpp: the code generator's insides, shared by its .cpp files: the
// instructions and basic blocks a code object is built from, the per-code-object state
// (a "unit": blocks, constant and name tables, the stack of enclosing loops and
// try/with blocks), and the Codegen class whose visit functions turn statements,
// expressions and patterns into instructions (codegen.cpp, compile_stmt.cpp,
// compile_expr.cpp, compile_pattern.cpp). assemble.cpp turns a finished unit into a
// bytecode::Code.
//
// The structure follows CPython 3.11's compiler: instructions go into basic blocks
// linked in layout order; try/with regions are marked by pseudo-instructions
// (SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH ... POP_BLOCK) from which the assembler
// derives the exception table; each instruction carries the source position of the
// node being compiled (or none, filled in later from its neighbours).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "ast/ast_nodes.hpp"
#include "bytecode/code.hpp"
#include "compile/compiler.hpp"
#include "compile/constvalue.hpp"
#include "compile/future.hpp"
#include "compile/optimize.hpp"
#include "compile/symtable.hpp"

namespace peppy::compile {

using bytecode::Op;

// Instruction codes: the opcodes of bytecode::Op, then pseudo-instructions that only
// exist while compiling.
enum PseudoOp : int {
  kSetupFinally = 256,  // handler: stack as here + the exception
  kSetupCleanup,        // handler: stack as here + lasti + the exception
  kSetupWith,           // handler: stack as here - 1 + lasti + the exception
  kPopBlock,            // ends the innermost SETUP_* region
};
inline int op_code(Op op) { return static_cast<int>(op); }

// A source span (0-based UTF-8 byte columns); lineno < 0 means "none yet".
struct Loc {
  int lineno = -1, col = -1, end_lineno = -1, end_col = -1;
};

struct Instr {
  int op = 0;
  std::uint32_t arg = 0;
  int target = -1;   // jump or SETUP_* target block
  Loc loc;
  int handler = -1;  // the exception handler block (after labelling), -1: none
};

struct Block {
  std::vector<Instr> ins;
  int next = -1;           // the block that follows in layout order
  int start_depth = -1;    // stack depth on entry (-1: not reached)
  int predecessors = 0;
  bool visited = false;
  bool except_handler = false;  // target of a SETUP_*
  bool preserve_lasti = false;  // its entry pushes lasti (SETUP_CLEANUP / SETUP_WITH)
  std::uint32_t offset = 0;     // first word, once laid out
};

// What the compiler is inside of, for break/continue/return to unwind (CPython's
// fblockinfo).
enum class FBlockType {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
  ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator
};
struct FBlock {
  explicit FBlock(FBlockType t, int b = -1, int e = -1) : type(t), block(b), exit(e) {}
  FBlockType type;
  int block = -1;  // the loop start (continue target)
  int exit = -1;   // the loop exit (break target)
  const std::vector<ast::stmt*>* finalbody = nullptr;  // FinallyTry
  const ast::stmt* with = nullptr;                       // With/AsyncWith: the statement
  std::string name;                                      // HandlerCleanup: the `as` name
  bool has_name = false;
};

enum class ScopeType { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// Names to indices, in order of first use.
struct NameTable {
  std::vector<std::string> list;
  std::unordered_map<std::string, std::uint32_t> index;
  // The index of `name`, added at the end if new.
  std::uint32_t add(const std::string& name) {
    auto it = index.find(name);
    if (it != index.end()) return it->second;
    const auto i = static_cast<std::uint32_t>(list.size());
    index.emplace(name, i);
    list.push_back(name);
    return i;
  }
  // The index of `name`, or -1.
  long find(const std::string& name) const {
    auto it = index.find(name);
    return it == index.end() ? -1 : static_cast<long>(it->second);
  }
};

// One code object being compiled.
struct Unit {
  const SymScope* ste = nullptr;
  ScopeType scope_type = ScopeType::Module;
  std::string name, qualname;
  std::string private_name;  // the class whose private names are mangled here
  std::vector<Block> blocks;
  int entry = 0, cur = 0;
  std::vector<Constant> consts;
  std::unordered_map<std::string, std::uint32_t> const_index;
  NameTable names, varnames, cellvars, freevars;
  std::uint32_t argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  int firstlineno = 1;
  Loc loc;        // where the instructions being emitted come from
  Loc start_loc;  // the position CPython's RESUME would have (fills the first block)
  std::vector<FBlock> fblocks;
  bool last_is_return = false;  // the current block ends with RETURN_VALUE
};

class Codegen {
 public:
  Codegen(const std::string& filename, const SymbolTable& st, const Optimizer& opt, const FutureFeatures& future,
          std::vector<CompileWarning>* warnings)
      : filename_(filename), st_(st), opt_(opt), future_(future), warnings_(warnings) {}

  // Compiles the module. Throws CompileError.
  std::shared_ptr<const bytecode::Code> compile_module(const ast::Module& m);
  // The mode of compile(): 0 'exec' (a module), 1 'eval' (the module's one expression
  // statement, its value returned), 2 'single' (top-level expression values go to
  // sys.displayhook). Set before compile_module.
  void set_mode(int mode) { mode_ = mode; }

 private:
  const std::string& filename_;
  const SymbolTable& st_;
  const Optimizer& opt_;
  const FutureFeatures& future_;
  std::vector<CompileWarning>* warnings_;
  std::vector<std::unique_ptr<Unit>> stack_;  // enclosing units, innermost last
  Unit* u_ = nullptr;
  int depth_ = 0;  // recursion depth (statements and expressions)
  int mode_ = 0;   // see set_mode

  // ---- units and scopes (codegen.cpp) ----
  void enter_scope(const std::string& name, ScopeType type, const ast::Node* key, int firstlineno);
  std::shared_ptr<const bytecode::Code> leave_scope(bool add_none);
  void set_qualname();
  std::uint32_t code_flags() const;

  // ---- emitting (codegen.cpp) ----
  int new_block();
  void use_next_block(int b);
  void next_block() { use_next_block(new_block()); }
  void emit(int op, std::uint32_t arg = 0);
  void emit(Op op, std::uint32_t arg = 0) { emit(op_code(op), arg); }
  void emit_jump(int op, int target);
  void emit_jump(Op op, int target) { emit_jump(op_code(op), target); }
  void emit_noline(int op, std::uint32_t arg = 0);
  void emit_noline(Op op, std::uint32_t arg = 0) { emit_noline(op_code(op), arg); }
  void emit_jump_noline(Op op, int target);
  void emit_const(const Constant& c);
  void emit_none() { emit_const(Constant::none()); }
  void emit_name(Op op, const std::string& name);    // names table, mangled
  void emit_name_raw(Op op, const std::string& name);  // names table, as is
  std::uint32_t add_const(const Constant& c);
  std::string mangled(const std::string& name) const { return mangle(u_->private_name, name); }
  void set_loc(const Loc& l) { u_->loc = l; }
  template <typename N>
  void set_loc(const N* n) {
    u_->loc = Loc{n->lineno, n->col_offset, n->end_lineno, n->end_col_offset};
  }
  void unset_loc() { u_->loc = Loc{}; }
  [[noreturn]] void error(const std::string& msg) const;
  void warn(const std::string& msg);
  const char* inferred_type(const ast::expr* e) const;
  void check_caller(const ast::expr* func);
  void check_subscript(const ast::Subscript* e);
  void check_compare(const ast::Compare* e);
  void update_loc_to_match_attr(const ast::Attribute* a);

  // ---- names (codegen.cpp) ----
  void nameop(const std::string& name, ast::expr_context ctx);
  void check_forbidden(const std::string& name, ast::expr_context ctx) const;
  void check_debug_args(const ast::arguments* a) const;

  // ---- frame blocks (compile_stmt.cpp) ----
  void push_fblock(FBlock fb);
  void pop_fblock();
  void unwind_fblock(const FBlock& fb, bool preserve_tos);
  FBlock* unwind_fblock_stack(bool preserve_tos, bool want_loop);

  // ---- statements (compile_stmt.cpp) ----
  void body(const std::vector<ast::stmt*>& stmts);
  void stmts(const std::vector<ast::stmt*>& stmts);
  void stmt(const ast::stmt* s);
  template <typename F>
  void function_def(const F* s, bool is_async);
  void class_def(const ast::ClassDef* s);
  void return_stmt(const ast::Return* s);
  void break_stmt();
  void continue_stmt();
  void if_stmt(const ast::If* s);
  void for_stmt(const ast::For* s);
  void async_for_stmt(const ast::AsyncFor* s);
  void while_stmt(const ast::While* s);
  void try_stmt(const ast::stmt* s, bool star);
  void try_except(const ast::stmt* s);
  void try_finally(const ast::stmt* s, bool star);
  void try_star_except(const ast::stmt* s);
  void with_stmt(const ast::With* s, std::size_t pos);
  void async_with_stmt(const ast::AsyncWith* s, std::size_t pos);
  void with_except_finish(int cleanup);
  void call_exit_with_nones();
  void assert_stmt(const ast::Assert* s);
  void import_stmt(const ast::Import* s);
  void import_from(const ast::ImportFrom* s);
  void ann_assign(const ast::AnnAssign* s);
  void aug_assign(const ast::AugAssign* s);
  void expr_stmt(const ast::Expr* s);
  void check_ann_expr(const ast::expr* e);
  void annotation_value(const ast::expr* e);
  int default_arguments(const ast::arguments* a);
  bool visit_annotations(const ast::arguments* a, const ast::expr* returns);
  void make_closure(std::shared_ptr<const bytecode::Code> code, std::uint32_t flags);
  void decorators(const std::vector<ast::expr*>& decos);
  void apply_decorators(const std::vector<ast::expr*>& decos);

  // ---- expressions (compile_expr.cpp) ----
  void expr(const ast::expr* e);
  void expr1(const ast::expr* e);
  // Each expression of a list, in order.
  void exprs(const std::vector<ast::expr*>& es) {
    for (const ast::expr* e : es) expr(e);
  }
  bool is_const(const ast::expr* e) const { return opt_.folded(e) != nullptr; }
  void jump_if(const ast::expr* e, int target, bool cond);
  void boolop(const ast::BoolOp* e);
  void compare(const ast::Compare* e);
  void emit_compare(ast::cmpop op);
  void call(const ast::Call* e);
  bool method_call(const ast::Call* e);
  void call_helper(std::size_t pushed, const std::vector<ast::expr*>& args,
                   const std::vector<ast::keyword*>& keywords);
  void validate_keywords(const std::vector<ast::keyword*>& keywords);
  void subkwargs(const std::vector<ast::keyword*>& keywords, std::size_t begin, std::size_t end);
  void starunpack(const std::vector<ast::expr*>& elts, std::size_t pushed, Op build, Op add, Op extend, bool tuple);
  void dict(const ast::Dict* e);
  void subdict(const ast::Dict* e, std::size_t begin, std::size_t end);
  void unpack_targets(const std::vector<ast::expr*>& elts);
  void lambda(const ast::Lambda* e);
  void comprehension(const ast::expr* e, int type, const std::string& name,
                     const std::vector<ast::comprehension*>& gens, const ast::expr* elt, const ast::expr* val);
  void comprehension_generator(const std::vector<ast::comprehension*>& gens, std::size_t index, int depth,
                               const ast::expr* elt, const ast::expr* val, int type);
  void sync_comprehension_generator(const std::vector<ast::comprehension*>& gens, std::size_t index, int depth,
                                    const ast::expr* elt, const ast::expr* val, int type);
  void async_comprehension_generator(const std::vector<ast::comprehension*>& gens, std::size_t index, int depth,
                                     const ast::expr* elt, const ast::expr* val, int type);
  void comprehension_element(const ast::expr* elt, const ast::expr* val, int type, int depth);
  void yield_from_loop();
  void emit_yield();
  void joined_str(const ast::JoinedStr* e);
  void formatted_value(const ast::FormattedValue* e);
  void subscript(const ast::Subscript* e);
  void slice(const ast::Slice* e);

  // ---- match statements (compile_pattern.cpp) ----
  struct PatternContext;
  void match_stmt(const ast::Match* s);
  void pattern(const ast::pattern* p, PatternContext& pc);
  void pattern_subpattern(const ast::pattern* p, PatternContext& pc);
  void pattern_as(const ast::MatchAs* p, PatternContext& pc);
  void pattern_star(const ast::MatchStar* p, PatternContext& pc);
  void pattern_value(const ast::MatchValue* p, PatternContext& pc);
  void pattern_singleton(const ast::MatchSingleton* p, PatternContext& pc);
  void pattern_sequence(const ast::MatchSequence* p, PatternContext& pc);
  void pattern_mapping(const ast::MatchMapping* p, PatternContext& pc);
  void pattern_class(const ast::MatchClass* p, PatternContext& pc);
  void pattern_or(const ast::MatchOr* p, PatternContext& pc);
  void pattern_helper_store_name(const std::string& name, PatternContext& pc);
  void pattern_helper_sequence_unpack(const std::vector<ast::pattern*>& pats, PatternContext& pc);
  void pattern_helper_sequence_subscr(const std::vector<ast::pattern*>& pats, std::size_t star, PatternContext& pc);
  void pattern_helper_rotate(std::size_t count);
  void jump_to_fail_pop(PatternContext& pc, Op op);
  void ensure_fail_pop(PatternContext& pc, std::size_t n);
  void emit_and_reset_fail_pop(PatternContext& pc);

  // ---- assembling (assemble.cpp) ----
  std::shared_ptr<const bytecode::Code> assemble(bool add_none);
};

// Comprehension kinds (CPython's COMP_*).
inline constexpr int kCompGenExp = 0, kCompListComp = 1, kCompSetComp = 2, kCompDictComp = 3;

// STACK_USE_GUARD: displays and calls with more items than this are built piecewise.
inline constexpr std::size_t kStackUseGuard = 30;

// BINARY_OP's operand for an AST operator (add bytecode::kInplace for `op=`).
std::uint32_t binop_arg(ast::operator_ op);

// The flags of an instruction code (pseudo-instructions have none).
unsigned op_flags(int op);
bool is_jump(const Instr& i);          // a jump (not SETUP_*)
bool is_block_push(const Instr& i);    // SETUP_*
bool is_scope_exit(int op);            // RETURN_VALUE, RAISE_VARARGS, RERAISE
bool is_unconditional(int op);         // never falls through

}  // namespace peppy::compile
