// peppy-parse: prints the AST of a Python file exactly as CPython 3.11's
// `ast.dump(ast.parse(source))` does (--attributes, --indent N), or as JSON (--json);
// a SyntaxError is printed as CPython prints it, with exit status 1. It also reads the
// token JSON of peppy-tokenize and parses those tokens (tok::tokens_from_json).
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "ast/dump.hpp"
#include "ast/json.hpp"
#include "cli.hpp"
#include "parse/parser.hpp"
#include "tok/json.hpp"
#include "tok/report.hpp"

namespace {

constexpr const char* kTool = "peppy-parse";

constexpr const char* kUsage = R"(usage: peppy-parse [options] FILE

Parses the Python source FILE ("-" reads standard input) and prints its AST as
CPython 3.11's ast.dump(ast.parse(source)) prints it.

FILE may also be the token JSON that peppy-tokenize prints (with or without
--strict); its tokens are parsed, with the same result as parsing the source they
came from. FILE is read as token JSON when --tokens is given, or when its name does
not end in .py or .pyw and its first characters, after white space, are '[' and then
'{' (a token list); else it is Python source (--source forces that).

options:
  --attributes   include positions (ast.dump's include_attributes=True)
  --indent N     pretty-print with N spaces per level (ast.dump's indent=N)
  --json         print the AST as JSON (docs/ast-json.md) instead
  --tokens       FILE is token JSON, whatever its name and content
  --source       FILE is Python source, whatever its name and content
  --verbose      log what is done to stderr
  --help         show this help and exit
  --version      show the version and exit

exit status: 0 on success; 1 if the file cannot be read, is not valid token JSON,
or has a syntax error (printed on stderr as CPython prints it); 2 on a bad command
line.
)";

// How to read FILE: --tokens, --source, or by its name and first characters.
enum class Input { Guess, Tokens, Source };

// True if `path` names a Python file (.py, .pyw).
bool python_name(const std::string& path) {
  auto ends = [&](const std::string& s) { return path.size() >= s.size() && path.compare(path.size() - s.size(), s.size(), s) == 0; };
  return ends(".py") || ends(".pyw");
}

// True if `data` starts like a token list: JSON white space, '[', white space, '{'.
// (Python source could start so too; a .py name or --source settles that.)
bool looks_like_tokens(const std::string& data) {
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < data.size() && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r')) ++i;
  };
  skip_space();
  if (i >= data.size() || data[i] != '[') return false;
  ++i;
  skip_space();
  return i < data.size() && data[i] == '{';
}

}  // namespace

int main(int argc, char** argv) {
  using namespace peppy;
  bool attributes = false, json = false, verbose = false;
  Input input = Input::Guess;
  int indent = -1;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--version") {
      std::cout << cli::version_line(kTool) << "\n";
      return 0;
    } else if (a == "--attributes" || a == "-a") {
      attributes = true;
    } else if (a == "--json") {
      json = true;
    } else if (a == "--tokens") {
      input = Input::Tokens;
    } else if (a == "--source") {
      input = Input::Source;
    } else if (a == "--indent" && i + 1 < argc) {
      try {
        indent = std::stoi(argv[++i]);
      } catch (...) {
        indent = -2;
      }
      if (indent < 0 || indent > 64) {
        cli::fail(kTool, "--indent takes a number from 0 to 64");
        return 2;
      }
    } else if (a == "--verbose" || a == "-v") {
      verbose = true;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      cli::fail(kTool, "unknown option '" + a + "' (see --help)");
      return 2;
    } else if (path.empty()) {
      path = a;
    } else {
      cli::fail(kTool, "only one FILE may be given (see --help)");
      return 2;
    }
  }
  if (path.empty()) {
    cli::fail(kTool, "no FILE given (see --help)");
    return 2;
  }
  cli::setup_logging(verbose);
  auto data = cli::read_input(kTool, path);
  if (!data) return 1;
  const std::string name = path == "-" ? "<stdin>" : path;
  const bool tokens = input == Input::Tokens ||
                      (input == Input::Guess && !python_name(path) && looks_like_tokens(*data));
  auto t0 = std::chrono::steady_clock::now();
  parse::ParseResult r;
  if (tokens) {
    tok::Result tr = tok::tokens_from_json(*data, name);
    if (tr.error && tr.error->type == tok::kTokenFileError && tr.tokens.empty()) {
      cli::fail(kTool, name + ": not a token file: " + tr.error->message);
      return 1;
    }
    spdlog::debug("read {} tokens of {} lines from token JSON", tr.tokens.size(), tr.source.lines.size() - 1);
    r = parse::parse_tokens(std::move(tr));
  } else {
    r = parse::parse_module(*data, name);
  }
  auto t1 = std::chrono::steady_clock::now();
  spdlog::debug("parsed {} bytes in {} us", data->size(),
                std::chrono::duration_cast<std::chrono::microseconds>(t1 - t0).count());
  if (r.error) {
    if (r.error->type == "MemoryError") {
      std::cerr << "MemoryError\n";
      return 1;
    }
    std::cerr << tok::format_error(*r.error, name);
    return 1;
  }
  std::string out;
  if (json) {
    out = ast::to_json_text(*r.tree) + "\n";
  } else {
    out = ast::dump(*r.tree, attributes, indent) + "\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}
