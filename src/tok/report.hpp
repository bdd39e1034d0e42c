// report.hpp: printing an Error the way CPython prints an uncaught SyntaxError (file,
// line, the source line, carets, "Type: message").
#pragma once

#include <string>

#include "tok/tokenizer.hpp"

namespace peppy::tok {

// CPython 3.11's display of a SyntaxError (and its subclasses):
//   File "x.py", line 3
//     x = (1 +
//         ^
//   SyntaxError: '(' was never closed
// Errors that are no SyntaxError (TokenError, UnicodeDecodeError) give one line.
std::string format_error(const Error& e, const std::string& filename);

}  // namespace peppy::tok
