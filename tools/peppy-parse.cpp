// peppy-parse: prints the AST of a Python file exactly as CPython 3.11's
// `ast.dump(ast.parse(source))` does (--attributes, --indent N), or as JSON (--json);
// a SyntaxError is printed as CPython prints it, with exit status 1.
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "ast/dump.hpp"
#include "ast/json.hpp"
#include "cli.hpp"
#include "parse/parser.hpp"
#include "tok/report.hpp"

namespace {

constexpr const char* kTool = "peppy-parse";

constexpr const char* kUsage = R"(usage: peppy-parse [options] FILE

Parses the Python source FILE ("-" reads standard input) and prints its AST as
CPython 3.11's ast.dump(ast.parse(source)) prints it.

options:
  --attributes   include positions (ast.dump's include_attributes=True)
  --indent N     pretty-print with N spaces per level (ast.dump's indent=N)
  --json         print the AST as JSON (docs/ast-json.md) instead
  --verbose      log what is done to stderr
  --help         show this help and exit
  --version      show the version and exit

exit status: 0 on success; 1 if the file cannot be read or has a syntax error
(printed on stderr as CPython prints it); 2 on a bad command line.
)";

}  // namespace

int main(int argc, char** argv) {
  using namespace peppy;
  bool attributes = false, json = false, verbose = false;
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
  auto t0 = std::chrono::steady_clock::now();
  parse::ParseResult r = parse::parse_module(*data, name);
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
