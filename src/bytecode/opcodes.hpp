// opcodes.hpp: the instruction set as C++ (expanded from opcodes.def): the Op enum, the
// operand kinds, opcode names, stack effects, the binary-operator and comparison kinds,
// and the layout of one instruction word.
//
// An instruction is one 32-bit word: the opcode in the low 8 bits, the operand in the
// high 24 bits. An operand that needs more bits is preceded by EXTENDED_ARG words, each
// giving the next 24 higher bits (as CPython's EXTENDED_ARG does with 8). Opcodes with
// F_CACHE1 are followed by one inline-cache word (zero in a file; the VM may use it),
// which is not an instruction: jumps never target it and the verifier skips it.
#pragma once

#include <cstdint>
#include <string_view>

namespace peppy::bytecode {

// What an operand means (see opcodes.def).
enum class Operand : std::uint8_t { NONE, CONST, NAME, LOCAL, CELL, JUMP, COUNT, BINOP, CMP, FLAGS };

// Opcode flags.
inline constexpr unsigned F_JUMP = 1;    // the operand is a jump target
inline constexpr unsigned F_TERM = 2;    // never falls through to the next instruction
inline constexpr unsigned F_COND = 4;    // conditional jump: may fall through or jump
inline constexpr unsigned F_CACHE1 = 8;  // followed by one inline-cache word

enum class Op : std::uint8_t {
#define DEF(name, operand, pops, pushes, jump_pushes, flags) name,
#include "bytecode/opcodes.def"
#undef DEF
};

// The number of opcodes; every byte value from it up is not an opcode.
inline constexpr int kOpCount = 0
#define DEF(name, operand, pops, pushes, jump_pushes, flags) +1
#include "bytecode/opcodes.def"
#undef DEF
    ;

// ---- one instruction word ----
using Word = std::uint32_t;
inline constexpr std::uint32_t kMaxOperand = (1u << 24) - 1;
constexpr Word make_word(Op op, std::uint32_t arg) { return static_cast<Word>(op) | (arg << 8); }
constexpr Op word_op(Word w) { return static_cast<Op>(w & 0xFF); }
constexpr std::uint32_t word_arg(Word w) { return w >> 8; }

// ---- facts about each opcode ----
struct OpInfo {
  std::string_view name;
  Operand operand;
  unsigned flags;
};

inline constexpr OpInfo kOpInfo[] = {
#define DEF(name, operand, pops, pushes, jump_pushes, flags) {#name, Operand::operand, (flags)},
#include "bytecode/opcodes.def"
#undef DEF
};

constexpr const OpInfo& info(Op op) { return kOpInfo[static_cast<int>(op)]; }
constexpr bool is_opcode(std::uint32_t byte) { return byte < static_cast<std::uint32_t>(kOpCount); }

// How an instruction changes the stack: it takes `pops` values, then leaves `pushes`
// (falling through) or `jump_pushes` (when it jumps).
struct StackEffect {
  int pops, pushes, jump_pushes;
};

// The stack effect of `op` with operand `arg` (the full operand, EXTENDED_ARG applied).
constexpr StackEffect stack_effect(Op op, std::uint32_t arg) {
  const long a = static_cast<long>(arg);
  (void)a;
  switch (op) {
#define DEF(name, operand, pops, pushes, jump_pushes, flags) \
  case Op::name: {                                           \
    [[maybe_unused]] const long arg = a;                     \
    return StackEffect{static_cast<int>(pops), static_cast<int>(pushes), static_cast<int>(jump_pushes)}; \
  }
#include "bytecode/opcodes.def"
#undef DEF
  }
  return StackEffect{0, 0, 0};
}

// ---- operand kinds of BINARY_OP and COMPARE_OP ----

// BINARY_OP's operand: the operator (the in-place forms are the same + kInplace).
enum class BinOp : std::uint8_t {
  Add, And, FloorDivide, LShift, MatMul, Multiply, Remainder, Or, Power, RShift, Subtract, TrueDivide, Xor
};
inline constexpr int kBinOpCount = 13;
inline constexpr std::uint32_t kInplace = 13;  // operand = BinOp + kInplace for `x op= y`
// The operator's symbol as dis shows it: "+" ... ; in-place: "+=" ...
constexpr std::string_view binop_symbol(std::uint32_t arg) {
  constexpr std::string_view sym[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
  constexpr std::string_view isym[] = {"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
  if (arg < kInplace) return sym[arg];
  if (arg < 2 * kInplace) return isym[arg - kInplace];
  return "?";
}

// COMPARE_OP's operand (in, not in, is, is not have opcodes of their own).
enum class CmpOp : std::uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
inline constexpr int kCmpOpCount = 6;
constexpr std::string_view cmpop_symbol(std::uint32_t arg) {
  constexpr std::string_view sym[] = {"<", "<=", "==", "!=", ">", ">="};
  return arg < 6 ? sym[arg] : "?";
}

// MAKE_FUNCTION's flag bits (which optional items are on the stack under the code).
inline constexpr std::uint32_t kMakeDefaults = 1, kMakeKwDefaults = 2, kMakeAnnotations = 4, kMakeClosure = 8;

// FORMAT_VALUE's flag bits.
inline constexpr std::uint32_t kFormatConvMask = 3, kFormatStr = 1, kFormatRepr = 2, kFormatAscii = 3,
                               kFormatWithSpec = 4;

}  // namespace peppy::bytecode
