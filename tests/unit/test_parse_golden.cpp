// test_parse_golden.cpp: the golden-file tests of the parser (made once by CPython 3.11
// through tools/make_parse_goldens.py; see tests/parse/README.md).
//
//   * tests/parse/ast/NAME.py: parse_module must give exactly NAME.ast
//     (ast.dump(..., include_attributes=True)) and NAME.dump (ast.dump(...)); the tree
//     written as JSON and read back must dump the same.
//   * tests/parse/errors.json: every bad snippet must give CPython's exception type,
//     message, line, offset, end line and end offset (ast.parse's), and the display of
//     `python3 x.py` (file, line, source line, carets, "Type: message"). The cases in
//     tests/parse/errors.known-failures are expected to differ (the test fails when one
//     of them starts to pass, so the list stays true); the share that passes is printed.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ast/dump.hpp"
#include "ast/json.hpp"
#include "parse/parser.hpp"
#include "tok/report.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path parse_dir() { return fs::path(PEPPY_TESTS_DIR) / "parse"; }

// The whole content of `path` as raw bytes ("" if it cannot be opened).
std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The bytes of a hex string ("0a41" -> "\nA").
std::string from_hex(const std::string& hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return out;
}

// The names listed in a known-failures file (one per line; '#' starts a comment).
std::set<std::string> known_failures(const fs::path& path) {
  std::set<std::string> names;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    line = line.substr(0, line.find('#'));
    line.erase(std::remove_if(line.begin(), line.end(), [](unsigned char c) { return std::isspace(c); }), line.end());
    if (!line.empty()) names.insert(line);
  }
  return names;
}

}  // namespace

TEST_CASE("parser: every tests/parse/ast source gives CPython's ast.dump, with and without positions") {
  std::vector<fs::path> sources;
  for (const auto& e : fs::directory_iterator(parse_dir() / "ast"))
    if (e.path().extension() == ".py") sources.push_back(e.path());
  std::sort(sources.begin(), sources.end());
  REQUIRE(sources.size() >= 150);
  for (const fs::path& py : sources) {
    CAPTURE(py.filename().string());
    const std::string bytes = read_bytes(py);
    peppy::parse::ParseResult r = peppy::parse::parse_module(bytes, py.filename().string());
    REQUIRE_MESSAGE(r.tree != nullptr, (r.error ? r.error->message : std::string("no tree")));
    fs::path ast_file = py, dump_file = py;
    ast_file.replace_extension(".ast");
    dump_file.replace_extension(".dump");
    CHECK(peppy::ast::dump(*r.tree, true) + "\n" == read_bytes(ast_file));
    CHECK(peppy::ast::dump(*r.tree, false) + "\n" == read_bytes(dump_file));
    // The JSON form reads back into the same tree.
    peppy::ast::Arena arena;
    peppy::ast::Node* back = peppy::ast::from_json_text(peppy::ast::to_json_text(*r.tree), arena);
    REQUIRE(back != nullptr);
    CHECK(peppy::ast::dump(*back, true) + "\n" == read_bytes(ast_file));
  }
}

TEST_CASE("parser: bad snippets give CPython's SyntaxError, position and display") {
  std::ifstream in(parse_dir() / "errors.json");
  const json cases = json::parse(in);
  const std::set<std::string> known = known_failures(parse_dir() / "errors.known-failures");
  REQUIRE(cases.size() >= 150);
  std::size_t passed = 0;
  for (const json& c : cases) {
    const std::string name = c.at("name").get<std::string>();
    CAPTURE(name);
    const std::string source =
        c.at("source").is_null() ? from_hex(c.at("source_hex").get<std::string>()) : c.at("source").get<std::string>();
    peppy::parse::ParseResult r = peppy::parse::parse_module(source, "x.py");
    bool ok = r.error.has_value() && r.tree == nullptr;
    if (ok) {
      const peppy::tok::Error& e = *r.error;
      ok = e.type == c.at("type").get<std::string>() && e.message == c.at("msg").get<std::string>() &&
           e.row == c.at("lineno").get<int>() && e.offset == c.at("offset").get<int>() &&
           e.end_row == c.at("end_lineno").get<int>() && e.end_offset == c.at("end_offset").get<int>() &&
           peppy::tok::format_error(e, "x.py") == c.at("display").get<std::string>();
      if (!ok && !known.count(name)) {
        CHECK(e.type == c.at("type").get<std::string>());
        CHECK(e.message == c.at("msg").get<std::string>());
        CHECK(e.row == c.at("lineno").get<int>());
        CHECK(e.offset == c.at("offset").get<int>());
        CHECK(e.end_row == c.at("end_lineno").get<int>());
        CHECK(e.end_offset == c.at("end_offset").get<int>());
        CHECK(peppy::tok::format_error(e, "x.py") == c.at("display").get<std::string>());
      }
    } else if (!known.count(name)) {
      FAIL_CHECK("no error raised");
    }
    if (ok) ++passed;
    if (known.count(name)) CHECK_MESSAGE(!ok, "listed in errors.known-failures but passes now: remove it");
  }
  std::cout << "parser error table: " << passed << " of " << cases.size() << " bad snippets match CPython ("
            << (100.0 * static_cast<double>(passed) / static_cast<double>(cases.size())) << "%)\n";
  CHECK(passed * 100 >= cases.size() * 95);
}
