#!/usr/bin/env python3
"""make_parse_goldens.py: the expected results of the parser tests in tests/parse/.

Run with CPython 3.11 (the oracle) from anywhere:

    python3 tools/make_parse_goldens.py            regenerate every golden file
    python3 tools/make_parse_goldens.py --check    regenerate in memory, compare, write nothing
                                                   (exit 1 if a golden file is stale)

The output depends only on the input files and on CPython 3.11: cases are processed in
sorted (file) or file (errors.in) order, JSON is written with a fixed layout, and
temporary paths are replaced by "x.py". Running it twice gives identical files.

What it writes:

1. For every tests/parse/ast/NAME.py:
     NAME.ast   stdout of `python3 shared/conformance/oracle.py ast NAME.py`, that is
                ast.dump(ast.parse(bytes, filename=path), include_attributes=True) + "\\n"
                (computed in-process the same way when shared/ is not beside the repo;
                when it is, the two are also compared)
     NAME.dump  ast.dump(ast.parse(bytes)) + "\\n" (no positions)
   Every NAME.py must parse. It then checks that the files together produce every
   concrete AST node class that ast.parse (mode "exec", no type comments) can produce in
   3.11, and fails if one is missing.

2. tests/parse/errors.json from tests/parse/errors.in: a list, in file order, of
     {"name", "source", "type", "msg", "lineno", "offset", "end_lineno", "end_offset",
      "display"}
   ("source" is null and "source_hex" holds the bytes in hex when they are not UTF-8),
   where type/msg/positions are those of the SyntaxError (or IndentationError, TabError)
   raised by ast.parse(source_bytes), and "display" is the exact stderr of
   `python3 x.py` run on the same bytes in a temporary directory, with the directory's
   path removed (so it reads `  File "x.py", line N` / source line / carets /
   `SyntaxError: msg`). Cases that ast.parse accepts (compiler-only errors such as
   'return' outside function) are dropped and listed. A case whose file run reports a
   different error than ast.parse is listed too (none are expected).

Format of errors.in: lines before the first case are comments. Each case starts with a
line `### name [flag ...]`; its source is every line up to the next `### ` line, each
with its "\\n". The case's family is its name up to the first "_". Flags:
  noeol  drop the source's final "\\n" (a file that ends without a newline)
  esc    unescape the source (UTF-8): \\xNN gives the byte NN, \\uNNNN / \\UNNNNNNNN the
         UTF-8 of that character, \\r \\n \\t \\f \\v \\0 \\\\ as in Python; other text is kept
  py     the source is a Python expression that evaluates to the source text (str or
         bytes), for sources too long to write out
"""

import ast
import json
import os
import re
import subprocess
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PARSE_DIR = os.path.join(ROOT, "tests", "parse")
AST_DIR = os.path.join(PARSE_DIR, "ast")
ERRORS_IN = os.path.join(PARSE_DIR, "errors.in")
ERRORS_JSON = os.path.join(PARSE_DIR, "errors.json")
ORACLE = os.path.join(os.path.dirname(ROOT), "shared", "conformance", "oracle.py")

# AST classes that ast.parse(source) (mode "exec", type_comments=False) never produces in
# 3.11: abstract bases, classes kept only for backward compatibility, and the roots and
# nodes of the other modes.
ABSTRACT = {"mod", "stmt", "expr", "expr_context", "boolop", "operator", "unaryop",
            "cmpop", "excepthandler", "pattern", "type_ignore", "slice"}
DEPRECATED = {"Num", "Str", "Bytes", "NameConstant", "Ellipsis", "Index", "ExtSlice",
              "Suite", "Param", "AugLoad", "AugStore"}
OTHER_MODES = {"Expression", "Interactive", "FunctionType", "TypeIgnore"}

FLAGS = {"noeol", "esc", "py"}
ESCAPE_RE = re.compile(
    rb"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[rntfv0\\])")
SIMPLE_ESCAPES = {b"r": b"\r", b"n": b"\n", b"t": b"\t", b"f": b"\f", b"v": b"\v",
                  b"0": b"\0", b"\\": b"\\"}


def all_ast_classes():
    seen = set()
    todo = [ast.AST]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub.__name__ not in seen:
                seen.add(sub.__name__)
                todo.append(sub)
    return seen


def required_node_types():
    return sorted(all_ast_classes() - ABSTRACT - DEPRECATED - OTHER_MODES)


def quiet_parse(data, **kw):
    """ast.parse with warnings (invalid escapes, ...) silenced: they are not errors."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(data, **kw)


# ---------------------------------------------------------------------------- ASTs

def oracle_dump(path):
    """Stdout of the oracle for `ast PATH`, or None when the oracle is not there."""
    if not os.path.exists(ORACLE):
        return None
    env = clean_env()
    r = subprocess.run([sys.executable, ORACLE, "ast", path], env=env,
                       stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, timeout=120)
    return r.stdout.decode("utf-8")


def make_ast_goldens(problems):
    """Returns {path: text} of the .ast/.dump files, and the node types seen."""
    outputs = {}
    seen = {}
    names = sorted(n for n in os.listdir(AST_DIR) if n.endswith(".py"))
    for name in names:
        path = os.path.join(AST_DIR, name)
        with open(path, "rb") as f:
            data = f.read()
        try:
            tree = quiet_parse(data, filename=path)
        except (SyntaxError, ValueError) as e:
            problems.append("%s does not parse: %s: %s" % (name, type(e).__name__, e))
            continue
        with_attrs = ast.dump(tree, include_attributes=True) + "\n"
        by_oracle = oracle_dump(path)
        if by_oracle is not None and by_oracle != with_attrs:
            problems.append("%s: the oracle's output differs from the in-process dump" % name)
        base = path[:-3]
        outputs[base + ".ast"] = by_oracle if by_oracle is not None else with_attrs
        outputs[base + ".dump"] = ast.dump(quiet_parse(data)) + "\n"
        for node in ast.walk(tree):
            seen.setdefault(type(node).__name__, name)
    return outputs, seen, len(names)


# -------------------------------------------------------------------------- errors

def unescape(data):
    def repl(m):
        s = m.group(1)
        if s[:1] == b"x":
            return bytes([int(s[1:], 16)])
        if s[:1] in (b"u", b"U"):
            return chr(int(s[1:], 16)).encode("utf-8", "surrogatepass")
        return SIMPLE_ESCAPES[s]
    return ESCAPE_RE.sub(repl, data)


def read_cases(path):
    """Yields (name, flags, source bytes) for each case of errors.in."""
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    cases = []
    cur = None
    for line in lines:
        if line.startswith(b"### "):
            m = re.fullmatch(rb"### ([A-Za-z0-9_]+)((?: \[\w+\])*)\s*", line)
            if not m:
                sys.exit("bad case header: %r" % line)
            flags = {f.decode() for f in re.findall(rb"\[(\w+)\]", m.group(2))}
            if flags - FLAGS:
                sys.exit("unknown flags %s in %r" % (sorted(flags - FLAGS), line))
            cur = (m.group(1).decode(), flags, [])
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


def clean_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONIOENCODING"] = "utf-8:backslashreplace"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONWARNINGS"] = "ignore"
    return env


def run_as_file(src, workdir):
    """Stderr of `python3 x.py` for these bytes, with the directory's path removed."""
    path = os.path.join(workdir, "x.py")
    with open(path, "wb") as f:
        f.write(src)
    r = subprocess.run([sys.executable, "x.py"], cwd=workdir, env=clean_env(),
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, timeout=120)
    err = r.stderr.decode("utf-8", "backslashreplace")
    return err.replace(path, "x.py"), r.returncode


def make_errors(problems, notes):
    out = []
    dropped = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = os.path.realpath(tmp)
        for name, flags, src in read_cases(ERRORS_IN):
            try:
                quiet_parse(src)
            except SyntaxError as e:
                exc = e
            except (ValueError, RecursionError, MemoryError) as e:
                dropped.append("%s (not a SyntaxError: %s: %s)" % (name, type(e).__name__, e))
                continue
            else:
                dropped.append("%s (ast.parse accepts it)" % name)
                continue
            rec = {"name": name}
            try:
                rec["source"] = src.decode("utf-8")
            except UnicodeDecodeError:
                # e.g. a latin-1 file with a coding cookie: the bytes, in hex.
                rec["source"] = None
                rec["source_hex"] = src.hex()
            rec.update({
                "type": type(exc).__name__, "msg": exc.msg,
                "lineno": exc.lineno, "offset": exc.offset,
                "end_lineno": exc.end_lineno, "end_offset": exc.end_offset,
            })
            display, rc = run_as_file(src, workdir)
            last = display.rstrip("\n").rsplit("\n", 1)[-1]
            if rc == 0 or last != "%s: %s" % (rec["type"], rec["msg"]):
                notes.append("%s: the file run reports %r, ast.parse %s: %s"
                             % (name, last, rec["type"], rec["msg"]))
            rec["display"] = display
            out.append(rec)
    return out, dropped


# ---------------------------------------------------------------------------- main

def family(name):
    return name.split("_", 1)[0]


def main(argv):
    check = "--check" in argv[1:]
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11 (found %s)" % sys.version.split()[0])
    problems, notes = [], []

    outputs, seen, nfiles = make_ast_goldens(problems)
    required = required_node_types()
    missing = [t for t in required if t not in seen]
    for t in missing:
        problems.append("no test file produces the node type %s" % t)

    errors, dropped = make_errors(problems, notes)
    text = json.dumps(errors, indent=1, ensure_ascii=False) + "\n"
    outputs[ERRORS_JSON] = text

    stale = []
    for path in sorted(outputs):
        data = outputs[path].encode("utf-8")
        old = None
        if os.path.exists(path):
            with open(path, "rb") as f:
                old = f.read()
        if old != data:
            stale.append(os.path.relpath(path, ROOT))
            if not check:
                with open(path, "wb") as f:
                    f.write(data)
    # Goldens whose .py is gone.
    wanted = set(outputs)
    for n in sorted(os.listdir(AST_DIR)):
        p = os.path.join(AST_DIR, n)
        if (n.endswith(".ast") or n.endswith(".dump")) and p not in wanted:
            stale.append(os.path.relpath(p, ROOT) + " (orphan)")
            if not check:
                os.remove(p)

    print("%d AST files; node types covered: %d of %d required"
          % (nfiles, len(required) - len(missing), len(required)))
    fams = {}
    for r in errors:
        fams[family(r["name"])] = fams.get(family(r["name"]), 0) + 1
    print("%d error cases: %s" % (len(errors), ", ".join(
        "%s %d" % (k, fams[k]) for k in sorted(fams))))
    kinds = {}
    for r in errors:
        kinds[r["type"]] = kinds.get(r["type"], 0) + 1
    print("by type: " + ", ".join("%s %d" % (k, kinds[k]) for k in sorted(kinds)))
    for d in dropped:
        print("dropped:", d)
    for n in notes:
        print("note:", n)
    if check:
        for s in stale:
            print("stale:", s)
    else:
        print("%d file(s) written" % len(stale))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems or (check and stale) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
