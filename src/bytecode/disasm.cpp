// disasm.cpp: constant reprs and dis-style listings (see disasm.hpp). The float, str
// and bytes reprs are the AST's (ast/constant.hpp), which match CPython's repr().
#include "bytecode/disasm.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ast/constant.hpp"
#include "limits.hpp"

namespace peppy::bytecode {

namespace {

// Decodes a str constant's UTF-8 (lone surrogates allowed in their 3-byte form) into
// code points; a byte that starts no valid sequence becomes U+FFFD.
std::u32string code_points(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = b(i);
    std::size_t len = 0;
    char32_t cp = 0, min = 0;
    if (c < 0x80) {
      out.push_back(c);
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      len = 2, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4, cp = c & 0x07, min = 0x10000;
    }
    bool ok = len > 0 && s.size() - i >= len;
    for (std::size_t k = 1; ok && k < len; ++k) {
      if ((b(i + k) & 0xC0) != 0x80) ok = false;
      cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    if (ok && (cp < min || cp > 0x10FFFF)) ok = false;
    if (ok) {
      out.push_back(cp);
      i += len;
    } else {
      out.push_back(U'\uFFFD');
      ++i;
    }
  }
  return out;
}

// A double as Python's repr writes it without float's ".0" (complex parts): "1", "1.5".
std::string bare_double(double v) {
  std::string s = ast::repr_imaginary(v);  // the same digits, then 'j'
  s.pop_back();
  return s;
}

// Python's repr() of complex(re, im).
std::string complex_repr(double re, double im) {
  if (re == 0.0 && !std::signbit(re)) return bare_double(im) + "j";
  std::string imag = bare_double(im);
  if (imag.front() != '-') imag.insert(imag.begin(), '+');
  std::string out(1, '(');  // (appending, not "(" + ...: GCC 12 warns falsely on that)
  out += bare_double(re);
  out += imag;
  out += "j)";
  return out;
}

// Appends the repr of `k` (recursing into tuples and frozensets, `level` deep).
void append_repr(std::string& out, const Constant& k, int level) {
  using K = Constant::Kind;
  switch (k.kind) {
    case K::None:
      out += "None";
      return;
    case K::True:
      out += "True";
      return;
    case K::False:
      out += "False";
      return;
    case K::Ellipsis:
      out += "Ellipsis";
      return;
    case K::Int:
      out += k.text;
      return;
    case K::Float:
      out += ast::repr_float(k.real);
      return;
    case K::Complex:
      out += complex_repr(k.real, k.imag);
      return;
    case K::Str:
      out += ast::repr_str(code_points(k.text));
      return;
    case K::Bytes:
      out += ast::repr_bytes(k.text);
      return;
    case K::Tuple:
    case K::FrozenSet: {
      if (level > limits::kMaxBytecodeNesting) {
        out += "(...)";
        return;
      }
      const bool set = k.kind == K::FrozenSet;
      if (set && k.items.empty()) {
        out += "frozenset()";
        return;
      }
      out += set ? "frozenset({" : "(";
      for (std::size_t i = 0; i < k.items.size(); ++i) {
        if (i) out += ", ";
        append_repr(out, k.items[i], level + 1);
      }
      if (!set && k.items.size() == 1) out += ',';
      out += set ? "})" : ")";
      return;
    }
    case K::Code:
      out += k.code ? code_repr(*k.code) : "<code object ?>";
      return;
  }
  out += "?";
}

// The name an operand refers to in `list`, or "?" when it is out of range.
std::string pick(const std::vector<std::string>& list, std::uint32_t i) { return i < list.size() ? list[i] : "?"; }

// What CPython's dis shows in parentheses for an instruction ("" for nothing).
std::string argrepr(const Code& c, Op op, std::uint32_t arg) {
  switch (info(op).operand) {
    case Operand::CONST:
      return arg < c.consts.size() ? constant_repr(c.consts[arg]) : "?";
    case Operand::NAME:
      return pick(c.names, arg);
    case Operand::LOCAL:
      return pick(c.varnames, arg);
    case Operand::CELL:
      if (arg < c.cellvars.size()) return c.cellvars[arg];
      return arg - c.cellvars.size() < c.freevars.size() ? c.freevars[arg - c.cellvars.size()] : "?";
    case Operand::JUMP:
      return "to " + std::to_string(arg);
    case Operand::BINOP:
      return std::string(binop_symbol(arg));
    case Operand::CMP:
      return std::string(cmpop_symbol(arg));
    default:
      break;
  }
  if (op == Op::FORMAT_VALUE) {
    static const char* const kConv[] = {"", "str", "repr", "ascii"};
    std::string s = kConv[arg & kFormatConvMask];
    if (arg & kFormatWithSpec) s += s.empty() ? "with format" : ", with format";
    return s;
  }
  if (op == Op::MAKE_FUNCTION) {
    static const char* const kItems[] = {"defaults", "kwdefaults", "annotations", "closure"};
    std::string s;
    for (int bit = 0; bit < 4; ++bit)
      if (arg & (1u << bit)) s += (s.empty() ? "" : ", ") + std::string(kItems[bit]);
    return s;
  }
  return "";
}

// `s` padded with spaces on the left to `width`.
std::string rjust(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

// `s` padded with spaces on the right to `width`.
std::string ljust(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

}  // namespace

std::string constant_repr(const Constant& constant) {
  std::string out;
  append_repr(out, constant, 1);
  return out;
}

std::string code_repr(const Code& code) {
  return "<code object " + code.name + ", file \"" + code.filename + "\", line " + std::to_string(code.firstlineno) + ">";
}

std::string disassemble_one(const Code& c) {
  const std::size_t n = c.code.size();
  // The words listed: every word but the inline-cache words.
  std::vector<bool> cache(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    const Op op = word_op(c.code[i]);
    if (is_opcode(c.code[i] & 0xFF) && (info(op).flags & F_CACHE1) && i + 1 < n) cache[++i] = true;
  }
  // Jump targets (jump operands and exception handlers), as dis's findlabels.
  std::set<std::uint32_t> labels;
  {
    std::uint64_t ext = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (cache[i] || !is_opcode(c.code[i] & 0xFF)) continue;
      const Op op = word_op(c.code[i]);
      const std::uint64_t arg = (ext << 24) | word_arg(c.code[i]);
      ext = op == Op::EXTENDED_ARG ? (arg & 0xFFFFFFFFu) : 0;
      if (op != Op::EXTENDED_ARG && info(op).operand == Operand::JUMP) labels.insert(static_cast<std::uint32_t>(arg));
    }
  }
  for (const ExceptionEntry& e : c.exception_table)
    if (e.start < e.end) labels.insert(e.target);
  // Where lines start: a listed word whose line differs from the last known line.
  std::vector<std::int32_t> starts_line(n, -1);
  std::int32_t last_line = -1, max_line = -1;
  for (std::size_t i = 0; i < n; ++i) {
    if (cache[i] || i >= c.positions.size()) continue;
    const std::int32_t line = c.positions[i].lineno;
    if (line >= 0 && line != last_line) {
      starts_line[i] = line;
      last_line = line;
      max_line = std::max(max_line, line);
    }
  }
  const std::size_t line_width = max_line < 0 ? 0 : max_line >= 1000 ? std::to_string(max_line).size() : 3;
  const std::size_t max_offset = n == 0 ? 0 : n - 1;
  const std::size_t offset_width = max_offset >= 10000 ? std::to_string(max_offset).size() : 4;

  std::string out;
  std::uint64_t ext = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (cache[i]) continue;
    const Word w = c.code[i];
    if (line_width && starts_line[i] >= 0 && i > 0) out += '\n';
    std::vector<std::string> fields;
    if (line_width) fields.push_back(starts_line[i] >= 0 ? rjust(std::to_string(starts_line[i]), line_width)
                                                         : std::string(line_width, ' '));
    fields.push_back("   ");  // dis's "current instruction" marker column
    fields.push_back(labels.count(static_cast<std::uint32_t>(i)) ? ">>" : "  ");
    fields.push_back(rjust(std::to_string(i), offset_width));
    if (!is_opcode(w & 0xFF)) {
      fields.push_back(std::string(1, '<').append(std::to_string(w & 0xFF)).append(1, '>'));
      ext = 0;
    } else {
      const Op op = word_op(w);
      const std::uint64_t full = (ext << 24) | word_arg(w);
      const auto arg = static_cast<std::uint32_t>(full);
      ext = op == Op::EXTENDED_ARG ? arg : 0;
      fields.push_back(ljust(std::string(info(op).name), 20));
      if (info(op).operand != Operand::NONE) {
        fields.push_back(rjust(std::to_string(arg), 5));
        const std::string meaning = op == Op::EXTENDED_ARG ? "" : argrepr(c, op, arg);
        if (!meaning.empty()) fields.push_back(std::string(1, '(').append(meaning).append(1, ')'));
      }
    }
    std::string line;
    for (std::size_t f = 0; f < fields.size(); ++f) {
      if (f) line += ' ';
      line += fields[f];
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line;
    out += '\n';
  }
  if (!c.exception_table.empty()) {
    out += "ExceptionTable:\n";
    for (const ExceptionEntry& e : c.exception_table) {
      out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end == 0 ? 0 : e.end - 1) + " -> " +
             std::to_string(e.target) + " [" + std::to_string(e.depth) + "]" + (e.push_lasti ? " lasti" : "") + "\n";
    }
  }
  return out;
}

std::string disassemble(const Code& code) {
  std::string out;
  // Code objects still to list with their nesting levels, the next one last.
  std::vector<std::pair<const Code*, int>> todo{{&code, 1}};
  bool first = true;
  while (!todo.empty()) {
    auto [c, level] = todo.back();
    todo.pop_back();
    if (!first) out += "\nDisassembly of " + code_repr(*c) + ":\n";
    first = false;
    out += disassemble_one(*c);
    if (level >= limits::kMaxBytecodeNesting) continue;
    for (auto it = c->consts.rbegin(); it != c->consts.rend(); ++it)
      if (it->kind == Constant::Kind::Code && it->code) todo.emplace_back(it->code.get(), level + 1);
  }
  return out;
}

}  // namespace peppy::bytecode
