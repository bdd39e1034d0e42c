// peppy::unicode -- Unicode character names, for the `\N{name}` escape of str literals.
//
// lookup_name answers exactly what CPython 3.11's "\N{...}" (the 'unicodeescape'
// codec, Unicode 14.0.0) accepts: every character name and formal name alias, ASCII
// case ignored; "CJK UNIFIED IDEOGRAPH-" + 4 or 5 upper-case hex digits and
// "HANGUL SYLLABLE " + jamo short names, upper case only. Named character sequences
// (which unicodedata.lookup also knows) are not accepted. The data is generated from
// CPython by tools/gen_unicode_names.py into src/unicode/names.inc.
#pragma once

#include <optional>
#include <string_view>

namespace peppy::unicode {

// The code point named `name` (UTF-8; a name is ASCII), or nullopt if "\N{name}"
// would be "unknown Unicode character name" in CPython 3.11.
std::optional<char32_t> lookup_name(std::string_view name);

}  // namespace peppy::unicode
