// peppy-run: runs a Python program: a source file (parsed, compiled and run) or a
// bytecode file from peppy-compile (verified, then run), and prints what `python3 FILE`
// prints; an uncaught exception gives CPython's traceback and exit status 1.
#include <pthread.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "bytecode/format.hpp"
#include "bytecode/verify.hpp"
#include "cli.hpp"
#include "limits.hpp"
#include "compile/compiler.hpp"
#include "parse/parser.hpp"
#include "tok/report.hpp"
#include "vm/runtime.hpp"

namespace {

constexpr const char* kTool = "peppy-run";

constexpr const char* kUsage = R"(usage: peppy-run [options] FILE [ARG...]

Runs the Python program FILE: a source file, or a bytecode file made by peppy-compile
(recognised by its "PEPY" magic; it is verified before it runs).

options:
  --verbose      log what is done to stderr
  --help         show this help and exit
  --version      show the version and exit

exit status: the program's (0, or SystemExit's code); 1 after an uncaught exception, a
syntax error or a bad bytecode file (one line on stderr); 2 on a bad command line.
)";

// What the run thread needs and gives back.
struct Job {
  std::string path, data;
  std::vector<std::string> argv;  // sys.argv
  int status = 0;
};

// Compiles (if needed) and runs the program; sets job.status.
void run_job(Job& job) {
  using namespace peppy;
  vm::init();
  vm::set_argv(job.argv);
  std::shared_ptr<const bytecode::Code> code;
  if (bytecode::looks_like_bytecode(job.data)) {
    bytecode::LoadResult lr = bytecode::load(job.data);
    if (!lr.ok()) {
      cli::fail(kTool, job.path + ": " + lr.error);
      job.status = 1;
      return;
    }
    code = lr.code;
    // Tracebacks show source lines when the source is where the code says it was.
    std::ifstream src(code->filename, std::ios::binary);
    if (src) vm::remember_source(code->filename, std::string(std::istreambuf_iterator<char>(src), {}));
  } else {
    parse::ParseResult pr = parse::parse_module(job.data, job.path);
    if (pr.error) {
      std::cerr << tok::format_error(*pr.error, job.path);
      job.status = 1;
      return;
    }
    compile::CompileResult cr = compile::compile_module(*static_cast<const ast::Module*>(pr.tree), job.path, &pr.source);
    if (cr.error) {
      std::cerr << tok::format_error(*cr.error, job.path);
      job.status = 1;
      return;
    }
    bytecode::VerifyResult vr = bytecode::verify(*cr.code);
    if (!vr.ok()) {
      cli::fail(kTool, job.path + ": internal error: the compiler made bad bytecode: " + vr.error);
      job.status = 1;
      return;
    }
    code = cr.code;
    vm::remember_source(job.path, pr.source.utf8(0, static_cast<std::uint32_t>(pr.source.text.size())));
  }
  job.status = vm::run_main(code, job.path);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace peppy;
  bool verbose = false;
  std::string path;
  int i = 1;
  for (; i < argc; ++i) {
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
    } else {
      path = a;
      ++i;
      break;
    }
  }
  if (path.empty()) {
    cli::fail(kTool, "no FILE given (see --help)");
    return 2;
  }
  cli::setup_logging(verbose);
  auto data = cli::read_input(kTool, path);
  if (!data) return 1;
  Job job;
  // As python3 does for its script, the program's file name is made absolute (it
  // shows in tracebacks and __file__).
  std::error_code ec;
  job.path = path == "-" ? "<stdin>" : std::filesystem::absolute(path, ec).string();
  if (ec) job.path = path;
  job.argv.push_back(path);
  for (int k = i; k < argc; ++k) job.argv.push_back(argv[k]);
  job.data = std::move(*data);
  // The VM runs on a thread with a large stack: built-ins that call back into Python
  // (sort keys, __repr__, ...) nest native frames, bounded by the recursion limits.
  pthread_attr_t attr;
  pthread_t th;
  bool ran = false;
  if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, limits::kVmStackBytes) == 0) {
    auto body = [](void* p) -> void* {
      run_job(*static_cast<Job*>(p));
      return nullptr;
    };
    if (pthread_create(&th, &attr, body, &job) == 0) {
      pthread_join(th, nullptr);
      ran = true;
    }
    pthread_attr_destroy(&attr);
  }
  if (!ran) run_job(job);
  std::fflush(stdout);
  return job.status;
}
