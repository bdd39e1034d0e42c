// peppy::unicode codecs -- encoding-name lookup following CPython's
// codecs.lookup() + encodings.search_function, and strict decoders for the
// codecs a Python source file can realistically declare.  Error messages are
// formatted exactly like str(UnicodeDecodeError) / str(LookupError) in 3.11.
#include "unicode/codecs.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <iterator>

namespace peppy::unicode {

namespace {

// One entry of encodings.aliases.aliases: normalized alias -> module name.
struct AliasEntry {
    std::string_view alias;
    std::string_view module;
};

// One module of the `encodings` package and how peppy handles it.
struct CodecModuleEntry {
    std::string_view name;
    CodecKind kind;
    std::uint16_t charmap_identity;
    const std::uint16_t* charmap;
};

#define PEPPY_UNICODE_CODEC_TABLES 1
#include "unicode/tables.inc"
#undef PEPPY_UNICODE_CODEC_TABLES

constexpr std::uint16_t kCharmapUndefined = 0xFFFE;

// Binary search of the (sorted) alias table; nullptr if absent.
const AliasEntry* find_alias(std::string_view alias) {
    const AliasEntry* end = std::end(kEncodingAliases);
    const AliasEntry* it = std::lower_bound(
        std::begin(kEncodingAliases), end, alias,
        [](const AliasEntry& e, std::string_view key) { return e.alias < key; });
    return it != end && it->alias == alias ? it : nullptr;
}

// Binary search of the (sorted) module table; nullptr if no such importable module.
const CodecModuleEntry* find_module(std::string_view name) {
    const CodecModuleEntry* end = std::end(kCodecModules);
    const CodecModuleEntry* it = std::lower_bound(
        std::begin(kCodecModules), end, name,
        [](const CodecModuleEntry& e, std::string_view key) { return e.name < key; });
    return it != end && it->name == name ? it : nullptr;
}

// True for the bytes encoding-name normalization keeps (ASCII alnum and '.').
bool is_name_char(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.';
}

// Formats str(UnicodeDecodeError) for bytes[start:end] with the given reason.
std::string decode_error(std::string_view encoding, std::string_view bytes, std::size_t start,
                         std::size_t end, std::string_view reason) {
    char buf[96];
    if (end == start + 1 && start < bytes.size()) {
        std::snprintf(buf, sizeof buf, "' codec can't decode byte 0x%02x in position %zu: ",
                      static_cast<unsigned>(static_cast<unsigned char>(bytes[start])), start);
    } else {
        std::snprintf(buf, sizeof buf, "' codec can't decode bytes in position %zu-%zu: ", start,
                      end - 1);
    }
    std::string msg = "'";
    msg += encoding;
    msg += buf;
    msg += reason;
    return msg;
}

// True if no byte of the 8-byte word has its high bit set.
inline bool all_ascii8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return (w & 0x8080808080808080ULL) == 0;
}

// Widens 8 ASCII/Latin-1 bytes to code points.
inline void widen8(const char* p, char32_t* dst) {
    for (int k = 0; k < 8; ++k) dst[k] = static_cast<unsigned char>(p[k]);
}

// True for a UTF-8 continuation byte 10xxxxxx.
inline bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

// Strict UTF-8 decoder with CPython's error positions and reasons.  Appends to
// dst (which must have room for bytes.size() code points) and advances it.
std::optional<std::string> decode_utf8(std::string_view bytes, char32_t*& dst) {
    const char* const base = bytes.data();
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    char32_t* d = dst;
    std::optional<std::string> err;
    while (i < n) {
        // Fast path: whole words of ASCII.
        while (n - i >= 8 && all_ascii8(base + i)) {
            widen8(base + i, d);
            i += 8;
            d += 8;
        }
        if (i >= n) break;
        const unsigned char c = static_cast<unsigned char>(base[i]);
        if (c < 0x80) {
            *d++ = c;
            ++i;
            continue;
        }
        const std::size_t left = n - i;
        const auto at = [&](std::size_t k) { return static_cast<unsigned char>(base[i + k]); };
        // Each failure below reports the bytes CPython reports: the lead byte
        // plus the continuation bytes that were valid before the bad one, or
        // everything to the end of input for a truncated sequence.
        if (c < 0xC2 || c > 0xF4) {
            err = decode_error("utf-8", bytes, i, i + 1, "invalid start byte");
            break;
        }
        if (c < 0xE0) {  // 2-byte sequence U+0080..U+07FF
            if (left < 2) {
                err = decode_error("utf-8", bytes, i, n, "unexpected end of data");
                break;
            }
            if (!is_cont(at(1))) {
                err = decode_error("utf-8", bytes, i, i + 1, "invalid continuation byte");
                break;
            }
            *d++ = (char32_t(c & 0x1F) << 6) | (at(1) & 0x3F);
            i += 2;
            continue;
        }
        // 3- and 4-byte sequences: the second byte also excludes overlong
        // forms, surrogates (ED A0..BF) and values above U+10FFFF (F4 90..).
        const unsigned char c2 = left >= 2 ? at(1) : 0;
        if (left >= 2) {
            bool ok = is_cont(c2);
            if (c == 0xE0) ok = ok && c2 >= 0xA0;
            if (c == 0xED) ok = ok && c2 < 0xA0;
            if (c == 0xF0) ok = ok && c2 >= 0x90;
            if (c == 0xF4) ok = ok && c2 < 0x90;
            if (!ok) {
                err = decode_error("utf-8", bytes, i, i + 1, "invalid continuation byte");
                break;
            }
        }
        const std::size_t need = c < 0xF0 ? 3 : 4;
        bool truncated = false;
        for (std::size_t k = 2; k < need; ++k) {
            if (left <= k) {
                truncated = true;
                break;
            }
            if (!is_cont(at(k))) {
                err = decode_error("utf-8", bytes, i, i + k, "invalid continuation byte");
                break;
            }
        }
        if (err) break;
        if (left < 2 || truncated) {
            err = decode_error("utf-8", bytes, i, n, "unexpected end of data");
            break;
        }
        if (need == 3) {
            *d++ = (char32_t(c & 0x0F) << 12) | (char32_t(c2 & 0x3F) << 6) | (at(2) & 0x3F);
        } else {
            *d++ = (char32_t(c & 0x07) << 18) | (char32_t(c2 & 0x3F) << 12) |
                   (char32_t(at(2) & 0x3F) << 6) | (at(3) & 0x3F);
        }
        i += need;
    }
    dst = d;
    return err;
}

// Strict ASCII decoder; every byte >= 0x80 is an error.
std::optional<std::string> decode_ascii(std::string_view bytes, char32_t*& dst) {
    const char* const base = bytes.data();
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    char32_t* d = dst;
    std::optional<std::string> err;
    while (i < n) {
        while (n - i >= 8 && all_ascii8(base + i)) {
            widen8(base + i, d);
            i += 8;
            d += 8;
        }
        if (i >= n) break;
        const unsigned char c = static_cast<unsigned char>(base[i]);
        if (c >= 0x80) {
            err = decode_error("ascii", bytes, i, i + 1, "ordinal not in range(128)");
            break;
        }
        *d++ = c;
        ++i;
    }
    dst = d;
    return err;
}

// Latin-1: every byte is the code point of the same value.
void decode_latin1(std::string_view bytes, char32_t*& dst) {
    char32_t* d = dst;
    for (char c : bytes) *d++ = static_cast<unsigned char>(c);
    dst = d;
}

// Single-byte table decoder (Python's codecs.charmap_decode with a table).
std::optional<std::string> decode_charmap(const Codec& codec, std::string_view bytes,
                                          char32_t*& dst) {
    const unsigned identity = codec.charmap_identity;
    const std::uint16_t* table = codec.charmap;
    char32_t* d = dst;
    std::optional<std::string> err;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes[i]);
        if (c < identity) {
            *d++ = c;
            continue;
        }
        const std::uint16_t v = table[c - identity];
        if (v == kCharmapUndefined) {
            err = decode_error("charmap", bytes, i, i + 1, "character maps to <undefined>");
            break;
        }
        *d++ = v;
    }
    dst = d;
    return err;
}

}  // namespace

// Same as CPython's codecs.c normalizestring() followed by
// encodings.normalize_encoding() (which is then a no-op).
std::string normalize_encoding_name(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    bool punct = false;
    for (char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if (is_name_char(c)) {
            if (punct && !out.empty()) out.push_back('_');
            punct = false;
            out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a')
                                               : static_cast<char>(c));
        } else {
            punct = true;
        }
    }
    return out;
}

// encodings.search_function: try the alias target (looked up under the
// normalized name, then with '.' -> '_'), then the normalized name itself, as
// module names; names that are empty or contain '.' are skipped and modules
// that fail to import on CPython (mbcs, oem) count as missing.  The first
// importable module decides, even if it is not a codec (encodings.aliases).
std::optional<Codec> lookup_codec(std::string_view name) {
    const std::string norm = normalize_encoding_name(name);
    const AliasEntry* alias = find_alias(norm);
    if (alias == nullptr && norm.find('.') != std::string::npos) {
        std::string dotless = norm;
        std::replace(dotless.begin(), dotless.end(), '.', '_');
        alias = find_alias(dotless);
    }
    std::string_view candidates[2];
    std::size_t count = 0;
    if (alias != nullptr) candidates[count++] = alias->module;
    candidates[count++] = norm;

    for (std::size_t k = 0; k < count; ++k) {
        const std::string_view modname = candidates[k];
        if (modname.empty() || modname.find('.') != std::string_view::npos) continue;
        const CodecModuleEntry* mod = find_module(modname);
        if (mod == nullptr) continue;
        if (mod->kind == CodecKind::not_a_codec) return std::nullopt;
        Codec codec;
        codec.name = std::string(mod->name);
        codec.kind = mod->kind;
        codec.requested = std::string(name);
        codec.charmap_identity = mod->charmap_identity;
        codec.charmap = mod->charmap;
        return codec;
    }
    return std::nullopt;
}

// Dispatches on the codec kind; see the header for the contract.
std::optional<std::string> decode(const Codec& codec, std::string_view bytes, std::u32string& out) {
    out.clear();
    // bytes.decode() returns '' for empty input without consulting the codec.
    if (bytes.empty()) return std::nullopt;
    switch (codec.kind) {
        case CodecKind::non_text:
            return "'" + codec.requested +
                   "' is not a text encoding; use codecs.decode() to handle arbitrary codecs";
        case CodecKind::undefined:
            return "decoding with '" + codec.requested +
                   "' codec failed (UnicodeError: undefined encoding)";
        case CodecKind::unsupported:
        case CodecKind::not_a_codec:
            return "encoding '" + codec.name + "' is not supported by peppy";
        case CodecKind::charmap:
            if (codec.charmap == nullptr) return "encoding '" + codec.name + "' has no table";
            break;
        default:
            break;
    }

    // Every supported codec yields at most one code point per byte.
    out.resize(bytes.size());
    char32_t* const begin = out.data();
    char32_t* dst = begin;
    std::optional<std::string> err;
    switch (codec.kind) {
        case CodecKind::utf_8:
            err = decode_utf8(bytes, dst);
            break;
        case CodecKind::utf_8_sig:
            // Like encodings.utf_8_sig.decode: positions are relative to the
            // input after the BOM.
            if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
            err = decode_utf8(bytes, dst);
            break;
        case CodecKind::ascii:
            err = decode_ascii(bytes, dst);
            break;
        case CodecKind::latin_1:
            decode_latin1(bytes, dst);
            break;
        case CodecKind::charmap:
            err = decode_charmap(codec, bytes, dst);
            break;
        default:
            break;
    }
    out.resize(static_cast<std::size_t>(dst - begin));
    return err;
}

}  // namespace peppy::unicode
