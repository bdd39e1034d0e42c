#!/usr/bin/env python3
"""make_compile_goldens.py: the expected results of the compiler's error tests.

Run with CPython 3.11 (the oracle) from anywhere:

    python3 tools/make_compile_goldens.py            regenerate tests/compile/errors.json
    python3 tools/make_compile_goldens.py --check    regenerate in memory, compare, write nothing
                                                     (exit 1 if the golden file is stale)

It reads tests/compile/errors.in (format in its header: `### name [flags]` then the
source) and writes tests/compile/errors.json: a list, in file order, of

    {"name", "source", "ok", "type", "msg", "lineno", "offset", "end_lineno", "end_offset",
     "warnings"}

where `ok` tells whether compile(source, "x.py", "exec") succeeds; when it does not,
type/msg/positions are those of the exception it raises (SyntaxError, or RecursionError
with no position). A position CPython leaves unset (None) is written as 0. `warnings`
lists the warnings compile() issues, in order, as [category, message, line]. Every source
must be accepted by ast.parse: the cases are about the compiler, not the parser (the
tool fails otherwise). The output depends only on the input and
on CPython 3.11; running it twice gives identical files.

It also writes tests/compile/ast_files.json: the same result (without "source") for
compiling each parser test source tests/parse/ast/NAME.py, as {"file": "NAME.py", ...}.
"""

import ast
import json
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ERRORS_IN = os.path.join(ROOT, "tests", "compile", "errors.in")
ERRORS_JSON = os.path.join(ROOT, "tests", "compile", "errors.json")
AST_DIR = os.path.join(ROOT, "tests", "parse", "ast")
AST_FILES_JSON = os.path.join(ROOT, "tests", "compile", "ast_files.json")
FLAGS = {"noeol", "py"}


def read_cases(path):
    """The cases of errors.in as (name, flags, source) in file order."""
    cases = []
    name = None
    flags = set()
    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("### "):
                if name is not None:
                    cases.append((name, flags, "".join(lines)))
                parts = line[4:].split()
                name, flags, lines = parts[0], set(p.strip("[]") for p in parts[1:]), []
                unknown = flags - FLAGS
                if unknown:
                    sys.exit("%s: unknown flags %s" % (name, sorted(unknown)))
            elif name is not None:
                lines.append(line)
    if name is not None:
        cases.append((name, flags, "".join(lines)))
    return cases


def source_of(name, flags, text):
    """The source text of a case after its flags are applied."""
    if "py" in flags:
        text = eval(text, {})
    if "noeol" in flags and text.endswith("\n"):
        text = text[:-1]
    return text


def result_of(source):
    """What CPython's compile() does with the source (str or bytes)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(source, "x.py", "exec")
            result = {"ok": True, "type": "", "msg": "", "lineno": 0, "offset": 0, "end_lineno": 0, "end_offset": 0}
        except SyntaxError as e:
            result = {"ok": False, "type": type(e).__name__, "msg": e.msg, "lineno": e.lineno or 0,
                      "offset": e.offset or 0, "end_lineno": e.end_lineno or 0, "end_offset": e.end_offset or 0}
        except RecursionError as e:
            result = {"ok": False, "type": "RecursionError", "msg": str(e), "lineno": 0, "offset": 0,
                      "end_lineno": 0, "end_offset": 0}
    result["warnings"] = [[w.category.__name__, str(w.message), w.lineno] for w in caught]
    return result


def write_or_check(path, text, check):
    """Writes text to path, or (check) compares; returns whether the file is up to date."""
    if check:
        with open(path, encoding="utf-8") as f:
            return f.read() == text
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return True


def ast_files():
    """The compile results of the parser's test sources."""
    out = []
    for name in sorted(os.listdir(AST_DIR)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(AST_DIR, name), "rb") as f:
            source = f.read()
        case = {"file": name}
        case.update(result_of(source))
        out.append(case)
    return out


def main(argv):
    check = "--check" in argv[1:]
    out = []
    seen = set()
    for name, flags, text in read_cases(ERRORS_IN):
        if name in seen:
            sys.exit("duplicate case name: " + name)
        seen.add(name)
        source = source_of(name, flags, text)
        try:
            ast.parse(source)
        except SyntaxError as e:
            sys.exit("%s: ast.parse rejects the source (%s); compiler cases must parse" % (name, e))
        case = {"name": name, "source": source}
        case.update(result_of(source))
        out.append(case)
    text = json.dumps(out, indent=1, ensure_ascii=False) + "\n"
    files = ast_files()
    files_text = json.dumps(files, indent=1, ensure_ascii=False) + "\n"
    fresh = write_or_check(ERRORS_JSON, text, check)
    fresh = write_or_check(AST_FILES_JSON, files_text, check) and fresh
    if check:
        if not fresh:
            print("tests/compile/*.json are stale: run tools/make_compile_goldens.py")
        return 0 if fresh else 1
    errors = sum(1 for c in out if not c["ok"])
    print("wrote %d cases (%d errors, %d that compile) to tests/compile/errors.json" %
          (len(out), errors, len(out) - errors))
    print("wrote %d parser test sources (%d that compile) to tests/compile/ast_files.json" %
          (len(files), sum(1 for c in files if c["ok"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
