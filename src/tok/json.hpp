// json.hpp: writing tokens as the token JSON of FORMATS.md (the fields of
// tokenize.TokenInfo, plus exact_type for operators), and JSON string escaping.
#pragma once

#include <string>
#include <string_view>

#include "tok/tokenizer.hpp"

namespace peppy::tok {

// Appends `s` as a JSON string literal (quotes included), UTF-8 encoded.
void append_json_string(std::string& out, std::u32string_view s);

// The whole token list of `r` as a JSON array, one token per line. In strict mode each
// token also carries its byte columns ("start_byte", "end_byte").
std::string tokens_to_json(const Result& r, Mode mode);

}  // namespace peppy::tok
