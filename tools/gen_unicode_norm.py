#!/usr/bin/env python3
"""Generate src/unicode/norm.inc: the data peppy needs for Unicode normalization.

This is a development-time tool: it is NOT run by the build.  Run it with
CPython 3.11 (whose unicodedata is Unicode 14.0.0) and commit the output:

    python3.11 tools/gen_unicode_norm.py            # writes src/unicode/norm.inc
    python3.11 tools/gen_unicode_norm.py -o FILE    # writes FILE instead

Everything is derived by asking the running interpreter (unicodedata.combining,
unicodedata.decomposition and unicodedata.normalize on single characters and
on pairs); no Unicode data files are read.  Hangul syllables (U+AC00..U+D7A3)
decompose and compose algorithmically, so their mappings are not tabulated.

The output (included by src/unicode/normalize.cpp, which defines the struct
types named below) holds:

* kNormProps[]: the distinct per-character property records {ccc, flags}.
  flags bits (must match normalize.cpp):
      0x01  NFD(c) != c       (has a canonical decomposition)
      0x02  NFKD(c) != c      (has any decomposition)
      0x04  NFC_QC = Maybe    (may combine with a preceding character)
      0x08  NFC_QC = No       (NFC(c) != c)
      0x10  NFKC_QC = Maybe
      0x20  NFKC_QC = No      (NFKC(c) != c)
  "Maybe" is derived as: the character normalizes to itself, but it is the
  second element of a composition pair (Hangul V and T jamo included).
* A two-stage table mapping a code point to its record index:
  kNormStage1[cp >> kNormShift] selects a block of kNormStage2, and
  kNormStage2[block * kNormBlockSize + (cp & (kNormBlockSize - 1))] is the
  record index.  Code points >= kNormLimit all have record 0 ({0, 0}).
* kDecompCodePoints[] (sorted) and kDecompInfo[] (parallel): for every
  non-Hangul character with a decomposition, its full decompositions (as
  given by normalize('NFD'/'NFKD', c), i.e. recursively expanded) as slices
  of kDecompPool[].  kDecompInfo bits:
      0..13   offset into kDecompPool
      14..18  length of the compatibility (NFKD) expansion
      19..21  length of the canonical (NFD) expansion, 0 if none
      22      set if the NFKD expansion differs from the NFD one; it then
              starts right after the NFD expansion, else at the same offset
* kCompositionPairs[]: {first, second, composite} sorted by (first, second),
  the primary composites (canonical 2-character decompositions that survive
  NFC, i.e. with the composition exclusions applied); Hangul excluded.
"""

import argparse
import os
import sys
import unicodedata

EXPECTED_PYTHON = (3, 11)
EXPECTED_UNICODE = "14.0.0"
MAX_CODE_POINT = 0x10FFFF

# Hangul constants, used only to skip syllables and name the jamo classes.
S_BASE, S_COUNT = 0xAC00, 11172
L_BASE, L_COUNT = 0x1100, 19
V_BASE, V_COUNT = 0x1161, 21
T_BASE, T_COUNT = 0x11A7, 28

# Property flag bits (see the docstring).
F_CANON = 0x01
F_COMPAT = 0x02
F_NFC_MAYBE = 0x04
F_NFC_NO = 0x08
F_NFKC_MAYBE = 0x10
F_NFKC_NO = 0x20

# kDecompInfo field layout (see the docstring).
OFFSET_BITS = 14
COMPAT_LEN_BITS = 5
CANON_LEN_BITS = 3

BLOCK_SIZES = (32, 64, 128, 256)


def norm(form, text):
    """unicodedata.normalize, shortened."""
    return unicodedata.normalize(form, text)


def is_hangul_syllable(cp):
    """True for the precomposed Hangul syllables U+AC00..U+D7A3."""
    return S_BASE <= cp < S_BASE + S_COUNT


def canonical_pairs():
    """Return {(first, second): composite} for all non-Hangul primary composites."""
    pairs = {}
    for cp in range(MAX_CODE_POINT + 1):
        ch = chr(cp)
        decomp = unicodedata.decomposition(ch)
        if not decomp or decomp.startswith("<"):
            continue
        parts = [int(p, 16) for p in decomp.split()]
        # Singletons never recompose; pairs excluded from composition fail NFC(c) == c.
        if len(parts) != 2 or norm("NFC", ch) != ch:
            continue
        first, second = parts
        if norm("NFC", chr(first) + chr(second)) != ch:
            raise SystemExit(f"U+{cp:04X}: pair does not compose back under NFC")
        # The composition algorithm relies on these (normalize.cpp).
        if unicodedata.combining(ch) or unicodedata.combining(chr(first)) \
                or norm("NFC", chr(second)) != chr(second):
            raise SystemExit(f"U+{cp:04X}: unexpected combining classes in its pair")
        pairs[(first, second)] = cp
    return pairs


def composition_seconds(pairs):
    """Code points that can combine with a preceding character under NFC."""
    seconds = {second for (_, second) in pairs}
    # Hangul V jamo combine with an L jamo, T jamo with an LV syllable; found by testing.
    for cp in range(0x1100, 0x1200):
        if len(norm("NFC", chr(L_BASE) + chr(cp))) == 1:
            seconds.add(cp)
        if len(norm("NFC", chr(S_BASE) + chr(cp))) == 1:
            seconds.add(cp)
    return seconds


def properties(seconds):
    """Return the (ccc, flags) record of every code point, as a list."""
    records = []
    for cp in range(MAX_CODE_POINT + 1):
        ch = chr(cp)
        flags = 0
        if norm("NFD", ch) != ch:
            flags |= F_CANON
        if norm("NFKD", ch) != ch:
            flags |= F_COMPAT
        if norm("NFC", ch) != ch:
            flags |= F_NFC_NO
        elif cp in seconds:
            flags |= F_NFC_MAYBE
        if norm("NFKC", ch) != ch:
            flags |= F_NFKC_NO
        elif cp in seconds:
            flags |= F_NFKC_MAYBE
        records.append((unicodedata.combining(ch), flags))
    return records


def expand(cp, compat):
    """Recursively expand the decomposition() of cp (for cross-checking normalize)."""
    decomp = unicodedata.decomposition(chr(cp))
    if not decomp or (decomp.startswith("<") and not compat):
        return [cp]
    parts = [int(p, 16) for p in decomp.split() if not p.startswith("<")]
    return [x for p in parts for x in expand(p, compat)]


def canonical_order(cps):
    """Stable-sort each run of non-starters by combining class."""
    out = list(cps)
    i = 0
    while i < len(out):
        if unicodedata.combining(chr(out[i])) == 0:
            i += 1
            continue
        j = i
        while j < len(out) and unicodedata.combining(chr(out[j])) != 0:
            j += 1
        out[i:j] = sorted(out[i:j], key=lambda c: unicodedata.combining(chr(c)))
        i = j
    return out


def decompositions():
    """Return [(cp, nfd, nfkd)] for every non-Hangul character with a decomposition."""
    result = []
    for cp in range(MAX_CODE_POINT + 1):
        if is_hangul_syllable(cp):
            continue
        ch = chr(cp)
        nfkd = [ord(c) for c in norm("NFKD", ch)]
        if nfkd == [cp]:
            continue
        nfd = [ord(c) for c in norm("NFD", ch)]
        if nfd == [cp]:
            nfd = []
        if nfkd != canonical_order(expand(cp, True)) or \
                (nfd and nfd != canonical_order(expand(cp, False))):
            raise SystemExit(f"U+{cp:04X}: normalize() disagrees with decomposition()")
        result.append((cp, nfd, nfkd))
    return result


class Pool:
    """A code point pool that reuses an existing occurrence of a sequence."""

    def __init__(self):
        self.text = ""  # the pool as a str, one character per code point

    def add(self, seq):
        """Return the offset of seq in the pool, appending it if absent."""
        needle = "".join(map(chr, seq))
        offset = self.text.find(needle)
        if offset < 0:
            offset = len(self.text)
            self.text += needle
        return offset

    def items(self):
        """The pool's code points."""
        return [ord(c) for c in self.text]


def build_decomposition_table(decomps):
    """Return (pool list, [(cp, info word)]) for the decomposition data."""
    pool = Pool()
    offsets = {}
    # Longest first so that shorter expansions are found inside longer ones.
    seqs = set()
    for _, nfd, nfkd in decomps:
        seqs.add(tuple(nfd + nfkd) if nfd and nfd != nfkd else tuple(nfkd))
    for seq in sorted(seqs, key=lambda s: (-len(s), s)):
        offsets[seq] = pool.add(list(seq))
    entries = []
    for cp, nfd, nfkd in decomps:
        differ = bool(nfd) and nfd != nfkd
        offset = offsets[tuple(nfd + nfkd) if differ else tuple(nfkd)]
        if offset >= 1 << OFFSET_BITS or len(nfkd) >= 1 << COMPAT_LEN_BITS \
                or len(nfd) >= 1 << CANON_LEN_BITS:
            raise SystemExit(f"U+{cp:04X}: decomposition does not fit kDecompInfo")
        info = offset | (len(nfkd) << OFFSET_BITS) \
            | (len(nfd) << (OFFSET_BITS + COMPAT_LEN_BITS)) \
            | (int(differ) << (OFFSET_BITS + COMPAT_LEN_BITS + CANON_LEN_BITS))
        entries.append((cp, info))
    return pool.items(), entries


def build_trie(values):
    """Pick the smallest two-stage table for values; return (shift, limit, stage1, stage2)."""
    last = max(cp for cp, v in enumerate(values) if v != 0)
    best = None
    for size in BLOCK_SIZES:
        limit = (last // size + 1) * size
        blocks = {}
        stage1 = []
        for start in range(0, limit, size):
            block = tuple(values[start:start + size])
            stage1.append(blocks.setdefault(block, len(blocks)))
        stage2 = [v for block in blocks for v in block]
        cost = len(stage1) * (1 if len(blocks) <= 256 else 2) + len(stage2)
        if best is None or cost < best[0]:
            best = (cost, size.bit_length() - 1, limit, stage1, stage2)
    return best[1:]


def emit_array(out, decl, values, fmt, per_line):
    """Append a C++ array definition with per_line values on each line."""
    out.append(f"{decl} = {{")
    for i in range(0, len(values), per_line):
        out.append("    " + ",".join(fmt(v) for v in values[i:i + per_line]) + ",")
    out.append("};")
    out.append("")


def generate():
    """Return the text of norm.inc."""
    pairs = canonical_pairs()
    seconds = composition_seconds(pairs)
    per_cp = properties(seconds)
    records = [(0, 0)] + sorted(set(per_cp) - {(0, 0)})
    if len(records) > 256:
        raise SystemExit("more than 256 property records")
    index = {r: i for i, r in enumerate(records)}
    shift, limit, stage1, stage2 = build_trie([index[r] for r in per_cp])
    decomps = decompositions()
    pool, entries = build_decomposition_table(decomps)
    stage1_type = "std::uint8_t" if max(stage1) < 256 else "std::uint16_t"

    out = []
    out.append("// GENERATED by tools/gen_unicode_norm.py from CPython 3.11's unicodedata "
               f"(Unicode {unicodedata.unidata_version}) -- DO NOT EDIT; rerun the script instead.")
    out.append("//")
    out.append("// Normalization data for src/unicode/normalize.cpp (combining classes,")
    out.append("// quick-check flags, full decompositions, composition pairs).  See the")
    out.append("// docstring of tools/gen_unicode_norm.py for the layout.")
    out.append("")
    out.append(f"// {len(records)} distinct {{canonical combining class, flags}} records.")
    emit_array(out, "static constexpr NormProps kNormProps[]", records,
               lambda r: f"{{{r[0]},0x{r[1]:02X}}}", 10)
    out.append(f"static constexpr unsigned kNormShift = {shift};")
    out.append(f"static constexpr char32_t kNormBlockSize = {1 << shift};")
    out.append(f"static constexpr char32_t kNormLimit = 0x{limit:X};")
    out.append("")
    out.append(f"// Block index of each {1 << shift}-code-point block below kNormLimit.")
    emit_array(out, f"static constexpr {stage1_type} kNormStage1[]", stage1, str, 32)
    out.append(f"// {len(stage2) >> shift} distinct blocks of record indices.")
    emit_array(out, "static constexpr std::uint8_t kNormStage2[]", stage2, str, 32)
    out.append(f"// {len(entries)} characters with a decomposition (Hangul syllables excluded).")
    emit_array(out, "static constexpr char32_t kDecompCodePoints[]",
               [cp for cp, _ in entries], lambda v: f"0x{v:X}", 16)
    emit_array(out, "static constexpr std::uint32_t kDecompInfo[]",
               [info for _, info in entries], lambda v: f"0x{v:X}", 14)
    out.append(f"// {len(pool)} code points of decomposition expansions.")
    emit_array(out, "static constexpr char32_t kDecompPool[]", pool, lambda v: f"0x{v:X}", 16)
    out.append(f"// {len(pairs)} primary composites {{first, second, composite}}.")
    emit_array(out, "static constexpr CompositionPair kCompositionPairs[]",
               [(a, b, c) for (a, b), c in sorted(pairs.items())],
               lambda p: f"{{0x{p[0]:X},0x{p[1]:X},0x{p[2]:X}}}", 5)
    return "\n".join(out)


def main():
    """Check the interpreter, generate the data and write it out."""
    if sys.version_info[:2] != EXPECTED_PYTHON \
            or unicodedata.unidata_version != EXPECTED_UNICODE:
        raise SystemExit(f"need CPython {EXPECTED_PYTHON[0]}.{EXPECTED_PYTHON[1]} with "
                         f"Unicode {EXPECTED_UNICODE}")
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "src", "unicode", "norm.inc")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default=default, help="output file")
    args = parser.parse_args()
    text = generate()
    with open(args.output, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    print(f"wrote {os.path.normpath(args.output)} ({len(text.encode())} bytes)")


if __name__ == "__main__":
    main()
