// peppy-tokenize: prints the tokens of a Python file as JSON, exactly as CPython 3.11's
// `tokenize` module gives them (--strict: as the parser sees them instead).
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "cli.hpp"
#include "tok/json.hpp"
#include "tok/report.hpp"
#include "tok/tokenizer.hpp"

namespace {

constexpr const char* kTool = "peppy-tokenize";

constexpr const char* kUsage = R"(usage: peppy-tokenize [options] FILE

Prints the tokens of the Python source FILE ("-" reads standard input) as a JSON
array: one object per token with the fields of tokenize.TokenInfo (type, string,
start, end, line), exactly as CPython 3.11's tokenize module gives them.

options:
  --strict     tokens as the parser sees them (CPython's C tokenizer): no COMMENT/NL,
               ASYNC/AWAIT, byte columns, and CPython's SyntaxError for bad input
  --verbose    log what is done to stderr
  --help       show this help and exit
  --version    show the version and exit

exit status: 0 on success, 1 if the file cannot be read or tokenized (the error is
printed on stderr as CPython reports it), 2 on a bad command line.
)";

}  // namespace

int main(int argc, char** argv) {
  using namespace peppy;
  bool strict = false, verbose = false;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--version") {
      std::cout << cli::version_line(kTool) << "\n";
      return 0;
    } else if (a == "--strict") {
      strict = true;
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
  spdlog::debug("read {} bytes from {}", data->size(), path);

  const auto mode = strict ? tok::Mode::Strict : tok::Mode::Compat;
  auto t0 = std::chrono::steady_clock::now();
  tok::Result r = tok::tokenize(*data, path == "-" ? "<stdin>" : path, mode);
  auto t1 = std::chrono::steady_clock::now();
  spdlog::debug("encoding {}, {} tokens in {} us", r.source.encoding, r.tokens.size(),
                std::chrono::duration_cast<std::chrono::microseconds>(t1 - t0).count());
  if (r.error) {
    std::cerr << tok::format_error(*r.error, path == "-" ? "<stdin>" : path);
    return 1;
  }
  std::string out = tok::tokens_to_json(r, mode);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}
