// code.hpp: the code object as plain data, what the compiler makes, the bytecode file
// holds, the verifier checks, the disassembler lists and the VM loads. It knows nothing
// of the VM's objects: constants are a small variant of their own (Constant), turned
// into runtime objects when a code object is loaded.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "bytecode/opcodes.hpp"

namespace peppy::bytecode {

struct Code;

// A constant of a code object: what LOAD_CONST pushes (and nested code objects).
struct Constant {
  enum class Kind : std::uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes, Tuple, FrozenSet, Code };
  Kind kind = Kind::None;
  std::string text;              // Int: decimal digits, '-' first if negative (any size);
                                 // Str: UTF-8, lone surrogates in their 3-byte form; Bytes: the bytes
  double real = 0.0, imag = 0.0;  // Float: real; Complex: real and imag
  std::vector<Constant> items;   // Tuple, FrozenSet: the elements
  std::shared_ptr<const Code> code;  // Code: a nested code object (function, class body, comprehension)

  static Constant none() { return Constant{}; }
  static Constant boolean(bool b) { Constant c; c.kind = b ? Kind::True : Kind::False; return c; }
  static Constant ellipsis() { Constant c; c.kind = Kind::Ellipsis; return c; }
  static Constant integer(std::string decimal) { Constant c; c.kind = Kind::Int; c.text = std::move(decimal); return c; }
  static Constant floating(double v) { Constant c; c.kind = Kind::Float; c.real = v; return c; }
  static Constant complex(double re, double im) { Constant c; c.kind = Kind::Complex; c.real = re; c.imag = im; return c; }
  static Constant string(std::string utf8) { Constant c; c.kind = Kind::Str; c.text = std::move(utf8); return c; }
  static Constant byte_string(std::string raw) { Constant c; c.kind = Kind::Bytes; c.text = std::move(raw); return c; }
  static Constant tuple(std::vector<Constant> items) { Constant c; c.kind = Kind::Tuple; c.items = std::move(items); return c; }
  static Constant frozenset(std::vector<Constant> items) { Constant c; c.kind = Kind::FrozenSet; c.items = std::move(items); return c; }
  static Constant code_object(std::shared_ptr<const Code> code) { Constant c; c.kind = Kind::Code; c.code = std::move(code); return c; }
};

// Where an instruction came from in the source (CPython's co_positions): lines from 1,
// columns in UTF-8 bytes from 0 (as the AST's); -1 when unknown.
struct Position {
  std::int32_t lineno = -1, end_lineno = -1, col = -1, end_col = -1;
};

// One entry of the exception table: an exception raised by an instruction in
// [start, end) is handled at `target`: the value stack is cut to `depth` values, the
// offset of the raising instruction is pushed (as an int) if `push_lasti`, then the
// exception; execution goes on at `target`. Entries may nest; the innermost entry (the
// one with the greatest start among those containing the instruction) applies.
struct ExceptionEntry {
  std::uint32_t start = 0, end = 0, target = 0, depth = 0;
  bool push_lasti = false;
};

// Code flags (the values of CPython's CO_* flags).
inline constexpr std::uint32_t CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
                               CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
                               CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200;

// A code object.
//
// Local variables: a frame has varnames.size() + cellvars.size() + freevars.size()
// slots ("fast locals"): first the varnames (the arguments first, in order: positional,
// keyword-only, *args, **kwargs), then one cell per cellvar, then the free variables'
// cells taken from the function's closure. A CELL operand i names slot
// varnames.size() + i. An argument that inner functions capture appears in varnames AND
// in cellvars; the frame then starts its cell with the argument's value.
struct Code {
  std::string name;        // co_name: "f", "<module>", "<lambda>", "<listcomp>", "C"
  std::string qualname;    // co_qualname: "C.f.<locals>.g"
  std::string filename;    // co_filename
  std::int32_t firstlineno = 1;
  std::uint32_t argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  std::uint32_t flags = 0;
  std::uint32_t stacksize = 0;  // the most values the stack holds (computed by the compiler, checked by the verifier)

  std::vector<Word> code;             // the instructions (and inline-cache words)
  std::vector<Position> positions;    // one per word of `code` (cache words copy their instruction's)
  std::vector<Constant> consts;
  std::vector<std::string> names;     // attribute, global and imported names (UTF-8)
  std::vector<std::string> varnames;  // local variables, arguments first
  std::vector<std::string> cellvars;  // locals captured by inner functions
  std::vector<std::string> freevars;  // variables of enclosing functions this code uses
  std::vector<ExceptionEntry> exception_table;
};

}  // namespace peppy::bytecode
