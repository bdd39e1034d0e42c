// format.hpp: the bytecode file (a .pyb file): one module's code object with a header
// that says which source it was compiled from. docs/bytecode.md gives the layout byte
// by byte; in short:
//
//   "PEPY"  u16 version  u16 flags  u64 source size  u64 source hash   (24 bytes, LE)
//   the module's code object, its nested code objects inside its constants
//
// Integers inside the code object are LEB128 varints (signed ones zigzag-encoded),
// except the instruction words (u32 little-endian) and float bits (u64 little-endian).
//
// load() never trusts the file: every count is checked against the bytes left before
// anything is reserved, nesting is bounded (limits::kMaxBytecodeNesting), and the code
// objects are verified (bytecode/verify.hpp) before they are returned. Any problem comes
// back as one line of text.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "bytecode/code.hpp"

namespace peppy::bytecode {

// The first four bytes of every bytecode file.
inline constexpr std::string_view kMagic = "PEPY";
// The format version this build writes and reads.
inline constexpr std::uint16_t kFormatVersion = 1;
// The size of the fixed header before the code object.
inline constexpr std::size_t kHeaderSize = 24;

// Header flag bits.
inline constexpr std::uint16_t kFlagNoSource = 1;  // no source text was known: size and hash are 0 and mean nothing

// What the header records about the source the code was compiled from, so that a cache
// can tell whether the source changed since.
struct SourceInfo {
  std::uint64_t size = 0;  // the source's length in bytes
  std::uint64_t hash = 0;  // source_hash() of the source's bytes
  bool known = false;      // false: compiled without source text (kFlagNoSource)
};

// 64-bit FNV-1a of `bytes` (offset basis 14695981039346656037, prime 1099511628211).
[[nodiscard]] std::uint64_t source_hash(std::string_view bytes);

// The SourceInfo of a source file's bytes.
[[nodiscard]] SourceInfo source_info(std::string_view source_bytes);

// The bytecode file of `code` (a module's code object). Writes what it is given without
// checking it: verify() it first (compiler output is verified by peppy-compile).
[[nodiscard]] std::string serialize(const Code& code, const SourceInfo& source);

// What load() gives: the verified code object, or one line saying what is wrong.
struct [[nodiscard]] LoadResult {
  std::shared_ptr<const Code> code;  // the module's code object; null on error
  SourceInfo source;                 // from the header (when the header could be read)
  std::string error;                 // e.g. "truncated file (reading ...)"; empty on success

  bool ok() const { return code != nullptr; }
};

// Reads a bytecode file. Never throws, never crashes on any input.
LoadResult load(std::string_view bytes);

// True if `bytes` starts like a bytecode file (the magic), whatever follows.
[[nodiscard]] bool looks_like_bytecode(std::string_view bytes);

// True if the two code objects are the same in every field, nested ones included
// (floats compared by bit pattern; a Constant's fields that its kind does not use are
// ignored). What a serialize/load round trip must preserve.
[[nodiscard]] bool identical(const Code& a, const Code& b);

// The same for two constants.
[[nodiscard]] bool identical(const Constant& a, const Constant& b);

}  // namespace peppy::bytecode
