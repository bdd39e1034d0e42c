// source.hpp: turning a file's bytes into the decoded Source the tokenizer scans.
#pragma once

#include <optional>
#include <string_view>

#include "tok/tokenizer.hpp"

namespace peppy::tok {

// Detects the encoding (UTF-8 BOM, PEP 263 cookie on line 1 or 2, as
// `tokenize.detect_encoding`), decodes every physical line into `src` and, in strict
// mode, translates "\r\n" and "\r" to "\n". Returns the error if the bytes cannot be read.
[[nodiscard]] std::optional<Error> load_source(std::string_view bytes, Mode mode, Source& src);

}  // namespace peppy::tok
