#!/usr/bin/env python3
"""Generate src/unicode/names.inc: the Unicode character names `\\N{...}` accepts.

This is a development-time tool: it is NOT run by the build.  Run it with
CPython 3.11 (whose unicodedata is Unicode 14.0.0) and commit the output:

    python3.11 tools/gen_unicode_names.py              # writes src/unicode/names.inc
    python3.11 tools/gen_unicode_names.py -o FILE      # writes FILE instead
    python3.11 tools/gen_unicode_names.py --aliases NameAliases.txt

What CPython 3.11's `"\\N{name}"` (the 'unicodeescape' codec) accepts, and so
what the table holds:

* every character name `unicodedata.name()` gives, matched without regard to
  ASCII case, except the two algorithmic families below;
* the formal name aliases of Unicode's NameAliases.txt (LINE FEED, LF, BYTE
  ORDER MARK, LATIN CAPITAL LETTER GHA...), also case-insensitive; named
  sequences (KEYCAP NUMBER SIGN) are NOT accepted by `\\N` (only by
  `unicodedata.lookup`) and are left out;
* "CJK UNIFIED IDEOGRAPH-" + 4 or 5 upper-case hex digits, for the code points
  in the unified ideograph ranges, and "HANGUL SYLLABLE " + the short names of
  the leading consonant, vowel and trailing consonant; both only in upper case.
  The ranges and the jamo short names are read off `unicodedata.name()`.

`unicodedata` cannot list the aliases, so their candidates come from a file:
NameAliases.txt (any Unicode version >= 14: aliases are never removed) given
with --aliases, or else Perl's unicore/Name.pl, which holds names, aliases and
named sequences. Every candidate is kept only if CPython itself accepts it in
`"\\N{...}"` as one character that is not that character's own name, so the
result is exactly CPython's set whatever the source had in excess.

Encoding (read by src/unicode/names.cpp). A name is cut into tokens: it is
split at spaces, each piece at hyphens, and every token is its separator
(' ' for the first piece of a space-separated word, '-' otherwise) followed by
the text up to the next separator (possibly empty, as in "TSA -PHRU").

* kNameLexicon: every distinct token once, most frequent first, concatenated.
  A token starts at each ' ' or '-', so the string splits back unambiguously;
  token ids are positions in that order.
* kNameStream: one record per (code point, name), sorted by code point then
  name, written with 90 printable symbols (see kSymbols): a record starts with
  an optional gap marker (GAP_SYMBOL and 4 base-90 digits: the code point
  minus the previous record's; 1 when absent), then the number of leading
  tokens it shares with the previous record's name (a symbol below GAP_SYMBOL),
  then the ids of its remaining tokens: 1, 2 or 3 symbols each, the first
  symbol telling which (kOneSymbolIds, kTwoSymbolIds below).
"""

import argparse
import collections
import glob
import os
import sys
import unicodedata

EXPECTED_PYTHON = (3, 11)
EXPECTED_UNICODE = "14.0.0"
MAX_CODE_POINT = 0x10FFFF
CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"
HANGUL_PREFIX = "HANGUL SYLLABLE "
HANGUL_BASE, L_COUNT, V_COUNT, T_COUNT = 0xAC00, 19, 21, 28
PERL_NAME_PL_GLOB = "/usr/share/perl/*/unicore/Name.pl"

# The 90 symbols of kNameStream: printable ASCII from '#' to '~' without '\\'
# and '?' (so the C++ string literal needs no escapes and has no trigraphs).
SYMBOLS = "".join(chr(c) for c in range(0x23, 0x7F) if chr(c) not in "\\?")
BASE = len(SYMBOLS)
assert BASE == 90
MAX_SHARED = 16          # symbols 0..15: shared-token counts
GAP_SYMBOL = 16          # symbol 16: a gap follows
FIRST_ID_SYMBOL = 17     # symbols 17..89: the first symbol of a token id
GAP_DIGITS = 4


def tokens_of(name):
    """Cut a name into separator-prefixed tokens (see the module docstring)."""
    out = []
    for piece in name.split(" "):
        for j, sub in enumerate(piece.split("-")):
            out.append(("-" if j else " ") + sub)
    return out


def regular_names():
    """(code point, name) for every named character but the algorithmic ones."""
    result = []
    for cp in range(MAX_CODE_POINT + 1):
        name = unicodedata.name(chr(cp), None)
        if name is None or name.startswith(CJK_PREFIX) or name.startswith(HANGUL_PREFIX):
            continue
        result.append((cp, name))
    return result


def cjk_ranges():
    """Inclusive ranges of the code points named CJK UNIFIED IDEOGRAPH-XXXX."""
    ranges = []
    for cp in range(MAX_CODE_POINT + 1):
        if unicodedata.name(chr(cp), "") == f"{CJK_PREFIX}{cp:04X}":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    return ranges


def hangul_jamo():
    """The short names of the 19 leading, 21 vowel and 28 trailing jamo."""
    def short(cp):
        name = unicodedata.name(chr(cp))
        assert name.startswith(HANGUL_PREFIX), name
        return name[len(HANGUL_PREFIX):]
    ieung = 11  # the silent leading consonant: its syllables spell the vowel alone
    lead = [short(HANGUL_BASE + l * V_COUNT * T_COUNT)[:-1] for l in range(L_COUNT)]
    assert all(short(HANGUL_BASE + l * V_COUNT * T_COUNT).endswith("A") for l in range(L_COUNT))
    assert lead[ieung] == ""
    vowel = [short(HANGUL_BASE + (ieung * V_COUNT + v) * T_COUNT) for v in range(V_COUNT)]
    first = short(HANGUL_BASE + ieung * V_COUNT * T_COUNT)  # "A"
    trail = [short(HANGUL_BASE + ieung * V_COUNT * T_COUNT + t)[len(first):] for t in range(T_COUNT)]
    for s in range(L_COUNT * V_COUNT * T_COUNT):  # every syllable spells as L + V + T
        l, v, t = s // (V_COUNT * T_COUNT), (s // T_COUNT) % V_COUNT, s % T_COUNT
        assert short(HANGUL_BASE + s) == lead[l] + vowel[v] + trail[t]
    return lead, vowel, trail


def alias_candidates(path):
    """Candidate alias names from NameAliases.txt (path) or Perl's Name.pl."""
    names = set()
    if path:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    names.add(line.split(";")[1].strip())
        return names
    found = sorted(glob.glob(PERL_NAME_PL_GLOB))
    if not found:
        raise SystemExit(f"no alias source: give --aliases NameAliases.txt (no {PERL_NAME_PL_GLOB})")
    with open(found[-1], encoding="utf-8") as f:
        text = f.read()
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    for entry in body.split("\n\n"):
        lines = entry.split("\n")
        if len(lines) == 2 and " " not in lines[0]:  # one code point (not a named sequence)
            names.add(lines[1])
    return names


def n_escape(name):
    """What CPython's "\\N{name}" gives, or None if it is rejected."""
    try:
        return eval('"\\N{' + name + '}"')  # noqa: S307 - trusted, checked input
    except SyntaxError:
        return None


def aliases(candidates):
    """(code point, alias) for the candidates CPython accepts as aliases."""
    result = []
    for name in sorted(candidates):
        if not name or any(not (c.isascii() and c.isprintable()) or c in '"\\{}' for c in name):
            continue
        value = n_escape(name)
        if value is None or len(value) != 1:
            continue
        if unicodedata.name(value, None) == name:
            continue  # the character's own name
        if name.startswith(CJK_PREFIX) or name.startswith(HANGUL_PREFIX):
            continue
        result.append((ord(value), name))
    return result


def encode_number(value, digits):
    """value in `digits` base-90 symbols, most significant first."""
    out = []
    for _ in range(digits):
        out.append(SYMBOLS[value % BASE])
        value //= BASE
    assert value == 0
    return "".join(reversed(out))


def build(entries):
    """Encode the sorted (code point, name) entries: (lexicon, stream, one, two)."""
    records = []
    freq = collections.Counter()
    prev_tokens = []
    for cp, name in entries:
        toks = tokens_of(name)
        shared = 0
        while shared < min(len(toks), len(prev_tokens)) and toks[shared] == prev_tokens[shared]:
            shared += 1
        shared = min(shared, MAX_SHARED - 1)
        records.append((cp, shared, toks[shared:]))
        freq.update(toks[shared:])
        prev_tokens = toks
    ranked = [tok for tok, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))]
    rank = {tok: i for i, tok in enumerate(ranked)}
    first_symbols = BASE - FIRST_ID_SYMBOL
    three = 0
    while True:  # fewest 3-symbol first symbols that fit every id
        best = None
        for one in range(first_symbols - three + 1):
            two = first_symbols - three - one
            if one + two * BASE + three * BASE * BASE < len(ranked):
                continue
            cost = sum(freq[t] * (1 if rank[t] < one else 2 if rank[t] < one + two * BASE else 3)
                       for t in ranked)
            if best is None or cost < best[0]:
                best = (cost, one, two)
        if best:
            break
        three += 1
    _, one, two = best

    def encode_id(i):
        if i < one:
            return SYMBOLS[FIRST_ID_SYMBOL + i]
        i -= one
        if i < two * BASE:
            return SYMBOLS[FIRST_ID_SYMBOL + one + i // BASE] + SYMBOLS[i % BASE]
        i -= two * BASE
        return (SYMBOLS[FIRST_ID_SYMBOL + one + two + i // (BASE * BASE)] +
                encode_number(i % (BASE * BASE), 2))

    stream = []
    prev = -1
    for cp, shared, toks in records:
        if cp - prev != 1:
            stream.append(SYMBOLS[GAP_SYMBOL] + encode_number(cp - prev, GAP_DIGITS))
        stream.append(SYMBOLS[shared])
        stream.extend(encode_id(rank[t]) for t in toks)
        prev = cp
    return "".join(ranked), "".join(stream), one, two, len(ranked)


def c_lines(text, width=100):
    """A long string as adjacent C++ string literals, one per line."""
    assert all(0x20 <= ord(c) < 0x7F and c not in '"\\?' for c in text)
    return ['    "' + text[i:i + width] + '"' for i in range(0, len(text), width)] or ['    ""']


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--output", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "src", "unicode", "names.inc"))
    ap.add_argument("--aliases", help="NameAliases.txt (default: Perl's unicore/Name.pl)")
    args = ap.parse_args()
    if sys.version_info[:2] != EXPECTED_PYTHON or unicodedata.unidata_version != EXPECTED_UNICODE:
        raise SystemExit(f"run with CPython {EXPECTED_PYTHON} (Unicode {EXPECTED_UNICODE})")

    names = regular_names()
    alias_list = aliases(alias_candidates(args.aliases))
    entries = sorted(names + alias_list)
    lexicon, stream, one, two, ids = build(entries)
    lead, vowel, trail = hangul_jamo()
    cjk = cjk_ranges()

    out = [
        "// GENERATED by tools/gen_unicode_names.py from CPython 3.11's unicodedata (Unicode "
        f"{EXPECTED_UNICODE}) -- DO NOT EDIT; rerun the script instead.",
        "//",
        "// The character names \\N{...} accepts, for src/unicode/names.cpp; the encoding is",
        "// described in the script's docstring.",
        f"// {len(names)} names, {len(alias_list)} aliases, {ids} distinct tokens.",
        "",
        f'static constexpr std::string_view kSymbols = "{SYMBOLS}";',
        f"static constexpr int kSharedLimit = {MAX_SHARED};",
        f"static constexpr int kGapSymbol = {GAP_SYMBOL};",
        f"static constexpr int kGapDigits = {GAP_DIGITS};",
        f"static constexpr int kFirstIdSymbol = {FIRST_ID_SYMBOL};",
        f"static constexpr int kOneSymbolIds = {one};",
        f"static constexpr int kTwoSymbolIds = {two};  // first symbols of 2-symbol ids",
        f"static constexpr std::size_t kTokenCount = {ids};",
        f"static constexpr std::size_t kRecordCount = {len(entries)};",
        "",
        "// Leading consonant, vowel and trailing consonant short names of HANGUL SYLLABLE.",
        "static constexpr std::string_view kJamoL[] = {" +
        ", ".join(f'"{s}"' for s in lead) + "};",
        "static constexpr std::string_view kJamoV[] = {" +
        ", ".join(f'"{s}"' for s in vowel) + "};",
        "static constexpr std::string_view kJamoT[] = {" +
        ", ".join(f'"{s}"' for s in trail) + "};",
        "",
        "// Code points named CJK UNIFIED IDEOGRAPH-XXXX (inclusive ranges).",
        "static constexpr NameRange kCjkUnified[] = {" +
        ", ".join(f"{{0x{a:X}, 0x{b:X}}}" for a, b in cjk) + "};",
        "",
        "// Every token, most frequent first; each begins with its separator (' ' or '-').",
        "static constexpr std::string_view kNameLexicon =",
        *c_lines(lexicon),
        "    ;",
        "",
        "// The (code point, name) records.",
        "static constexpr std::string_view kNameStream =",
        *c_lines(stream),
        "    ;",
    ]
    text = "\n".join(out) + "\n"
    with open(args.output, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    print(f"{args.output}: {len(text)} bytes, {len(entries)} records, {ids} tokens "
          f"({one} one-symbol, {two} two-symbol first symbols), {len(alias_list)} aliases",
          file=sys.stderr)


if __name__ == "__main__":
    main()
