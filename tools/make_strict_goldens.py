#!/usr/bin/env python3
"""make_strict_goldens.py: the expected results of tests/tokens/strict_errors.in.

Run with CPython 3.11 (the oracle) from the repository root:

    python3 tools/make_strict_goldens.py [IN [OUT]]

Reads the cases of tests/tokens/strict_errors.in and writes tests/tokens/strict_errors.json,
one object per case: {"name", "source", "type", "msg", "lineno", "offset", "end_lineno",
"end_offset"}, where type/msg/positions are the SyntaxError (or IndentationError,
TabError) that CPython raises for the case's bytes, or type "OK" (and nulls) when the
case must not raise a tokenizer error.

Format of the .in file: lines before the first case are comments. Each case starts with
a line `### name [flag ...]`; its source is every line up to the next `### ` line,
each with its "\\n". Flags:

  ok     the case must not raise a *tokenizer* error: CPython compiles it, or raises a
         parser error (e.g. plain "invalid syntax"); its golden type is "OK".
  noeol  drop the source's final "\\n" (a file that ends without a newline).
  esc    the source (UTF-8) is unescaped: \\xNN gives the byte NN, \\uNNNN the UTF-8 of
         that character, \\r \\n \\t \\f \\v \\0 and \\\\ as in Python; anything else is kept.
  py     the source is a Python expression evaluated to the source text (for sources
         too large to write out, such as 201 nested brackets).
  file   take the result of running the file (`python3 x.py`), not `compile()` of its
         bytes. They differ for null bytes ("source code string cannot contain null
         bytes" without a position, against "source code cannot contain null bytes" at
         the line), undecodable bytes and bad coding cookies ("(unicode error) ..." /
         "unknown encoding: X" against "Non-UTF-8 code starting with ..." / "encoding
         problem: X"), EOF after a '\\' that begins a line (offset 0 in a file), a BOM
         on line 1 (CPython counts it in the offset), and offsets converted through a
         continued line when a cookie is present.

How the error is found: `compile(source_bytes, "x.py", "exec")`. The same bytes are also
written to a file x.py and run with `python3 x.py` (a sitecustomize module records
the SyntaxError that the interpreter reports); the cases where the two differ are listed
at the end and must carry the `file` flag, which takes the file run (peppy reads files,
as `python3 x.py` does). The interpreter names the file by its absolute path in
messages; the goldens name it x.py, the name the unit test gives peppy.
An error case whose message is not one the C tokenizer (or its decoding step) gives is
refused: the .in file must name a tokenizer error, not a parser error.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# The messages of the C tokenizer (Parser/tokenizer.c) and of the parser's reports of
# tokenizer states (unclosed brackets at the end, EOF after a continuation), 3.11.
TOKENIZER_MESSAGES = [
    r"unterminated string literal \(detected at line \d+\)",
    r"unterminated triple-quoted string literal \(detected at line \d+\)",
    r"invalid character '.' \(U\+[0-9A-F]{4,6}\)",
    r"invalid non-printable character U\+[0-9A-F]{4,6}",
    r"invalid (decimal|hexadecimal|octal|binary|imaginary) literal",
    r"invalid digit '\d' in (octal|binary) literal",
    r"leading zeros in decimal integer literals are not permitted; "
    r"use an 0o prefix for octal integers",
    r"unmatched '[)\]}]'",
    r"closing parenthesis '[)\]}]' does not match opening parenthesis '[(\[{]'( on line \d+)?",
    r"'[(\[{]' was never closed",
    r"too many nested parentheses",
    r"unexpected character after line continuation character",
    r"unexpected EOF while parsing",
    r"unindent does not match any outer indentation level",
    r"inconsistent use of tabs and spaces in indentation",
    r"too many levels of indentation",
    r"source code (string )?cannot contain null bytes",
    r"Non-UTF-8 code starting with .*",
    r"unknown encoding.*",
    r"encoding problem: .*",
]
TOKENIZER_RE = re.compile("|".join("(?:%s)" % m for m in TOKENIZER_MESSAGES), re.S)

SITECUSTOMIZE = r'''
import json, os, sys
def _hook(t, e, tb):
    if not issubclass(t, (SyntaxError, ValueError)):
        out = {"ran": True}  # it compiled, then failed at run time
        with open(os.environ["PEPPY_GOLDEN_OUT"], "w") as f:
            json.dump(out, f)
        return
    out = {"type": t.__name__, "msg": getattr(e, "msg", str(e)),
           "lineno": getattr(e, "lineno", None), "offset": getattr(e, "offset", None),
           "end_lineno": getattr(e, "end_lineno", None),
           "end_offset": getattr(e, "end_offset", None)}
    with open(os.environ["PEPPY_GOLDEN_OUT"], "w") as f:
        json.dump(out, f)
sys.excepthook = _hook
'''

ESCAPE_RE = re.compile(rb"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[rntfv0\\])")
SIMPLE_ESCAPES = {b"r": b"\r", b"n": b"\n", b"t": b"\t", b"f": b"\f", b"v": b"\v",
                  b"0": b"\0", b"\\": b"\\"}


def unescape(data: bytes) -> bytes:
    def repl(m):
        s = m.group(1)
        if s[:1] == b"x":
            return bytes([int(s[1:], 16)])
        if s[:1] in (b"u", b"U"):
            return chr(int(s[1:], 16)).encode("utf-8", "surrogatepass")
        return SIMPLE_ESCAPES[s]
    return ESCAPE_RE.sub(repl, data)


def read_cases(path):
    """Yields (name, flags, source bytes) for each case of the .in file."""
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    cases = []
    cur = None
    for line in lines:
        if line.startswith(b"### "):
            m = re.fullmatch(rb"### (\S+)((?: \[\w+\])*)\s*", line)
            if not m:
                sys.exit("bad case header: %r" % line)
            flags = set(f.decode() for f in re.findall(rb"\[(\w+)\]", m.group(2)))
            unknown = flags - {"ok", "noeol", "esc", "py", "file"}
            if unknown:
                sys.exit("unknown flags %s in %r" % (unknown, line))
            cur = [m.group(1).decode(), flags, []]
            cases.append(cur)
        elif cur is not None:
            cur[2].append(line + b"\n")
    names = set()
    for name, flags, body in cases:
        if name in names:
            sys.exit("duplicate case name: " + name)
        names.add(name)
        src = b"".join(body)
        if "py" in flags:
            src = eval(src.decode("utf-8"), {})
            src = src if isinstance(src, bytes) else src.encode("utf-8")
        else:
            if "esc" in flags:
                src = unescape(src)
            if "noeol" in flags and src.endswith(b"\n"):
                src = src[:-1]
        yield name, flags, src


def describe(exc):
    return {"type": type(exc).__name__, "msg": getattr(exc, "msg", str(exc)),
            "lineno": getattr(exc, "lineno", None), "offset": getattr(exc, "offset", None),
            "end_lineno": getattr(exc, "end_lineno", None),
            "end_offset": getattr(exc, "end_offset", None)}


def by_compile(src):
    try:
        compile(src, "x.py", "exec")
    except (SyntaxError, ValueError) as e:
        return describe(e)
    return None


def by_file(src, workdir):
    path = os.path.join(workdir, "x.py")
    out = os.path.join(workdir, "out.json")
    with open(path, "wb") as f:
        f.write(src)
    if os.path.exists(out):
        os.remove(out)
    env = dict(os.environ, PYTHONPATH=workdir, PEPPY_GOLDEN_OUT=out, PYTHONDONTWRITEBYTECODE="1")
    # Only a script given by path goes through the file tokenizer (-c, py_compile and
    # imports use compile() of bytes), so the case is run: every case is code without
    # effects (at worst a NameError, which the hook records as "it compiled").
    subprocess.run([sys.executable, "x.py"], cwd=workdir, env=env,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=60)
    if not os.path.exists(out):
        return None
    with open(out) as f:
        got = json.load(f)
    if got.get("ran"):
        return None
    # The interpreter names the script by its absolute path; the goldens call it x.py,
    # the name the tests give peppy.
    got["msg"] = got["msg"].replace(os.path.join(workdir, "x.py"), "x.py")
    return got


def main():
    src_in = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests/tokens/strict_errors.in")
    dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "tests/tokens/strict_errors.json")
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11 (found %s)" % sys.version.split()[0])
    out = []
    problems = []
    differ = []
    with tempfile.TemporaryDirectory() as workdir:
        with open(os.path.join(workdir, "sitecustomize.py"), "w") as f:
            f.write(SITECUSTOMIZE)
        for name, flags, src in read_cases(src_in):
            c = by_compile(src)
            fr = by_file(src, workdir)
            if c != fr:
                differ.append((name, c, fr))
                if "file" not in flags:
                    problems.append("%s: compile() and the file run differ: flag it [file]" % name)
            got = fr if "file" in flags else c
            rec = {"name": name}
            try:
                rec["source"] = src.decode("utf-8")
            except UnicodeDecodeError:
                rec["source"] = None
                rec["source_hex"] = src.hex()
            keys = ("type", "msg", "lineno", "offset", "end_lineno", "end_offset")
            if "ok" in flags:
                if got is not None and TOKENIZER_RE.fullmatch(got["msg"]):
                    problems.append("%s: marked ok but raises a tokenizer error: %s" % (name, got))
                rec.update({"type": "OK"}, **{k: None for k in keys[1:]})
                if got is not None:
                    rec["parser_error"] = got["msg"]
            else:
                if got is None:
                    problems.append("%s: expected a tokenizer error, got none" % name)
                    continue
                if not TOKENIZER_RE.fullmatch(got["msg"]):
                    problems.append("%s: not a tokenizer error: %s" % (name, got))
                rec.update({k: got[k] for k in keys})
            out.append(rec)
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    n_ok = sum(r["type"] == "OK" for r in out)
    print("%d cases (%d errors, %d OK) written to %s" % (len(out), len(out) - n_ok, n_ok, dst))
    for name, c, fr in differ:
        print("compile() and file run differ for %s:\n  compile: %s\n  file:    %s" % (name, c, fr))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
