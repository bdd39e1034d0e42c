// assemble.cpp: from a finished unit's basic blocks to a bytecode::Code, in the order
// of CPython 3.11's assembler: the implicit `return None`; the control-flow
// optimizations (constant conditions, tuples of constants, `is None` jumps, jump
// threading, copying small exit blocks into jumps, dropping unreachable blocks and
// redundant NOPs and jumps); line numbers for instructions that have none; the stack
// depth of every block; the exception handler of every instruction (from the SETUP_* /
// POP_BLOCK pseudo-instructions); then the layout, with EXTENDED_ARG where an operand
// needs more than 24 bits, the exception table and one position per word. The
// stacksize is finally measured on the laid-out code by the same dataflow the verifier
// does (check.hpp), so it is exactly the maximum.
#include <algorithm>
#include <climits>

#include "compile/check.hpp"
#include "compile/codegen.hpp"
#include "compile/errors.hpp"

namespace peppy::compile {

namespace {

// The most instructions an exit block may have to be copied into a jump to it.
constexpr std::size_t kMaxCopySize = 4;

using Blocks = std::vector<Block>;

bool has_fallthrough(const Block& b) { return b.ins.empty() || !is_unconditional(b.ins.back().op); }

bool is_exit_block(const Block& b) { return !b.ins.empty() && is_scope_exit(b.ins.back().op); }

// The stack effect of an instruction code (pseudo-ops included) when it falls through
// (jump = false) or jumps.
int stack_effect(const Instr& in, bool jump) {
  switch (in.op) {
    case kSetupFinally:
      return jump ? 1 : 0;
    case kSetupCleanup:
      return jump ? 2 : 0;
    case kSetupWith:
      return jump ? 1 : 0;
    case kPopBlock:
      return 0;
    default:
      break;
  }
  const bytecode::StackEffect se = bytecode::stack_effect(static_cast<Op>(in.op), in.arg);
  return (jump ? se.jump_pushes : se.pushes) - se.pops;
}

// Jump targets skip empty blocks.
int skip_empty(const Blocks& blocks, int b) {
  while (b >= 0 && blocks[b].ins.empty() && blocks[b].next >= 0) b = blocks[b].next;
  return b;
}

// A jump ending `b` that goes to an exit block of a few instructions is replaced by a
// copy of that block.
void extend_block(Blocks& blocks, Block& b) {
  if (b.ins.empty()) return;
  Instr& last = b.ins.back();
  if (last.op != op_code(Op::JUMP)) return;
  const Block& target = blocks[last.target];
  if (!is_exit_block(target) || target.ins.size() > kMaxCopySize) return;
  for (const Instr& in : target.ins) {
    if (in.loc.lineno >= 0) return;  // only blocks without a line (an implicit `return None`)
  }
  std::vector<Instr> copy = target.ins;
  last.op = op_code(Op::NOP);
  last.target = -1;
  b.ins.insert(b.ins.end(), copy.begin(), copy.end());
}

// Drops NOPs whose line is given by a neighbour anyway (CPython's remove_redundant_nops).
void remove_redundant_nops(Blocks& blocks, Block& b, int prev_lineno = -1) {
  std::size_t dest = 0;
  for (std::size_t src = 0; src < b.ins.size(); ++src) {
    const int lineno = b.ins[src].loc.lineno;
    if (b.ins[src].op == op_code(Op::NOP)) {
      if (lineno < 0) continue;
      if (prev_lineno == lineno) continue;
      if (src + 1 < b.ins.size()) {
        const int next_lineno = b.ins[src + 1].loc.lineno;
        if (next_lineno == lineno) continue;
        if (next_lineno < 0) {
          b.ins[src + 1].loc = b.ins[src].loc;
          continue;
        }
      } else {
        int next = b.next;
        while (next >= 0 && blocks[next].ins.empty()) next = blocks[next].next;
        if (next >= 0 && lineno == blocks[next].ins[0].loc.lineno) continue;
      }
    }
    if (dest != src) b.ins[dest] = b.ins[src];
    ++dest;
    prev_lineno = lineno;
  }
  b.ins.resize(dest);
}

// Turns `inst` (a jump) to go where `target` (the first instruction of its target, a
// jump too) goes, when both are on the same line. Returns whether it did.
bool jump_thread(Instr& inst, const Instr& target, int opcode) {
  if (inst.loc.lineno == target.loc.lineno && inst.target != target.target) {
    inst.target = target.target;
    inst.op = opcode;
    return true;
  }
  return false;
}

// A run of SWAPs (and NOPs) starting at b.ins[i] is replaced by the fewest SWAPs with
// the same effect; i moves to the run's last instruction.
void swaptimize(Block& b, long& i) {
  const int SWAP = op_code(Op::SWAP), NOP = op_code(Op::NOP);
  Instr* ins = &b.ins[i];
  std::uint32_t depth = ins[0].arg;
  long len = 0;
  bool more = false;
  const long limit = static_cast<long>(b.ins.size()) - i;
  while (++len < limit) {
    if (ins[len].op == SWAP) {
      depth = std::max(depth, ins[len].arg);
      more = true;
    } else if (ins[len].op != NOP) {
      break;
    }
  }
  if (!more) return;
  // where each stack slot's value ends up
  std::vector<long> stack(depth);
  for (std::uint32_t k = 0; k < depth; ++k) stack[k] = k;
  for (long k = 0; k < len; ++k) {
    if (ins[k].op == SWAP) std::swap(stack[0], stack[ins[k].arg - 1]);
  }
  // rebuild the permutation cycle by cycle, from the end of the run backwards
  constexpr long kVisited = -1;
  long current = len - 1;
  for (long k = 0; k < static_cast<long>(depth); ++k) {
    if (stack[k] == kVisited || stack[k] == k) continue;
    long j = k;
    while (true) {
      if (j != 0) {
        ins[current].op = SWAP;
        ins[current].arg = static_cast<std::uint32_t>(j + 1);
        --current;
      }
      if (stack[j] == kVisited) break;
      const long next_j = stack[j];
      stack[j] = kVisited;
      j = next_j;
    }
  }
  while (current >= 0) {
    ins[current].op = NOP;
    ins[current].arg = 0;
    --current;
  }
  i += len - 1;
}

// Instructions a SWAP may be applied to statically, by reordering them instead.
bool swappable(int op) { return op == op_code(Op::STORE_FAST) || op == op_code(Op::POP_TOP); }

// The next swappable instruction after i (skipping NOPs), on line `lineno` if it is
// not negative; -1 if there is none.
long next_swappable(const Block& b, long i, int lineno) {
  while (++i < static_cast<long>(b.ins.size())) {
    const Instr& in = b.ins[i];
    if (lineno >= 0 && in.loc.lineno != lineno) return -1;
    if (in.op == op_code(Op::NOP)) continue;
    if (swappable(in.op)) return i;
    return -1;
  }
  return -1;
}

// The local an instruction stores to, or -1.
long stores_to(const Instr& in) { return in.op == op_code(Op::STORE_FAST) ? static_cast<long>(in.arg) : -1; }

// SWAP n followed by n stores/pops: the SWAP goes, the instructions are swapped
// instead (not when that would change which value a variable ends with).
void apply_static_swaps(Block& b, long i) {
  for (; i >= 0; --i) {
    Instr& swap = b.ins[i];
    if (swap.op != op_code(Op::SWAP)) {
      if (swap.op == op_code(Op::NOP) || swappable(swap.op)) continue;
      return;
    }
    const long j = next_swappable(b, i, -1);
    if (j < 0) return;
    long k = j;
    const int lineno = b.ins[j].loc.lineno;
    for (long count = static_cast<long>(swap.arg) - 1; count > 0; --count) {
      k = next_swappable(b, k, lineno);
      if (k < 0) return;
    }
    const long store_j = stores_to(b.ins[j]), store_k = stores_to(b.ins[k]);
    if (store_j >= 0 || store_k >= 0) {
      if (store_j == store_k) return;
      for (long idx = j + 1; idx < k; ++idx) {
        const long s = stores_to(b.ins[idx]);
        if (s >= 0 && (s == store_j || s == store_k)) return;
      }
    }
    swap.op = op_code(Op::NOP);
    swap.arg = 0;
    std::swap(b.ins[j], b.ins[k]);
  }
}

}  // namespace

// The peephole pass over one block (CPython's optimize_basic_block).
static void optimize_block(Unit& u, Block& b) {
  Blocks& blocks = u.blocks;
  const int NOP = op_code(Op::NOP), LOAD_CONST = op_code(Op::LOAD_CONST), JUMP = op_code(Op::JUMP);
  const int PJF = op_code(Op::POP_JUMP_IF_FALSE), PJT = op_code(Op::POP_JUMP_IF_TRUE);
  const int JFOP = op_code(Op::JUMP_IF_FALSE_OR_POP), JTOP = op_code(Op::JUMP_IF_TRUE_OR_POP);
  Instr nop;
  nop.op = NOP;
  for (long i = 0; i < static_cast<long>(b.ins.size()); ++i) {
    Instr& inst = b.ins[i];
    const int nextop = i + 1 < static_cast<long>(b.ins.size()) ? b.ins[i + 1].op : -1;
    const Instr* target = &nop;
    if (is_jump(inst) || is_block_push(inst)) {
      inst.target = skip_empty(blocks, inst.target);
      if (!blocks[inst.target].ins.empty()) target = &blocks[inst.target].ins[0];
    }
    const int op = inst.op;
    if (op == LOAD_CONST) {
      const Constant& c = u.consts[inst.arg];
      if (nextop == PJF || nextop == PJT) {
        const bool is_true = constant_truthy(c);
        inst.op = NOP;
        const bool jump_if_true = nextop == PJT;
        if (is_true == jump_if_true) {
          b.ins[i + 1].op = JUMP;
        } else {
          b.ins[i + 1].op = NOP;
          b.ins[i + 1].target = -1;
        }
      } else if (nextop == JFOP || nextop == JTOP) {
        const bool is_true = constant_truthy(c);
        const bool jump_if_true = nextop == JTOP;
        if (is_true == jump_if_true) {
          b.ins[i + 1].op = JUMP;
        } else {
          inst.op = NOP;
          b.ins[i + 1].op = NOP;
          b.ins[i + 1].target = -1;
        }
      } else if (nextop == op_code(Op::IS_OP) && c.kind == Constant::Kind::None) {
        const int jump_op = i + 2 < static_cast<long>(b.ins.size()) ? b.ins[i + 2].op : -1;
        if (jump_op == PJF || jump_op == PJT) {
          const bool invert = b.ins[i + 1].arg != 0;
          inst.op = NOP;
          b.ins[i + 1].op = NOP;
          b.ins[i + 2].op = (invert != (jump_op == PJF)) ? op_code(Op::POP_JUMP_IF_NOT_NONE)
                                                          : op_code(Op::POP_JUMP_IF_NONE);
        }
      }
    } else if (op == op_code(Op::BUILD_TUPLE)) {
      const long n = static_cast<long>(inst.arg);
      if (nextop == op_code(Op::UNPACK_SEQUENCE) && inst.arg == b.ins[i + 1].arg) {
        if (n == 1) {
          inst.op = NOP;
          b.ins[i + 1].op = NOP;
          continue;
        }
        if (n == 2 || n == 3) {
          inst.op = NOP;
          b.ins[i + 1].op = op_code(Op::SWAP);
          continue;
        }
      }
      if (i >= n) {
        // BUILD_TUPLE of n constants: one constant tuple
        bool all = true;
        for (long k = i - n; k < i; ++k) all = all && b.ins[k].op == LOAD_CONST;
        if (all) {
          std::vector<Constant> items;
          for (long k = i - n; k < i; ++k) items.push_back(u.consts[b.ins[k].arg]);
          Constant t = Constant::tuple(std::move(items));
          std::string key = constant_key(t);
          std::uint32_t index;
          auto it = u.const_index.find(key);
          if (it != u.const_index.end()) {
            index = it->second;
          } else {
            index = static_cast<std::uint32_t>(u.consts.size());
            u.consts.push_back(std::move(t));
            u.const_index.emplace(std::move(key), index);
          }
          for (long k = i - n; k < i; ++k) b.ins[k].op = NOP;
          inst.op = LOAD_CONST;
          inst.arg = index;
        }
      }
    } else if (op == JFOP) {
      const int t = target->op;
      if (t == PJF) {
        i -= jump_thread(inst, *target, PJF);
      } else if (t == JUMP || t == JFOP) {
        i -= jump_thread(inst, *target, JFOP);
      } else if ((t == JTOP || t == PJT) && inst.loc.lineno == target->loc.lineno) {
        inst.op = PJF;
        inst.target = blocks[inst.target].next;
        --i;
      }
    } else if (op == JTOP) {
      const int t = target->op;
      if (t == PJT) {
        i -= jump_thread(inst, *target, PJT);
      } else if (t == JUMP || t == JTOP) {
        i -= jump_thread(inst, *target, JTOP);
      } else if ((t == JFOP || t == PJF) && inst.loc.lineno == target->loc.lineno) {
        inst.op = PJT;
        inst.target = blocks[inst.target].next;
        --i;
      }
    } else if (op == op_code(Op::POP_JUMP_IF_NONE) || op == op_code(Op::POP_JUMP_IF_NOT_NONE) || op == PJF ||
               op == PJT || op == JUMP) {
      if (target->op == JUMP) i -= jump_thread(inst, *target, op);
    } else if (op == op_code(Op::SWAP)) {
      if (inst.arg == 1) {
        inst.op = NOP;
      } else {
        swaptimize(b, i);
        apply_static_swaps(b, i);
      }
    }
  }
}

// Counts each block's predecessors over the reachable blocks (jumps, SETUP_* targets,
// fall-through) from the entry.
static void mark_reachable(Unit& u) {
  Blocks& blocks = u.blocks;
  for (Block& b : blocks) {
    b.predecessors = 0;
    b.visited = false;
  }
  std::vector<int> stack{u.entry};
  blocks[u.entry].predecessors = 1;
  while (!stack.empty()) {
    const int bi = stack.back();
    stack.pop_back();
    Block& b = blocks[bi];
    if (b.visited) continue;
    b.visited = true;
    if (b.next >= 0 && has_fallthrough(b)) {
      if (!blocks[b.next].visited) stack.push_back(b.next);
      blocks[b.next].predecessors++;
    }
    for (const Instr& in : b.ins) {
      if (is_jump(in) || is_block_push(in)) {
        if (!blocks[in.target].visited) stack.push_back(in.target);
        blocks[in.target].predecessors++;
      }
    }
  }
}

// Unlinks empty blocks from the layout; jumps go to the next non-empty block.
static void eliminate_empty_blocks(Unit& u) {
  Blocks& blocks = u.blocks;
  for (int b = u.entry; b >= 0; b = blocks[b].next) {
    int next = blocks[b].next;
    if (next >= 0) {
      while (blocks[next].ins.empty() && blocks[next].next >= 0) next = blocks[next].next;
      blocks[b].next = next;
    }
  }
  for (int b = u.entry; b >= 0; b = blocks[b].next) {
    for (Instr& in : blocks[b].ins) {
      if (is_jump(in) || is_block_push(in)) {
        int t = in.target;
        while (blocks[t].ins.empty() && blocks[t].next >= 0) t = blocks[t].next;
        in.target = t;
      }
    }
  }
}

// The control-flow graph optimizations (CPython's optimize_cfg).
static void optimize_cfg(Unit& u) {
  Blocks& blocks = u.blocks;
  for (int b = u.entry; b >= 0; b = blocks[b].next) {
    for (Instr& in : blocks[b].ins) {
      if (is_jump(in) || is_block_push(in)) in.target = skip_empty(blocks, in.target);
    }
  }
  // (newest block first, as CPython walks its block list)
  for (std::size_t b = blocks.size(); b-- > 0;) extend_block(blocks, blocks[b]);
  for (int b = u.entry; b >= 0; b = blocks[b].next) {
    optimize_block(u, blocks[b]);
    remove_redundant_nops(blocks, blocks[b], b == u.entry ? u.start_loc.lineno : -1);
  }
  for (std::size_t b = blocks.size(); b-- > 0;) extend_block(blocks, blocks[b]);
  mark_reachable(u);
  for (int b = u.entry; b >= 0; b = blocks[b].next) {
    if (blocks[b].predecessors == 0) blocks[b].ins.clear();
  }
  eliminate_empty_blocks(u);
  for (int b = u.entry; b >= 0; b = blocks[b].next) {
    remove_redundant_nops(blocks, blocks[b], b == u.entry ? u.start_loc.lineno : -1);
  }
  // a jump to the block that follows anyway is dropped (kept as a NOP for its line)
  for (int b = u.entry; b >= 0; b = blocks[b].next) {
    Block& blk = blocks[b];
    if (blk.ins.empty()) continue;
    Instr& last = blk.ins.back();
    if (last.op == op_code(Op::JUMP) && last.target == blk.next) {
      last.op = op_code(Op::NOP);
      last.target = -1;
    }
  }
}

// An exit block (return/raise) with no line number of its own.
static bool is_exit_without_lineno(const Block& b) {
  if (!is_exit_block(b)) return false;
  for (const Instr& in : b.ins) {
    if (in.loc.lineno >= 0) return false;
  }
  return true;
}

// Exit blocks without a line number reached by several jumps are copied, one per jump,
// so that each can take the jump's line.
static void duplicate_exits_without_lineno(Unit& u) {
  Blocks& blocks = u.blocks;
  const int count = static_cast<int>(blocks.size());
  for (int bi = count - 1; bi >= 0; --bi) {
    if (blocks[bi].ins.empty() || !is_jump(blocks[bi].ins.back())) continue;
    const int target = blocks[bi].ins.back().target;
    if (is_exit_without_lineno(blocks[target]) && blocks[target].predecessors > 1) {
      Block copy;
      copy.ins = blocks[target].ins;
      copy.ins[0].loc = blocks[bi].ins.back().loc;
      copy.predecessors = 1;
      copy.next = blocks[target].next;
      blocks.push_back(std::move(copy));
      const int nt = static_cast<int>(blocks.size()) - 1;
      blocks[target].predecessors--;
      blocks[target].next = nt;
      blocks[bi].ins.back().target = nt;
    }
  }
  for (Block& b : blocks) {
    while (b.next >= 0 && blocks[b.next].ins.empty()) b.next = blocks[b.next].next;
  }
  for (int b = u.entry; b >= 0; b = blocks[b].next) {
    Block& blk = blocks[b];
    if (!blk.ins.empty() && has_fallthrough(blk) && blk.next >= 0 && is_exit_without_lineno(blocks[blk.next])) {
      blocks[blk.next].ins[0].loc = blk.ins.back().loc;
    }
  }
}

// Drops the constants after the last one used (the first is always kept: it may be the
// docstring).
static void trim_unused_consts(Unit& u) {
  std::uint32_t max_index = 0;
  for (int b = u.entry; b >= 0; b = u.blocks[b].next) {
    for (const Instr& in : u.blocks[b].ins) {
      if (in.op == op_code(Op::LOAD_CONST)) max_index = std::max(max_index, in.arg);
    }
  }
  if (max_index + 1 < u.consts.size()) u.consts.resize(max_index + 1);
}

// Instructions without a line take the previous instruction's position; a block with a
// single predecessor starts with its predecessor's last position. The entry block
// starts at the code's first line (where CPython's RESUME is).
static void propagate_line_numbers(Unit& u) {
  Blocks& blocks = u.blocks;
  for (int b = u.entry; b >= 0; b = blocks[b].next) {
    Block& blk = blocks[b];
    if (blk.ins.empty()) continue;
    Loc prev = b == u.entry ? u.start_loc : Loc{};
    for (Instr& in : blk.ins) {
      if (in.loc.lineno < 0) {
        in.loc = prev;
      } else {
        prev = in.loc;
      }
    }
    if (has_fallthrough(blk) && blk.next >= 0 && blocks[blk.next].predecessors == 1 &&
        blocks[blk.next].ins[0].loc.lineno < 0) {
      blocks[blk.next].ins[0].loc = prev;
    }
    if (is_jump(blk.ins.back())) {
      Block& t = blocks[blk.ins.back().target];
      if (t.predecessors == 1 && t.ins[0].loc.lineno < 0) t.ins[0].loc = prev;
    }
  }
}

// A return still without a line gets the line of the code before it.
static void guarantee_lineno_for_exits(Unit& u) {
  int lineno = u.firstlineno;
  for (int bi = u.entry; bi >= 0; bi = u.blocks[bi].next) {
    Block& b = u.blocks[bi];
    if (b.ins.empty()) continue;
    Instr& last = b.ins.back();
    if (last.loc.lineno < 0) {
      if (last.op == op_code(Op::RETURN_VALUE)) {
        for (Instr& in : b.ins) in.loc.lineno = lineno;
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

// The stack depth at the start of every reachable block (handlers included).
static void compute_start_depths(Unit& u) {
  Blocks& blocks = u.blocks;
  for (Block& b : blocks) b.start_depth = -1;
  std::vector<int> stack;
  auto push = [&](int b, int depth) {
    if (blocks[b].start_depth < depth) {
      if (blocks[b].start_depth >= 0) {
        // a block reached with two depths means a compiler bug; keep the larger
      }
      blocks[b].start_depth = depth;
      stack.push_back(b);
    }
  };
  push(u.entry, 0);
  while (!stack.empty()) {
    const int bi = stack.back();
    stack.pop_back();
    Block& b = blocks[bi];
    int depth = b.start_depth;
    bool falls = true;
    for (const Instr& in : b.ins) {
      if (is_jump(in) || is_block_push(in)) push(in.target, depth + stack_effect(in, true));
      depth += stack_effect(in, false);
      if (is_unconditional(in.op)) {
        falls = false;
        break;
      }
    }
    if (falls && b.next >= 0) push(b.next, depth);
  }
}

// Which handler block covers each instruction, from the SETUP_* / POP_BLOCK nesting
// (CPython's label_exception_targets).
static void label_exception_targets(Unit& u) {
  Blocks& blocks = u.blocks;
  std::vector<std::vector<int>> stacks(blocks.size());
  for (Block& b : blocks) b.visited = false;
  std::vector<int> todo{u.entry};
  blocks[u.entry].visited = true;
  while (!todo.empty()) {
    const int bi = todo.back();
    todo.pop_back();
    std::vector<int> except_stack = stacks[bi];
    int handler = except_stack.empty() ? -1 : except_stack.back();
    Block& b = blocks[bi];
    for (Instr& in : b.ins) {
      if (is_block_push(in)) {
        if (!blocks[in.target].visited) {
          stacks[in.target] = except_stack;
          blocks[in.target].visited = true;
          todo.push_back(in.target);
        }
        if (in.op == kSetupWith || in.op == kSetupCleanup) blocks[in.target].preserve_lasti = true;
        blocks[in.target].except_handler = true;
        except_stack.push_back(in.target);
        handler = in.target;
      } else if (in.op == kPopBlock) {
        if (!except_stack.empty()) except_stack.pop_back();
        handler = except_stack.empty() ? -1 : except_stack.back();
      } else if (is_jump(in)) {
        in.handler = handler;
        if (!blocks[in.target].visited) {
          stacks[in.target] = except_stack;
          blocks[in.target].visited = true;
          todo.push_back(in.target);
        }
      } else {
        in.handler = handler;
      }
    }
    if (has_fallthrough(b) && b.next >= 0 && !blocks[b.next].visited) {
      stacks[b.next] = except_stack;
      blocks[b.next].visited = true;
      todo.push_back(b.next);
    }
  }
  // the pseudo-instructions become NOPs
  for (Block& b : blocks) {
    for (Instr& in : b.ins) {
      if (is_block_push(in) || in.op == kPopBlock) {
        in.op = op_code(Op::NOP);
        in.target = -1;
      }
    }
  }
}

// Blocks neither reachable by control flow nor used as a handler by a reachable
// instruction are emptied (CPython keeps such dead handlers; peppy's code has none).
static void drop_dead_blocks(Unit& u) {
  Blocks& blocks = u.blocks;
  for (Block& b : blocks) b.visited = false;
  std::vector<int> stack{u.entry};
  while (!stack.empty()) {
    const int bi = stack.back();
    stack.pop_back();
    Block& b = blocks[bi];
    if (b.visited) continue;
    b.visited = true;
    for (const Instr& in : b.ins) {
      if (is_jump(in) && !blocks[in.target].visited) stack.push_back(in.target);
      if (in.handler >= 0 && !blocks[in.handler].visited) stack.push_back(in.handler);
    }
    if (has_fallthrough(b) && b.next >= 0 && !blocks[b.next].visited) stack.push_back(b.next);
  }
  for (Block& b : blocks) {
    if (!b.visited) b.ins.clear();
  }
  eliminate_empty_blocks(u);
}

// The number of words an instruction takes with operand `arg` (EXTENDED_ARG prefixes
// and the inline cache).
static std::uint32_t instr_size(int op, std::uint32_t arg) {
  std::uint32_t n = 1;
  while (arg > bytecode::kMaxOperand) {
    ++n;
    arg >>= 24;
  }
  if (op_flags(op) & bytecode::F_CACHE1) ++n;
  return n;
}

// Assembles the current unit into a code object.
std::shared_ptr<const bytecode::Code> Codegen::assemble(bool add_none) {
  Unit& u = *u_;
  if (!u.last_is_return) {
    unset_loc();
    if (add_none) emit_none();
    emit(Op::RETURN_VALUE);
  }
  Blocks& blocks = u.blocks;
  const std::uint32_t flags = code_flags();

  optimize_cfg(u);
  duplicate_exits_without_lineno(u);
  trim_unused_consts(u);
  propagate_line_numbers(u);
  guarantee_lineno_for_exits(u);
  compute_start_depths(u);
  label_exception_targets(u);
  // NOPs that go may leave handlers unused, and dropped blocks may leave NOPs
  // redundant: repeat until neither changes anything
  for (std::size_t before = 0, after = 1; before != after;) {
    before = 0;
    for (const Block& b : blocks) before += b.ins.size();
    for (int b = u.entry; b >= 0; b = blocks[b].next) {
      remove_redundant_nops(blocks, blocks[b], b == u.entry ? u.start_loc.lineno : -1);
    }
    drop_dead_blocks(u);
    after = 0;
    for (const Block& b : blocks) after += b.ins.size();
  }

  // generators start by making their generator object
  if (flags & (bytecode::CO_GENERATOR | bytecode::CO_COROUTINE | bytecode::CO_ASYNC_GENERATOR)) {
    Instr g;
    g.op = op_code(Op::RETURN_GENERATOR);
    g.loc = Loc{u.firstlineno, -1, u.firstlineno, -1};
    blocks[u.entry].ins.insert(blocks[u.entry].ins.begin(), g);
  }

  // operands of instructions that take none (NOPs left by the optimizations) are 0
  for (Block& b : blocks) {
    for (Instr& in : b.ins) {
      if (in.target < 0 && bytecode::info(static_cast<Op>(in.op)).operand == bytecode::Operand::NONE) in.arg = 0;
    }
  }

  // lay out: offsets with EXTENDED_ARG sizes, repeated until jumps stop growing
  std::vector<int> order;
  for (int b = u.entry; b >= 0; b = blocks[b].next) order.push_back(b);
  bool changed = true;
  while (changed) {
    changed = false;
    std::uint32_t offset = 0;
    for (int b : order) {
      blocks[b].offset = offset;
      for (const Instr& in : blocks[b].ins) {
        const std::uint32_t arg = in.target >= 0 ? blocks[in.target].offset : in.arg;
        offset += instr_size(in.op, arg);
      }
    }
    for (int b : order) {
      for (Instr& in : blocks[b].ins) {
        if (in.target >= 0 && in.arg != blocks[in.target].offset) {
          in.arg = blocks[in.target].offset;
          changed = true;
        }
      }
    }
  }

  auto code = std::make_shared<bytecode::Code>();
  code->name = u.name;
  code->qualname = u.qualname;
  code->filename = filename_;
  code->firstlineno = u.firstlineno;
  code->argcount = u.argcount;
  code->posonlyargcount = u.posonlyargcount;
  code->kwonlyargcount = u.kwonlyargcount;
  code->flags = flags;
  code->consts = u.consts;
  code->names = u.names.list;
  code->varnames = u.varnames.list;
  code->cellvars = u.cellvars.list;
  code->freevars = u.freevars.list;

  // words, positions, and the handler of each word
  std::vector<int> word_handler;
  for (int b : order) {
    for (const Instr& in : blocks[b].ins) {
      bytecode::Position pos{in.loc.lineno, in.loc.end_lineno, in.loc.col, in.loc.end_col};
      if (pos.lineno < 0) {
        pos = bytecode::Position{};
      } else if ((pos.col < 0 || pos.end_col < 0) && pos.end_lineno < 0) {
        pos.end_lineno = pos.lineno;  // a line without columns spans that line
      }
      std::uint32_t arg = in.arg;
      std::vector<std::uint32_t> parts;
      do {
        parts.push_back(arg & bytecode::kMaxOperand);
        arg >>= 24;
      } while (arg != 0);
      for (std::size_t k = parts.size(); k-- > 1;) {
        code->code.push_back(bytecode::make_word(Op::EXTENDED_ARG, parts[k]));
        code->positions.push_back(pos);
        word_handler.push_back(in.handler);
      }
      code->code.push_back(bytecode::make_word(static_cast<Op>(in.op), parts[0]));
      code->positions.push_back(pos);
      word_handler.push_back(in.handler);
      if (op_flags(in.op) & bytecode::F_CACHE1) {
        code->code.push_back(0);
        code->positions.push_back(pos);
        word_handler.push_back(in.handler);
      }
    }
  }

  // the exception table: runs of words with the same handler
  const std::size_t nwords = code->code.size();
  std::size_t i = 0;
  while (i < nwords) {
    const int h = word_handler[i];
    std::size_t j = i + 1;
    while (j < nwords && word_handler[j] == h) ++j;
    if (h >= 0) {
      const Block& hb = blocks[h];
      bytecode::ExceptionEntry e;
      e.start = static_cast<std::uint32_t>(i);
      e.end = static_cast<std::uint32_t>(j);
      e.target = hb.offset;
      e.push_lasti = hb.preserve_lasti;
      e.depth = static_cast<std::uint32_t>(hb.start_depth - 1 - (hb.preserve_lasti ? 1 : 0));
      code->exception_table.push_back(e);
    }
    i = j;
  }

  std::string why;
  auto depth = compute_stacksize(*code, &why);
  if (!depth) error("internal error: inconsistent stack in " + u.qualname + ": " + why);
  code->stacksize = *depth;
  return code;
}

}  // namespace peppy::compile
