// verify.cpp: the bytecode verifier (see verify.hpp; every rule is listed in
// docs/bytecode.md). Code objects are checked one at a time from a work list (no
// recursion, so nesting costs no native stack); each check decodes the instructions,
// checks their operands, the exception table, then runs the stack-depth dataflow.
#include "bytecode/verify.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <queue>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "limits.hpp"

namespace peppy::bytecode {

namespace {

// What the checks throw; verify() turns it into VerifyResult::error.
struct VerifyError {
  std::string message;
};

// CPython's CO_FUTURE_* flags (0x20000 division ... 0x1000000 annotations): the
// compiler records `from __future__ import ...` in co_flags as CPython does.
constexpr std::uint32_t kFutureFlags = 0x1FE0000;

// Every CO_* flag code.hpp defines, and the future flags.
constexpr std::uint32_t kKnownFlags = CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS | CO_NESTED |
                                      CO_GENERATOR | CO_NOFREE | CO_COROUTINE | CO_ITERABLE_COROUTINE |
                                      CO_ASYNC_GENERATOR | kFutureFlags;

// The number of BINARY_OP operands (13 operators, then their in-place forms).
constexpr std::uint32_t kBinOpOperands = 2 * kInplace;

// A hexadecimal rendering of a flags word ("0x400").
std::string hex(std::uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%x", v);
  return buf;
}

// The length of the UTF-8 sequence starting at text[i] (0 if it is invalid); lone
// surrogates count as valid when `surrogates` is true.
std::size_t utf8_sequence(std::string_view text, std::size_t i, bool surrogates) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t len;
  std::uint32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (text.size() - i < len) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if (len == 3 && cp < 0x800) return 0;                      // overlong
  if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;  // overlong or too large
  if (cp >= 0xD800 && cp <= 0xDFFF && !surrogates) return 0;
  return len;
}

// Whether all of `text` is UTF-8 (with or without lone surrogates).
bool utf8_ok(std::string_view text, bool surrogates) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_sequence(text, i, surrogates);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace

std::string printable_name(std::string_view text) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (out.size() >= 100) {
      out += "...";
      break;
    }
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const std::size_t n = utf8_sequence(text, i, false);
    if (n == 0 || c < 0x20 || c == 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

namespace {

// Whether `text` is an int constant's form: an optional '-', then decimal digits
// without leading zeros ("0" alone is fine, "-0" is not).
bool valid_int_text(std::string_view text) {
  std::string_view digits = text;
  if (!digits.empty() && digits.front() == '-') digits.remove_prefix(1);
  if (digits.empty()) return false;
  for (char ch : digits)
    if (ch < '0' || ch > '9') return false;
  if (digits.size() > 1 && digits.front() == '0') return false;
  return !(digits == "0" && text.size() == 2);
}

// One decoded instruction.
struct Instr {
  std::uint32_t start;  // its first word (the first EXTENDED_ARG before it, if any)
  std::uint32_t at;     // the word holding its opcode
  std::uint32_t next;   // the word after it (after its inline-cache word)
  Op op;
  std::uint32_t arg;    // the full operand (EXTENDED_ARG applied)
};

// What each word of the code is.
enum class WordKind : std::uint8_t { Start, Inside, Cache };

// Checks one code object; nested code objects are handed back through `children`.
class Checker {
 public:
  Checker(const Code& code, int level) : c_(code), level_(level) {
  }

  // Runs every check; throws VerifyError on the first problem.
  void run(std::vector<std::pair<const Code*, int>>& children) {
    check_header();
    check_constants(children);
    decode();
    for (const Instr& in : ins_) check_operand(in);
    const Instr& last = ins_.back();
    if (!(info(last.op).flags & F_TERM))
      fail_at(last.at, "the last instruction (" + std::string(info(last.op).name) +
                           ") falls off the end of the code");
    check_exception_table();
    check_stack();
  }

 private:
  const Code& c_;
  int level_;
  std::vector<Instr> ins_;
  std::vector<WordKind> kind_;        // per word
  std::vector<std::int32_t> number_;  // per word: the instruction starting there, or -1
  std::vector<std::int32_t> handler_;  // per word: the innermost exception entry, or -1

  // The code object's name for messages (made only when there is one to give).
  std::string name() const {
    const std::string n = printable_name(!c_.qualname.empty() ? c_.qualname : c_.name);
    return n.empty() ? "<unnamed code object>" : n;
  }

  [[noreturn]] void fail(const std::string& problem) { throw VerifyError{problem + " in " + name()}; }

  [[noreturn]] void fail_at(std::size_t word, const std::string& problem) {
    throw VerifyError{problem + " in " + name() + " at instruction " + std::to_string(word)};
  }

  // Flags, argument counts, names, sizes, positions.
  void check_header() {
    if (c_.flags & ~kKnownFlags) fail("unknown flags " + hex(c_.flags & ~kKnownFlags));
    const int kinds = !!(c_.flags & CO_GENERATOR) + !!(c_.flags & CO_COROUTINE) + !!(c_.flags & CO_ASYNC_GENERATOR);
    if (kinds > 1) fail("flags " + hex(c_.flags) + " make it more than one of generator, coroutine, async generator");
    if (!valid_utf8(c_.name)) fail("the name is not valid UTF-8");
    if (!valid_utf8(c_.qualname)) fail("the qualname is not valid UTF-8");
    if (!valid_utf8_with_surrogates(c_.filename)) fail("the filename is not valid UTF-8");
    check_names(c_.names, "name");
    check_names(c_.varnames, "varname");
    check_names(c_.cellvars, "cellvar");
    check_names(c_.freevars, "freevar");
    if (c_.posonlyargcount > c_.argcount)
      fail("posonlyargcount " + std::to_string(c_.posonlyargcount) + " exceeds argcount " + std::to_string(c_.argcount));
    const std::uint64_t args = std::uint64_t{c_.argcount} + c_.kwonlyargcount + !!(c_.flags & CO_VARARGS) +
                               !!(c_.flags & CO_VARKEYWORDS);
    if (args > c_.varnames.size())
      fail("the arguments need " + std::to_string(args) + " varnames but there are " +
           std::to_string(c_.varnames.size()));
    if (c_.stacksize > limits::kMaxStackSize)
      fail("stacksize " + std::to_string(c_.stacksize) + " exceeds the limit of " + std::to_string(limits::kMaxStackSize));
    if (c_.code.empty()) fail("no instructions");
    if (c_.code.size() > INT32_MAX) fail("too many instruction words");
    if (c_.positions.size() != c_.code.size())
      fail(std::to_string(c_.positions.size()) + " positions for " + std::to_string(c_.code.size()) + " words");
    for (std::size_t i = 0; i < c_.positions.size(); ++i) {
      const Position& p = c_.positions[i];
      if (p.lineno < -1 || p.end_lineno < -1 || p.col < -1 || p.end_col < -1)
        fail_at(i, "a position field is below -1 (the unknown value)");
    }
  }

  // Each name of a list must be UTF-8.
  void check_names(const std::vector<std::string>& names, const char* what) {
    for (std::size_t i = 0; i < names.size(); ++i)
      if (!valid_utf8(names[i])) fail(std::string(what) + " " + std::to_string(i) + " is not valid UTF-8");
  }

  // The constants' forms and nesting; the code objects among them go to `children`.
  void check_constants(std::vector<std::pair<const Code*, int>>& children) {
    // (constant, its level) pairs still to look at, for tuples inside tuples.
    std::vector<std::pair<const Constant*, int>> todo;
    for (std::size_t i = 0; i < c_.consts.size(); ++i) {
      todo.assign(1, {&c_.consts[i], level_ + 1});
      while (!todo.empty()) {
        auto [k, level] = todo.back();
        todo.pop_back();
        auto what = [i] { return "constant " + std::to_string(i); };
        switch (k->kind) {
          case Constant::Kind::Int:
            if (!valid_int_text(k->text)) fail(what() + " is an int whose digits are invalid");
            break;
          case Constant::Kind::Str:
            if (!valid_utf8_with_surrogates(k->text)) fail(what() + " is a str that is not valid UTF-8");
            break;
          case Constant::Kind::Tuple:
          case Constant::Kind::FrozenSet:
            if (level > limits::kMaxBytecodeNesting) too_deep();
            for (auto it = k->items.rbegin(); it != k->items.rend(); ++it) todo.emplace_back(&*it, level + 1);
            break;
          case Constant::Kind::Code:
            if (!k->code) fail(what() + " is a code object that is missing");
            if (level > limits::kMaxBytecodeNesting) too_deep();
            children.emplace_back(k->code.get(), level);
            break;
          default:
            break;
        }
      }
    }
  }

  [[noreturn]] void too_deep() {
    fail("code objects and constants nested deeper than " + std::to_string(limits::kMaxBytecodeNesting) + " levels");
  }

  // Splits the words into instructions (EXTENDED_ARG prefixes, opcodes, cache words).
  void decode() {
    const std::size_t n = c_.code.size();
    kind_.assign(n, WordKind::Inside);
    number_.assign(n, -1);
    for (std::size_t i = 0; i < n;) {
      const std::size_t start = i;
      std::uint64_t ext = 0;
      Op op;
      std::uint64_t arg;
      for (;;) {
        const Word w = c_.code[i];
        if (!is_opcode(w & 0xFF)) fail_at(i, "invalid opcode " + std::to_string(w & 0xFF));
        op = word_op(w);
        arg = (ext << 24) | word_arg(w);
        if (arg > UINT32_MAX) fail_at(i, "operand wider than 32 bits (too many EXTENDED_ARG)");
        if (op != Op::EXTENDED_ARG) break;
        ext = arg;
        if (++i == n) fail_at(i - 1, "EXTENDED_ARG at the end of the code");
      }
      kind_[start] = WordKind::Start;
      Instr in{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), op,
               static_cast<std::uint32_t>(arg)};
      if (info(op).flags & F_CACHE1) {
        if (in.next >= n) fail_at(i, "the inline-cache word after " + std::string(info(op).name) + " is missing");
        kind_[in.next] = WordKind::Cache;
        if (c_.code[in.next] != 0) fail_at(in.next, "inline-cache word is not zero");
        ++in.next;
      }
      number_[start] = static_cast<std::int32_t>(ins_.size());
      ins_.push_back(in);
      i = in.next;
    }
  }

  // Why `word` is no place to jump to ("" if it is an instruction start).
  std::string not_a_start(std::uint32_t word) const {
    if (word >= c_.code.size()) return "past the end of the code (" + std::to_string(c_.code.size()) + " words)";
    if (kind_[word] == WordKind::Cache) return "an inline-cache word";
    if (kind_[word] == WordKind::Inside) return "inside an EXTENDED_ARG sequence";
    return "";
  }

  // The operand of one instruction against its kind and the opcode's own rules.
  void check_operand(const Instr& in) {
    const OpInfo& oi = info(in.op);
    const std::string_view op = oi.name;
    const std::uint32_t a = in.arg;
    auto out_of_range = [&](const char* what, std::size_t size, const std::string& of) {
      if (a >= size)
        fail_at(in.at, std::string(what) + " " + std::to_string(a) + " out of range (" + std::to_string(size) + " " + of + ")");
    };
    switch (oi.operand) {
      case Operand::NONE:
        if (a != 0) fail_at(in.at, std::string(op) + " takes no operand (got " + std::to_string(a) + ")");
        break;
      case Operand::CONST:
        out_of_range("constant index", c_.consts.size(), "constants");
        break;
      case Operand::NAME:
        out_of_range("name index", c_.names.size(), "names");
        break;
      case Operand::LOCAL:
        out_of_range("local index", c_.varnames.size(), "varnames");
        break;
      case Operand::CELL:
        out_of_range("cell index", c_.cellvars.size() + c_.freevars.size(),
                     "cellvars + freevars");
        break;
      case Operand::JUMP: {
        const std::string why = not_a_start(a);
        if (!why.empty()) fail_at(in.at, "jump target " + std::to_string(a) + " is " + why);
        break;
      }
      case Operand::BINOP:
        out_of_range("binary operator", kBinOpOperands, "operators");
        break;
      case Operand::CMP:
        out_of_range("comparison", kCmpOpCount, "comparisons");
        break;
      case Operand::COUNT:
        check_count(in, op);
        break;
      case Operand::FLAGS:
        check_flags(in, op);
        break;
    }
    if (in.op == Op::RETURN_GENERATOR) {
      if (in.start != 0) fail_at(in.at, "RETURN_GENERATOR is not the first instruction");
      if (!(c_.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)))
        fail_at(in.at, "RETURN_GENERATOR in code that is no generator, coroutine or async generator");
    }
  }

  // COUNT operands: small enough for the stack, and what each opcode allows.
  void check_count(const Instr& in, std::string_view op) {
    const std::uint32_t a = in.arg;
    if (a > limits::kMaxStackSize) fail_at(in.at, std::string(op) + " count " + std::to_string(a) + " too large");
    std::uint32_t least = 0;
    switch (in.op) {
      case Op::COPY:
      case Op::LIST_APPEND:
      case Op::SET_ADD:
      case Op::MAP_ADD:
      case Op::LIST_EXTEND:
      case Op::SET_UPDATE:
      case Op::DICT_UPDATE:
      case Op::DICT_MERGE:
        least = 1;
        break;
      case Op::SWAP:
        least = 2;
        break;
      case Op::BUILD_SLICE:
        if (a != 2 && a != 3) fail_at(in.at, "BUILD_SLICE takes 2 or 3 (got " + std::to_string(a) + ")");
        break;
      case Op::RAISE_VARARGS:
        if (a > 2) fail_at(in.at, "RAISE_VARARGS takes 0, 1 or 2 (got " + std::to_string(a) + ")");
        break;
      default:
        break;
    }
    if (a < least) fail_at(in.at, std::string(op) + " needs an operand of at least " + std::to_string(least) + " (got " + std::to_string(a) + ")");
  }

  // FLAGS operands: only the bits each opcode defines.
  void check_flags(const Instr& in, std::string_view op) {
    std::uint32_t most = UINT32_MAX;
    switch (in.op) {
      case Op::IS_OP:
      case Op::CONTAINS_OP:
      case Op::CALL_FUNCTION_EX:
        most = 1;
        break;
      case Op::RERAISE:  // 1: f_lasti is under the exception; 2: under one more value (with)
        most = 2;
        break;
      case Op::GET_AWAITABLE:
        most = 2;
        break;
      case Op::FORMAT_VALUE:
        most = kFormatConvMask | kFormatWithSpec;
        break;
      case Op::MAKE_FUNCTION:
        most = kMakeDefaults | kMakeKwDefaults | kMakeAnnotations | kMakeClosure;
        break;
      case Op::UNPACK_EX:
        // Names before the star in the low byte, after it in the rest.
        if ((in.arg >> 8) > limits::kMaxStackSize) fail_at(in.at, "UNPACK_EX count too large");
        break;
      default:
        break;
    }
    if (in.arg > most)
      fail_at(in.at, std::string(op) + " flags " + std::to_string(in.arg) + " out of range (0 to " + std::to_string(most) + ")");
  }

  // The entries' ranges and targets, and which one applies to each word.
  void check_exception_table() {
    const std::size_t n = c_.code.size();
    std::unordered_map<std::uint32_t, std::size_t> by_start;
    for (std::size_t k = 0; k < c_.exception_table.size(); ++k) {
      const ExceptionEntry& e = c_.exception_table[k];
      auto what = [k] { return "exception-table entry " + std::to_string(k); };
      if (e.start >= e.end)
        fail(what() + " is empty (start " + std::to_string(e.start) + ", end " + std::to_string(e.end) + ")");
      std::string why = not_a_start(e.start);
      if (!why.empty()) fail(what() + " starts at " + std::to_string(e.start) + ", which is " + why);
      if (e.end > n)
        fail(what() + " ends at " + std::to_string(e.end) + ", past the end of the code (" + std::to_string(n) + " words)");
      if (e.end < n && kind_[e.end] != WordKind::Start)
        fail(what() + " ends at " + std::to_string(e.end) + ", which is " + not_a_start(e.end));
      why = not_a_start(e.target);
      if (!why.empty()) fail(what() + " has target " + std::to_string(e.target) + ", which is " + why);
      if (e.depth > c_.stacksize)
        fail(what() + " has depth " + std::to_string(e.depth) + " above the stacksize " + std::to_string(c_.stacksize));
      auto [it, fresh] = by_start.emplace(e.start, k);
      if (!fresh)
        fail("exception-table entries " + std::to_string(it->second) + " and " + std::to_string(k) +
             " both start at " + std::to_string(e.start) + " (which is innermost is ambiguous)");
    }
    // The innermost entry at each word: among the entries containing it, the one with
    // the greatest start. A sweep over the words with the entries open at each word in a
    // heap by start; entries already ended are dropped when they reach the top.
    std::vector<std::size_t> order(c_.exception_table.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(),
              [&](std::size_t x, std::size_t y) { return c_.exception_table[x].start < c_.exception_table[y].start; });
    auto later_start = [&](std::size_t x, std::size_t y) {
      return c_.exception_table[x].start < c_.exception_table[y].start;
    };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later_start)> open(later_start);
    handler_.assign(n, -1);
    std::size_t next = 0;
    for (std::size_t w = 0; w < n; ++w) {
      while (next < order.size() && c_.exception_table[order[next]].start == w) open.push(order[next++]);
      while (!open.empty() && c_.exception_table[open.top()].end <= w) open.pop();
      if (!open.empty()) handler_[w] = static_cast<std::int32_t>(open.top());
    }
  }

  // The stack-depth dataflow: every reachable instruction gets one depth, no pop takes
  // more than there is, no depth exceeds the stacksize, and the greatest is the stacksize.
  void check_stack() {
    std::vector<std::int64_t> depth(ins_.size(), -1);
    std::vector<std::uint32_t> work;
    std::int64_t most = 0;
    const std::int64_t limit = c_.stacksize;
    // Enters the instruction at `word` with depth `d`, coming from the instruction at `from`.
    auto reach = [&](std::uint32_t word, std::int64_t d, std::uint32_t from) {
      if (d > limit)
        fail_at(from, "the stack holds " + std::to_string(d) + " values, more than the stacksize " + std::to_string(limit));
      most = std::max(most, d);
      const std::int32_t k = number_[word];
      if (depth[k] < 0) {
        depth[k] = d;
        work.push_back(static_cast<std::uint32_t>(k));
      } else if (depth[k] != d) {
        fail_at(word, "inconsistent stack depth: " + std::to_string(depth[k]) + " on one path, " + std::to_string(d) +
                          " from instruction " + std::to_string(from));
      }
    };
    reach(0, 0, 0);
    while (!work.empty()) {
      const Instr& in = ins_[work.back()];
      const std::int64_t d = depth[work.back()];
      work.pop_back();
      const OpInfo& oi = info(in.op);
      const StackEffect eff = stack_effect(in.op, in.arg);
      if (eff.pops > d)
        fail_at(in.at, "stack underflow: " + std::string(oi.name) + " pops " + std::to_string(eff.pops) +
                           " but the stack holds " + std::to_string(d));
      if (handler_[in.at] >= 0) {
        const ExceptionEntry& e = c_.exception_table[static_cast<std::size_t>(handler_[in.at])];
        if (e.depth > d)
          fail_at(in.at, "the stack holds " + std::to_string(d) + " values, fewer than the depth " +
                             std::to_string(e.depth) + " of its exception handler (entry " +
                             std::to_string(handler_[in.at]) + ")");
        reach(e.target, std::int64_t{e.depth} + (e.push_lasti ? 1 : 0) + 1, in.at);
      }
      const std::int64_t after = d - eff.pops + eff.pushes;
      most = std::max(most, after);
      if (!(oi.flags & F_TERM)) {
        if (in.next >= c_.code.size()) fail_at(in.at, "execution falls off the end of the code");
        reach(in.next, after, in.at);
      }
      if (oi.flags & F_JUMP) reach(in.arg, d - eff.pops + eff.jump_pushes, in.at);
    }
    if (most != limit)
      fail("the stacksize is " + std::to_string(limit) + " but the greatest stack depth is " + std::to_string(most));
  }
};

}  // namespace

bool valid_utf8(std::string_view text) { return utf8_ok(text, false); }

bool valid_utf8_with_surrogates(std::string_view text) { return utf8_ok(text, true); }

VerifyResult verify(const Code& code) {
  // Code objects still to check, with their nesting levels, the next one last.
  std::vector<std::pair<const Code*, int>> todo{{&code, 1}};
  std::vector<std::pair<const Code*, int>> children;
  try {
    while (!todo.empty()) {
      auto [c, level] = todo.back();
      todo.pop_back();
      children.clear();
      Checker(*c, level).run(children);
      // Depth first, in the order of the constants.
      todo.insert(todo.end(), children.rbegin(), children.rend());
    }
  } catch (const VerifyError& e) {
    return VerifyResult{e.message};
  }
  return VerifyResult{};
}

}  // namespace peppy::bytecode
