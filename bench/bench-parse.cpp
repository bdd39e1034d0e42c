// bench-parse: parses every .py file under the given folders in one process (as
// CPython's ast.parse in a loop), best of N rounds, and prints files, bytes, parse
// errors, arena objects, peak RSS and seconds. bench/run.sh compares it with CPython.
// Each file's tree is freed before the next file is parsed, unless --keep is given
// (then a round's trees all stay alive until the round is timed).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "parse/parser.hpp"

namespace fs = std::filesystem;

// Every *.py below `root`, skipping folders named in `exclude`, sorted.
static void collect(const fs::path& root, const std::vector<std::string>& exclude,
                    std::vector<fs::path>& out) {
  if (fs::is_regular_file(root)) {
    out.push_back(root);
    return;
  }
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    if (it->is_directory() &&
        std::find(exclude.begin(), exclude.end(), it->path().filename().string()) != exclude.end()) {
      it.disable_recursion_pending();
    } else if (it->is_regular_file() && it->path().extension() == ".py") {
      out.push_back(it->path());
    }
  }
}

// Peak resident set size of this process so far, in MB (ru_maxrss is KB on Linux).
static double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// Reads the options and the files, times the rounds, prints the summary line.
int main(int argc, char** argv) {
  std::vector<std::string> exclude;
  std::vector<fs::path> files;
  int rounds = 3;
  bool keep = false;
  std::vector<std::string> roots;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--exclude" && i + 1 < argc) exclude.push_back(argv[++i]);
    else if (a == "--rounds" && i + 1 < argc) rounds = std::max(1, std::atoi(argv[++i]));
    else if (a == "--keep") keep = true;
    else roots.push_back(a);
  }
  if (roots.empty()) {
    std::fprintf(stderr, "usage: bench-parse [--exclude DIR]... [--rounds N] [--keep] PATH...\n");
    return 2;
  }
  for (const auto& r : roots) collect(r, exclude, files);
  std::sort(files.begin(), files.end());
  std::vector<std::string> data;
  std::vector<std::string> names;
  std::size_t bytes = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    data.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    names.push_back(f.string());
    bytes += data.back().size();
  }
  double best = 1e300;
  std::size_t objects = 0, errors = 0;
  std::vector<peppy::parse::ParseResult> kept;
  for (int round = 0; round < rounds; ++round) {
    objects = errors = 0;
    if (keep) kept.reserve(data.size());
    auto t0 = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < data.size(); ++i) {
      auto r = peppy::parse::parse_module(data[i], names[i]);
      objects += r.arena ? r.arena->object_count() : 0;
      errors += r.error.has_value();
      if (keep) kept.push_back(std::move(r));  // else r (arena, tree, source) dies here
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::min(best, s);
    kept.clear();  // --keep: freed outside the timed loop
  }
  std::printf("files %zu bytes %zu errors %zu objects %zu peak_mb %.1f seconds %.4f\n", files.size(),
              bytes, errors, objects, peak_rss_mb(), best);
  return 0;
}
