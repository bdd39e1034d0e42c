// disasm.hpp: a listing of a code object in the layout of CPython 3.11's dis.dis():
//
//    1           0 LOAD_FAST                0 (y)
//                1 LOAD_CONST               1 (4)
//                2 BINARY_OP                0 (+)
//
// line number (where a new line starts), ">>" on jump targets, the offset (a word index
// into Code::code: the unit of jump operands; inline-cache words are not listed but
// count), the opcode, the operand and what it means. Then "ExceptionTable:" and, like
// dis.dis, "Disassembly of <code object ...>:" for each nested code object, depth first.
// docs/bytecode.md describes it.
#pragma once

#include <string>

#include "bytecode/code.hpp"

namespace peppy::bytecode {

// Python's repr() of a constant: None, True, 12, 0.1, 1e+16, inf, -0.0, (1+2j), 'it''s'
// quoting and escapes as str's repr, b'\x00', (1,), frozenset({1, 2}) (items in stored
// order), code objects as code_repr().
[[nodiscard]] std::string constant_repr(const Constant& constant);

// A code object as dis shows it: `<code object f, file "x.py", line 1>`. CPython puts
// the object's address after the name (`at 0x7f...`); peppy leaves it out so listings
// are stable (strip " at 0x[0-9a-f]+" from CPython's to compare).
[[nodiscard]] std::string code_repr(const Code& code);

// The listing of one code object (no nested ones).
[[nodiscard]] std::string disassemble_one(const Code& code);

// The listing of `code`, then of each code object in its constants (recursively, in
// the order of the constants), each after a blank line and "Disassembly of <code
// object ...>:", as dis.dis prints them. Safe on unverified code (bad operands show "?").
[[nodiscard]] std::string disassemble(const Code& code);

}  // namespace peppy::bytecode
