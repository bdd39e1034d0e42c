// report.cpp: CPython-style display of tokenizer (and later parser) errors.
#include "tok/report.hpp"


namespace peppy::tok {

std::string format_error(const Error& e, const std::string& filename) {
  const bool syntax = e.type == "SyntaxError" || e.type == "IndentationError" || e.type == "TabError";
  std::string out;
  if (!syntax) {
    out = filename;
    if (e.row > 0) out += ":" + std::to_string(e.row) + ":" + std::to_string(e.offset);
    out += ": " + e.type + ": " + e.message + "\n";
    return out;
  }
  out = "  File \"";
  out += filename;
  out += '"';
  if (e.row > 0) {
    out += ", line ";
    out += std::to_string(e.row);
  }
  out += '\n';
  if (e.row > 0 && !e.text.empty()) {
    // Leading white space is dropped and the caret moved left with it, as CPython does.
    std::size_t lead = 0;
    while (lead < e.text.size() && (e.text[lead] == ' ' || e.text[lead] == '\t' || e.text[lead] == '\f')) ++lead;
    std::string shown = e.text.substr(lead);
    while (!shown.empty() && (shown.back() == '\n' || shown.back() == '\r')) shown.pop_back();
    out += "    " + shown + "\n";
    if (e.offset > 0) {
      // Offsets count code points; the caret line is padded with spaces per code point.
      long chars = 0;  // code points in the shown line (UTF-8 lead bytes)
      for (char b : shown) chars += (static_cast<unsigned char>(b) & 0xC0) != 0x80;
      long col = static_cast<long>(e.offset) - 1 - static_cast<long>(lead);
      if (col < 0) col = 0;
      if (col > chars) col = chars;
      long width = 1;
      if (e.end_row == e.row && e.end_offset > e.offset) width = e.end_offset - e.offset;
      out += "    " + std::string(static_cast<std::size_t>(col), ' ') +
             std::string(static_cast<std::size_t>(width), '^') + "\n";
    }
  }
  out += e.type + ": " + e.message + "\n";
  return out;
}

}  // namespace peppy::tok
