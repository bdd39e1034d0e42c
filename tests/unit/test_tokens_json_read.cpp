// test_tokens_json_read.cpp: tok::tokens_from_json, the token JSON read back as the
// parser's tokens.
//
//  * For every source of tests/tokens/compat/ and tests/parse/ast/: reading back the
//    compat JSON of its tokens gives exactly the strict tokenizer's Result (tokens field
//    for field, Source text and lines); so does CPython's own token JSON (the .tokens.json
//    goldens), and the strict JSON read back gives the same tokens.
//  * Parsing the tokens read back gives the same AST, or the same SyntaxError, as
//    parsing the source (tests/parse/ast/ and the snippets of tests/parse/errors.json).
//  * Bad token files: a one-line error of type kTokenFileError naming the problem, and
//    no crash on any cut or damaged file.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ast/dump.hpp"
#include "parse/parser.hpp"
#include "tok/json.hpp"
#include "tok/tokenizer.hpp"

namespace {

namespace fs = std::filesystem;
using peppy::tok::Mode;
using peppy::tok::Result;
using peppy::tok::Token;
using peppy::tok::Type;
using peppy::tok::tokens_from_json;
using peppy::tok::tokens_to_json;
using peppy::tok::tokenize;

// The whole content of `path` as raw bytes (nullopt if it cannot be opened).
std::optional<std::string> read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The sorted paths of the files in `dir` whose names end with `suffix`.
std::vector<fs::path> files_with(const fs::path& dir, const std::string& suffix) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Every source the comparison runs over.
std::vector<fs::path> sources() {
  std::vector<fs::path> all = files_with(fs::path(PEPPY_TESTS_DIR) / "tokens" / "compat", ".py");
  for (auto& p : files_with(fs::path(PEPPY_TESTS_DIR) / "parse" / "ast", ".py")) all.push_back(p);
  return all;
}

// One token as a line: type, exact type, text, positions in code points and bytes,
// offsets of its text and its lines.
std::string describe(const Result& r, const Token& t) {
  std::string s(peppy::tok::type_name(t.type));
  s += "/" + std::string(peppy::tok::type_name(t.exact));
  s += " '" + r.source.utf8(t.begin, t.end) + "' ";
  s += std::to_string(t.start.row) + "," + std::to_string(t.start.col) + "-" + std::to_string(t.stop.row) + "," +
       std::to_string(t.stop.col);
  s += " bytes " + std::to_string(t.start_byte) + ".." + std::to_string(t.stop_byte);
  s += " text [" + std::to_string(t.begin) + "," + std::to_string(t.end) + ")";
  s += " line [" + std::to_string(t.line_begin) + "," + std::to_string(t.line_end) + ")";
  return s;
}

// Checks that `got` holds the same tokens as `want`, token for token (the first
// difference only, so a failure reads as one line).
void check_same_tokens(const std::string& name, const Result& got, const Result& want) {
  INFO("file: " << name);
  const std::size_t n = std::min(got.tokens.size(), want.tokens.size());
  for (std::size_t i = 0; i < n; ++i) {
    const std::string a = describe(got, got.tokens[i]), b = describe(want, want.tokens[i]);
    if (a != b) {
      INFO("token #" << i);
      CHECK(a == b);
      return;
    }
  }
  CHECK(got.tokens.size() == want.tokens.size());
}

// Checks the Source read back against the strict tokenizer's.
void check_same_source(const std::string& name, const Result& got, const Result& want) {
  INFO("file: " << name);
  CHECK(got.source.text == want.source.text);
  CHECK(got.source.lines == want.source.lines);
  CHECK(got.source.declared == want.source.declared);
  CHECK(got.source.filename == want.source.filename);
  // A BOM does not show in the compat tokens (tokenize reports "utf-8").
  CHECK(got.source.encoding == (want.source.encoding == "utf-8-sig" ? "utf-8" : want.source.encoding));
}

// Checks two tokenizer errors are the same: type, message, position.
void check_same_error(const std::string& name, const Result& got, const Result& want) {
  INFO("file: " << name);
  REQUIRE(want.error);
  REQUIRE_MESSAGE(got.error, "no error read back; strict: " << want.error->message);
  CHECK(got.error->type == want.error->type);
  CHECK(got.error->message == want.error->message);
  CHECK(got.error->row == want.error->row);
  CHECK(got.error->offset == want.error->offset);
  CHECK(got.error->end_row == want.error->end_row);
  CHECK(got.error->end_offset == want.error->end_offset);
  CHECK(got.tokens.size() == want.tokens.size());
}

// The last line of `bytes` if it is only spaces, tabs and form feeds with no line break
// after it: tokenize gives no token that shows it (it is not in the compat JSON).
std::optional<std::string> invisible_last_line(const std::string& bytes) {
  const std::size_t nl = bytes.find_last_of("\r\n");
  const std::string last = nl == std::string::npos ? bytes : bytes.substr(nl + 1);
  if (last.empty() || last.find_first_not_of(" \t\f") != std::string::npos) return std::nullopt;
  return last;
}

// Reads `json` and returns its error message ("" if it read without one), checking that
// a failure has the token-file type, no position, no tokens and one line.
std::string file_error(const std::string& json) {
  const Result r = tokens_from_json(json, "t.json");
  if (!r.error) return "";
  if (r.error->type != peppy::tok::kTokenFileError) return r.error->type + ": " + r.error->message;
  CHECK(r.tokens.empty());
  CHECK(r.error->row == 0);
  CHECK(r.error->message.find('\n') == std::string::npos);
  return r.error->message;
}

// The compat JSON of `source` (which must tokenize).
std::string compat_json(const std::string& source) {
  const Result r = tokenize(source, "t.py", Mode::Compat);
  REQUIRE_FALSE(r.error);
  return tokens_to_json(r, Mode::Compat);
}

// `text` with the first `from` replaced by `to` (which must be there).
std::string replace(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "'" << from << "' not in " << text);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("token JSON read back: compat JSON gives the strict tokens of every test source") {
  int same = 0, same_error = 0, invisible = 0, compat_failed = 0;
  for (const fs::path& path : sources()) {
    const std::string name = path.filename().string();
    const auto bytes = read_bytes(path);
    REQUIRE_MESSAGE(bytes, "cannot read " << path);
    const Result compat = tokenize(*bytes, name, Mode::Compat);
    const Result strict = tokenize(*bytes, name, Mode::Strict);
    if (compat.error) {  // no JSON to read back
      ++compat_failed;
      continue;
    }
    const Result back = tokens_from_json(tokens_to_json(compat, Mode::Compat), name);
    if (strict.error) {  // the strict scanner's verdict comes back with its tokens
      check_same_error(name, back, strict);
      ++same_error;
      continue;
    }
    if (auto last = invisible_last_line(*bytes); last && back.source.text != strict.source.text) {
      // The one thing the compat tokens cannot show: that line is missing.
      INFO("file: " << name);
      std::u32string line(last->begin(), last->end());
      CHECK(back.source.text + line + U"\n" == strict.source.text);
      CHECK_FALSE(back.error);
      ++invisible;
      continue;
    }
    REQUIRE_MESSAGE(!back.error, name << ": " << back.error->type << ": " << back.error->message);
    check_same_source(name, back, strict);
    check_same_tokens(name, back, strict);
    ++same;
  }
  MESSAGE("compat JSON read back: " << same << " sources give the strict tokens, " << same_error
                                    << " the strict error, " << invisible
                                    << " end in a white-space line no token shows; " << compat_failed
                                    << " have no compat tokens");
  CHECK(same >= 270);
  CHECK(invisible <= 4);
}

TEST_CASE("token JSON read back: CPython's token JSON (the .tokens.json goldens)") {
  int same = 0, same_error = 0;
  for (const fs::path& json_path : files_with(fs::path(PEPPY_TESTS_DIR) / "tokens" / "compat", ".tokens.json")) {
    std::string stem = json_path.filename().string();
    stem.resize(stem.size() - std::string(".tokens.json").size());
    const std::string name = stem + ".py";
    const auto bytes = read_bytes(json_path.parent_path() / name);
    const auto json = read_bytes(json_path);
    REQUIRE(bytes);
    REQUIRE(json);
    const Result strict = tokenize(*bytes, name, Mode::Strict);
    const Result back = tokens_from_json(*json, name);
    if (strict.error) {
      check_same_error(name, back, strict);
      ++same_error;
      continue;
    }
    REQUIRE_MESSAGE(!back.error, name << ": " << back.error->type << ": " << back.error->message);
    if (invisible_last_line(*bytes) && back.source.text != strict.source.text) continue;
    check_same_source(name, back, strict);
    check_same_tokens(name, back, strict);
    ++same;
  }
  MESSAGE("CPython's token JSON read back: " << same << " give the strict tokens, " << same_error << " the strict error");
  CHECK(same >= 115);
}

TEST_CASE("token JSON read back: strict JSON gives the same tokens") {
  int same = 0;
  for (const fs::path& path : sources()) {
    const std::string name = path.filename().string();
    const auto bytes = read_bytes(path);
    REQUIRE(bytes);
    const Result strict = tokenize(*bytes, name, Mode::Strict);
    if (strict.error) continue;  // --strict prints no JSON then
    const Result back = tokens_from_json(tokens_to_json(strict, Mode::Strict), name);
    REQUIRE_MESSAGE(!back.error, name << ": " << back.error->type << ": " << back.error->message);
    INFO("file: " << name);
    // Blank and comment-only lines are not in the strict JSON: they come back empty, so
    // only the text of the tokens and of their lines is compared.
    CHECK(back.source.lines.size() == strict.source.lines.size());
    REQUIRE(back.tokens.size() == strict.tokens.size());
    for (std::size_t i = 0; i < back.tokens.size(); ++i) {
      const Token &a = back.tokens[i], &b = strict.tokens[i];
      INFO("token #" << i);
      CHECK(a.type == b.type);
      CHECK(a.exact == b.exact);
      CHECK(back.source.utf8(a.begin, a.end) == strict.source.utf8(b.begin, b.end));
      CHECK(back.source.utf8(a.line_begin, a.line_end) == strict.source.utf8(b.line_begin, b.line_end));
      CHECK(a.start == b.start);
      CHECK(a.stop == b.stop);
      CHECK(a.start_byte == b.start_byte);
      CHECK(a.stop_byte == b.stop_byte);
    }
    ++same;
  }
  CHECK(same >= 250);
}

TEST_CASE("token JSON read back: parsing the tokens is parsing the source") {
  // Every AST test source: the same ast.dump with positions.
  int asts = 0;
  for (const fs::path& path : files_with(fs::path(PEPPY_TESTS_DIR) / "parse" / "ast", ".py")) {
    const std::string name = path.filename().string();
    const auto bytes = read_bytes(path);
    REQUIRE(bytes);
    const Result compat = tokenize(*bytes, name, Mode::Compat);
    if (compat.error) continue;
    auto want = peppy::parse::parse_module(*bytes, name);
    auto got = peppy::parse::parse_tokens(tokens_from_json(tokens_to_json(compat, Mode::Compat), name));
    INFO("file: " << name);
    REQUIRE(bool(want.tree) == bool(got.tree));
    if (want.tree) CHECK(peppy::ast::dump(*got.tree, true, -1) == peppy::ast::dump(*want.tree, true, -1));
    ++asts;
  }
  CHECK(asts >= 150);

  // Every bad snippet: the same error. (A BOM cannot show in the compat tokens, so the
  // source line CPython prints with it comes back without it.)
  std::ifstream in(PEPPY_TESTS_DIR "/parse/errors.json", std::ios::binary);
  REQUIRE(in.good());
  const nlohmann::json cases = nlohmann::json::parse(in);
  int errors = 0;
  for (const auto& c : cases) {
    if (!c["source"].is_string()) continue;
    const std::string source = c["source"].get<std::string>();
    if (source.rfind("\xEF\xBB\xBF", 0) == 0) continue;
    const Result compat = tokenize(source, "x.py", Mode::Compat);
    if (compat.error) continue;
    auto want = peppy::parse::parse_module(source, "x.py");
    auto got = peppy::parse::parse_tokens(tokens_from_json(tokens_to_json(compat, Mode::Compat), "x.py"));
    INFO("case: " << c["name"].get<std::string>());
    REQUIRE(bool(want.error) == bool(got.error));
    if (!want.error) continue;
    CHECK(got.error->type == want.error->type);
    CHECK(got.error->message == want.error->message);
    CHECK(got.error->row == want.error->row);
    CHECK(got.error->offset == want.error->offset);
    CHECK(got.error->end_row == want.error->end_row);
    CHECK(got.error->end_offset == want.error->end_offset);
    CHECK(got.error->text == want.error->text);
    ++errors;
  }
  CHECK(errors >= 450);
}

TEST_CASE("token JSON read back: what tokenize accepts and the C tokenizer does not") {
  // An ERRORTOKEN, and errors tokenize does not see: the strict scanner's verdict.
  for (const std::string src : {"x = 'abc\n", "x = $\n", "x = a\xC2\xB7" "b\n", "x = 0777\n", "x = 1_\n",
                                 "if x:\n\ty = 1\n        z = 2\n", "x = (1]\n", "a = 1\rb = 2\r"}) {
    INFO("source: " << src);
    const Result strict = tokenize(src, "t.py", Mode::Strict);
    const Result back = tokens_from_json(compat_json(src), "t.py");
    if (strict.error) {
      check_same_error("t.py", back, strict);
    } else {
      REQUIRE_FALSE(back.error);
      check_same_source("t.py", back, strict);
      check_same_tokens("t.py", back, strict);
    }
  }
  // A null byte: tokenize gives ERRORTOKEN, the C tokenizer refuses the file.
  const std::string nul("x = a\0b\n", 8);
  const Result back = tokens_from_json(compat_json(nul), "t.py");
  REQUIRE(back.error);
  CHECK(back.error->message == "source code cannot contain null bytes");
  // `<>` is one token to the C tokenizer (the parser then refuses it).
  const Result ne = tokens_from_json(compat_json("1 <> 2\n1 <>>= 2\n"), "t.py");
  REQUIRE_FALSE(ne.error);
  check_same_tokens("t.py", ne, tokenize("1 <> 2\n1 <>>= 2\n", "t.py", Mode::Strict));
  // A line that is only a '\' at the start of a logical line, in a block.
  const std::string cont = "if x:\n    a = 1\n    \\\n    b = 2\n\\\nc = 3\n";
  const Result cb = tokens_from_json(compat_json(cont), "t.py");
  REQUIRE_FALSE(cb.error);
  const Result cs = tokenize(cont, "t.py", Mode::Strict);
  check_same_source("t.py", cb, cs);
  check_same_tokens("t.py", cb, cs);
}

TEST_CASE("token JSON read back: bad token files give a one-line error") {
  const std::string good = compat_json("x = 1\n");
  REQUIRE(file_error(good).empty());

  // Not JSON, or not a list of token objects.
  CHECK(file_error("").rfind("not valid JSON: parse error at line 1, column 1", 0) == 0);
  CHECK(file_error("x").rfind("not valid JSON: ", 0) == 0);
  CHECK(file_error(good + "x").rfind("not valid JSON: ", 0) == 0);
  CHECK(file_error(good.substr(0, good.size() / 2)).rfind("not valid JSON: ", 0) == 0);
  CHECK(file_error("[{\"type\": \"\xFF\"}]").rfind("not valid JSON: ", 0) == 0);
  CHECK(file_error("{}") == "expected a JSON array of tokens, not an object");
  CHECK(file_error("7") == "expected a JSON array of tokens, not a number");
  CHECK(file_error("[1]") == "$[0]: expected a token object, not a number");
  CHECK(file_error("[[]]") == "$[0]: expected a token object, not an array");
  CHECK(file_error("[]") == "the token list is empty");

  // Fields: missing, twice, of the wrong kind, out of range.
  const std::string endmarker = R"({"type": "ENDMARKER", "string": "", "start": [1, 0], "end": [1, 0], "line": ""})";
  CHECK(file_error("[" + endmarker + "]").empty());
  CHECK(file_error(R"([{"type": "ENDMARKER"}])") == "$[0]: no \"string\" field");
  CHECK(file_error(R"([{"type": "ENDMARKER", "string": "", "start": [1, 0], "end": [1, 0]}])") == "$[0]: no \"line\" field");
  CHECK(file_error("[" + replace(endmarker, "\"ENDMARKER\"", "1") + "]") == "$[0].type: expected a string");
  CHECK(file_error("[" + replace(endmarker, "\"ENDMARKER\"", "\"FOO\"") + "]") == "$[0].type: unknown token type \"FOO\"");
  CHECK(file_error("[" + replace(endmarker, "\"string\": \"\"", "\"string\": null") + "]") == "$[0].string: expected a string");
  CHECK(file_error("[" + replace(endmarker, "[1, 0], \"end\"", "[1], \"end\"") + "]") == "$[0].start: expected [row, column]");
  CHECK(file_error("[" + replace(endmarker, "[1, 0], \"end\"", "[1, 0, 0], \"end\"") + "]") == "$[0].start: expected [row, column]");
  CHECK(file_error("[" + replace(endmarker, "[1, 0], \"end\"", "[1.5, 0], \"end\"") + "]") == "$[0].start: expected [row, column]");
  CHECK(file_error("[" + replace(endmarker, "[1, 0], \"end\"", "\"1, 0\", \"end\"") + "]") == "$[0].start: expected [row, column]");
  CHECK(file_error("[" + replace(endmarker, "[1, 0], \"end\"", "[-1, 0], \"end\"") + "]") == "$[0].start: row -1 is out of range");
  CHECK(file_error("[" + replace(endmarker, "[1, 0], \"end\"", "[1, 4294967296], \"end\"") + "]") ==
        "$[0].start: column 4294967296 is out of range");
  CHECK(file_error("[" + replace(endmarker, "\"end\": [1, 0]", "\"end\": [1, 0], \"end\": [1, 0]") + "]") == "$[0].end: given twice");
  CHECK(file_error("[" + replace(endmarker, "\"end\": [1, 0]", "\"end\": [0, 0]") + "]") == "$[0]: ends [0, 0] before it starts [1, 0]");
  CHECK(file_error("[" + replace(endmarker, "\"line\": \"\"", "\"line\": \"\", \"start_byte\": 0") + "]") ==
        "$[0]: \"start_byte\" and \"end_byte\" come together");
  // Unknown fields are skipped, whatever they hold.
  CHECK(file_error("[" + replace(endmarker, "\"line\": \"\"", "\"line\": \"\", \"x\": [{\"a\": [1, {}]}, null]") + "]").empty());

  // Token lists that cannot be: cut short, out of order, contradicting their lines.
  CHECK(file_error(good.substr(0, good.rfind(",\n")) + "]") == "the token list does not end with ENDMARKER (was it cut short?)");
  CHECK(file_error(replace(good, R"("string": "x")", R"("string": "y")")) == "$[1].string: is not the source text from [1, 0] to [1, 1]");
  CHECK(file_error(replace(good, R"("line": "x = 1\n")", R"("line": "x = 2\n")")) ==
        "$[2].line: line 1 differs from the text other tokens give it");
  CHECK(file_error(replace(good, R"("start": [1, 4], "end": [1, 5])", R"("start": [1, 4], "end": [1, 50])")) ==
        "$[3].end: column 50 is past the end of line 1");
  CHECK(file_error(replace(good, R"("type": "NAME")", R"("type": "ENCODING")")) == "$[1].type: ENCODING is only the first token");
  CHECK(file_error(replace(good, R"("type": "NAME")", R"("type": "LPAR")")) == "$[1].type: LPAR is not a type tokenize gives");
  CHECK(file_error(replace(good, R"("exact_type": "EQUAL")", R"("exact_type": "PLUS")")) ==
        "$[2].exact_type: PLUS does not match the string");
  CHECK(file_error(replace(good, R"("start": [2, 0], "end": [2, 0])", R"("start": [1000000000, 0], "end": [1000000000, 0])")) ==
        "more than 1048576 characters of the source are in no token's line");
  const std::string dropped = good.substr(0, good.find("{\"type\": \"NEWLINE\"")) + good.substr(good.find("{\"type\": \"ENDMARKER\""));
  CHECK(file_error(dropped) == "$[4]: the source text before it is in no token");
  const std::string two = compat_json("x\ny\n");
  CHECK(file_error(replace(two, R"("start": [2, 0], "end": [2, 1])", R"("start": [1, 0], "end": [1, 1])")) ==
        "$[3].line: line 1 differs from the text other tokens give it");
}

TEST_CASE("token JSON read back: no crash on cut or damaged files") {
  const std::string good = compat_json("def f(a, *, b=1):\n    return f'{a!r}' + \"\"\"x\ny\"\"\"  # c\n");
  const std::string strict = tokens_to_json(tokenize("if x:\n    y = 'é'\n", "t.py", Mode::Strict), Mode::Strict);
  for (const std::string& json : {good, strict}) {
    // Every prefix that stops before the closing ']'.
    for (std::size_t n = 0; n < json.rfind(']'); ++n) {
      const Result r = tokens_from_json(json.substr(0, n), "t.json");
      CHECK(r.error);
    }
    // Every character replaced by a few others.
    for (std::size_t i = 0; i < json.size(); ++i) {
      for (char c : {'0', '9', '"', '[', '-', ' '}) {
        std::string damaged = json;
        damaged[i] = c;
        const Result r = tokens_from_json(damaged, "t.json");
        if (r.error && r.error->type == peppy::tok::kTokenFileError) CHECK(r.tokens.empty());
      }
    }
  }
  // Deep nesting, at the top and inside an unknown field.
  CHECK(file_error(std::string(100000, '[') + std::string(100000, ']')) == "$[0]: expected a token object, not an array");
  const std::string deep = "[{\"x\": " + std::string(100000, '[') + std::string(100000, ']') + "}]";
  CHECK(file_error(deep) == "$[0]: no \"type\" field");
}
