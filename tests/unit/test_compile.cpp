// test_compile.cpp: tests of the compiler (src/compile/).
//
//   * tests/compile/errors.json (made by CPython 3.11 with tools/make_compile_goldens.py
//     from tests/compile/errors.in): each snippet compiles, or fails with CPython's
//     exception type, message, line, offset, end line and end offset; and gives
//     CPython's SyntaxWarnings.
//   * tests/compile/ast_files.json: the same for every parser test source
//     tests/parse/ast/NAME.py.
//   * every code object compiled here passes the self-check (compile/check.hpp): a
//     consistent stack on every path, jumps and handlers to instruction starts, operands
//     in range, the recorded stacksize exactly the maximum, no unreachable code.
//   * constant folding, name tables, flags and qualified names on small programs.
//   * trees no parser makes (read from JSON, then edited) give the ValueError or
//     TypeError of CPython's AST validator (messages as CPython 3.11 gives them for the
//     same edit of an ast object), never a crash.
//   * deep trees give RecursionError rather than overflow the native stack.
//   * tests/compile/listings/NAME.py compiles to the listing NAME.dis (peppy's own
//     output through bytecode::disassemble, checked against CPython's dis by hand: the
//     same instructions and positions in peppy's instruction set). Set
//     PEPPY_UPDATE_COMPILE_LISTINGS=1 to rewrite the .dis files after a deliberate change.
//   * with PEPPY_COMPILE_CORPUS=DIR set, every .py file under DIR is compiled and checked
//     (an ad-hoc run over, e.g., CPython's standard library; see the report it prints).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ast/ast_make.hpp"
#include "ast/json.hpp"
#include "bytecode/disasm.hpp"
#include "compile/check.hpp"
#include "compile/compiler.hpp"
#include "compile/constvalue.hpp"
#include "parse/parser.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using peppy::bytecode::Code;
using peppy::bytecode::Constant;

fs::path tests_dir() { return fs::path(PEPPY_TESTS_DIR); }

// The whole content of `path` as raw bytes.
std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Parses and compiles source text; a parse error fails the test.
peppy::compile::CompileResult compile_text(const std::string& source, const std::string& filename = "x.py",
                                           std::vector<peppy::compile::CompileWarning>* warnings = nullptr) {
  peppy::parse::ParseResult pr = peppy::parse::parse_module(source, filename);
  REQUIRE_MESSAGE(pr.tree != nullptr, (pr.error ? pr.error->message : std::string("no tree")));
  return peppy::compile::compile_module(*static_cast<peppy::ast::Module*>(pr.tree), filename, &pr.source, warnings);
}

// The compiler's warnings of a golden record (SyntaxWarnings; the parser's
// DeprecationWarnings are not the compiler's) as "line: message" lines.
std::string golden_warnings(const json& c) {
  std::string out;
  for (const json& w : c.at("warnings")) {
    if (w.at(0).get<std::string>() != "SyntaxWarning") continue;
    out += std::to_string(w.at(2).get<int>()) + ": " + w.at(1).get<std::string>() + "\n";
  }
  return out;
}

// The same for warnings the compiler gave.
std::string our_warnings(const std::vector<peppy::compile::CompileWarning>& ws) {
  std::string out;
  for (const auto& w : ws) out += std::to_string(w.lineno) + ": " + w.message + "\n";
  return out;
}

// Compiles source that must compile, self-checks it, returns the module's code.
std::shared_ptr<const Code> compile_ok(const std::string& source) {
  auto r = compile_text(source);
  REQUIRE_MESSAGE(r.code != nullptr, (r.error ? r.error->message : std::string("no code")));
  const std::string problems = peppy::compile::check_code(*r.code);
  CHECK_MESSAGE(problems.empty(), problems);
  return r.code;
}

// The reprs of a code object's constants, joined: "(None, 1, 'a')".
std::string consts_of(const Code& code) {
  std::string s = "(";
  for (std::size_t i = 0; i < code.consts.size(); ++i) {
    if (i) s += ", ";
    s += peppy::compile::constant_repr(code.consts[i]);
  }
  return s + ")";
}

// The nested code object named `name` (depth first), or nullptr.
const Code* find_code(const Code& code, const std::string& name) {
  if (code.name == name) return &code;
  for (const Constant& c : code.consts) {
    if (c.kind == Constant::Kind::Code && c.code) {
      if (const Code* f = find_code(*c.code, name)) return f;
    }
  }
  return nullptr;
}

// Whether the code (not nested ones) has an instruction with this opcode.
bool has_op(const Code& code, peppy::bytecode::Op op) {
  for (std::size_t i = 0; i < code.code.size(); ++i) {
    const auto w = code.code[i];
    if (peppy::bytecode::word_op(w) == op) return true;
    if (peppy::bytecode::info(peppy::bytecode::word_op(w)).flags & peppy::bytecode::F_CACHE1) ++i;
  }
  return false;
}

// Checks a compile outcome against a golden record (ok, type, msg, positions).
void check_outcome(const peppy::compile::CompileResult& r, const json& c) {
  const bool want_ok = c.at("ok").get<bool>();
  if (want_ok) {
    REQUIRE_MESSAGE(r.code != nullptr, (r.error ? r.error->type + ": " + r.error->message : std::string("?")));
    const std::string problems = peppy::compile::check_code(*r.code);
    CHECK_MESSAGE(problems.empty(), problems);
    return;
  }
  const std::string want = "compiled, but CPython raises " + c.at("msg").get<std::string>();
  REQUIRE_MESSAGE(r.error.has_value(), want);
  const peppy::tok::Error& e = *r.error;
  CHECK(r.code == nullptr);
  CHECK(e.type == c.at("type").get<std::string>());
  CHECK(e.message == c.at("msg").get<std::string>());
  if (e.type == "SyntaxError") {
    CHECK(e.row == c.at("lineno").get<int>());
    CHECK(e.offset == c.at("offset").get<int>());
    CHECK(e.end_row == c.at("end_lineno").get<int>());
    CHECK(e.end_offset == c.at("end_offset").get<int>());
  }
}

}  // namespace

TEST_CASE("compile: the error table gives CPython's SyntaxErrors, and the rest compiles") {
  std::ifstream in(tests_dir() / "compile" / "errors.json");
  const json cases = json::parse(in);
  REQUIRE(cases.size() >= 150);
  for (const json& c : cases) {
    CAPTURE(c.at("name").get<std::string>());
    std::vector<peppy::compile::CompileWarning> warnings;
    check_outcome(compile_text(c.at("source").get<std::string>(), "x.py", &warnings), c);
    CHECK(our_warnings(warnings) == golden_warnings(c));
  }
}

TEST_CASE("compile: every parser test source compiles as CPython's does") {
  std::ifstream in(tests_dir() / "compile" / "ast_files.json");
  const json cases = json::parse(in);
  REQUIRE(cases.size() >= 150);
  for (const json& c : cases) {
    const std::string file = c.at("file").get<std::string>();
    CAPTURE(file);
    const std::string bytes = read_bytes(tests_dir() / "parse" / "ast" / file);
    peppy::parse::ParseResult pr = peppy::parse::parse_module(bytes, file);
    REQUIRE(pr.tree != nullptr);
    std::vector<peppy::compile::CompileWarning> warnings;
    check_outcome(
        peppy::compile::compile_module(*static_cast<peppy::ast::Module*>(pr.tree), file, &pr.source, &warnings), c);
    CHECK(our_warnings(warnings) == golden_warnings(c));
  }
}

TEST_CASE("compile: error text is the source line") {
  auto r = compile_text("x = 1\nreturn x\n");
  REQUIRE(r.error);
  CHECK(r.error->text == "return x");
}

TEST_CASE("compile: constant folding as CPython's AST optimizer") {
  struct Case {
    const char* source;
    const char* consts;  // the module's co_consts
  };
  const Case cases[] = {
      {"x = 1 + 2 * 3\n", "(7, None)"},
      {"x = -1\n", "(-1, None)"},
      {"x = -0.0\n", "(-0.0, None)"},
      {"x = (1, 2, (3, 'a'))\n", "((1, 2, (3, 'a')), None)"},
      {"x = 2 ** 60\n", "(1152921504606846976, None)"},
      {"x = 2 ** 100\n", "(2, 100, None)"},                 // may exceed 128 bits: left alone
      {"x = 'ab' * 3\n", "('ababab', None)"},
      {"x = 'a' * 5000\n", "('a', 5000, None)"},            // more than 4096 characters
      {"x = (1,) * 300\n", "((1,), 300, None)"},            // more than 256 items
      {"x = 1 / 0\n", "(1, 0, None)"},                      // would raise: left alone
      {"x = 7 // -2, 7 % -2, -7.5 // 2, 2 ** -1\n", "((-4, -1, -4.0, 0.5), None)"},
      {"x = 'abc'[1], b'ab'[0], (1, 2)[-1]\n", "(('b', 97, 2), None)"},
      {"x = not 1, ~5, +True\n", "((False, -6, 1), None)"},
      {"x = True & True, True | 2\n", "((True, 3), None)"},
      {"x = 1 + 2j, (1 + 2j) * (3 - 1j)\n", "(((1+2j), (5+5j)), None)"},
      {"x = 0, 0.0, False, -0.0, 0j\n", "((0, 0.0, False, -0.0, 0j), None)"},
      {"x = __debug__\n", "(True, None)"},
      {"x = [1, 2, 3]\n", "((1, 2, 3), None)"},
      {"x = {1, 2, 3}\n", "(frozenset({1, 2, 3}), None)"},
      {"for i in [1, 2]: pass\n", "((1, 2), None)"},
      {"x in {1, 1.0, True, 2}\n", "(frozenset({1, 2}), None)"},
      {"a = 1; b = 1.0; c = True; d = 1\n", "(1, 1.0, True, None)"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.source);
    auto code = compile_ok(c.source);
    CHECK(consts_of(*code) == c.consts);
  }
  // '%s' formatting becomes an f-string
  auto code = compile_ok("x = '%s and %r' % (a, b)\n");
  CHECK(has_op(*code, peppy::bytecode::Op::FORMAT_VALUE));
  CHECK(has_op(*code, peppy::bytecode::Op::BUILD_STRING));
  CHECK_FALSE(has_op(*code, peppy::bytecode::Op::BINARY_OP));
  // not (a is b) is a is not b
  code = compile_ok("x = not (a is b)\n");
  CHECK_FALSE(has_op(*code, peppy::bytecode::Op::UNARY_NOT));
}

TEST_CASE("compile: name tables, cells, flags and qualified names as CPython's") {
  auto code = compile_ok(
      "def outer(a, b=1, *args, c, d=2, **kw):\n"
      "    x = a\n"
      "    def inner():\n"
      "        return x + b\n"
      "    class C:\n"
      "        def m(self):\n"
      "            return __class__, super()\n"
      "    return inner, [y for y in args], lambda: 0\n");
  const Code* outer = find_code(*code, "outer");
  REQUIRE(outer);
  CHECK(outer->qualname == "outer");
  CHECK(outer->argcount == 2);
  CHECK(outer->kwonlyargcount == 2);
  CHECK(outer->varnames == std::vector<std::string>{"a", "b", "c", "d", "args", "kw", "inner", "C"});
  CHECK(outer->cellvars == std::vector<std::string>{"b", "x"});
  CHECK(outer->flags == (peppy::bytecode::CO_OPTIMIZED | peppy::bytecode::CO_NEWLOCALS | peppy::bytecode::CO_VARARGS |
                         peppy::bytecode::CO_VARKEYWORDS));
  const Code* inner = find_code(*code, "inner");
  REQUIRE(inner);
  CHECK(inner->qualname == "outer.<locals>.inner");
  CHECK(inner->freevars == std::vector<std::string>{"b", "x"});
  CHECK((inner->flags & peppy::bytecode::CO_NESTED) != 0);
  const Code* cls = find_code(*code, "C");
  REQUIRE(cls);
  CHECK(cls->qualname == "outer.<locals>.C");
  CHECK(cls->cellvars == std::vector<std::string>{"__class__"});
  const Code* m = find_code(*code, "m");
  REQUIRE(m);
  CHECK(m->qualname == "outer.<locals>.C.m");
  CHECK(m->freevars == std::vector<std::string>{"__class__"});
  const Code* comp = find_code(*code, "<listcomp>");
  REQUIRE(comp);
  CHECK(comp->qualname == "outer.<locals>.<listcomp>");
  CHECK(comp->argcount == 1);
  CHECK(comp->varnames == std::vector<std::string>{".0", "y"});
  const Code* lam = find_code(*code, "<lambda>");
  REQUIRE(lam);
  CHECK(consts_of(*lam) == "(None, 0)");

  code = compile_ok("def g():\n    yield 1\nasync def h():\n    await x\nasync def k():\n    yield 1\n");
  CHECK((find_code(*code, "g")->flags & peppy::bytecode::CO_GENERATOR) != 0);
  CHECK((find_code(*code, "h")->flags & peppy::bytecode::CO_COROUTINE) != 0);
  CHECK((find_code(*code, "k")->flags & peppy::bytecode::CO_ASYNC_GENERATOR) != 0);
  CHECK(peppy::bytecode::word_op(find_code(*code, "g")->code[0]) == peppy::bytecode::Op::RETURN_GENERATOR);

  code = compile_ok("class A:\n    def __f(self): return self.__x\n");
  const Code* f = find_code(*code, "__f");
  REQUIRE(f);
  CHECK(f->names == std::vector<std::string>{"_A__x"});
  CHECK(find_code(*code, "A")->names ==
        std::vector<std::string>{"__name__", "__module__", "__qualname__", "_A__f"});
}

TEST_CASE("compile: exception tables, positions and stack sizes") {
  auto code = compile_ok(
      "def f(m):\n"
      "    try:\n"
      "        with m as v:\n"
      "            return v\n"
      "    except ValueError as e:\n"
      "        raise\n"
      "    finally:\n"
      "        print(1)\n");
  const Code* f = find_code(*code, "f");
  REQUIRE(f);
  CHECK(f->exception_table.size() >= 4);
  CHECK(f->positions.size() == f->code.size());
  // the first instruction of the body is on line 2 or 3
  CHECK(f->positions[0].lineno >= 2);
  code = compile_ok("x = [1, 2, [3, 4, a], {5: b}]\n");
  CHECK(code->stacksize >= 4);
}

TEST_CASE("compile: malformed trees give CPython's validator errors") {
  struct Case {
    const char* source;
    const char* pointer;  // JSON pointer of the member to replace
    const char* value;    // the new value, as JSON
    const char* type;
    const char* message;
  };
  const Case cases[] = {
      {"x = 1\n", "/body/0/targets/0/ctx", "\"Load\"", "ValueError",
       "expression must have Store context but has Load instead"},
      {"x = 1\n", "/body/0/targets/0/id", "\"None\"", "ValueError", "identifier field can't represent 'None' constant"},
      {"x = 1\n", "/body/0/targets", "[]", "ValueError", "empty targets on Assign"},
      {"a < b\n", "/body/0/value/ops", "[]", "ValueError", "Compare has a different number of comparators and operands"},
      {"a < b\n", "/body/0/value/comparators", "[]", "ValueError", "Compare with no comparators"},
      {"a and b\n", "/body/0/value/values", "[]", "ValueError", "BoolOp with less than 2 values"},
      {"def f(): pass\n", "/body/0/body", "[]", "ValueError", "empty body on FunctionDef"},
      {"with a: pass\n", "/body/0/items", "[]", "ValueError", "empty items on With"},
      {"[x for x in y]\n", "/body/0/value/generators", "[]", "ValueError", "comprehension with no generators"},
      {"{a: b}\n", "/body/0/value/keys", "[]", "ValueError", "Dict doesn't have the same number of keys as values"},
      {"lambda *, a: 0\n", "/body/0/value/args/kw_defaults", "[]", "ValueError",
       "length of kwonlyargs is not the same as kw_defaults on arguments"},
      {"try:\n    pass\nfinally:\n    pass\n", "/body/0/finalbody", "[]", "ValueError",
       "Try has neither except handlers nor finalbody"},
      {"match x:\n    case 1: pass\n", "/body/0/cases", "[]", "ValueError", "empty cases on Match"},
      {"match x:\n    case a: pass\n", "/body/0/cases/0/pattern/name", "\"_\"", "ValueError",
       "can't capture name '_' in patterns"},
      {"match x:\n    case 1: pass\n", "/body/0/cases/0/pattern/value/value", "{\"type\": \"ellipsis\"}", "ValueError",
       "unexpected constant inside of a literal pattern"},
      {"(x := 1)\n", "/body/0/value/target/_type", "\"Starred\"", "TypeError", "NamedExpr target must be a Name"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.source);
    CAPTURE(c.pointer);
    peppy::parse::ParseResult pr = peppy::parse::parse_module(c.source, "x.py");
    REQUIRE(pr.tree != nullptr);
    json j = peppy::ast::to_json(*pr.tree);
    j[json::json_pointer(c.pointer)] = json::parse(c.value);
    if (std::string(c.pointer).find("_type") != std::string::npos) {
      // a Name turned into a Starred needs Starred's fields
      json& n = j[json::json_pointer(std::string(c.pointer).substr(0, std::string(c.pointer).size() - 6))];
      n["value"] = json{{"_type", "Name"}, {"id", "y"}, {"ctx", "Load"}, {"lineno", 1}, {"col_offset", 1},
                        {"end_lineno", 1}, {"end_col_offset", 2}};
      n.erase("id");
    }
    peppy::ast::Arena arena;
    peppy::ast::Node* tree = peppy::ast::from_json(j, arena);
    REQUIRE(tree != nullptr);
    auto r = peppy::compile::compile_module(*static_cast<peppy::ast::Module*>(tree), "x.py");
    REQUIRE(r.error);
    CHECK(r.error->type == c.type);
    CHECK(r.error->message == c.message);
  }
}

TEST_CASE("compile: deep trees give RecursionError, not a native stack overflow") {
  struct Loc {
    int lineno, col_offset, end_lineno, end_col_offset;
  };
  peppy::ast::Arena arena;
  const Loc loc{1, 0, 1, 1};
  peppy::ast::expr* e = peppy::ast::make::Name(arena, "a", peppy::ast::expr_context::Load, loc);
  for (int i = 0; i < 200000; ++i) {
    auto* n = peppy::ast::make::Name(arena, "a", peppy::ast::expr_context::Load, loc);
    e = peppy::ast::make::BinOp(arena, e, peppy::ast::operator_::Add, n, loc);
  }
  auto* stmt = peppy::ast::make::Expr(arena, e, loc);
  auto* mod = peppy::ast::make::Module(arena, {stmt}, {}, loc);
  auto r = peppy::compile::compile_module(*mod, "deep.py");
  REQUIRE(r.error);
  CHECK(r.error->type == "RecursionError");
  CHECK(r.error->message == "maximum recursion depth exceeded during compilation");
  // a long but shallow chain compiles
  auto ok = compile_ok("x = " + [] {
    std::string s = "a";
    for (int i = 0; i < 1500; ++i) s += " + a";
    return s;
  }() + "\n");
  CHECK(ok != nullptr);
}

TEST_CASE("compile: listings of tests/compile/listings") {
  const bool update = std::getenv("PEPPY_UPDATE_COMPILE_LISTINGS") != nullptr;
  std::vector<fs::path> sources;
  for (const auto& e : fs::directory_iterator(tests_dir() / "compile" / "listings")) {
    if (e.path().extension() == ".py") sources.push_back(e.path());
  }
  std::sort(sources.begin(), sources.end());
  REQUIRE(sources.size() >= 8);
  for (const fs::path& py : sources) {
    CAPTURE(py.filename().string());
    const std::string name = py.filename().string();
    auto r = compile_text(read_bytes(py), name);
    REQUIRE(r.code != nullptr);
    CHECK(peppy::compile::check_code(*r.code).empty());
    const std::string listing = peppy::bytecode::disassemble(*r.code);
    fs::path dis = py;
    dis.replace_extension(".dis");
    if (update) {
      std::ofstream(dis, std::ios::binary) << listing;
    } else {
      CHECK(listing == read_bytes(dis));
    }
  }
}

TEST_CASE("compile: corpus (set PEPPY_COMPILE_CORPUS=DIR to compile every .py under DIR)") {
  const char* dir = std::getenv("PEPPY_COMPILE_CORPUS");
  if (dir == nullptr) return;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied)) {
    if (e.is_regular_file() && e.path().extension() == ".py") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::size_t parsed = 0, compiled = 0, bad = 0;
  for (const fs::path& p : files) {
    peppy::parse::ParseResult pr = peppy::parse::parse_module(read_bytes(p), p.string());
    if (pr.tree == nullptr) continue;
    ++parsed;
    auto r = peppy::compile::compile_module(*static_cast<peppy::ast::Module*>(pr.tree), p.string(), &pr.source);
    if (!r.code) {
      std::cout << "corpus: " << p.string() << ": " << r.error->type << ": " << r.error->message << " (line "
                << r.error->row << ")\n";
      continue;
    }
    ++compiled;
    const std::string problems = peppy::compile::check_code(*r.code);
    if (!problems.empty()) {
      ++bad;
      std::cout << "corpus: " << p.string() << ": self-check: " << problems;
    }
  }
  std::cout << "corpus: " << files.size() << " files, " << parsed << " parsed, " << compiled << " compiled, " << bad
            << " failing the self-check\n";
  CHECK(bad == 0);
}
