// peppy-dis: lists the bytecode of a bytecode file (or of a Python file, compiled on
// the fly) in the layout of CPython 3.11's dis.dis (docs/bytecode.md).
#include <cstdio>
#include <iostream>
#include <string>

#include "bytecode/disasm.hpp"
#include "bytecode/format.hpp"
#include "cli.hpp"
#include "compile_input.hpp"

namespace {

constexpr const char* kTool = "peppy-dis";

constexpr const char* kUsage = R"(usage: peppy-dis [options] FILE

Prints the bytecode of FILE ("-" reads standard input) as CPython 3.11's dis.dis does:
line, offset (a word index), opcode, operand and its meaning, the exception table, then
each nested code object. FILE is a bytecode file made by peppy-compile (recognised by
its "PEPY" magic; it is verified first), Python source or an AST JSON file (compiled
first).

options:
  --verbose      log what is done to stderr
  --help         show this help and exit
  --version      show the version and exit

exit status: 0 on success; 1 if FILE cannot be read, is a bad bytecode file or does not
compile; 2 on a bad command line.
)";

}  // namespace

int main(int argc, char** argv) {
  using namespace peppy;
  bool verbose = false;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--version") {
      std::cout << cli::version_line(kTool) << "\n";
      return 0;
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
  std::shared_ptr<const bytecode::Code> code;
  if (bytecode::looks_like_bytecode(*data)) {
    bytecode::LoadResult r = bytecode::load(*data);
    if (!r.ok()) {
      cli::fail(kTool, name + ": " + r.error);
      return 1;
    }
    code = r.code;
  } else {
    code = tools::compile_input(kTool, name, *data, name).code;
    if (!code) return 1;
  }
  const std::string out = bytecode::disassemble(*code);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}
