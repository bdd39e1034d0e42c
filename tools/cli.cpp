// cli.cpp: shared command-line plumbing of the peppy tools (see cli.hpp).
#include "cli.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>

#include "limits.hpp"
#include "peppy_config.hpp"

namespace peppy::cli {

void fail(const std::string& tool, const std::string& message) {
  std::cerr << tool << ": error: " << message << "\n";
}

std::optional<std::string> read_input(const std::string& tool, const std::string& path) {
  std::string data;
  if (path == "-") {
    data.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return data;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    fail(tool, "cannot read '" + path + "': Is a directory");
    return std::nullopt;
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    fail(tool, "cannot read '" + path + "': " + std::strerror(errno));
    return std::nullopt;
  }
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    data.append(buf, n);
    if (data.size() > limits::kMaxSourceBytes) {
      std::fclose(f);
      fail(tool, "cannot read '" + path + "': file is larger than 1 GiB");
      return std::nullopt;
    }
  }
  bool bad = std::ferror(f);
  int err = errno;
  std::fclose(f);
  if (bad) {
    fail(tool, "cannot read '" + path + "': " + std::strerror(err));
    return std::nullopt;
  }
  return data;
}

void setup_logging(bool verbose) {
  auto logger = spdlog::stderr_color_st("peppy");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("[%n %l] %v");
  spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
}

std::string version_line(const std::string& tool) {
  return tool + " (peppy) " PEPPY_VERSION " - a Python 3.11 toolchain";
}

}  // namespace peppy::cli
