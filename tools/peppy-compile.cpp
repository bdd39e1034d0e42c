// peppy-compile: compiles a Python file (source, or an AST JSON file from
// `peppy-parse --json`) into a bytecode file (docs/bytecode.md); a SyntaxError is
// printed as CPython prints it, with exit status 1.
#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>

#include "compile_input.hpp"
#include "bytecode/format.hpp"
#include "cli.hpp"

namespace {

constexpr const char* kTool = "peppy-compile";

constexpr const char* kUsage = R"(usage: peppy-compile [options] FILE [-o OUT]

Compiles FILE ("-" reads standard input) into a peppy bytecode file (docs/bytecode.md).
FILE is Python source, or the AST of a module as JSON (what `peppy-parse --json`
writes; recognised by its first non-blank character, '{').

options:
  -o OUT           write the bytecode to OUT (default: FILE with the extension .pyb;
                   "-" writes it to standard output)
  --filename NAME  the file name the code objects record (co_filename; default: FILE)
  --verbose        log what is done to stderr
  --help           show this help and exit
  --version        show the version and exit

exit status: 0 on success; 1 if FILE cannot be read or compiled (a syntax error is
printed on stderr as CPython prints it) or OUT cannot be written; 2 on a bad command
line.
)";

// Writes `bytes` to `path` ("-": standard output); false (after a one-line error) on failure.
bool write_output(const std::string& path, const std::string& bytes) {
  using peppy::cli::fail;
  if (path == "-") {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    if (std::fflush(stdout) != 0) {
      fail(kTool, "cannot write to standard output");
      return false;
    }
    return true;
  }
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    fail(kTool, "cannot write '" + path + "': " + std::strerror(errno));
    return false;
  }
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  const int err = errno;
  if (std::fclose(f) != 0 || !written) {
    fail(kTool, "cannot write '" + path + "': " + std::strerror(written ? errno : err));
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace peppy;
  bool verbose = false;
  std::string path, out, filename;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--version") {
      std::cout << cli::version_line(kTool) << "\n";
      return 0;
    } else if (a == "-o" || a == "--output") {
      if (i + 1 >= argc) {
        cli::fail(kTool, a + " needs a file name (see --help)");
        return 2;
      }
      out = argv[++i];
    } else if (a == "--filename") {
      if (i + 1 >= argc) {
        cli::fail(kTool, "--filename needs a name (see --help)");
        return 2;
      }
      filename = argv[++i];
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
  if (out.empty()) {
    if (path == "-") {
      cli::fail(kTool, "reading standard input needs -o OUT (see --help)");
      return 2;
    }
    out = std::filesystem::path(path).replace_extension(".pyb").string();
    if (out == path) {
      cli::fail(kTool, "'" + path + "' already has the extension .pyb: give -o OUT");
      return 2;
    }
  }
  cli::setup_logging(verbose);
  auto data = cli::read_input(kTool, path);
  if (!data) return 1;
  if (bytecode::looks_like_bytecode(*data)) {
    cli::fail(kTool, "'" + path + "' is a bytecode file already (see peppy-dis)");
    return 1;
  }
  if (filename.empty()) filename = path == "-" ? "<stdin>" : path;
  tools::Compiled compiled = tools::compile_input(kTool, path, *data, filename);
  if (!compiled.code) return 1;
  const std::string bytes = bytecode::serialize(*compiled.code, bytecode::source_info(*data));
  spdlog::debug("{} bytes of bytecode", bytes.size());
  return write_output(out, bytes) ? 0 : 1;
}
