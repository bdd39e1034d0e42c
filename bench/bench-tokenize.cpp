// bench-tokenize: tokenizes every .py file under the given folders in one process
// (tokenize-compatible mode, as CPython's tokenize module), best of N rounds, and
// prints files, bytes, tokens and seconds. bench/run.sh compares it with CPython.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "tok/json.hpp"
#include "tok/tokenizer.hpp"

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

int main(int argc, char** argv) {
  std::vector<std::string> exclude;
  std::vector<fs::path> files;
  int rounds = 3;
  bool json = false;
  std::vector<std::string> roots;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--exclude" && i + 1 < argc) exclude.push_back(argv[++i]);
    else if (a == "--rounds" && i + 1 < argc) rounds = std::max(1, std::atoi(argv[++i]));
    else if (a == "--json") json = true;
    else roots.push_back(a);
  }
  if (roots.empty()) {
    std::fprintf(stderr, "usage: bench-tokenize [--exclude DIR]... [--rounds N] [--json] PATH...\n");
    return 2;
  }
  for (const auto& r : roots) collect(r, exclude, files);
  std::sort(files.begin(), files.end());
  std::vector<std::string> data;
  std::size_t bytes = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    data.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    bytes += data.back().size();
  }
  double best = 1e300;
  std::size_t tokens = 0, errors = 0, out_bytes = 0;
  for (int round = 0; round < rounds; ++round) {
    tokens = errors = out_bytes = 0;
    auto t0 = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < data.size(); ++i) {
      auto r = peppy::tok::tokenize(data[i], files[i].string(), peppy::tok::Mode::Compat);
      tokens += r.tokens.size();
      errors += r.error.has_value();
      if (json) out_bytes += peppy::tok::tokens_to_json(r, peppy::tok::Mode::Compat).size();
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::min(best, s);
  }
  std::printf("files %zu bytes %zu tokens %zu errors %zu json_bytes %zu seconds %.4f\n", files.size(),
              bytes, tokens, errors, out_bytes, best);
  return 0;
}
