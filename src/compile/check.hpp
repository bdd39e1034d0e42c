// check.hpp: the compiler's self-check of a code object, and the dataflow that
// measures its stack: every instruction decoded (EXTENDED_ARG prefixes applied), every
// operand in range, every jump and handler target an instruction start, the stack depth
// at each instruction the same along every path (falling through, jumping, or entering
// an exception handler with its depth, lasti and the exception), never negative, and
// no instruction unreachable. The compiler uses compute_stacksize() for co_stacksize;
// the tests run check_code() over everything they compile. Also a plain listing of a
// code object, for debugging and tests.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "bytecode/code.hpp"

namespace peppy::compile {

// The most values the stack of `code` holds, or nullopt (with the reason in *why) when
// its stack use is inconsistent or its instructions malformed.
std::optional<std::uint32_t> compute_stacksize(const bytecode::Code& code, std::string* why);

// Checks `code` and the code objects among its constants, recursively: the problems
// found (empty when none). Besides compute_stacksize's checks: the recorded stacksize
// equals the measured one, one position per word, flags and counts consistent.
std::string check_code(const bytecode::Code& code);

// A listing of `code` and its nested code objects: one line per instruction with its
// word offset, position, name, operand and what the operand stands for.
std::string listing(const bytecode::Code& code);

}  // namespace peppy::compile
