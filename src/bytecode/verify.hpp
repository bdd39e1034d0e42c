// verify.hpp: the bytecode verifier: checks that a code object (and every code object
// nested in its constants) is one the VM can run without further checks: valid opcodes,
// operands in range for their kind, jumps to instruction starts, inline-cache words in
// place, no falling off the end, one consistent stack depth at every instruction on
// every path (exception handlers included) whose maximum is Code::stacksize, a sane
// exception table, argument counts that fit varnames, known flags, valid UTF-8 names.
//
// load() (bytecode/format.hpp) runs it on every file; peppy-compile runs it on the
// compiler's output before writing. docs/bytecode.md lists every rule.
#pragma once

#include <string>
#include <string_view>

#include "bytecode/code.hpp"

namespace peppy::bytecode {

// The verdict: empty error = valid. An error is one line naming the code object (its
// qualified name), the instruction (a word index into Code::code) when there is one, and
// the problem, e.g.
//   "constant index 7 out of range (5 constants) in <module> at instruction 12".
struct [[nodiscard]] VerifyResult {
  std::string error;

  bool ok() const { return error.empty(); }
};

// Checks `code` and, through its constants, every nested code object (the first
// problem found is reported). Never throws except std::bad_alloc.
VerifyResult verify(const Code& code);

// A name as one-line messages show it: control characters and bytes that are not UTF-8
// escaped as \xhh, cut after about 100 bytes.
[[nodiscard]] std::string printable_name(std::string_view name);

// Strict UTF-8 (what names must be): no overlong forms, no surrogates, at most U+10FFFF.
[[nodiscard]] bool valid_utf8(std::string_view text);

// UTF-8 that may also hold lone surrogates U+D800..U+DFFF in their 3-byte form (what str
// constants and file names may hold: Python strs can contain them).
[[nodiscard]] bool valid_utf8_with_surrogates(std::string_view text);

}  // namespace peppy::bytecode
