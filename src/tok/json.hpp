// json.hpp: the token JSON of FORMATS.md (the fields of tokenize.TokenInfo, plus
// exact_type for operators): writing it (json.cpp), JSON string escaping, and reading
// it back as the parser's tokens (json_read.cpp).
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

// The Error::type of a token file that cannot be read: not JSON, a missing or mistyped
// field, positions or lines that contradict each other. Such an error has no position
// (row 0) and the Result no tokens; its message names the place, e.g.
// "$[12].start: expected [row, column]".
inline constexpr std::string_view kTokenFileError = "ValueError";

// Reads a token JSON file back as the STRICT-mode Result the parser consumes: what
// tokenize(bytes, filename, Mode::Strict) gives for the source the tokens came from.
//
//  * The compat JSON (`peppy-tokenize FILE`, or CPython's tokenize with the same
//    fields; the first token is ENCODING): the source text is rebuilt from the tokens'
//    `line` fields; ENCODING, COMMENT and NL are dropped, INDENT/DEDENT are placed as
//    the C tokenizer places them, columns become byte columns, operators get their
//    exact types, and so on.
//  * The strict JSON (`peppy-tokenize --strict FILE`, recognised by "start_byte" in its
//    first token) is taken as it is; its blank and comment-only lines are not in it and
//    come back as empty lines.
//
// The compat tokens do not carry the C tokenizer's verdict: tokenize accepts `0777`,
// `1_`, mixed tabs and spaces and unmatched brackets, and gives ERRORTOKEN where it
// cannot go on. So the strict scanner also runs over the rebuilt text: if it reports an
// error, or the compat list holds an ERRORTOKEN, its Result (tokens, then the error if
// any) is returned, so the parser reports exactly what it reports for the file itself.
//
// What the compat JSON cannot show: a UTF-8 BOM (Source::encoding is "utf-8", not
// "utf-8-sig"), a last line of only white space without a line break, and the white
// space before a lone '\' continuing a line inside a statement (rebuilt without it).
//
// Never throws; a file that is no token list gives an Error of type kTokenFileError.
[[nodiscard]] Result tokens_from_json(std::string_view json_text, std::string filename);

}  // namespace peppy::tok
