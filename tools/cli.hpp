// cli.hpp: what every peppy tool shares: reading the input file (or stdin) with a
// one-line error on failure, --help/--version handling, and spdlog set-up.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace peppy::cli {

// Reads a whole file ("-" = standard input). On failure prints
// "TOOL: error: cannot read 'PATH': REASON" to stderr and returns nullopt.
std::optional<std::string> read_input(const std::string& tool, const std::string& path);

// Prints "TOOL: error: MESSAGE" to stderr.
void fail(const std::string& tool, const std::string& message);

// Sets up logging to stderr: warnings only, or everything with --verbose.
void setup_logging(bool verbose);

// The version line every tool prints for --version.
std::string version_line(const std::string& tool);

}  // namespace peppy::cli
