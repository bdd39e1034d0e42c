// limits.hpp: every fixed limit of peppy in one place, each with its reason.
#pragma once

namespace peppy::limits {

// Tab stops every 8 columns when measuring indentation: what both CPython's tokenize
// module and its C tokenizer use.
inline constexpr int kTabSize = 8;

// Entries of the C tokenizer's indentation stack (its MAXINDENT), column 0 included:
// 99 nested indented blocks are accepted, the 100th is
// "IndentationError: too many levels of indentation".
inline constexpr int kMaxIndent = 100;

// Open brackets the C tokenizer accepts (its MAXLEVEL); deeper is
// "SyntaxError: too many nested parentheses". Also what keeps the recursive-descent
// parser's depth bounded for bracketed expressions.
inline constexpr int kMaxParenLevel = 200;

// Largest source file the tools read, in bytes: token offsets are 32-bit.
inline constexpr unsigned long long kMaxSourceBytes = 1ull << 30;

// Decimal digits an int literal may have: CPython's default sys.get_int_max_str_digits()
// (PEP 651's guard against quadratic conversions); more is a SyntaxError.
inline constexpr int kMaxIntStrDigits = 4300;

// Value slots of the VM's frame stack (every frame's locals and value stack, contiguous):
// 16M slots, 128 MB of address space, allocated by the OS only as it is touched. Deep
// enough for any recursion the recursion limit allows at its usual settings; beyond it,
// RecursionError.
inline constexpr unsigned long kFrameStackValues = 16ul << 20;

// The native stack of the thread peppy-run runs the VM on: room for kMaxNativeCallDepth
// nested entries of the interpreter (each a few KB of native frames).
inline constexpr unsigned long long kVmStackBytes = 256ull << 20;

// Nested entries of the interpreter from C++ (a Python function called by a built-in,
// e.g. a sort key, that calls a built-in that calls Python...): each costs native stack,
// so past this many, RecursionError.
inline constexpr int kMaxNativeCallDepth = 2000;

// Grammar rules the parser may nest (CPython's parser stops at 6000 levels with a
// MemoryError). Each level costs a few native stack frames, so this bounds the native
// stack the parser needs; peppy-parse runs the parser on a thread with a stack sized
// for it (kParserStackBytes).
inline constexpr int kMaxParserDepth = 6000;
inline constexpr unsigned long long kParserStackBytes = 512ull << 20;

// Nodes the AST JSON reader (ast::from_json) lets nest inside each other. CPython 3.11's
// ast module refuses deeper trees itself (ast.parse raises "RecursionError: maximum
// recursion depth exceeded during ast construction" from about 3,000 levels: its
// recursion limit 1000 times 3), so every tree CPython can produce fits; the bound keeps
// the recursive reader's native stack use to a few MB on any input.
inline constexpr int kMaxAstJsonDepth = 3000;

// Brackets open at once in an f-string replacement field's expression as the f-string
// splitter scans it (CPython 3.11's fstring_find_expr uses MAXLEVEL, 200): one more is
// "f-string: too many nested parenthesis". (The expression is then parsed inside one
// more pair of parentheses, so 200 already gives the tokenizer's "too many nested
// parentheses".)
inline constexpr int kFStringMaxBrackets = 200;

// Levels of replacement fields: a field inside a field's format spec is level 1; a field
// at level 2 (in the format spec of a field in a format spec) is CPython 3.11's
// "f-string: expressions nested too deeply".
inline constexpr int kFStringMaxFieldNesting = 2;

// Code objects and constant tuples/frozensets nested in one another in bytecode (module = level 1): the loader recurses per level; CPython's marshal stops at 2000 levels, 2 per nested function.
inline constexpr int kMaxBytecodeNesting = 1000;

// Values one code object's stack may hold (Code::stacksize; also the largest count operand): the VM reserves stacksize slots per call, so a crafted file must not ask for gigabytes.
inline constexpr unsigned kMaxStackSize = 1u << 20;

}  // namespace peppy::limits
