// bytecode_build.hpp: a small assembler for the bytecode tests: builds code objects by
// hand (EXTENDED_ARG prefixes and inline-cache words added as the format wants), and a
// few ready-made ones (the talk's `def f(y): x = y + 4; return x`, a try/except).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "bytecode/code.hpp"

namespace peppy::bytecode::testing {

// Appends instructions to a code object.
class Asm {
 public:
  explicit Asm(std::string name, std::string qualname = "") {
    c.name = std::move(name);
    c.qualname = qualname.empty() ? c.name : std::move(qualname);
    c.filename = "x.py";
  }

  // The word index the next instruction will start at.
  std::uint32_t here() const { return static_cast<std::uint32_t>(c.code.size()); }

  // Emits `op arg` (with EXTENDED_ARG words for a wide operand, then the cache word) at
  // source line `line` (-1: unknown).
  Asm& op(Op o, std::uint32_t arg = 0, int line = 1) {
    if (arg > kMaxOperand) word(make_word(Op::EXTENDED_ARG, arg >> 24), line);
    word(make_word(o, arg & kMaxOperand), line);
    if (info(o).flags & F_CACHE1) word(0, line);
    return *this;
  }

  // Emits a raw word (anything, for broken code).
  Asm& word(Word w, int line = 1) {
    c.code.push_back(w);
    Position p;
    p.lineno = p.end_lineno = line;
    p.col = line < 0 ? -1 : 0;
    p.end_col = line < 0 ? -1 : 4;
    c.positions.push_back(p);
    return *this;
  }

  // Finishes with the given stack size.
  std::shared_ptr<Code> done(std::uint32_t stacksize) {
    c.stacksize = stacksize;
    return std::make_shared<Code>(c);
  }

  Code c;
};

// `def f(y): x = y + 4; return x`: the function's code.
inline std::shared_ptr<Code> talk_function() {
  Asm a("f");
  a.c.firstlineno = 1;
  a.c.argcount = 1;
  a.c.flags = CO_OPTIMIZED | CO_NEWLOCALS | CO_NOFREE;
  a.c.varnames = {"y", "x"};
  a.c.consts = {Constant::none(), Constant::integer("4")};
  a.op(Op::LOAD_FAST, 0).op(Op::LOAD_CONST, 1).op(Op::BINARY_OP, static_cast<std::uint32_t>(BinOp::Add));
  a.op(Op::STORE_FAST, 1).op(Op::LOAD_FAST, 1).op(Op::RETURN_VALUE);
  return a.done(2);
}

// The module `def f(y): x = y + 4; return x`.
inline std::shared_ptr<Code> talk_module() {
  Asm m("<module>");
  m.c.consts = {Constant::code_object(talk_function()), Constant::none()};
  m.c.names = {"f"};
  m.op(Op::LOAD_CONST, 0).op(Op::MAKE_FUNCTION, 0).op(Op::STORE_NAME, 0).op(Op::LOAD_CONST, 1).op(Op::RETURN_VALUE);
  return m.done(1);
}

// try: a / except E: pass, laid out as CPython 3.11 does (handler, cleanup handler).
inline std::shared_ptr<Code> try_module() {
  Asm m("<module>");
  m.c.consts = {Constant::none()};
  m.c.names = {"a", "E"};
  m.op(Op::NOP, 0, 1);                        // 0
  m.op(Op::LOAD_NAME, 0, 2);                  // 1
  m.op(Op::POP_TOP, 0, 2);                    // 2
  m.op(Op::LOAD_CONST, 0, 2);                 // 3
  m.op(Op::RETURN_VALUE, 0, 2);               // 4
  m.op(Op::PUSH_EXC_INFO, 0, -1);             // 5: handler, [exc] -> [prev, exc]
  m.op(Op::LOAD_NAME, 1, 3);                  // 6
  m.op(Op::CHECK_EXC_MATCH, 0, 3);            // 7
  m.op(Op::POP_JUMP_IF_FALSE, 13, 3);         // 8
  m.op(Op::POP_TOP, 0, 3);                    // 9
  m.op(Op::POP_EXCEPT, 0, 4);                 // 10
  m.op(Op::LOAD_CONST, 0, 4);                 // 11
  m.op(Op::RETURN_VALUE, 0, 4);               // 12
  m.op(Op::RERAISE, 0, 3);                    // 13
  m.op(Op::COPY, 3, -1);                      // 14: cleanup, [prev, lasti, exc]
  m.op(Op::POP_EXCEPT, 0, -1);                // 15
  m.op(Op::RERAISE, 1, -1);                   // 16
  m.c.exception_table = {{1, 3, 5, 0, false}, {5, 10, 14, 1, true}, {13, 14, 14, 1, true}};
  return m.done(4);
}

}  // namespace peppy::bytecode::testing
