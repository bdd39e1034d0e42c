// test_tokens_strict.cpp: the strict tokenizer (Mode::Strict) against CPython 3.11.
//
//  * Every case of tests/tokens/strict_errors.json (made by tools/make_strict_goldens.py
//    from strict_errors.in): an error case must stop with CPython's exception type,
//    message and position; an "OK" case must tokenize without error.
//  * A few direct checks of the tokens of valid code: types, exact types, positions in
//    code points and UTF-8 bytes (the values are those of CPython's tokenize module and
//    of ast col_offset).
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tok/tokenizer.hpp"

using peppy::tok::Mode;
using peppy::tok::Pos;
using peppy::tok::Result;
using peppy::tok::Token;
using peppy::tok::Type;

namespace {

nlohmann::json load_cases() {
  std::ifstream in(PEPPY_TESTS_DIR "/tokens/strict_errors.json", std::ios::binary);
  REQUIRE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  return nlohmann::json::parse(ss.str());
}

// The case's source bytes ("source", or "source_hex" for bytes that are not UTF-8).
std::string source_of(const nlohmann::json& c) {
  if (!c["source"].is_null()) return c["source"].get<std::string>();
  std::string hex = c["source_hex"].get<std::string>(), out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return out;
}

// A golden integer field (null, which CPython gives for some errors, reads as 0).
int field(const nlohmann::json& c, const char* key) {
  return c[key].is_null() ? 0 : c[key].get<int>();
}

// Joins expected token lines as describe() does.
std::string lines(std::initializer_list<const char*> ls) {
  std::string out;
  for (const char* l : ls) out += std::string(l) + "\n";
  return out;
}

Result strict(std::string_view src) { return peppy::tok::tokenize(src, "x.py", Mode::Strict); }

// The tokens as "TYPE(exact) 'text' r,c-r,c b..b" lines, for readable comparisons.
std::string describe(const Result& r) {
  std::string out;
  for (const Token& t : r.tokens) {
    std::string s(peppy::tok::type_name(t.type));
    if (t.exact != t.type) s += "(" + std::string(peppy::tok::type_name(t.exact)) + ")";
    s += " '" + r.source.utf8(t.begin, t.end) + "' ";
    s += std::to_string(t.start.row) + "," + std::to_string(t.start.col) + "-" +
         std::to_string(t.stop.row) + "," + std::to_string(t.stop.col);
    s += " b" + std::to_string(t.start_byte) + ".." + std::to_string(t.stop_byte);
    out += s + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("strict tokenizer: CPython's tokenizer errors (strict_errors.json)") {
  const nlohmann::json cases = load_cases();
  REQUIRE(cases.size() >= 120);
  int passed = 0;
  for (const auto& c : cases) {
    const std::string name = c["name"].get<std::string>();
    const std::string type = c["type"].get<std::string>();
    CAPTURE(name);
    const Result r = strict(source_of(c));
    bool ok;
    if (type == "OK") {
      if (r.error) INFO("unexpected error: " << r.error->type << ": " << r.error->message);
      CHECK_FALSE(r.error.has_value());
      ok = !r.error.has_value();
    } else {
      // One line per error, so that a failure shows every field of both side by side.
      const std::string want = type + ": " + c["msg"].get<std::string>() + " @ " +
                               std::to_string(field(c, "lineno")) + ":" + std::to_string(field(c, "offset")) +
                               "-" + std::to_string(field(c, "end_lineno")) + ":" +
                               std::to_string(field(c, "end_offset"));
      std::string got = "no error";
      if (r.error) {
        const auto& e = *r.error;
        got = e.type + ": " + e.message + " @ " + std::to_string(e.row) + ":" + std::to_string(e.offset) + "-" +
              std::to_string(e.end_row) + ":" + std::to_string(e.end_offset);
      }
      CHECK(got == want);
      ok = got == want;
    }
    passed += ok;
  }
  MESSAGE(passed << " of " << cases.size() << " strict tokenizer cases pass");
}

TEST_CASE("strict tokenizer: async/await are ASYNC/AWAIT, no NL or COMMENT") {
  const Result r = strict("async def f():  # c\n\n    await x\n");
  REQUIRE_FALSE(r.error);
  const std::string want = lines({
      "ASYNC 'async' 1,0-1,5 b0..5",
      "NAME 'def' 1,6-1,9 b6..9",
      "NAME 'f' 1,10-1,11 b10..11",
      "OP(LPAR) '(' 1,11-1,12 b11..12",
      "OP(RPAR) ')' 1,12-1,13 b12..13",
      "OP(COLON) ':' 1,13-1,14 b13..14",
      "NEWLINE '' 1,16-1,19 b16..19",  // from the '#' of the comment to the newline
      "INDENT '' 3,-1-3,-1 b-1..-1",
      "AWAIT 'await' 3,4-3,9 b4..9",
      "NAME 'x' 3,10-3,11 b10..11",
      "NEWLINE '' 3,11-3,11 b11..11",
      "DEDENT '' 3,-1-3,-1 b-1..-1",
      "ENDMARKER '' 4,0-4,0 b0..0",
  });
  CHECK(describe(r) == want);
}

TEST_CASE("strict tokenizer: non-ASCII names count code points and UTF-8 bytes") {
  const Result r = strict("é = 'ñ' + λ1\n");
  REQUIRE_FALSE(r.error);
  const std::string want = lines({
      "NAME 'é' 1,0-1,1 b0..2",
      "OP(EQUAL) '=' 1,2-1,3 b3..4",
      "STRING ''ñ'' 1,4-1,7 b5..9",
      "OP(PLUS) '+' 1,8-1,9 b10..11",
      "NAME 'λ1' 1,10-1,12 b12..15",
      "NEWLINE '' 1,12-1,12 b15..15",
      "ENDMARKER '' 2,0-2,0 b0..0",
  });
  CHECK(describe(r) == want);
}

TEST_CASE("strict tokenizer: CRLF and lone CR are newlines") {
  const Result r = strict("if x:\r\n    y = 1\r\rz\r\n");
  REQUIRE_FALSE(r.error);
  const std::string want = lines({
      "NAME 'if' 1,0-1,2 b0..2",
      "NAME 'x' 1,3-1,4 b3..4",
      "OP(COLON) ':' 1,4-1,5 b4..5",
      "NEWLINE '' 1,5-1,5 b5..5",
      "INDENT '' 2,-1-2,-1 b-1..-1",
      "NAME 'y' 2,4-2,5 b4..5",
      "OP(EQUAL) '=' 2,6-2,7 b6..7",
      "NUMBER '1' 2,8-2,9 b8..9",
      "NEWLINE '' 2,9-2,9 b9..9",
      "DEDENT '' 4,-1-4,-1 b-1..-1",
      "NAME 'z' 4,0-4,1 b0..1",
      "NEWLINE '' 4,1-4,1 b1..1",
      "ENDMARKER '' 5,0-5,0 b0..0",
  });
  CHECK(describe(r) == want);
}

TEST_CASE("strict tokenizer: a triple-quoted string spanning lines") {
  const Result r = strict("s = '''a\nbé\n''' + x\n");
  REQUIRE_FALSE(r.error);
  const std::string want = lines({
      "NAME 's' 1,0-1,1 b0..1",
      "OP(EQUAL) '=' 1,2-1,3 b2..3",
      "STRING ''''a\nbé\n'''' 1,4-3,3 b4..3",
      "OP(PLUS) '+' 3,4-3,5 b4..5",
      "NAME 'x' 3,6-3,7 b6..7",
      "NEWLINE '' 3,7-3,7 b7..7",
      "ENDMARKER '' 4,0-4,0 b0..0",
  });
  CHECK(describe(r) == want);
}

TEST_CASE("strict tokenizer: numbers followed by keywords, and <>") {
  const Result r = strict("x = 1if y else 0x1for\n1 <> 2\n");
  REQUIRE_FALSE(r.error);
  const std::string want = lines({
      "NAME 'x' 1,0-1,1 b0..1",
      "OP(EQUAL) '=' 1,2-1,3 b2..3",
      "NUMBER '1' 1,4-1,5 b4..5",
      "NAME 'if' 1,5-1,7 b5..7",
      "NAME 'y' 1,8-1,9 b8..9",
      "NAME 'else' 1,10-1,14 b10..14",
      "NUMBER '0x1f' 1,15-1,19 b15..19",
      "NAME 'or' 1,19-1,21 b19..21",
      "NEWLINE '' 1,21-1,21 b21..21",
      "NUMBER '1' 2,0-2,1 b0..1",
      "OP(NOTEQUAL) '<>' 2,2-2,4 b2..4",
      "NUMBER '2' 2,5-2,6 b5..6",
      "NEWLINE '' 2,6-2,6 b6..6",
      "ENDMARKER '' 3,0-3,0 b0..0",
  });
  CHECK(describe(r) == want);
}
