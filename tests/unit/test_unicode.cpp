// Unit tests for peppy::unicode: character predicates, UTF-8 encoding,
// encoding-name lookup and strict decoding.  Every expected value below was
// obtained from CPython 3.11 (Unicode 14.0.0).
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "unicode/codecs.hpp"
#include "unicode/unicode.hpp"

using namespace peppy::unicode;

namespace {

// Expected predicate values for one code point, as printed by CPython.
struct Expect {
    char32_t c;
    bool alnum, id_start, id_continue, printable, space;
};

// Looks up `name` (which must exist) and decodes bytes; returns the error or "".
std::string decode_error_of(std::string_view name, std::string_view bytes) {
    const auto codec = lookup_codec(name);
    REQUIRE(codec.has_value());
    std::u32string out;
    const auto err = decode(*codec, bytes, out);
    return err ? *err : std::string();
}

// Looks up `name` (which must exist) and decodes bytes, which must succeed.
std::u32string decode_ok(std::string_view name, std::string_view bytes) {
    const auto codec = lookup_codec(name);
    REQUIRE(codec.has_value());
    std::u32string out;
    const auto err = decode(*codec, bytes, out);
    CHECK_MESSAGE(!err.has_value(), (err ? *err : std::string()));
    return out;
}

// The canonical module name lookup_codec finds, or "None".
std::string lookup_name(std::string_view name) {
    const auto codec = lookup_codec(name);
    return codec ? codec->name : std::string("None");
}

}  // namespace

TEST_CASE("unicode predicates match CPython str methods") {
    // {c, isalnum, isidentifier, ('a'+c).isidentifier, isprintable, isspace}
    const Expect cases[] = {
        {U'A', true, true, true, true, false},
        {U'_', false, true, true, true, false},
        {U'1', true, false, true, true, false},
        {U' ', false, false, false, true, true},
        {U'\t', false, false, false, false, true},
        {0x0B, false, false, false, false, true},
        {0x1C, false, false, false, false, true},  // information separators are spaces
        {0x1F, false, false, false, false, true},
        {0x7F, false, false, false, false, false},
        {0x85, false, false, false, false, true},   // NEL
        {0xA0, false, false, false, false, true},   // NO-BREAK SPACE: a space, not printable
        {0xAA, true, true, true, true, false},      // feminine ordinal
        {0xAD, false, false, false, false, false},  // SOFT HYPHEN (Cf)
        {0xB2, true, false, false, true, false},    // superscript two: numeric, not XID
        {0xB5, true, true, true, true, false},      // MICRO SIGN
        {0xB7, false, false, true, true, false},    // MIDDLE DOT: XID_Continue only
        {0xBC, true, false, false, true, false},    // vulgar fraction one quarter
        {0xC0, true, true, true, true, false},
        {0xD7, false, false, false, true, false},   // MULTIPLICATION SIGN
        {0x2FF, false, false, false, true, false},
        {0x300, false, false, true, true, false},   // combining grave accent
        {0x387, false, false, true, true, false},   // GREEK ANO TELEIA
        {0x660, true, false, true, true, false},    // ARABIC-INDIC DIGIT ZERO
        {0x966, true, false, true, true, false},    // DEVANAGARI DIGIT ZERO
        {0xE33, true, false, true, true, false},    // THAI SARA AM
        {0x1369, true, false, true, true, false},   // ETHIOPIC DIGIT ONE
        {0x180E, false, false, false, false, false},
        {0x1885, false, true, true, true, false},   // Other_ID_Start
        {0x2007, false, false, false, false, true},
        {0x200B, false, false, false, false, false},
        {0x2028, false, false, false, false, true},
        {0x2118, false, true, true, true, false},   // SCRIPT CAPITAL P (Other_ID_Start)
        {0x212E, false, true, true, true, false},   // ESTIMATED SYMBOL
        {0x2160, true, true, true, true, false},    // ROMAN NUMERAL ONE
        {0x3000, false, false, false, false, true},
        {0x309B, false, false, false, true, false},  // excluded from XID by NFKC
        {0x30FB, false, false, false, true, false},
        {0x4E00, true, true, true, true, false},
        {0xAC00, true, true, true, true, false},
        {0xD800, false, false, false, false, false},  // surrogate
        {0xE000, false, false, false, false, false},  // private use
        {0xFEFF, false, false, false, false, false},
        {0xFF10, true, false, true, true, false},     // FULLWIDTH DIGIT ZERO
        {0xFF65, false, false, false, true, false},
        {0xFFFD, false, false, false, true, false},
        {0x1D7CE, true, false, true, true, false},    // MATHEMATICAL BOLD DIGIT ZERO
        {0x1F600, false, false, false, true, false},  // emoji
        {0x20000, true, true, true, true, false},     // CJK extension B
        {0x10FFFF, false, false, false, false, false},
    };
    for (const Expect& e : cases) {
        CAPTURE(static_cast<unsigned>(e.c));
        CHECK(is_alnum(e.c) == e.alnum);
        CHECK(is_word(e.c) == (e.alnum || e.c == U'_'));
        CHECK(is_id_start(e.c) == e.id_start);
        CHECK(is_id_continue(e.c) == e.id_continue);
        CHECK(is_printable(e.c) == e.printable);
        CHECK(is_space(e.c) == e.space);
    }
    // Not code points at all.
    CHECK_FALSE(is_alnum(0x110000));
    CHECK_FALSE(is_printable(0xFFFFFFFF));
}

TEST_CASE("ASCII classes") {
    int alnum = 0, id_start = 0, id_continue = 0, printable = 0, space = 0;
    for (char32_t c = 0; c < 128; ++c) {
        alnum += is_alnum(c);
        id_start += is_id_start(c);
        id_continue += is_id_continue(c);
        printable += is_printable(c);
        space += is_space(c);
    }
    CHECK(alnum == 62);
    CHECK(id_start == 53);
    CHECK(id_continue == 63);
    CHECK(printable == 95);
    CHECK(space == 10);  // \t \n \v \f \r, 0x1C..0x1F, ' '
}

TEST_CASE("UTF-8 encoding") {
    std::string s;
    append_utf8(s, U'a');
    append_utf8(s, 0xE9);
    append_utf8(s, 0x20AC);
    append_utf8(s, 0x1F600);
    CHECK(s == "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");

    // Surrogates are written as-is (like 'surrogatepass').
    s.clear();
    append_utf8(s, 0xD800);
    append_utf8(s, 0xDFFF);
    CHECK(s == "\xED\xA0\x80\xED\xBF\xBF");

    CHECK(to_utf8(U"") == "");
    CHECK(to_utf8(U"x = 'caf\u00e9'  # \u20ac\U0010FFFF") ==
          "x = 'caf\xC3\xA9'  # \xE2\x82\xAC\xF4\x8F\xBF\xBF");
    CHECK(to_utf8(std::u32string(1, char32_t(0x7FF))) == "\xDF\xBF");
    CHECK(to_utf8(std::u32string(1, char32_t(0x800))) == "\xE0\xA0\x80");
}

TEST_CASE("encoding name normalization") {
    CHECK(normalize_encoding_name("UTF-8") == "utf_8");
    CHECK(normalize_encoding_name("  ISO--8859 1 ") == "iso_8859_1");
    CHECK(normalize_encoding_name("ANSI_X3.4-1968") == "ansi_x3.4_1968");
    CHECK(normalize_encoding_name("utf\xC3\xA9" "8") == "utf_8");  // non-ASCII is punctuation
    CHECK(normalize_encoding_name("-_-") == "");
}

TEST_CASE("codec lookup follows codecs.lookup") {
    CHECK(lookup_name("UTF8") == "utf_8");
    CHECK(lookup_name("utf-8") == "utf_8");
    CHECK(lookup_name("u8") == "utf_8");
    CHECK(lookup_name("Latin-1") == "latin_1");
    CHECK(lookup_name("ISO_8859-1") == "latin_1");
    CHECK(lookup_name("iso8859_1") == "latin_1");  // the alias wins over the module
    CHECK(lookup_name("latin") == "latin_1");
    CHECK(lookup_name("iso-8859-15") == "iso8859_15");
    CHECK(lookup_name("cp1252") == "cp1252");
    CHECK(lookup_name("windows-1252") == "cp1252");
    CHECK(lookup_name("koi8-r") == "koi8_r");
    CHECK(lookup_name("ascii") == "ascii");
    CHECK(lookup_name("us-ascii") == "ascii");
    CHECK(lookup_name("646") == "ascii");
    CHECK(lookup_name("ANSI_X3.4-1968") == "ascii");
    CHECK(lookup_name("utf-8-sig") == "utf_8_sig");
    CHECK(lookup_name("euc_jp") == "euc_jp");
    CHECK(lookup_name("rot13") == "rot_13");
    CHECK(lookup_name("base64") == "base64_codec");
    // LookupError in CPython.
    CHECK(lookup_name("xxx") == "None");
    CHECK(lookup_name("gzip") == "None");
    CHECK(lookup_name("start") == "None");
    CHECK(lookup_name("headers.") == "None");
    CHECK(lookup_name("the") == "None");
    CHECK(lookup_name("utf_8.") == "None");
    CHECK(lookup_name("aliases") == "None");  // a module, but not a codec
    CHECK(lookup_name("mbcs") == "None");     // Windows only
    CHECK(lookup_name("dbcs") == "None");
    CHECK(lookup_name("") == "None");

    const auto euc = lookup_codec("EUC-JP");
    REQUIRE(euc.has_value());
    CHECK(euc->kind == CodecKind::unsupported);
    CHECK(euc->requested == "EUC-JP");
    CHECK(lookup_codec("cp1252")->kind == CodecKind::charmap);
    CHECK(lookup_codec("zlib")->kind == CodecKind::non_text);
}

TEST_CASE("UTF-8 decoding") {
    CHECK(decode_ok("utf-8", "") == U"");
    CHECK(decode_ok("utf-8", "x = 'caf\xC3\xA9' \xE2\x82\xAC \xF0\x9F\x98\x80") ==
          U"x = 'caf\u00e9' \u20ac \U0001F600");
    CHECK(decode_ok("utf-8", "\xEF\xBB\xBFx") == U"\uFEFFx");  // utf-8 keeps the BOM
    CHECK(decode_ok("utf-8", "\xF4\x8F\xBF\xBF") == U"\U0010FFFF");

    // A long ASCII buffer goes through the word-at-a-time path.
    std::string big(1000, 'a');
    big[997] = '\xC3';
    big[998] = '\xA9';
    const std::u32string text = decode_ok("utf-8", big);
    CHECK(text.size() == 999);
    CHECK(text[997] == 0xE9);
    CHECK(text[998] == U'a');

    CHECK(decode_error_of("utf-8", "\x80") ==
          "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte");
    CHECK(decode_error_of("utf-8", "abc\xFF") ==
          "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte");
    CHECK(decode_error_of("utf-8", "\xC0\xAF") ==  // overlong '/'
          "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte");
    CHECK(decode_error_of("utf-8", "\xE0\x80\x80") ==  // overlong
          "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte");
    CHECK(decode_error_of("utf-8", "\xED\xA0\x80") ==  // surrogate
          "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    CHECK(decode_error_of("utf-8", "\xF4\x90\x80\x80") ==  // > U+10FFFF
          "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte");
    CHECK(decode_error_of("utf-8", "\xF5") ==
          "'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte");
    CHECK(decode_error_of("utf-8", "x\xE2\x82") ==
          "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data");
    CHECK(decode_error_of("utf-8", "x\xE2\x82y") ==
          "'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte");
    CHECK(decode_error_of("utf-8", "\xF0\x9F\x98") ==
          "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data");
    CHECK(decode_error_of("utf-8", "\xF0\x9F\x98z") ==
          "'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte");
    CHECK(decode_error_of("utf-8", "\xC3") ==
          "'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data");
    CHECK(decode_error_of("utf-8", "ok\xC3(") ==
          "'utf-8' codec can't decode byte 0xc3 in position 2: invalid continuation byte");

    // On failure, out holds what was decoded before the bad bytes.
    const auto codec = lookup_codec("utf8");
    REQUIRE(codec.has_value());
    std::u32string out;
    CHECK(decode(*codec, "ab\xC3\xA9\xFF", out).has_value());
    CHECK(out == U"ab\u00e9");
}

TEST_CASE("UTF-8-SIG decoding") {
    CHECK(decode_ok("utf-8-sig", "\xEF\xBB\xBFx") == U"x");
    CHECK(decode_ok("utf-8-sig", "\xEF\xBB\xBF\xEF\xBB\xBFx") == U"\uFEFFx");  // only one stripped
    CHECK(decode_ok("utf-8-sig", "x") == U"x");
    // Positions count from after the BOM.
    CHECK(decode_error_of("utf-8-sig", "\xEF\xBB\xBF\xEF\xBB\xBF\xFF") ==
          "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte");
    CHECK(decode_error_of("utf-8-sig", "\xEF\xBB") ==
          "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
}

TEST_CASE("ASCII and Latin-1 decoding") {
    CHECK(decode_ok("ascii", "print(1)\n") == U"print(1)\n");
    CHECK(decode_error_of("ascii", "\x80") ==
          "'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)");
    CHECK(decode_error_of("us-ascii", "0123456789abcdef\xE9") ==
          "'ascii' codec can't decode byte 0xe9 in position 16: ordinal not in range(128)");
    CHECK(decode_ok("latin-1", "caf\xE9\xFF\x80") == U"caf\u00e9\u00ff\u0080");
}

TEST_CASE("charmap decoding") {
    CHECK(decode_ok("cp1252", "\x80\x9F\xA4") == U"\u20ac\u0178\u00a4");
    CHECK(decode_ok("windows-1252", "plain") == U"plain");
    CHECK(decode_ok("koi8-r", "\xC1\xE9") == U"\u0430\u0418");
    CHECK(decode_ok("iso-8859-15", "\xA4") == U"\u20ac");
    CHECK(decode_ok("cp037", "\xC1\x40\x5B") == U"A $");  // EBCDIC: even ASCII bytes differ
    CHECK(decode_ok("iso8859-1", "\xFF") == U"\u00ff");
    CHECK(decode_error_of("cp1252", "abcde\x81") ==
          "'charmap' codec can't decode byte 0x81 in position 5: character maps to <undefined>");
}

TEST_CASE("codecs peppy does not decode") {
    CHECK(decode_error_of("base64", "eA==") ==
          "'base64' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
    CHECK(decode_error_of("Rot-13", "x") ==
          "'Rot-13' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
    CHECK(decode_error_of("undefined", "x") ==
          "decoding with 'undefined' codec failed (UnicodeError: undefined encoding)");
    CHECK(decode_error_of("EUC-JP", "x") == "encoding 'euc_jp' is not supported by peppy");
    CHECK(decode_error_of("utf-16", "x") == "encoding 'utf_16' is not supported by peppy");
    // Like bytes.decode(), empty input never fails.
    CHECK(decode_ok("base64", "") == U"");
    CHECK(decode_ok("euc_jp", "") == U"");
}
