// peppy::unicode -- out-of-line parts of the character predicates (binary
// search in the range tables generated from CPython 3.11) and UTF-8 encoding.
#include "unicode/unicode.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>

namespace peppy::unicode {

namespace {

// An inclusive range [first, last] of code points; the layout tables.inc expects.
struct CodePointRange {
    char32_t first;
    char32_t last;
};

#define PEPPY_UNICODE_PREDICATE_TABLES 1
#include "unicode/tables.inc"
#undef PEPPY_UNICODE_PREDICATE_TABLES

// True if c lies in one of the sorted, disjoint ranges of table.
template <std::size_t N>
bool in_ranges(const CodePointRange (&table)[N], char32_t c) noexcept {
    // First range whose start is > c; the candidate is the one before it.
    const CodePointRange* it = std::upper_bound(
        table, table + N, c, [](char32_t v, const CodePointRange& r) { return v < r.first; });
    return it != table && c <= (it - 1)->last;
}

}  // namespace

namespace detail {

// Table lookup for is_alnum.
bool is_alnum_slow(char32_t c) noexcept { return in_ranges(kAlnumRanges, c); }

// Table lookup for is_id_start.
bool is_id_start_slow(char32_t c) noexcept { return in_ranges(kIdStartRanges, c); }

// Table lookup for is_id_continue.
bool is_id_continue_slow(char32_t c) noexcept { return in_ranges(kIdContinueRanges, c); }

// Table lookup for is_printable.
bool is_printable_slow(char32_t c) noexcept { return in_ranges(kPrintableRanges, c); }

// Table lookup for is_space.
bool is_space_slow(char32_t c) noexcept { return in_ranges(kSpaceRanges, c); }

// Encodes a non-ASCII code point as 2, 3 or 4 UTF-8 bytes.
void append_utf8_multibyte(std::string& out, char32_t c) {
    char buf[4];
    std::size_t n;
    if (c < 0x800) {
        buf[0] = static_cast<char>(0xC0 | (c >> 6));
        buf[1] = static_cast<char>(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        buf[0] = static_cast<char>(0xE0 | (c >> 12));
        buf[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        buf[2] = static_cast<char>(0x80 | (c & 0x3F));
        n = 3;
    } else if (c <= 0x10FFFF) {
        buf[0] = static_cast<char>(0xF0 | (c >> 18));
        buf[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        buf[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        buf[3] = static_cast<char>(0x80 | (c & 0x3F));
        n = 4;
    } else {
        // Not a code point: substitute U+FFFD REPLACEMENT CHARACTER.
        buf[0] = '\xEF';
        buf[1] = '\xBF';
        buf[2] = '\xBD';
        n = 3;
    }
    out.append(buf, n);
}

}  // namespace detail

// Encodes a whole string; ASCII runs are copied without per-character branching.
std::string to_utf8(std::u32string_view s) {
    std::string out;
    out.reserve(s.size());
    const char32_t* p = s.data();
    const char32_t* const end = p + s.size();
    while (p != end) {
        const char32_t* run = p;
        while (p != end && *p < 0x80) ++p;
        if (p != run) {
            const std::size_t old = out.size();
            out.resize(old + static_cast<std::size_t>(p - run));
            char* dst = out.data() + old;
            for (; run != p; ++run) *dst++ = static_cast<char>(*run);
        }
        if (p != end) detail::append_utf8_multibyte(out, *p++);
    }
    return out;
}

}  // namespace peppy::unicode
