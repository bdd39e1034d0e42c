#!/usr/bin/env python3
"""Generate src/unicode/tables.inc for peppy's unicode and codec support.

This is a development-time tool: it is NOT run by the build.  Run it with
CPython 3.11 (whose unicodedata is Unicode 14.0.0) and commit the output:

    python3.11 tools/gen_unicode.py            # writes src/unicode/tables.inc
    python3.11 tools/gen_unicode.py -o FILE    # writes FILE instead

Everything in the output is derived by asking the running interpreter:

* Character predicate range tables (sorted, inclusive [first, last] pairs),
  computed by evaluating a str method for every code point 0..0x10FFFF:
    alnum        chr(c).isalnum()
    id_start     chr(c).isidentifier()
    id_continue  ('a' + chr(c)).isidentifier()
    printable    chr(c).isprintable()
    space        chr(c).isspace()
* The encoding alias table (encodings.aliases.aliases).
* Every module in the `encodings` package that imports on this platform,
  classified by how peppy handles it (see CodecKind in codecs.hpp).
* For every single-byte charmap codec, the byte -> code point table, found by
  decoding each byte value on its own with the codec.  Bytes below the
  codec's "identity prefix" decode to themselves and are not stored; the
  remaining entries are uint16, with 0xFFFE marking an undefined byte.

The output has two sections, selected by macros the including file defines:
PEPPY_UNICODE_PREDICATE_TABLES (needs a `CodePointRange {char32_t first,
last;}` type) and PEPPY_UNICODE_CODEC_TABLES (needs `AliasEntry`,
`CodecModuleEntry` and `CodecKind`).
"""

import argparse
import codecs
import encodings
import encodings.aliases
import importlib
import os
import pkgutil
import sys
import unicodedata

EXPECTED_PYTHON = (3, 11)
EXPECTED_UNICODE = "14.0.0"
MAX_CODE_POINT = 0x10FFFF
UNDEFINED = 0xFFFE

# Codecs peppy decodes itself, by module name.
SPECIAL_KINDS = {
    "utf_8": "utf_8",
    "utf_8_sig": "utf_8_sig",
    "ascii": "ascii",
    "latin_1": "latin_1",
    # encodings.charmap with no mapping decodes like latin-1.
    "charmap": "latin_1",
    "undefined": "undefined",
}


def compute_ranges(pred):
    """Return the inclusive ranges of code points for which pred is true."""
    ranges = []
    start = None
    for cp in range(MAX_CODE_POINT + 1):
        if pred(cp):
            if start is None:
                start = cp
        elif start is not None:
            ranges.append((start, cp - 1))
            start = None
    if start is not None:
        ranges.append((start, MAX_CODE_POINT))
    return ranges


PREDICATES = [
    ("kAlnumRanges", "str.isalnum()", lambda cp: chr(cp).isalnum()),
    ("kIdStartRanges", "str.isidentifier() of the single character",
     lambda cp: chr(cp).isidentifier()),
    ("kIdContinueRanges", "('a' + ch).isidentifier()",
     lambda cp: ("a" + chr(cp)).isidentifier()),
    ("kPrintableRanges", "str.isprintable()", lambda cp: chr(cp).isprintable()),
    ("kSpaceRanges", "str.isspace()", lambda cp: chr(cp).isspace()),
]


def encoding_modules():
    """Names of all modules shipped in the `encodings` package."""
    directory = os.path.dirname(encodings.__file__)
    return sorted(m.name for m in pkgutil.iter_modules([directory]))


def charmap_table(modname):
    """Return the 256 decoded values (None = undefined) of a charmap codec."""
    values = []
    for byte in range(256):
        try:
            text = codecs.decode(bytes([byte]), modname, "strict")
        except UnicodeDecodeError:
            values.append(None)
            continue
        if len(text) != 1:
            raise SystemExit(f"{modname}: byte {byte:#x} decodes to {text!r}")
        cp = ord(text)
        if cp >= UNDEFINED or 0xD800 <= cp <= 0xDFFF:
            raise SystemExit(f"{modname}: byte {byte:#x} -> U+{cp:04X} does not fit")
        values.append(cp)
    return values


def classify_modules():
    """Yield (modname, kind, charmap values or None) for importable modules.

    Modules that fail to import here (mbcs, oem off Windows) are left out:
    Python's search function skips them just like missing modules.
    """
    for modname in encoding_modules():
        try:
            module = importlib.import_module("encodings." + modname)
        except ImportError:
            continue
        if not hasattr(module, "getregentry"):
            # e.g. encodings.aliases: importable, but not a codec.
            yield modname, "not_a_codec", None
            continue
        info = codecs.lookup(modname)
        if not getattr(info, "_is_text_encoding", True):
            yield modname, "non_text", None
        elif modname in SPECIAL_KINDS:
            yield modname, SPECIAL_KINDS[modname], None
        elif isinstance(getattr(module, "decoding_table", None), str):
            if len(module.decoding_table) != 256:
                raise SystemExit(f"{modname}: decoding_table is not 256 long")
            yield modname, "charmap", charmap_table(modname)
        else:
            yield modname, "unsupported", None


def c_string(s):
    assert all(c.isascii() and c.isprintable() and c not in '"\\' for c in s), s
    return '"' + s + '"'


def emit_ranges(out, name, what, ranges):
    out.append(f"// Code points where {what} is true: {len(ranges)} ranges.")
    out.append(f"static constexpr CodePointRange {name}[] = {{")
    line = "   "
    for first, last in ranges:
        item = f" {{0x{first:X}, 0x{last:X}}},"
        if len(line) + len(item) > 100:
            out.append(line)
            line = "   "
        line += item
    if line.strip():
        out.append(line)
    out.append("};")
    out.append("")


def emit_charmap(out, modname, values):
    prefix = 0
    # Stop at 255 so that even an all-identity table (iso8859_1) keeps one entry.
    while prefix < 255 and values[prefix] == prefix:
        prefix += 1
    rest = values[prefix:]
    out.append(f"// {modname}: bytes 0x00..0x{prefix - 1:02X} map to themselves; "
               f"entries below are bytes 0x{prefix:02X}..0xFF.")
    out.append(f"static constexpr std::uint16_t kCharmap_{modname}[] = {{")
    for i in range(0, len(rest), 12):
        chunk = rest[i:i + 12]
        out.append("    " + " ".join(
            f"0x{UNDEFINED if v is None else v:04X}," for v in chunk))
    out.append("};")
    return prefix


def generate():
    out = []
    out.append(
        "// GENERATED by tools/gen_unicode.py from CPython 3.11's unicodedata "
        f"(Unicode {unicodedata.unidata_version}) -- DO NOT EDIT; rerun the script instead.")
    out.append("//")
    out.append("// Data tables for src/unicode/unicode.cpp (predicates) and "
               "src/unicode/codecs.cpp (codecs).")
    out.append("// See the docstring of tools/gen_unicode.py for the layout.")
    out.append("")

    out.append("#if defined(PEPPY_UNICODE_PREDICATE_TABLES)")
    out.append("")
    for name, what, pred in PREDICATES:
        emit_ranges(out, name, what, compute_ranges(pred))
    out.append("#endif  // PEPPY_UNICODE_PREDICATE_TABLES")
    out.append("")

    out.append("#if defined(PEPPY_UNICODE_CODEC_TABLES)")
    out.append("")
    aliases = sorted(encodings.aliases.aliases.items())
    out.append(f"// encodings.aliases.aliases: {len(aliases)} entries, sorted by alias.")
    out.append("static constexpr AliasEntry kEncodingAliases[] = {")
    for alias, target in aliases:
        out.append(f"    {{{c_string(alias)}, {c_string(target)}}},")
    out.append("};")
    out.append("")

    modules = list(classify_modules())
    prefixes = {}
    out.append("// Single-byte charmap codecs (0xFFFE = byte maps to <undefined>).")
    for modname, kind, values in modules:
        if kind == "charmap":
            prefixes[modname] = emit_charmap(out, modname, values)
    out.append("")
    out.append("// Modules of the `encodings` package that import on CPython 3.11 (Linux),")
    out.append("// sorted by name: {name, kind, identity prefix, charmap table}.")
    out.append("static constexpr CodecModuleEntry kCodecModules[] = {")
    for modname, kind, _ in modules:
        if kind == "charmap":
            out.append(f"    {{{c_string(modname)}, CodecKind::charmap, "
                       f"{prefixes[modname]}, kCharmap_{modname}}},")
        else:
            out.append(f"    {{{c_string(modname)}, CodecKind::{kind}, 0, nullptr}},")
    out.append("};")
    out.append("")
    out.append("#endif  // PEPPY_UNICODE_CODEC_TABLES")
    return "\n".join(out) + "\n"


def main():
    if sys.version_info[:2] != EXPECTED_PYTHON:
        raise SystemExit(f"run this with CPython {EXPECTED_PYTHON[0]}.{EXPECTED_PYTHON[1]}")
    if unicodedata.unidata_version != EXPECTED_UNICODE:
        raise SystemExit(f"expected Unicode {EXPECTED_UNICODE}, "
                         f"got {unicodedata.unidata_version}")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output",
                        default=os.path.join(root, "src", "unicode", "tables.inc"))
    args = parser.parse_args()
    text = generate()
    with open(args.output, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    print(f"wrote {args.output} ({len(text)} bytes)")


if __name__ == "__main__":
    main()
