// test_bytecode_verify.cpp: the bytecode verifier on hand-built code objects: good code
// passes (the talk's function, a try/except, loops, generators, wide operands), and
// each rule of docs/bytecode.md rejects its own broken case with its own message.
#include <doctest/doctest.h>

#include <functional>
#include <string>

#include "bytecode/verify.hpp"
#include "bytecode_build.hpp"
#include "limits.hpp"

using namespace peppy::bytecode;
using peppy::bytecode::testing::Asm;

namespace {

// The verifier's message for `code` ("" if it passes).
std::string check(const Code& code) { return verify(code).error; }

// A small module: `x = a + 1` then return None (stack 2).
Asm small_module() {
  Asm m("<module>");
  m.c.consts = {Constant::integer("1"), Constant::none()};
  m.c.names = {"a", "x"};
  m.op(Op::LOAD_NAME, 0).op(Op::LOAD_CONST, 0).op(Op::BINARY_OP, 0).op(Op::STORE_NAME, 1);
  m.op(Op::LOAD_CONST, 1).op(Op::RETURN_VALUE);
  return m;
}

}  // namespace

TEST_CASE("verify: good code passes") {
  using namespace peppy::bytecode::testing;
  CHECK(check(*talk_function()) == "");
  CHECK(check(*talk_module()) == "");
  CHECK(check(*try_module()) == "");
  CHECK(check(*small_module().done(2)) == "");
}

TEST_CASE("verify: a for loop, a conditional expression, a generator, a wide operand") {
  // for x in a: pass   (backward jump; FOR_ITER's two edges)
  Asm loop("<module>");
  loop.c.consts = {Constant::none()};
  loop.c.names = {"a", "x"};
  loop.op(Op::LOAD_NAME, 0).op(Op::GET_ITER);              // 0 1
  loop.op(Op::FOR_ITER, 6).op(Op::STORE_NAME, 1);          // 2 3
  loop.op(Op::JUMP, 2);                                    // 4
  loop.op(Op::NOP);                                        // 5 (dead)
  loop.op(Op::LOAD_CONST, 0).op(Op::RETURN_VALUE);         // 6 7
  CHECK(check(*loop.done(2)) == "");

  // x = a and b: JUMP_IF_FALSE_OR_POP keeps TOS when it jumps
  Asm cond("<module>");
  cond.c.consts = {Constant::none()};
  cond.c.names = {"a", "b", "x"};
  cond.op(Op::LOAD_NAME, 0).op(Op::JUMP_IF_FALSE_OR_POP, 3).op(Op::LOAD_NAME, 1);
  cond.op(Op::STORE_NAME, 2).op(Op::LOAD_CONST, 0).op(Op::RETURN_VALUE);
  CHECK(check(*cond.done(1)) == "");

  // def g(): yield 1
  Asm gen("g");
  gen.c.flags = CO_OPTIMIZED | CO_NEWLOCALS | CO_GENERATOR;
  gen.c.consts = {Constant::integer("1"), Constant::none()};
  gen.op(Op::RETURN_GENERATOR).op(Op::LOAD_CONST, 0).op(Op::YIELD_VALUE).op(Op::POP_TOP);
  gen.op(Op::LOAD_CONST, 1).op(Op::RETURN_VALUE);
  CHECK(check(*gen.done(1)) == "");

  // An operand that needs EXTENDED_ARG: a, *b = x with 65536 names after the star.
  Asm wide("<module>");
  wide.c.consts = {Constant::none()};
  wide.op(Op::LOAD_CONST, 0).op(Op::UNPACK_EX, 0x10000u << 8).op(Op::RETURN_VALUE);
  CHECK(wide.c.code.size() == 4);
  CHECK(check(*wide.done(0x10001)) == "");
  CHECK(check(*wide.done(0x10000)) == "the stack holds 65537 values, more than the stacksize 65536 in <module> at instruction 2");
}

TEST_CASE("verify: the code object's fields") {
  struct Case {
    const char* expected;
    std::function<void(Code&)> breaks;
  };
  const Case cases[] = {
      {"unknown flags 0x400 in <module>", [](Code& c) { c.flags = 0x400; }},
      {"flags 0xa0 make it more than one of generator, coroutine, async generator in <module>",
       [](Code& c) { c.flags = CO_GENERATOR | CO_COROUTINE; }},
      {"posonlyargcount 2 exceeds argcount 1 in <module>",
       [](Code& c) { c.argcount = 1, c.posonlyargcount = 2, c.varnames = {"a", "b"}; }},
      {"the arguments need 3 varnames but there are 2 in <module>",
       [](Code& c) { c.argcount = 2, c.flags = CO_VARARGS, c.varnames = {"a", "b"}; }},
      {"name 1 is not valid UTF-8 in <module>", [](Code& c) { c.names[1] = "\xff"; }},
      {"varname 0 is not valid UTF-8 in <module>", [](Code& c) { c.varnames = {"\xed\xa0\x80"}; }},
      {"the qualname is not valid UTF-8 in \\xc0", [](Code& c) { c.qualname = "\xc0"; }},
      {"stacksize 1048577 exceeds the limit of 1048576 in <module>", [](Code& c) { c.stacksize = (1u << 20) + 1; }},
      {"no instructions in <module>", [](Code& c) { c.code.clear(), c.positions.clear(); }},
      {"6 positions for 7 words in <module>", [](Code& c) { c.positions.pop_back(); }},
      {"a position field is below -1 (the unknown value) in <module> at instruction 2",
       [](Code& c) { c.positions[2].col = -7; }},
      {"constant 0 is an int whose digits are invalid in <module>", [](Code& c) { c.consts[0].text = "012"; }},
      {"constant 0 is an int whose digits are invalid in <module>", [](Code& c) { c.consts[0].text = "-0"; }},
      {"constant 0 is a str that is not valid UTF-8 in <module>",
       [](Code& c) { c.consts[0] = Constant::string("\xe2\x82"); }},
      {"constant 1 is a code object that is missing in <module>",
       [](Code& c) { c.consts[1] = Constant::code_object(nullptr); }},
  };
  for (const Case& k : cases) {
    Code c = *small_module().done(2);
    k.breaks(c);
    CHECK(check(c) == k.expected);
  }
  // A str may hold lone surrogates, a name may not.
  Code c = *small_module().done(2);
  c.consts[0] = Constant::string("\xed\xa0\x80");
  CHECK(check(c) == "");
}

TEST_CASE("verify: instructions and operands") {
  struct Case {
    const char* expected;
    std::function<void(Asm&)> emit;  // after LOAD_NAME a, LOAD_CONST 1 (depth 2)
  };
  const Case cases[] = {
      {"invalid opcode 250 in <module> at instruction 2", [](Asm& a) { a.word(250); }},
      {"POP_TOP takes no operand (got 1) in <module> at instruction 2", [](Asm& a) { a.op(Op::POP_TOP, 1); }},
      {"constant index 7 out of range (2 constants) in <module> at instruction 2", [](Asm& a) { a.op(Op::LOAD_CONST, 7); }},
      {"name index 2 out of range (2 names) in <module> at instruction 2", [](Asm& a) { a.op(Op::STORE_NAME, 2); }},
      {"local index 0 out of range (0 varnames) in <module> at instruction 2", [](Asm& a) { a.op(Op::STORE_FAST, 0); }},
      {"cell index 0 out of range (0 cellvars + freevars) in <module> at instruction 2",
       [](Asm& a) { a.op(Op::LOAD_DEREF, 0); }},
      {"binary operator 26 out of range (26 operators) in <module> at instruction 2",
       [](Asm& a) { a.op(Op::BINARY_OP, 26); }},
      {"comparison 6 out of range (6 comparisons) in <module> at instruction 2", [](Asm& a) { a.op(Op::COMPARE_OP, 6); }},
      {"SWAP needs an operand of at least 2 (got 1) in <module> at instruction 2", [](Asm& a) { a.op(Op::SWAP, 1); }},
      {"COPY needs an operand of at least 1 (got 0) in <module> at instruction 2", [](Asm& a) { a.op(Op::COPY, 0); }},
      {"LIST_APPEND needs an operand of at least 1 (got 0) in <module> at instruction 2",
       [](Asm& a) { a.op(Op::LIST_APPEND, 0); }},
      {"BUILD_SLICE takes 2 or 3 (got 4) in <module> at instruction 2", [](Asm& a) { a.op(Op::BUILD_SLICE, 4); }},
      {"RAISE_VARARGS takes 0, 1 or 2 (got 3) in <module> at instruction 2", [](Asm& a) { a.op(Op::RAISE_VARARGS, 3); }},
      {"BUILD_TUPLE count 1048577 too large in <module> at instruction 2",
       [](Asm& a) { a.op(Op::BUILD_TUPLE, (1u << 20) + 1); }},
      {"IS_OP flags 2 out of range (0 to 1) in <module> at instruction 2", [](Asm& a) { a.op(Op::IS_OP, 2); }},
      {"FORMAT_VALUE flags 8 out of range (0 to 7) in <module> at instruction 2", [](Asm& a) { a.op(Op::FORMAT_VALUE, 8); }},
      {"MAKE_FUNCTION flags 16 out of range (0 to 15) in <module> at instruction 2",
       [](Asm& a) { a.op(Op::MAKE_FUNCTION, 16); }},
      {"jump target 4 is an inline-cache word in <module> at instruction 2",
       [](Asm& a) { a.op(Op::POP_JUMP_IF_TRUE, 4).op(Op::BINARY_OP, 0).op(Op::RETURN_VALUE); }},
      {"jump target 99 is past the end of the code (4 words) in <module> at instruction 2",
       [](Asm& a) { a.op(Op::JUMP, 99).op(Op::RETURN_VALUE); }},
      {"jump target 4 is inside an EXTENDED_ARG sequence in <module> at instruction 2",
       [](Asm& a) { a.op(Op::POP_JUMP_IF_TRUE, 4).word(make_word(Op::EXTENDED_ARG, 0)).op(Op::RETURN_VALUE); }},
      {"EXTENDED_ARG at the end of the code in <module> at instruction 2",
       [](Asm& a) { a.word(make_word(Op::EXTENDED_ARG, 1)); }},
      {"operand wider than 32 bits (too many EXTENDED_ARG) in <module> at instruction 4",
       [](Asm& a) { a.word(make_word(Op::EXTENDED_ARG, 1)).word(make_word(Op::EXTENDED_ARG, 1)).op(Op::NOP); }},
      {"the inline-cache word after LOAD_ATTR is missing in <module> at instruction 2",
       [](Asm& a) { a.word(make_word(Op::LOAD_ATTR, 0)); }},
      {"inline-cache word is not zero in <module> at instruction 3",
       [](Asm& a) { a.word(make_word(Op::LOAD_ATTR, 0)).word(7).op(Op::RETURN_VALUE); }},
      {"the last instruction (POP_TOP) falls off the end of the code in <module> at instruction 2",
       [](Asm& a) { a.op(Op::POP_TOP); }},
      {"RETURN_GENERATOR is not the first instruction in <module> at instruction 2",
       [](Asm& a) { a.op(Op::RETURN_GENERATOR).op(Op::RETURN_VALUE); }},
      {"stack underflow: BINARY_OP pops 2 but the stack holds 1 in <module> at instruction 3",
       [](Asm& a) { a.op(Op::POP_TOP).op(Op::BINARY_OP, 0).op(Op::RETURN_VALUE); }},
      {"stack underflow: BUILD_MAP pops 4 but the stack holds 2 in <module> at instruction 2",
       [](Asm& a) { a.op(Op::BUILD_MAP, 2).op(Op::RETURN_VALUE); }},
      {"the stack holds 3 values, more than the stacksize 2 in <module> at instruction 2",
       [](Asm& a) { a.op(Op::LOAD_CONST, 0).op(Op::RETURN_VALUE); }},
      {"the stacksize is 2 but the greatest stack depth is 1 in <module>",
       [](Asm& a) { a.c.code.clear(), a.c.positions.clear(), a.op(Op::LOAD_CONST, 0).op(Op::RETURN_VALUE); }},
      // A join: POP_JUMP_IF_TRUE 5 jumps with depth 1, falling through pushes one more.
      {"inconsistent stack depth: 1 on one path, 2 from instruction 4 in <module> at instruction 5",
       [](Asm& a) { a.op(Op::POP_JUMP_IF_TRUE, 5).op(Op::LOAD_CONST, 0).op(Op::NOP).op(Op::RETURN_VALUE); }},
  };
  for (const Case& k : cases) {
    Asm a("<module>");
    a.c.consts = {Constant::integer("1"), Constant::none()};
    a.c.names = {"a", "x"};
    a.op(Op::LOAD_NAME, 0).op(Op::LOAD_CONST, 0);
    k.emit(a);
    CHECK(check(*a.done(2)) == k.expected);
  }
}

TEST_CASE("verify: the exception table") {
  using peppy::bytecode::testing::try_module;
  struct Case {
    const char* expected;
    std::function<void(Code&)> breaks;
  };
  const Case cases[] = {
      {"exception-table entry 0 is empty (start 3, end 3) in <module>",
       [](Code& c) { c.exception_table[0].start = c.exception_table[0].end = 3; }},
      {"exception-table entry 0 ends at 40, past the end of the code (17 words) in <module>",
       [](Code& c) { c.exception_table[0].end = 40; }},
      {"exception-table entry 1 has target 17, which is past the end of the code (17 words) in <module>",
       [](Code& c) { c.exception_table[1].target = 17; }},
      {"exception-table entry 0 has depth 5 above the stacksize 4 in <module>",
       [](Code& c) { c.exception_table[0].depth = 5; }},
      {"exception-table entries 1 and 2 both start at 5 (which is innermost is ambiguous) in <module>",
       [](Code& c) { c.exception_table[2].start = 5; }},
      {"the stack holds 0 values, fewer than the depth 1 of its exception handler (entry 0) in <module> at instruction 1",
       [](Code& c) { c.exception_table[0].depth = 1; }},
      {"inconsistent stack depth: 3 on one path, 2 from instruction 13 in <module> at instruction 14",
       [](Code& c) { c.exception_table[2].push_lasti = false; }},
      {"the stacksize is 5 but the greatest stack depth is 4 in <module>", [](Code& c) { c.stacksize = 5; }},
  };
  for (const Case& k : cases) {
    Code c = *try_module();
    k.breaks(c);
    CHECK(check(c) == k.expected);
  }
  // Entry boundaries must be instruction starts.
  Asm a("<module>");
  a.c.consts = {Constant::none()};
  a.c.names = {"a"};
  a.op(Op::LOAD_GLOBAL, 0).op(Op::POP_TOP).op(Op::LOAD_CONST, 0).op(Op::RETURN_VALUE);
  a.c.exception_table = {{1, 3, 0, 0, false}};
  CHECK(check(*a.done(1)) == "exception-table entry 0 starts at 1, which is an inline-cache word in <module>");
  a.c.exception_table = {{0, 1, 0, 0, false}};
  CHECK(check(*a.done(1)) == "exception-table entry 0 ends at 1, which is an inline-cache word in <module>");
}

TEST_CASE("verify: nested code objects are checked, and their nesting is bounded") {
  using namespace peppy::bytecode::testing;
  auto f = talk_function();
  f->code[0] = make_word(Op::LOAD_FAST, 3);
  Code m = *talk_module();
  m.consts[0] = Constant::code_object(f);
  CHECK(check(m) == "local index 3 out of range (2 varnames) in f at instruction 0");

  // A qualname names the code object; odd bytes in it are escaped.
  f->qualname = "C.f\n";
  CHECK(check(m) == "local index 3 out of range (2 varnames) in C.f\\x0a at instruction 0");

  // Functions nested kMaxBytecodeNesting deep pass, one more level does not.
  auto nest = [](int levels) {
    std::shared_ptr<Code> inner;
    for (int i = 0; i < levels; ++i) {
      Asm a(i + 1 == levels ? "<module>" : "f");
      a.c.consts = {Constant::none()};
      if (inner) a.c.consts.push_back(Constant::code_object(inner));
      a.op(Op::LOAD_CONST, 0).op(Op::RETURN_VALUE);
      inner = a.done(1);
    }
    return inner;
  };
  CHECK(check(*nest(peppy::limits::kMaxBytecodeNesting)) == "");
  CHECK(check(*nest(peppy::limits::kMaxBytecodeNesting + 1)) ==
        "code objects and constants nested deeper than 1000 levels in f");
  // Tuples count as levels too.
  Constant t = Constant::none();
  for (int i = 0; i < peppy::limits::kMaxBytecodeNesting; ++i) t = Constant::tuple({t});
  Code deep = *small_module().done(2);
  deep.consts[1] = t;
  CHECK(check(deep) == "code objects and constants nested deeper than 1000 levels in <module>");
  deep.consts[1] = t.items[0];
  CHECK(check(deep) == "");
}

TEST_CASE("verify: UTF-8 checks") {
  CHECK(valid_utf8("abc\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"));
  CHECK_FALSE(valid_utf8("\xc0\x80"));          // overlong
  CHECK_FALSE(valid_utf8("\xe0\x80\x80"));      // overlong
  CHECK_FALSE(valid_utf8("\xf4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(valid_utf8("\xed\xa0\x80"));      // surrogate
  CHECK(valid_utf8_with_surrogates("\xed\xa0\x80"));
  CHECK_FALSE(valid_utf8_with_surrogates("\xed\xa0"));
  CHECK_FALSE(valid_utf8("\x80"));
}
