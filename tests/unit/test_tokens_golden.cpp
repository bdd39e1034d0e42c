// test_tokens_golden.cpp: the golden-file tests of the tokenize-compatible tokenizer.
//
// tests/tokens/compat/ holds small Python sources (NAME.py, some deliberately odd or
// invalid) and, for each, what CPython 3.11's `tokenize` module makes of it, written
// once by tools/make_token_goldens.py through the conformance oracle:
//   * NAME.tokens.json  the token list (type, string, start, end, line of every token);
//   * NAME.error        "ERROR <Exception>: <message>" when tokenize raises.
// The test tokenizes every source with peppy::tok::tokenize in Mode::Compat and checks
// the result against its golden: the same tokens, field for field, or an error of the
// same exception type. It also checks that sources and goldens pair up one to one.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tok/json.hpp"
#include "tok/tokenizer.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kTokensSuffix = ".tokens.json";
constexpr const char* kErrorSuffix = ".error";

// The folder of the compat sources and their goldens.
fs::path compat_dir() { return fs::path(PEPPY_TESTS_DIR) / "tokens" / "compat"; }

// The whole content of `path` as raw bytes (nullopt if it cannot be opened).
std::optional<std::string> read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// True if the file name `name` ends with `suffix`.
bool ends_with(const std::string& name, const std::string& suffix) {
  return name.size() >= suffix.size() &&
         name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The sorted names of the files directly in `dir`.
std::vector<std::string> list_files(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file()) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// The exception name of an .error golden: "ERROR TokenError: (...)" -> "TokenError".
std::string golden_exception(const std::string& text) {
  const std::string prefix = "ERROR ";
  if (text.compare(0, prefix.size(), prefix) != 0) return "";
  const auto colon = text.find(':', prefix.size());
  return text.substr(prefix.size(), colon == std::string::npos ? std::string::npos
                                                               : colon - prefix.size());
}

// Checks peppy's tokens for one source against the token list of its .tokens.json
// golden; stops at the first differing token so a failure reads as one difference.
void check_tokens(const std::string& name, const peppy::tok::Result& result,
                  const json& golden) {
  if (result.error) {
    FAIL_CHECK(name << ": CPython tokenizes it, peppy reports " << result.error->type
                    << ": " << result.error->message << " (line " << result.error->row
                    << ")");
    return;
  }
  json ours;
  try {
    ours = json::parse(peppy::tok::tokens_to_json(result, peppy::tok::Mode::Compat));
  } catch (const json::exception& e) {
    FAIL_CHECK(name << ": peppy's token JSON does not parse: " << e.what());
    return;
  }
  REQUIRE(ours.is_array());
  const std::size_t n = std::min(ours.size(), golden.size());
  for (std::size_t i = 0; i < n; ++i) {
    const json& got = ours[i];
    const json& want = golden[i];
    bool same = true;
    for (const char* field : {"type", "string", "start", "end", "line"})
      same = same && got.value(field, json()) == want.value(field, json());
    if (same) continue;
    INFO("file: " << name << ", token #" << i);
    for (const std::string field : {"type", "string", "start", "end", "line"}) {
      CAPTURE(field);
      CHECK(got.value(field, json()) == want.value(field, json()));
    }
    return;
  }
  INFO("file: " << name);
  CHECK(ours.size() == golden.size());
}

// Checks that peppy rejects one source whose golden is an .error line, with an error
// of the same exception type.
void check_error(const std::string& name, const peppy::tok::Result& result,
                 const std::string& golden_text) {
  INFO("file: " << name << ", CPython: " << golden_text);
  const std::string expected = golden_exception(golden_text);
  REQUIRE_MESSAGE(!expected.empty(), name << ": malformed .error golden");
  if (!result.error) {
    FAIL_CHECK(name << ": CPython raises " << expected << ", peppy tokenizes it ("
                    << result.tokens.size() << " tokens)");
    return;
  }
  INFO("peppy: " << result.error->type << ": " << result.error->message);
  CHECK(result.error->type == expected);
}

}  // namespace

TEST_CASE("compat tokenizer matches CPython's tokenize on tests/tokens/compat") {
  const fs::path dir = compat_dir();
  REQUIRE_MESSAGE(fs::is_directory(dir), dir.string() << " is missing");
  const std::vector<std::string> files = list_files(dir);

  // Sources and goldens must pair up one to one.
  std::set<std::string> sources;
  for (const auto& f : files)
    if (ends_with(f, ".py")) sources.insert(f.substr(0, f.size() - 3));
  REQUIRE_MESSAGE(!sources.empty(), "no .py files in " << dir.string());
  const std::set<std::string> names(files.begin(), files.end());
  for (const auto& f : files) {
    for (const std::string suffix : {kTokensSuffix, kErrorSuffix}) {
      if (ends_with(f, suffix)) {
        CHECK_MESSAGE(sources.count(f.substr(0, f.size() - suffix.size())) == 1,
                      f << " has no .py source");
      }
    }
  }

  for (const auto& stem : sources) {
    const std::string name = stem + ".py";
    const bool has_tokens = names.count(stem + kTokensSuffix) == 1;
    const bool has_error = names.count(stem + kErrorSuffix) == 1;
    const std::string pairing = has_tokens
                                    ? " has both a .tokens.json and an .error golden"
                                    : " has no golden (run tools/make_token_goldens.py)";
    CHECK_MESSAGE(has_tokens != has_error, name << pairing);
    if (has_tokens == has_error) continue;

    const auto source = read_bytes(dir / name);
    REQUIRE_MESSAGE(source.has_value(), "cannot read " << name);
    const peppy::tok::Result result =
        peppy::tok::tokenize(*source, name, peppy::tok::Mode::Compat);

    if (has_tokens) {
      const auto text = read_bytes(dir / (stem + kTokensSuffix));
      REQUIRE_MESSAGE(text.has_value(), "cannot read " << stem << kTokensSuffix);
      json golden;
      try {
        golden = json::parse(*text);
      } catch (const json::exception& e) {
        FAIL_CHECK(stem << kTokensSuffix << " does not parse: " << e.what());
        continue;
      }
      REQUIRE(golden.is_array());
      check_tokens(name, result, golden);
    } else {
      auto text = read_bytes(dir / (stem + kErrorSuffix));
      REQUIRE_MESSAGE(text.has_value(), "cannot read " << stem << kErrorSuffix);
      while (!text->empty() && (text->back() == '\n' || text->back() == '\r')) text->pop_back();
      check_error(name, result, *text);
    }
  }
}
