// peppy::unicode normalization -- the four Unicode normalization forms, as
// CPython 3.11's unicodedata.normalize() computes them (Unicode 14.0.0).
//
// The parser needs NFKC: Python identifiers are normalized to NFKC, so
// `ﬁ = 1` binds the name `fi`.  NFC, NFD and NFKD share the same machinery.
// Every function has a fast path that returns the input unchanged when all
// characters are ASCII or pass the form's quick check; otherwise the text is
// fully decomposed, put in canonical order and (for NFC/NFKC) recomposed.
// The data (combining classes, quick-check flags, decompositions and
// composition pairs) is generated from CPython into src/unicode/norm.inc by
// tools/gen_unicode_norm.py; Hangul syllables are handled algorithmically.
//
// Strings may contain any char32_t values: lone surrogates and values above
// 0x10FFFF have no decomposition and combining class 0, and pass through.
#pragma once

#include <string>
#include <string_view>

namespace peppy::unicode {

// A Unicode normalization form, named as in unicodedata.normalize().
enum class NormForm : int { nfc, nfd, nfkc, nfkd };

// unicodedata.normalize(form, s).
std::u32string normalize(NormForm form, std::u32string_view s);

// unicodedata.normalize('NFKC', s): compatibility decomposition, then canonical
// composition.  This is what Python applies to non-ASCII identifiers.
std::u32string nfkc(std::u32string_view s);

// unicodedata.normalize('NFC', s): canonical decomposition, then canonical composition.
std::u32string nfc(std::u32string_view s);

// unicodedata.normalize('NFD', s): canonical decomposition.
std::u32string nfd(std::u32string_view s);

// unicodedata.normalize('NFKD', s): compatibility decomposition.
std::u32string nfkd(std::u32string_view s);

// unicodedata.is_normalized(form, s): true if normalize(form, s) == s.
bool is_normalized(NormForm form, std::u32string_view s);

// unicodedata.combining(chr(c)): the canonical combining class of c (0 for starters).
unsigned combining_class(char32_t c) noexcept;

}  // namespace peppy::unicode
