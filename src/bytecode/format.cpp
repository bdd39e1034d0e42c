// format.cpp: writing and reading bytecode files (see format.hpp; the layout is in
// docs/bytecode.md). The reader checks the file's structure itself (lengths, counts,
// varint forms, tags, nesting) and leaves the meaning of what it read (operands, stack
// depths, names...) to verify(), which it runs before returning anything.
#include "bytecode/format.hpp"

#include <cstdio>
#include <cstring>
#include <new>
#include <string>
#include <utility>

#include "bytecode/verify.hpp"
#include "limits.hpp"

namespace peppy::bytecode {

namespace {

// ---- shared helpers ----

// The bit pattern of a double.
std::uint64_t bits_of(double d) {
  std::uint64_t u;
  std::memcpy(&u, &d, sizeof u);
  return u;
}

// The double with this bit pattern.
double double_of(std::uint64_t u) {
  double d;
  std::memcpy(&d, &u, sizeof d);
  return d;
}

// Zigzag encoding of a signed integer (0, -1, 1, -2, ... -> 0, 1, 2, 3, ...).
std::uint64_t zigzag(std::int64_t v) {
  return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}

// The inverse of zigzag().
std::int64_t unzigzag(std::uint64_t u) {
  return static_cast<std::int64_t>(u >> 1) ^ -static_cast<std::int64_t>(u & 1);
}

// ---- writing ----

// Appends the encodings of the file's pieces to a string.
class Writer {
 public:
  std::string out;

  // A little-endian integer of `n` bytes.
  void fixed(std::uint64_t v, int n) {
    for (int i = 0; i < n; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }

  // An unsigned LEB128 varint (shortest form).
  void uvar(std::uint64_t v) {
    while (v >= 0x80) {
      out.push_back(static_cast<char>((v & 0x7F) | 0x80));
      v >>= 7;
    }
    out.push_back(static_cast<char>(v));
  }

  // A signed varint (zigzag, then LEB128).
  void svar(std::int64_t v) { uvar(zigzag(v)); }

  // A length-prefixed byte string.
  void str(std::string_view s) {
    uvar(s.size());
    out.append(s);
  }

  // A list of strings: the count, then each.
  void strs(const std::vector<std::string>& v) {
    uvar(v.size());
    for (const auto& s : v) str(s);
  }

  // A code object (recursively through its constants).
  void code(const Code& c) {
    str(c.name);
    str(c.qualname);
    str(c.filename);
    svar(c.firstlineno);
    uvar(c.argcount);
    uvar(c.posonlyargcount);
    uvar(c.kwonlyargcount);
    uvar(c.flags);
    uvar(c.stacksize);
    uvar(c.code.size());
    for (Word w : c.code) fixed(w, 4);
    // Positions, one per word: the line as a delta from the previous word's line (the
    // first from firstlineno), the end line as a delta from the line, the columns.
    std::int64_t prev = c.firstlineno;
    for (std::size_t i = 0; i < c.code.size(); ++i) {
      const Position p = i < c.positions.size() ? c.positions[i] : Position{};
      svar(static_cast<std::int64_t>(p.lineno) - prev);
      svar(static_cast<std::int64_t>(p.end_lineno) - p.lineno);
      svar(p.col);
      svar(p.end_col);
      prev = p.lineno;
    }
    uvar(c.consts.size());
    for (const Constant& k : c.consts) constant(k);
    strs(c.names);
    strs(c.varnames);
    strs(c.cellvars);
    strs(c.freevars);
    uvar(c.exception_table.size());
    for (const ExceptionEntry& e : c.exception_table) {
      uvar(e.start);
      uvar(e.end);
      uvar(e.target);
      uvar(e.depth);
      out.push_back(e.push_lasti ? 1 : 0);
    }
  }

  // A constant: its kind as a tag byte, then what that kind needs.
  void constant(const Constant& k) {
    out.push_back(static_cast<char>(k.kind));
    switch (k.kind) {
      case Constant::Kind::None:
      case Constant::Kind::True:
      case Constant::Kind::False:
      case Constant::Kind::Ellipsis:
        break;
      case Constant::Kind::Int:
      case Constant::Kind::Str:
      case Constant::Kind::Bytes:
        str(k.text);
        break;
      case Constant::Kind::Float:
        fixed(bits_of(k.real), 8);
        break;
      case Constant::Kind::Complex:
        fixed(bits_of(k.real), 8);
        fixed(bits_of(k.imag), 8);
        break;
      case Constant::Kind::Tuple:
      case Constant::Kind::FrozenSet:
        uvar(k.items.size());
        for (const Constant& item : k.items) constant(item);
        break;
      case Constant::Kind::Code:
        code(k.code ? *k.code : Code{});  // a missing code object is written as an empty one (verify rejects it)
        break;
    }
  }
};

// ---- reading ----

// What the reader throws; load() turns it into LoadResult::error.
struct LoadError {
  std::string message;
};

// The largest Constant::Kind value (the tags are the kinds' values).
constexpr unsigned kLastConstantTag = static_cast<unsigned>(Constant::Kind::Code);

// What is being read, for the messages ("constant 3 of f"), kept as pointers so that
// nothing is allocated unless there is an error: prefix + what [+ " " index] [+ " of "
// the owner code object's name].
struct Where {
  const char* prefix = "";
  const char* what = "the header";
  std::int64_t index = -1;
  const Code* owner = nullptr;
};

// The name messages use for a code object being read: its qualname, else its name.
std::string owner_name(const Code* c) {
  if (!c) return "?";
  const std::string& n = !c->qualname.empty() ? c->qualname : c->name;
  return n.empty() ? "<unnamed code object>" : printable_name(n);
}

// Where as text.
std::string describe(const Where& w) {
  std::string s = std::string(w.prefix) + w.what;
  if (w.index >= 0) s += " " + std::to_string(w.index);
  if (w.owner) s += " of " + owner_name(w.owner);
  return s;
}

// Reads the pieces of a file from a byte range, throwing LoadError on any structural
// problem. `where_` says what is being read, for the messages.
class Reader {
 public:
  explicit Reader(std::string_view data, std::size_t pos) : data_(data), pos_(pos) {}

  std::size_t pos() const { return pos_; }
  std::size_t left() const { return data_.size() - pos_; }

  // Reads a code object at nesting level `level` (the module's is 1).
  std::shared_ptr<Code> code(int level) {
    if (level > limits::kMaxBytecodeNesting) too_deep();
    auto c = std::make_shared<Code>();
    const Code* owner = c.get();
    where_ = Where{"", "the name of a code object"};
    c->name = str();
    where_ = Where{"", "the qualname", -1, owner};
    c->qualname = str();
    where_ = Where{"", "the header fields", -1, owner};
    c->filename = str();
    c->firstlineno = i32();
    c->argcount = u32();
    c->posonlyargcount = u32();
    c->kwonlyargcount = u32();
    c->flags = u32();
    c->stacksize = u32();
    // Each word takes 4 bytes and its position at least 4 more.
    const std::size_t n_words = count("instruction words", 8, owner);
    where_ = Where{"", "the instructions", -1, owner};
    c->code.resize(n_words);
    for (std::size_t i = 0; i < n_words; ++i) c->code[i] = static_cast<Word>(fixed(4));
    where_ = Where{"", "the positions", -1, owner};
    c->positions.resize(n_words);
    std::int64_t prev = c->firstlineno;
    for (std::size_t i = 0; i < n_words; ++i) {
      Position& p = c->positions[i];
      // Each value must fit 32 bits (prev and line do, so the sums cannot overflow).
      const std::int64_t line = prev + svar_within(-prev);
      const std::int64_t end_line = line + svar_within(-line);
      const std::int64_t col = svar_within(0), end_col = svar_within(0);
      p = Position{static_cast<std::int32_t>(line), static_cast<std::int32_t>(end_line),
                   static_cast<std::int32_t>(col), static_cast<std::int32_t>(end_col)};
      prev = line;
    }
    const std::size_t n_consts = count("constants", 1, owner);
    c->consts.reserve(n_consts);
    for (std::size_t i = 0; i < n_consts; ++i) {
      const Where here{"", "constant", static_cast<std::int64_t>(i), owner};
      where_ = here;
      c->consts.push_back(constant(level + 1, here));
    }
    c->names = strs("names", owner);
    c->varnames = strs("varnames", owner);
    c->cellvars = strs("cellvars", owner);
    c->freevars = strs("freevars", owner);
    const std::size_t n_entries = count("exception-table entries", 5, owner);
    c->exception_table.resize(n_entries);
    for (std::size_t i = 0; i < n_entries; ++i) {
      where_ = Where{"", "exception-table entry", static_cast<std::int64_t>(i), owner};
      ExceptionEntry& e = c->exception_table[i];
      e.start = u32();
      e.end = u32();
      e.target = u32();
      e.depth = u32();
      const std::uint8_t lasti = byte();
      if (lasti > 1)
        fail("bad push_lasti byte " + std::to_string(lasti) + " at byte " + std::to_string(pos_ - 1) + " (" +
             describe(where_) + ")");
      e.push_lasti = lasti == 1;
    }
    return c;
  }

 private:
  std::string_view data_;
  std::size_t pos_;
  Where where_;  // what is being read

  [[noreturn]] void fail(std::string message) { throw LoadError{std::move(message)}; }

  [[noreturn]] void truncated() {
    fail("truncated file (at byte " + std::to_string(pos_) + ", reading " + describe(where_) + ")");
  }

  [[noreturn]] void too_deep() {
    fail("code objects and constants nested deeper than " + std::to_string(limits::kMaxBytecodeNesting) +
         " levels (at byte " + std::to_string(pos_) + ")");
  }

  static bool fits_i32(std::int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

  // One byte.
  std::uint8_t byte() {
    if (pos_ >= data_.size()) truncated();
    return static_cast<std::uint8_t>(data_[pos_++]);
  }

  // A little-endian integer of `n` bytes.
  std::uint64_t fixed(int n) {
    if (left() < static_cast<std::size_t>(n)) truncated();
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i) v |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(data_[pos_ + i])) << (8 * i);
    pos_ += static_cast<std::size_t>(n);
    return v;
  }

  // An unsigned varint no greater than `max`, in its shortest form.
  std::uint64_t uvar(std::uint64_t max) {
    const std::size_t start = pos_;
    std::uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      const std::uint8_t b = byte();
      if (shift == 63 && b > 1) bad_varint(start, "more than 64 bits");
      v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) {
        if (b == 0 && shift > 0) bad_varint(start, "not in its shortest form");
        break;
      }
    }
    if (v > max) bad_varint(start, "value " + std::to_string(v) + " too large");
    return v;
  }

  [[noreturn]] void bad_varint(std::size_t start, const std::string& why) {
    fail("invalid varint at byte " + std::to_string(start) + " (reading " + describe(where_) + "): " + why);
  }

  // A 32-bit unsigned varint.
  std::uint32_t u32() { return static_cast<std::uint32_t>(uvar(UINT32_MAX)); }

  // A signed varint (zigzag).
  std::int64_t svar() { return unzigzag(uvar(UINT64_MAX)); }

  // A signed varint d such that base + d fits 32 bits (|base| < 2^32).
  std::int64_t svar_within(std::int64_t base) {
    const std::size_t start = pos_;
    const std::int64_t v = svar();
    if (v < INT32_MIN + base || v > INT32_MAX + base)
      bad_varint(start, "delta " + std::to_string(v) + " gives a position out of the 32-bit range");
    return v;
  }

  // A signed varint that must fit 32 bits.
  std::int32_t i32() {
    const std::size_t start = pos_;
    const std::int64_t v = svar();
    if (!fits_i32(v)) bad_varint(start, "value " + std::to_string(v) + " out of the 32-bit range");
    return static_cast<std::int32_t>(v);
  }

  // A count of items each taking at least `min_bytes`, checked against the bytes left
  // (so that nothing is reserved for items the file cannot hold).
  std::size_t count(const char* what, std::size_t min_bytes, const Code* owner) {
    where_ = Where{"the number of ", what, -1, owner};
    const std::uint64_t n = u32();
    if (n > left() / min_bytes)
      fail("truncated file: " + std::to_string(n) + " " + what + " of " + owner_name(owner) + " need at least " +
           std::to_string(n * min_bytes) + " bytes, " + std::to_string(left()) + " are left");
    return static_cast<std::size_t>(n);
  }

  // A length-prefixed byte string.
  std::string str() {
    const std::size_t n = count_bytes();
    std::string s(data_.substr(pos_, n));
    pos_ += n;
    return s;
  }

  // The length of a byte string, checked against the bytes left.
  std::size_t count_bytes() {
    const std::uint64_t n = u32();
    if (n > left())
      fail("truncated file: a string of " + std::to_string(n) + " bytes, " + std::to_string(left()) +
           " are left (reading " + describe(where_) + ")");
    return static_cast<std::size_t>(n);
  }

  // A list of strings.
  std::vector<std::string> strs(const char* what, const Code* owner) {
    const std::size_t n = count(what, 1, owner);
    where_ = Where{"the ", what, -1, owner};
    std::vector<std::string> v;
    v.reserve(n);
    for (std::size_t i = 0; i < n; ++i) v.push_back(str());
    return v;
  }

  // A constant at nesting level `level` (counted when it is a tuple, frozenset or code),
  // read as part of `here` (restored after a nested code object).
  Constant constant(int level, const Where& here) {
    const std::size_t at = pos_;
    const std::uint8_t tag = byte();
    if (tag > kLastConstantTag)
      fail("unknown constant tag " + std::to_string(tag) + " at byte " + std::to_string(at) + " (reading " + describe(where_) + ")");
    Constant k;
    k.kind = static_cast<Constant::Kind>(tag);
    switch (k.kind) {
      case Constant::Kind::None:
      case Constant::Kind::True:
      case Constant::Kind::False:
      case Constant::Kind::Ellipsis:
        break;
      case Constant::Kind::Int:
      case Constant::Kind::Str:
      case Constant::Kind::Bytes:
        k.text = str();
        break;
      case Constant::Kind::Float:
        k.real = double_of(fixed(8));
        break;
      case Constant::Kind::Complex:
        k.real = double_of(fixed(8));
        k.imag = double_of(fixed(8));
        break;
      case Constant::Kind::Tuple:
      case Constant::Kind::FrozenSet: {
        if (level > limits::kMaxBytecodeNesting) too_deep();
        const std::uint64_t n = u32();
        if (n > left())
          fail("truncated file: a tuple of " + std::to_string(n) + " items, " + std::to_string(left()) +
               " bytes are left (reading " + describe(where_) + ")");
        k.items.reserve(static_cast<std::size_t>(n));
        for (std::uint64_t i = 0; i < n; ++i) k.items.push_back(constant(level + 1, here));
        break;
      }
      case Constant::Kind::Code:
        k.code = code(level);
        where_ = here;
        break;
    }
    return k;
  }
};

// Reads the header and the code object; throws LoadError.
void read_file(std::string_view bytes, LoadResult& result) {
  if (bytes.size() < kMagic.size()) {
    if (bytes != kMagic.substr(0, bytes.size())) throw LoadError{"bad magic: not a peppy bytecode file"};
    throw LoadError{"truncated file (at byte " + std::to_string(bytes.size()) + ", reading the header)"};
  }
  if (bytes.substr(0, kMagic.size()) != kMagic) throw LoadError{"bad magic: not a peppy bytecode file"};
  if (bytes.size() < 6)
    throw LoadError{"truncated file (at byte " + std::to_string(bytes.size()) + ", reading the header)"};
  const unsigned version = static_cast<std::uint8_t>(bytes[4]) | (static_cast<std::uint8_t>(bytes[5]) << 8);
  if (version != kFormatVersion)
    throw LoadError{"unsupported format version " + std::to_string(version) + " (this peppy reads version " +
                    std::to_string(kFormatVersion) + ")"};
  if (bytes.size() < kHeaderSize)
    throw LoadError{"truncated file (at byte " + std::to_string(bytes.size()) + ", reading the header)"};
  auto le = [&](std::size_t at, int n) {
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i) v |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(bytes[at + i])) << (8 * i);
    return v;
  };
  const auto flags = static_cast<std::uint16_t>(le(6, 2));
  if (flags & ~kFlagNoSource) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%04x", static_cast<unsigned>(flags & ~kFlagNoSource));
    throw LoadError{std::string("unknown header flags ") + buf};
  }
  result.source.size = le(8, 8);
  result.source.hash = le(16, 8);
  result.source.known = !(flags & kFlagNoSource);
  if (!result.source.known && (result.source.size != 0 || result.source.hash != 0))
    throw LoadError{"the header says there is no source but gives its size or hash"};
  Reader r(bytes, kHeaderSize);
  std::shared_ptr<Code> code = r.code(1);
  if (r.left() != 0) throw LoadError{"trailing data after the code object (" + std::to_string(r.left()) + " bytes)"};
  VerifyResult v = verify(*code);
  if (!v.ok()) throw LoadError{std::move(v.error)};
  result.code = std::move(code);
}

}  // namespace

std::uint64_t source_hash(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

SourceInfo source_info(std::string_view source_bytes) {
  return SourceInfo{source_bytes.size(), source_hash(source_bytes), true};
}

std::string serialize(const Code& code, const SourceInfo& source) {
  Writer w;
  w.out.append(kMagic);
  w.fixed(kFormatVersion, 2);
  w.fixed(source.known ? 0 : kFlagNoSource, 2);
  w.fixed(source.known ? source.size : 0, 8);
  w.fixed(source.known ? source.hash : 0, 8);
  w.code(code);
  return std::move(w.out);
}

LoadResult load(std::string_view bytes) {
  LoadResult result;
  try {
    read_file(bytes, result);
  } catch (const LoadError& e) {
    result.code = nullptr;
    result.error = e.message;
  } catch (const std::bad_alloc&) {
    result.code = nullptr;
    result.error = "out of memory reading the bytecode file";
  }
  return result;
}

bool looks_like_bytecode(std::string_view bytes) { return bytes.substr(0, kMagic.size()) == kMagic; }

bool identical(const Constant& a, const Constant& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Constant::Kind::None:
    case Constant::Kind::True:
    case Constant::Kind::False:
    case Constant::Kind::Ellipsis:
      return true;
    case Constant::Kind::Int:
    case Constant::Kind::Str:
    case Constant::Kind::Bytes:
      return a.text == b.text;
    case Constant::Kind::Float:
      return bits_of(a.real) == bits_of(b.real);
    case Constant::Kind::Complex:
      return bits_of(a.real) == bits_of(b.real) && bits_of(a.imag) == bits_of(b.imag);
    case Constant::Kind::Tuple:
    case Constant::Kind::FrozenSet:
      if (a.items.size() != b.items.size()) return false;
      for (std::size_t i = 0; i < a.items.size(); ++i)
        if (!identical(a.items[i], b.items[i])) return false;
      return true;
    case Constant::Kind::Code:
      if (!a.code || !b.code) return !a.code && !b.code;
      return identical(*a.code, *b.code);
  }
  return false;
}

bool identical(const Code& a, const Code& b) {
  auto same_positions = [](const Position& p, const Position& q) {
    return p.lineno == q.lineno && p.end_lineno == q.end_lineno && p.col == q.col && p.end_col == q.end_col;
  };
  auto same_entries = [](const ExceptionEntry& e, const ExceptionEntry& f) {
    return e.start == f.start && e.end == f.end && e.target == f.target && e.depth == f.depth &&
           e.push_lasti == f.push_lasti;
  };
  if (a.name != b.name || a.qualname != b.qualname || a.filename != b.filename || a.firstlineno != b.firstlineno ||
      a.argcount != b.argcount || a.posonlyargcount != b.posonlyargcount || a.kwonlyargcount != b.kwonlyargcount ||
      a.flags != b.flags || a.stacksize != b.stacksize || a.code != b.code || a.names != b.names ||
      a.varnames != b.varnames || a.cellvars != b.cellvars || a.freevars != b.freevars ||
      a.positions.size() != b.positions.size() || a.consts.size() != b.consts.size() ||
      a.exception_table.size() != b.exception_table.size())
    return false;
  for (std::size_t i = 0; i < a.positions.size(); ++i)
    if (!same_positions(a.positions[i], b.positions[i])) return false;
  for (std::size_t i = 0; i < a.exception_table.size(); ++i)
    if (!same_entries(a.exception_table[i], b.exception_table[i])) return false;
  for (std::size_t i = 0; i < a.consts.size(); ++i)
    if (!identical(a.consts[i], b.consts[i])) return false;
  return true;
}

}  // namespace peppy::bytecode
