// report.cpp: CPython-style display of tokenizer (and later parser) errors.
#include "tok/report.hpp"


namespace peppy::tok {

namespace {

// The source line and the caret line, as CPython 3.11's print_error_text writes them:
// the offsets index the line's UTF-8 bytes (what CPython does, whatever they count);
// leading white space is dropped with the caret moved left with it, an offset past the
// end is clipped to it, and no caret is drawn left of the text. An error that goes on
// past its first line is underlined to that line's end. IndentationError and TabError
// get one caret.
void print_error_text(std::string& out, const Error& e) {
  std::string text = e.text;
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  long offset = static_cast<long>(e.offset) - 1;
  long end_offset = e.end_offset;
  if (e.end_row > e.row) end_offset = static_cast<long>(text.size()) + 1;
  long carets = end_offset > 0 && end_offset > e.offset ? end_offset - e.offset : 1;
  if (e.type != "SyntaxError") carets = 1;
  std::size_t lead = 0;
  while (lead < text.size() && (text[lead] == ' ' || text[lead] == '\t' || text[lead] == '\f')) ++lead;
  offset -= static_cast<long>(lead);
  text.erase(0, lead);
  if (offset > static_cast<long>(text.size())) offset = static_cast<long>(text.size());
  out += "    " + text + "\n";
  if (e.offset <= 0 || offset < 0 || e.at_eof) return;
  out += "    " + std::string(static_cast<std::size_t>(offset), ' ') + std::string(static_cast<std::size_t>(carets), '^') + "\n";
}

}  // namespace

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
  if (e.row > 0 && !e.text.empty()) print_error_text(out, e);
  out += e.type + ": " + e.message + "\n";
  return out;
}

}  // namespace peppy::tok
