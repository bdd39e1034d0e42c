// check.cpp: decoding a code object's words, the stack dataflow over them, the
// self-check and the listing (see check.hpp).
#include "compile/check.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "ast/constant.hpp"
#include "compile/constvalue.hpp"

namespace peppy::compile {

namespace {

using bytecode::Op;

// One decoded instruction: where it starts (its first EXTENDED_ARG), its opcode word,
// its full operand and the word after it.
struct Decoded {
  std::uint32_t start, word, next;
  Op op;
  std::uint32_t arg;
};

// Decodes every instruction; false (with *why) on an unknown opcode or a dangling
// prefix.
bool decode(const bytecode::Code& code, std::vector<Decoded>& out, std::string* why) {
  const std::size_t n = code.code.size();
  std::size_t i = 0;
  while (i < n) {
    const std::uint32_t start = static_cast<std::uint32_t>(i);
    std::uint64_t arg = 0;
    int prefixes = 0;
    while (true) {
      if (i >= n) {
        *why = "EXTENDED_ARG at the end of the code";
        return false;
      }
      const bytecode::Word w = code.code[i];
      const std::uint32_t byte = w & 0xFF;
      if (!bytecode::is_opcode(byte)) {
        *why = "unknown opcode " + std::to_string(byte) + " at " + std::to_string(i);
        return false;
      }
      arg = (arg << 24) | bytecode::word_arg(w);
      if (bytecode::word_op(w) != Op::EXTENDED_ARG) break;
      if (++prefixes > 1) {
        *why = "too many EXTENDED_ARG at " + std::to_string(start);
        return false;
      }
      ++i;
    }
    if (arg > 0xFFFFFFFFull) {
      *why = "operand too large at " + std::to_string(start);
      return false;
    }
    Decoded d;
    d.start = start;
    d.word = static_cast<std::uint32_t>(i);
    d.op = bytecode::word_op(code.code[i]);
    d.arg = static_cast<std::uint32_t>(arg);
    ++i;
    if (bytecode::info(d.op).flags & bytecode::F_CACHE1) ++i;
    if (i > n) {
      *why = "cache word missing at the end";
      return false;
    }
    d.next = static_cast<std::uint32_t>(i);
    out.push_back(d);
  }
  return true;
}

// Whether an instruction's operand is in range for its kind.
bool operand_ok(const bytecode::Code& code, const Decoded& d, const std::vector<int>& index_of, std::string* why) {
  const auto kind = bytecode::info(d.op).operand;
  const std::string where = " at " + std::to_string(d.start);
  switch (kind) {
    case bytecode::Operand::NONE:
      if (d.arg != 0) {
        *why = "operand of " + std::string(bytecode::info(d.op).name) + " not 0" + where;
        return false;
      }
      return true;
    case bytecode::Operand::CONST:
      if (d.arg >= code.consts.size()) *why = "constant index out of range" + where;
      return d.arg < code.consts.size();
    case bytecode::Operand::NAME:
      if (d.arg >= code.names.size()) *why = "name index out of range" + where;
      return d.arg < code.names.size();
    case bytecode::Operand::LOCAL:
      if (d.arg >= code.varnames.size()) *why = "local index out of range" + where;
      return d.arg < code.varnames.size();
    case bytecode::Operand::CELL:
      if (d.arg >= code.cellvars.size() + code.freevars.size()) *why = "cell index out of range" + where;
      return d.arg < code.cellvars.size() + code.freevars.size();
    case bytecode::Operand::JUMP:
      if (d.arg >= index_of.size() || index_of[d.arg] < 0) {
        *why = "jump target " + std::to_string(d.arg) + " not an instruction" + where;
        return false;
      }
      return true;
    case bytecode::Operand::BINOP:
      if (d.arg >= 2 * bytecode::kInplace) *why = "bad BINARY_OP operand" + where;
      return d.arg < 2 * bytecode::kInplace;
    case bytecode::Operand::CMP:
      if (d.arg >= static_cast<std::uint32_t>(bytecode::kCmpOpCount)) *why = "bad COMPARE_OP operand" + where;
      return d.arg < static_cast<std::uint32_t>(bytecode::kCmpOpCount);
    default:
      return true;
  }
}

// The innermost exception entry covering word `w`, or nullptr.
const bytecode::ExceptionEntry* handler_of(const bytecode::Code& code, std::uint32_t w) {
  const bytecode::ExceptionEntry* best = nullptr;
  for (const auto& e : code.exception_table) {
    if (e.start <= w && w < e.end && (best == nullptr || e.start > best->start)) best = &e;
  }
  return best;
}

// The dataflow: depth at each instruction; false with *why on a conflict.
bool dataflow(const bytecode::Code& code, const std::vector<Decoded>& ins, const std::vector<int>& index_of,
              std::vector<long>& depth, long& max_depth, std::string* why) {
  depth.assign(ins.size(), -1);
  max_depth = 0;
  std::vector<std::size_t> work;
  auto reach = [&](std::size_t k, long d, const Decoded& from) -> bool {
    if (d > max_depth) max_depth = d;
    if (depth[k] < 0) {
      depth[k] = d;
      work.push_back(k);
    } else if (depth[k] != d) {
      *why = "stack depth " + std::to_string(d) + " from " + std::to_string(from.start) + " meets depth " +
             std::to_string(depth[k]) + " at " + std::to_string(ins[k].start);
      return false;
    }
    return true;
  };
  if (ins.empty()) {
    *why = "no instructions";
    return false;
  }
  depth[0] = 0;
  work.push_back(0);
  while (!work.empty()) {
    const std::size_t k = work.back();
    work.pop_back();
    const Decoded& d = ins[k];
    const long before = depth[k];
    const auto se = bytecode::stack_effect(d.op, d.arg);
    if (before < se.pops) {
      *why = std::string(bytecode::info(d.op).name) + " pops " + std::to_string(se.pops) + " from a stack of " +
             std::to_string(before) + " at " + std::to_string(d.start);
      return false;
    }
    const unsigned flags = bytecode::info(d.op).flags;
    if (const auto* h = handler_of(code, d.word)) {
      if (h->depth > static_cast<std::uint32_t>(before)) {
        *why = "handler depth " + std::to_string(h->depth) + " above the stack (" + std::to_string(before) +
               ") at " + std::to_string(d.start);
        return false;
      }
      if (h->target >= index_of.size() || index_of[h->target] < 0) {
        *why = "handler target not an instruction";
        return false;
      }
      if (!reach(static_cast<std::size_t>(index_of[h->target]), static_cast<long>(h->depth) + (h->push_lasti ? 2 : 1),
                 d))
        return false;
    }
    if (flags & bytecode::F_JUMP) {
      if (!reach(static_cast<std::size_t>(index_of[d.arg]), before - se.pops + se.jump_pushes, d)) return false;
    }
    if (!(flags & bytecode::F_TERM)) {
      if (k + 1 >= ins.size()) {
        *why = "execution falls off the end of the code";
        return false;
      }
      if (!reach(k + 1, before - se.pops + se.pushes, d)) return false;
    }
  }
  return true;
}

// The word -> instruction index map (-1 for words inside an instruction).
std::vector<int> index_map(const bytecode::Code& code, const std::vector<Decoded>& ins) {
  std::vector<int> index_of(code.code.size() + 1, -1);
  for (std::size_t k = 0; k < ins.size(); ++k) index_of[ins[k].start] = static_cast<int>(k);
  return index_of;
}

// Position as line:col-endline:endcol, '_' for unknown parts.
std::string pos_text(const bytecode::Position& p) {
  auto v = [](int x) { return x < 0 ? std::string("_") : std::to_string(x); };
  return v(p.lineno) + ":" + v(p.col) + "-" + v(p.end_lineno) + ":" + v(p.end_col);
}

// Checks one code object (not the nested ones), appending its problems to `out`.
void check_one(const bytecode::Code& code, std::string& out) {
  const std::string where = "code " + code.qualname + ": ";
  std::string why;
  std::vector<Decoded> ins;
  if (!decode(code, ins, &why)) {
    out += where + why + "\n";
    return;
  }
  if (code.positions.size() != code.code.size()) out += where + "positions and words differ in number\n";
  const std::vector<int> index_of = index_map(code, ins);
  for (const Decoded& d : ins) {
    if (!operand_ok(code, d, index_of, &why)) out += where + why + "\n";
    if ((bytecode::info(d.op).flags & bytecode::F_CACHE1) && code.code[d.word + 1] != 0)
      out += where + "cache word not zero\n";
  }
  if (!out.empty()) return;
  for (const auto& e : code.exception_table) {
    if (e.start >= e.end || e.end > code.code.size() || index_of[e.start] < 0 ||
        (e.end < code.code.size() && index_of[e.end] < 0))
      out += where + "exception entry not on instruction boundaries\n";
  }
  std::vector<long> depth;
  long max_depth = 0;
  if (!dataflow(code, ins, index_of, depth, max_depth, &why)) {
    out += where + why + "\n";
    return;
  }
  for (std::size_t k = 0; k < ins.size(); ++k) {
    if (depth[k] < 0) {
      out += where + "unreachable instruction at " + std::to_string(ins[k].start) + "\n";
      break;
    }
  }
  if (static_cast<long>(code.stacksize) != max_depth)
    out += where + "stacksize " + std::to_string(code.stacksize) + " but the stack reaches " +
           std::to_string(max_depth) + "\n";
  const std::uint32_t nargs = code.argcount + code.kwonlyargcount + ((code.flags & bytecode::CO_VARARGS) ? 1 : 0) +
                              ((code.flags & bytecode::CO_VARKEYWORDS) ? 1 : 0);
  if (nargs > code.varnames.size()) out += where + "more arguments than local variables\n";
  if (code.posonlyargcount > code.argcount) out += where + "posonlyargcount above argcount\n";
}

}  // namespace

// Measures the stack.
std::optional<std::uint32_t> compute_stacksize(const bytecode::Code& code, std::string* why) {
  std::string local;
  if (why == nullptr) why = &local;
  std::vector<Decoded> ins;
  if (!decode(code, ins, why)) return std::nullopt;
  const std::vector<int> index_of = index_map(code, ins);
  for (const Decoded& d : ins) {
    if (!operand_ok(code, d, index_of, why)) return std::nullopt;
  }
  std::vector<long> depth;
  long max_depth = 0;
  if (!dataflow(code, ins, index_of, depth, max_depth, why)) return std::nullopt;
  return static_cast<std::uint32_t>(max_depth);
}

// Checks a code object and the ones nested in it.
std::string check_code(const bytecode::Code& code) {
  std::string out;
  check_one(code, out);
  for (const auto& c : code.consts) {
    if (c.kind == bytecode::Constant::Kind::Code && c.code) out += check_code(*c.code);
  }
  return out;
}

// A listing of a code object and its nested code objects.
std::string listing(const bytecode::Code& code) {
  std::string out = "code " + code.name + " " + code.qualname + " line=" + std::to_string(code.firstlineno) +
                    " argc=" + std::to_string(code.argcount) + " posonly=" + std::to_string(code.posonlyargcount) +
                    " kwonly=" + std::to_string(code.kwonlyargcount);
  char buf[64];
  std::snprintf(buf, sizeof buf, " flags=%#x stack=%u\n", code.flags, code.stacksize);
  out += buf;
  out += "  consts (";
  for (std::size_t i = 0; i < code.consts.size(); ++i) out += (i ? ", " : "") + constant_repr(code.consts[i]);
  out += ")\n  names (";
  auto names = [&](const std::vector<std::string>& v) {
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + ast::repr_utf8(v[i]);
    return s;
  };
  out += names(code.names) + ") varnames (" + names(code.varnames) + ") cellvars (" + names(code.cellvars) +
         ") freevars (" + names(code.freevars) + ")\n";
  std::vector<Decoded> ins;
  std::string why;
  if (!decode(code, ins, &why)) return out + "  (undecodable: " + why + ")\n";
  for (const Decoded& d : ins) {
    const auto& info = bytecode::info(d.op);
    std::string arg;
    switch (info.operand) {
      case bytecode::Operand::NONE:
        break;
      case bytecode::Operand::CONST:
        arg = std::to_string(d.arg) + " " + (d.arg < code.consts.size() ? constant_repr(code.consts[d.arg]) : "?");
        break;
      case bytecode::Operand::NAME:
        arg = std::to_string(d.arg) + " " + (d.arg < code.names.size() ? code.names[d.arg] : "?");
        break;
      case bytecode::Operand::LOCAL:
        arg = std::to_string(d.arg) + " " + (d.arg < code.varnames.size() ? code.varnames[d.arg] : "?");
        break;
      case bytecode::Operand::CELL: {
        const std::size_t nc = code.cellvars.size();
        arg = std::to_string(d.arg) + " " +
              (d.arg < nc                              ? code.cellvars[d.arg]
               : d.arg < nc + code.freevars.size()     ? code.freevars[d.arg - nc]
                                                        : std::string("?"));
        break;
      }
      case bytecode::Operand::JUMP:
        arg = "to " + std::to_string(d.arg);
        break;
      case bytecode::Operand::BINOP:
        arg = std::to_string(d.arg) + " " + std::string(bytecode::binop_symbol(d.arg));
        break;
      case bytecode::Operand::CMP:
        arg = std::to_string(d.arg) + " " + std::string(bytecode::cmpop_symbol(d.arg));
        break;
      default:
        arg = std::to_string(d.arg);
        break;
    }
    const bytecode::Position& p = d.word < code.positions.size() ? code.positions[d.word] : bytecode::Position{};
    std::snprintf(buf, sizeof buf, "  %4u %-14s ", d.start, pos_text(p).c_str());
    out += buf;
    out += std::string(info.name);
    if (!arg.empty()) out += " " + arg;
    out += "\n";
  }
  if (!code.exception_table.empty()) {
    out += "  ExceptionTable:\n";
    for (const auto& e : code.exception_table) {
      out += "    " + std::to_string(e.start) + " to " + std::to_string(e.end) + " -> " + std::to_string(e.target) +
             " [" + std::to_string(e.depth) + "]" + (e.push_lasti ? " lasti" : "") + "\n";
    }
  }
  for (const auto& c : code.consts) {
    if (c.kind == bytecode::Constant::Kind::Code && c.code) out += listing(*c.code);
  }
  return out;
}

}  // namespace peppy::compile
