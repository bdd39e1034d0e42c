// peppy::unicode codecs -- decoding Python source bytes the way CPython 3.11
// does for a PEP 263 coding cookie.
//
// lookup_codec() resolves an encoding name exactly like codecs.lookup() with
// CPython's standard `encodings` package (normalization, the alias table, and
// the set of codec modules, all generated from CPython into tables.inc).
// decode() strictly decodes bytes with the codecs peppy implements (UTF-8,
// UTF-8-SIG, ASCII, Latin-1 and every single-byte charmap codec) and returns
// the message of the exception Python would raise on failure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace peppy::unicode {

// How peppy handles a codec module of CPython's `encodings` package.
enum class CodecKind : int {
    not_a_codec,  // importable module without getregentry (encodings.aliases); never returned
    utf_8,        // strict UTF-8
    utf_8_sig,    // UTF-8, one leading BOM (EF BB BF) stripped
    ascii,        // 7-bit ASCII
    latin_1,      // byte value = code point (latin_1, and the bare `charmap` codec)
    charmap,      // single-byte table codec (cp1252, iso8859_15, koi8_r, mac_roman, ...)
    non_text,     // bytes-to-bytes / str-to-str codec (base64_codec, rot_13, ...)
    undefined,    // encodings.undefined: always fails
    unsupported,  // a real text codec peppy does not implement (CJK, utf_16, idna, ...)
};

// What Python's codecs.lookup(name) would find for an encoding name.
struct Codec {
    std::string name;       // canonical codec module name, e.g. "utf_8", "latin_1", "cp1252"
    CodecKind kind = CodecKind::unsupported;
    std::string requested;  // the name as passed to lookup_codec (Python quotes it in messages)
    // For CodecKind::charmap: bytes below charmap_identity decode to
    // themselves; byte b >= charmap_identity decodes to
    // charmap[b - charmap_identity], where 0xFFFE means undefined.
    std::uint16_t charmap_identity = 0;
    const std::uint16_t* charmap = nullptr;
};

// Normalizes an encoding name like codecs.lookup() does before searching:
// ASCII letters are lowercased, ASCII letters/digits and '.' are kept, and
// every run of other bytes becomes one '_' (dropped at either end).
// E.g. "ISO-8859--1 " -> "iso_8859_1".
std::string normalize_encoding_name(std::string_view name);

// Resolves an encoding name like codecs.lookup(name) with CPython's standard
// codec search function.  std::nullopt means Python would raise LookupError
// ("unknown encoding: <name>").  Non-text and unsupported codecs are found;
// decode() reports them.
std::optional<Codec> lookup_codec(std::string_view name);

// Decodes bytes with codec using the 'strict' error handler.  On success
// `out` holds the decoded text and std::nullopt is returned.  On failure the
// message Python's exception would carry is returned, e.g.
// "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte",
// and `out` holds the text decoded before the offending bytes (empty for
// codecs that are rejected outright: non-text, undefined, unsupported).
// Like bytes.decode(), empty input always succeeds, whatever the codec.
std::optional<std::string> decode(const Codec& codec, std::string_view bytes, std::u32string& out);

}  // namespace peppy::unicode
