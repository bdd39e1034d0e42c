// Unit tests for peppy::unicode normalization (NFKC, NFC, NFD, NFKD).  Every
// expected value below was obtained from CPython 3.11's unicodedata.normalize /
// is_normalized / combining (Unicode 14.0.0); the exhaustive comparison with
// CPython is done outside the unit tests.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "unicode/normalize.hpp"

using namespace peppy::unicode;

namespace {

// One normalization case: normalize(form, input) must equal expected.
struct NormCase {
    NormForm form;
    std::u32string_view input;
    std::u32string_view expected;
};

// Cases and expected outputs printed by CPython 3.11.
constexpr NormCase kCases[] = {
    {NormForm::nfkc, U"\uFB01", U"fi"},  // ligature fi
    {NormForm::nfkc, U"de\uFB01ne", U"define"},  // ligature inside a word
    {NormForm::nfkc, U"\u210C", U"H"},  // black-letter H
    {NormForm::nfkc, U"\u017F", U"s"},  // long s
    {NormForm::nfkc, U"\uFF58\uFF59", U"xy"},  // fullwidth x y
    {NormForm::nfkc, U"x\u00B2\u207F", U"x2n"},  // superscripts
    {NormForm::nfkc, U"\u2460\u00BD", U"11\u20442"},  // circled one, one half
    {NormForm::nfkc, U"\u216B", U"XII"},  // roman numeral twelve
    {NormForm::nfkc, U"\U0001D400\U0001D7CE", U"A0"},  // mathematical bold A, bold digit zero
    {NormForm::nfkc, U"\u337F", U"\u682A\u5F0F\u4F1A\u793E"},  // square corporation
    // 18-character compatibility expansion
    {NormForm::nfkc, U"\uFDFA",
     U"\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 "
     U"\u0639\u0644\u064A\u0647 \u0648\u0633\u0644\u0645"},
    {NormForm::nfkc, U"\u212B", U"\u00C5"},  // angstrom sign (singleton)
    {NormForm::nfkc, U"A\u030A", U"\u00C5"},  // A + ring composes
    {NormForm::nfkc, U"\u00C5", U"\u00C5"},  // precomposed A-ring stays
    {NormForm::nfkc, U"\u2126", U"\u03A9"},  // ohm sign (singleton)
    {NormForm::nfkc, U"\u1E9B", U"\u1E61"},  // long s with dot above
    {NormForm::nfkc, U"\u1E9B\u0323", U"\u1E69"},  // long s with dot above + dot below
    {NormForm::nfkc, U"a\u0301\u0323", U"\u1EA1\u0301"},  // marks need reordering, then compose
    {NormForm::nfkc, U"q\u0307\u0323", U"q\u0323\u0307"},  // reordering without composites
    {NormForm::nfkc, U"\u1E0B\u0323", U"\u1E0D\u0307"},  // d with dot above + dot below
    {NormForm::nfkc, U"a\u0305\u0301", U"a\u0305\u0301"},  // blocked by equal combining class
    {NormForm::nfkc, U"a\u0301\u0301", U"\u00E1\u0301"},  // second acute blocked
    {NormForm::nfkc, U"\u0301a", U"\u0301a"},  // leading combining mark
    {NormForm::nfkc, U"\u0958", U"\u0915\u093C"},  // composition exclusion (devanagari qa)
    {NormForm::nfkc, U"\u0344", U"\u0308\u0301"},  // non-starter decomposition
    {NormForm::nfkc, U"\u0F73", U"\u0F71\u0F72"},  // excluded tibetan vowel sign
    {NormForm::nfkc, U"\u0B47\u0B3E", U"\u0B4B"},  // two starters compose
    // starter second blocked by a mark
    {NormForm::nfkc, U"\u0B47\u0301\u0B3E", U"\u0B47\u0301\u0B3E"},
    {NormForm::nfkc, U"\u1100\u1161", U"\uAC00"},  // Hangul L + V
    {NormForm::nfkc, U"\u1100\u1161\u11A8", U"\uAC01"},  // Hangul L + V + T
    {NormForm::nfkc, U"\uAC00\u11A8", U"\uAC01"},  // Hangul LV + T
    {NormForm::nfkc, U"\uAC01\u11A8", U"\uAC01\u11A8"},  // Hangul LVT + T does not compose
    {NormForm::nfkc, U"\u1100\u1100\u1161", U"\u1100\uAC00"},  // Hangul L + L + V
    {NormForm::nfkc, U"\uAC00\u0301\u11A8", U"\uAC00\u0301\u11A8"},  // Hangul T blocked by a mark
    {NormForm::nfkc, U"\u3131\u314F", U"\uAC00"},  // compatibility jamo compose after decomposition
    {NormForm::nfkc, U"\uFFA1", U"\u1100"},  // halfwidth jamo
    {NormForm::nfkc, U"\uF900\U0002F800", U"\u8C48\u4E3D"},  // CJK compatibility ideographs
    {NormForm::nfkc, U"\u00A8\u1FEE", U" \u0308 \u0308\u0301"},  // spacing diaeresis forms
    {NormForm::nfkc, U"\u03D3", U"\u038E"},  // greek upsilon with acute and hook
    {NormForm::nfkc, U"\u1E69\u0301", U"\u1E69\u0301"},  // s with dot below and dot above + acute
    {NormForm::nfkc, U"A\u0327\u0301\u0306\u0328", U"\u00C1\u0327\u0328\u0306"},  // many marks on A
    {NormForm::nfkc, U"\uFE8E\uFEF5", U"\u0627\u0644\u0622"},  // arabic presentation forms
    {NormForm::nfc, U"\u1E9B\u0323", U"\u1E9B\u0323"},  // NFC keeps long s
    // NFC maps singletons, keeps ligature
    {NormForm::nfc, U"\u212B\u2126\uFB01", U"\u00C5\u03A9\uFB01"},
    {NormForm::nfc, U"\u1100\u1161\u11A8", U"\uAC01"},  // NFC Hangul
    // NFD of A-ring and a Hangul LVT syllable
    {NormForm::nfd, U"\u00C5\uD55C", U"A\u030A\u1112\u1161\u11AB"},
    {NormForm::nfd, U"\u1E9B\u0323", U"\u017F\u0323\u0307"},  // NFD of long s with dots
    {NormForm::nfd, U"\uFB01", U"\uFB01"},  // NFD keeps ligature
    {NormForm::nfkd, U"\u1E9B\u0323", U"s\u0323\u0307"},  // NFKD of long s with dots
    {NormForm::nfkd, U"\uAC00\uFB01\u00BD", U"\u1100\u1161fi1\u20442"},  // NFKD mix
};

// A printable hex dump of s for failure messages.
std::string dump(std::u32string_view s) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char32_t c : s) {
        if (!out.empty()) out += ' ';
        std::string digits;
        for (char32_t v = c; v != 0 || digits.size() < 4; v >>= 4) {
            digits.insert(0, 1, kHex[v & 15]);
        }
        out += digits;
    }
    return out;
}

}  // namespace

TEST_CASE("normalize matches CPython on hand-picked cases") {
    for (const NormCase& c : kCases) {
        CAPTURE(dump(c.input));
        CHECK(dump(normalize(c.form, c.input)) == dump(c.expected));
    }
}

TEST_CASE("nfkc/nfc/nfd/nfkd are the forms of normalize") {
    CHECK(nfkc(U"\uFB01") == U"fi");
    CHECK(nfc(U"e\u0301") == U"\u00E9");
    CHECK(nfd(U"\u00E9") == U"e\u0301");
    CHECK(nfkd(U"\u00B2") == U"2");
}

TEST_CASE("ASCII and already-normalized text come back unchanged") {
    CHECK(nfkc(U"") == U"");
    CHECK(nfkc(U"hello_world42") == U"hello_world42");
    CHECK(nfd(U"hello_world42") == U"hello_world42");
    CHECK(nfkc(U"caf\u00E9_\u5909\u6570") == U"caf\u00E9_\u5909\u6570");
    CHECK(nfkc(U"\u0394\u03B9\u03B1") == U"\u0394\u03B9\u03B1");
}

TEST_CASE("surrogates pass through") {
    // normalize('NFKC', '\ud800\u0301a\udfff') is returned unchanged by CPython.
    const std::u32string s{char32_t{0xD800}, U'\u0301', U'a', char32_t{0xDFFF}};
    CHECK(nfkc(s) == s);
    CHECK(nfd(s) == s);
}

TEST_CASE("is_normalized matches CPython") {
    struct Expect {
        std::u32string_view s;
        bool nfc, nfd, nfkc, nfkd;
    };
    constexpr Expect kExpect[] = {
        {U"abc", true, true, true, true},
        {U"\u00E9", true, false, true, false},
        {U"e\u0301", false, true, false, true},
        {U"\uFB01", true, true, false, false},
        {U"\u0323\u0301", true, true, true, true},
        {U"\u0301\u0323", false, false, false, false},
        {U"\u1100\u1161", false, true, false, true},
        {U"\uAC00", true, false, true, false},
    };
    for (const Expect& e : kExpect) {
        CAPTURE(dump(e.s));
        CHECK(is_normalized(NormForm::nfc, e.s) == e.nfc);
        CHECK(is_normalized(NormForm::nfd, e.s) == e.nfd);
        CHECK(is_normalized(NormForm::nfkc, e.s) == e.nfkc);
        CHECK(is_normalized(NormForm::nfkd, e.s) == e.nfkd);
    }
}

TEST_CASE("combining_class matches unicodedata.combining") {
    CHECK(combining_class(U'A') == 0);
    CHECK(combining_class(U'\u0300') == 230);
    CHECK(combining_class(U'\u0323') == 220);
    CHECK(combining_class(U'\u0334') == 1);
    CHECK(combining_class(U'\u05B0') == 10);
    CHECK(combining_class(U'\U0001D16D') == 226);
    CHECK(combining_class(U'\u3099') == 8);
    CHECK(combining_class(U'\u1163') == 0);
    CHECK(combining_class(U'\U000E0000') == 0);
    CHECK(combining_class(U'\U0010FFFF') == 0);
}
