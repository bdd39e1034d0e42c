// test_bytecode_dis.cpp: the disassembler and compiled code.
//
//   * constant_repr against values CPython 3.11's repr() gives;
//   * listings of hand-built code (EXTENDED_ARG, exception tables, bad operands);
//   * golden listings: tests/bytecode/dis/NAME.py compiled must list exactly as
//     NAME.dis (made with peppy-dis and reviewed by hand; see tests/bytecode/README.md);
//   * round trips of compiled code: every golden, every program of tests/programs and
//     every parser golden (tests/parse/ast/*.py) compiles to code that verifies,
//     serializes, loads back identical and lists the same.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

#include "ast/ast_nodes.hpp"
#include "bytecode/disasm.hpp"
#include "bytecode/format.hpp"
#include "bytecode/verify.hpp"
#include "bytecode_build.hpp"
#include "compile/compiler.hpp"
#include "parse/parser.hpp"

using namespace peppy::bytecode;
using namespace peppy::bytecode::testing;

namespace {

namespace fs = std::filesystem;

// The whole content of a file.
std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Parses and compiles `source` as the file `name`; null (with a failed check) on error.
std::shared_ptr<const Code> compile_source(const std::string& source, const std::string& name) {
  peppy::parse::ParseResult p = peppy::parse::parse_module(source, name);
  if (p.error) {
    FAIL_CHECK(name << ": " << p.error->message);
    return nullptr;
  }
  peppy::compile::CompileResult r =
      peppy::compile::compile_module(*static_cast<const peppy::ast::Module*>(p.tree), name, &p.source);
  if (r.error) {
    FAIL_CHECK(name << ": " << r.error->message);
    return nullptr;
  }
  return r.code;
}

// The files of `dir` whose names end with `ext`, sorted.
std::vector<fs::path> files_in(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ext) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// Checks that compiled code verifies, round-trips through the file format and lists
// the same after loading.
void check_round_trip(const Code& code, const std::string& source, const std::string& name) {
  INFO(name);
  CHECK(verify(code).error == "");
  const std::string file = serialize(code, source_info(source));
  LoadResult r = load(file);
  REQUIRE(r.error == "");
  CHECK(identical(*r.code, code));
  CHECK(r.source.hash == source_hash(source));
  CHECK(serialize(*r.code, r.source) == file);
  CHECK(disassemble(*r.code) == disassemble(code));
}

}  // namespace

TEST_CASE("dis: constant reprs are Python's") {
  const double inf = std::numeric_limits<double>::infinity();
  struct Case {
    Constant c;
    const char* repr;
  };
  const Case cases[] = {
      {Constant::none(), "None"},
      {Constant::boolean(true), "True"},
      {Constant::boolean(false), "False"},
      {Constant::ellipsis(), "Ellipsis"},
      {Constant::integer("-12345678901234567890"), "-12345678901234567890"},
      {Constant::floating(1e16), "1e+16"},
      {Constant::floating(1e15), "1000000000000000.0"},
      {Constant::floating(0.1), "0.1"},
      {Constant::floating(1e-5), "1e-05"},
      {Constant::floating(0.0001), "0.0001"},
      {Constant::floating(-0.0), "-0.0"},
      {Constant::floating(inf), "inf"},
      {Constant::floating(-inf), "-inf"},
      {Constant::floating(std::nan("")), "nan"},
      {Constant::floating(2.5), "2.5"},
      {Constant::floating(1.7976931348623157e308), "1.7976931348623157e+308"},
      {Constant::complex(0.0, 2.0), "2j"},
      {Constant::complex(0.0, -0.0), "-0j"},
      {Constant::complex(-0.0, 1.0), "(-0+1j)"},
      {Constant::complex(-0.0, -0.0), "(-0-0j)"},
      {Constant::complex(1.5, 2.0), "(1.5+2j)"},
      {Constant::complex(1e16, 2.0), "(1e+16+2j)"},
      {Constant::complex(1.0, std::nan("")), "(1+nanj)"},
      {Constant::complex(1.0, -inf), "(1-infj)"},
      {Constant::complex(0.0, inf), "infj"},
      {Constant::string("abc"), "'abc'"},
      {Constant::string("it's"), "\"it's\""},
      {Constant::string("both ' and \""), "'both \\' and \"'"},
      {Constant::string("tab\there\n\r\\ \x01\x7f"), "'tab\\there\\n\\r\\\\ \\x01\\x7f'"},
      {Constant::string("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"), "'caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80'"},
      {Constant::string("\xed\xa0\x80"), "'\\ud800'"},
      {Constant::string("\xc2\xa0\xc2\x85"), "'\\xa0\\x85'"},
      {Constant::byte_string(std::string("\x00\xff'a", 4)), "b\"\\x00\\xff'a\""},
      {Constant::byte_string(""), "b''"},
      {Constant::tuple({}), "()"},
      {Constant::tuple({Constant::integer("1")}), "(1,)"},
      {Constant::tuple({Constant::integer("1"), Constant::tuple({Constant::string("a"), Constant::tuple({})})}),
       "(1, ('a', ()))"},
      {Constant::frozenset({}), "frozenset()"},
      {Constant::frozenset({Constant::integer("1"), Constant::string("b")}), "frozenset({1, 'b'})"},
  };
  for (const Case& k : cases) CHECK(constant_repr(k.c) == k.repr);
  Code f = *talk_function();
  f.filename = "dir/x.py";
  f.firstlineno = 12;
  CHECK(constant_repr(Constant::code_object(std::make_shared<Code>(f))) == "<code object f, file \"dir/x.py\", line 12>");
}

TEST_CASE("dis: listings of hand-built code") {
  CHECK(disassemble(*try_module()) ==
        "  1           0 NOP\n"
        "\n"
        "  2           1 LOAD_NAME                0 (a)\n"
        "              2 POP_TOP\n"
        "              3 LOAD_CONST               0 (None)\n"
        "              4 RETURN_VALUE\n"
        "        >>    5 PUSH_EXC_INFO\n"
        "\n"
        "  3           6 LOAD_NAME                1 (E)\n"
        "              7 CHECK_EXC_MATCH\n"
        "              8 POP_JUMP_IF_FALSE       13 (to 13)\n"
        "              9 POP_TOP\n"
        "\n"
        "  4          10 POP_EXCEPT\n"
        "             11 LOAD_CONST               0 (None)\n"
        "             12 RETURN_VALUE\n"
        "\n"
        "  3     >>   13 RERAISE                  0\n"
        "        >>   14 COPY                     3\n"
        "             15 POP_EXCEPT\n"
        "             16 RERAISE                  1\n"
        "ExceptionTable:\n"
        "  1 to 2 -> 5 [0]\n"
        "  5 to 9 -> 14 [1] lasti\n"
        "  13 to 13 -> 14 [1] lasti\n");

  // EXTENDED_ARG is listed with its own operand; the instruction shows the full one
  // (a, *b = x with 65536 names after the star: 0x10000 << 8). No positions: no line
  // column.
  Asm wide("<module>");
  wide.c.consts = {Constant::none()};
  wide.op(Op::LOAD_CONST, 0, -1).op(Op::UNPACK_EX, 0x1000000, -1).op(Op::RETURN_VALUE, 0, -1);
  CHECK(disassemble(*wide.done(0x10001)) ==
        "          0 LOAD_CONST               0 (None)\n"
        "          1 EXTENDED_ARG             1\n"
        "          2 UNPACK_EX            16777216\n"
        "          3 RETURN_VALUE\n");

  // Nested code objects follow their parent, depth first, in the order of the constants.
  Code m = *talk_module();
  auto inner = std::make_shared<Code>(*talk_function());
  inner->name = "g";
  inner->qualname = "g";
  auto outer = std::make_shared<Code>(*talk_function());
  outer->consts.push_back(Constant::code_object(inner));
  m.consts.push_back(Constant::code_object(talk_function()));
  m.consts[0] = Constant::code_object(outer);
  const std::string listing = disassemble(m);
  const std::size_t f1 = listing.find("Disassembly of <code object f"), g = listing.find("Disassembly of <code object g"),
                    f2 = listing.rfind("Disassembly of <code object f");
  CHECK(f1 < g);
  CHECK(g < f2);
  CHECK(f1 != f2);

  // Unverified code lists without crashing.
  Asm bad("<module>");
  bad.word(make_word(Op::LOAD_CONST, 9)).word(make_word(Op::LOAD_DEREF, 3)).word(250).word(make_word(Op::JUMP, 77));
  bad.word(make_word(Op::BINARY_OP, 40)).word(0).word(make_word(Op::COMPARE_OP, 9)).word(0);
  bad.word(make_word(Op::LOAD_ATTR, 1));  // its cache word is missing
  CHECK(disassemble_one(*bad.done(0)) ==
        "  1           0 LOAD_CONST               9 (?)\n"
        "              1 LOAD_DEREF               3 (?)\n"
        "              2 <250>\n"
        "              3 JUMP                    77 (to 77)\n"
        "              4 BINARY_OP               40 (?)\n"
        "              6 COMPARE_OP               9 (?)\n"
        "              8 LOAD_ATTR                1 (?)\n");
}

TEST_CASE("dis: the talk's example") {
  auto code = compile_source("def f(y): x = y + 4; return x\n", "talk.py");
  REQUIRE(code);
  REQUIRE(code->consts.size() >= 1);
  REQUIRE(code->consts[0].kind == Constant::Kind::Code);
  const Code& f = *code->consts[0].code;
  std::vector<std::string> ops;
  for (std::size_t i = 0; i < f.code.size(); ++i) {
    const Op op = word_op(f.code[i]);
    ops.emplace_back(info(op).name);
    if (info(op).flags & F_CACHE1) ++i;
  }
  CHECK(ops == std::vector<std::string>{"LOAD_FAST", "LOAD_CONST", "BINARY_OP", "STORE_FAST", "LOAD_FAST",
                                        "RETURN_VALUE"});
  CHECK(disassemble_one(f).find("BINARY_OP                0 (+)") != std::string::npos);
}

TEST_CASE("dis: golden listings of compiled code") {
  const fs::path dir = fs::path(PEPPY_TESTS_DIR) / "bytecode" / "dis";
  int n = 0;
  for (const fs::path& py : files_in(dir, ".py")) {
    const std::string name = py.filename().string();
    INFO(name);
    const std::string source = read_bytes(py);
    auto code = compile_source(source, name);
    if (!code) continue;
    fs::path expected = py;
    expected.replace_extension(".dis");
    CHECK(disassemble(*code) == read_bytes(expected));
    check_round_trip(*code, source, name);
    ++n;
  }
  CHECK(n >= 8);
}

TEST_CASE("dis: compiled programs round-trip through the file format") {
  int n = 0;
  for (const char* sub : {"programs", "parse/ast"}) {
    for (const fs::path& py : files_in(fs::path(PEPPY_TESTS_DIR) / sub, ".py")) {
      const std::string source = read_bytes(py);
      peppy::parse::ParseResult p = peppy::parse::parse_module(source, py.filename().string());
      if (p.error) continue;  // (a program that is meant to fail)
      peppy::compile::CompileResult r = peppy::compile::compile_module(
          *static_cast<const peppy::ast::Module*>(p.tree), py.filename().string(), &p.source);
      if (r.error) continue;  // a compile-time SyntaxError the program expects
      check_round_trip(*r.code, source, py.string());
      ++n;
    }
  }
  MESSAGE(n << " compiled files round-tripped");
  CHECK(n > 200);
}
