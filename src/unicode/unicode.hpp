// peppy::unicode -- Unicode character classification and UTF-8 encoding.
//
// The predicates answer the same questions CPython 3.11 (Unicode 14.0.0)
// answers for a one-character str, so the tokenizer and the regex engine can
// classify characters exactly like Python does.  Each predicate has an
// inline ASCII fast path and falls back to a binary search in range tables
// generated from CPython (src/unicode/tables.inc, by tools/gen_unicode.py).
// Values above 0x10FFFF are never members of any class.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace peppy::unicode {

namespace detail {

// Bit flags for the ASCII classification table.
inline constexpr std::uint8_t kAlnum = 1u << 0;
inline constexpr std::uint8_t kIdStart = 1u << 1;
inline constexpr std::uint8_t kIdContinue = 1u << 2;
inline constexpr std::uint8_t kPrintable = 1u << 3;
inline constexpr std::uint8_t kSpace = 1u << 4;

// Builds the flags of every ASCII character at compile time (checked
// against CPython by the unit tests and the exhaustive comparison script).
constexpr std::array<std::uint8_t, 128> make_ascii_flags() {
    std::array<std::uint8_t, 128> flags{};
    for (unsigned c = 0; c < 128; ++c) {
        const bool digit = c >= '0' && c <= '9';
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        std::uint8_t f = 0;
        if (digit || letter) f |= kAlnum;
        if (letter || c == '_') f |= kIdStart;
        if (digit || letter || c == '_') f |= kIdContinue;
        if (c >= 0x20 && c <= 0x7E) f |= kPrintable;
        // str.isspace() includes the information separators 0x1C..0x1F.
        if ((c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20)) f |= kSpace;
        flags[c] = f;
    }
    return flags;
}

inline constexpr std::array<std::uint8_t, 128> kAsciiFlags = make_ascii_flags();

// Out-of-line table lookups for non-ASCII code points (unicode.cpp).
bool is_alnum_slow(char32_t c) noexcept;
bool is_id_start_slow(char32_t c) noexcept;
bool is_id_continue_slow(char32_t c) noexcept;
bool is_printable_slow(char32_t c) noexcept;
bool is_space_slow(char32_t c) noexcept;

// Appends the 2..4 byte UTF-8 form of a code point >= 0x80 (unicode.cpp).
void append_utf8_multibyte(std::string& out, char32_t c);

}  // namespace detail

// True if chr(c).isalnum() in Python: letters and all numeric characters.
inline bool is_alnum(char32_t c) noexcept {
    return c < 128 ? (detail::kAsciiFlags[c] & detail::kAlnum) != 0 : detail::is_alnum_slow(c);
}

// True if c matches `\w` in a Python `re` str pattern: is_alnum(c) or '_'.
inline bool is_word(char32_t c) noexcept {
    return c < 128 ? (detail::kAsciiFlags[c] & detail::kIdContinue) != 0
                   : detail::is_alnum_slow(c);
}

// True if chr(c).isidentifier(): c may start an identifier (XID_Start or '_').
inline bool is_id_start(char32_t c) noexcept {
    return c < 128 ? (detail::kAsciiFlags[c] & detail::kIdStart) != 0
                   : detail::is_id_start_slow(c);
}

// True if ('a' + chr(c)).isidentifier(): c may continue an identifier.
inline bool is_id_continue(char32_t c) noexcept {
    return c < 128 ? (detail::kAsciiFlags[c] & detail::kIdContinue) != 0
                   : detail::is_id_continue_slow(c);
}

// True if chr(c).isprintable() (what repr() leaves unescaped).
inline bool is_printable(char32_t c) noexcept {
    return c < 128 ? (detail::kAsciiFlags[c] & detail::kPrintable) != 0
                   : detail::is_printable_slow(c);
}

// True if chr(c).isspace() (what str.split() with no argument splits on).
inline bool is_space(char32_t c) noexcept {
    return c < 128 ? (detail::kAsciiFlags[c] & detail::kSpace) != 0 : detail::is_space_slow(c);
}

// Appends the UTF-8 encoding of c to out.  Surrogates (U+D800..U+DFFF) are
// encoded as 3 bytes, like Python's 'surrogatepass'.  Values above 0x10FFFF
// are not code points and are written as U+FFFD.
inline void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else {
        detail::append_utf8_multibyte(out, c);
    }
}

// Returns the UTF-8 encoding of s (surrogates handled as in append_utf8).
std::string to_utf8(std::u32string_view s);

}  // namespace peppy::unicode
