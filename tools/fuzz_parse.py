#!/usr/bin/env python3
"""fuzz_parse.py: mutation fuzzing of peppy-parse against CPython's ast.parse.

Not part of the test suite: run it by hand, ideally on the sanitizer build.

    python3 tools/fuzz_parse.py --peppy build-robust/tools/peppy-parse --count 3000
    python3 tools/fuzz_parse.py --peppy ... --reduce CRASH.py     # shrink one input

It takes the standard library's .py files (sysconfig's stdlib path, without test/ and
site-packages/), makes mutants (tokens or bytes deleted, duplicated, swapped; the file
truncated; brackets, keywords, quotes, backslashes, deep nestings, odd indentation,
NUL and non-UTF-8 bytes, coding cookies inserted), runs peppy-parse on each with a
timeout, and collects:

  * crashes: death by a signal, an exit status other than 0/1, any AddressSanitizer /
    LeakSanitizer / UndefinedBehaviorSanitizer report on stderr;
  * hangs: no answer within --timeout seconds;
  * wrong exit statuses: 0 with an empty stdout or with stderr output, 1 with stdout;
  * disagreements with CPython (ast.parse on the same bytes, in this process): success
    against failure; for both successes, ast.dump against peppy's output; for both
    failures, the exception type and message, the line, and the whole display (CPython's
    display, `python3 FILE`'s, got only for files ast.parse rejects, so none of them runs).
    Mutants with NUL bytes, undecodable bytes or a coding cookie are compared on success
    and failure only: CPython decodes those differently for ast.parse(bytes) than for a
    file, and peppy-parse follows the file behaviour.

With --tokens it fuzzes peppy-parse's other input instead, the token JSON of
peppy-tokenize: token lists of stdlib slices (from the peppy-tokenize next to
--peppy, with and without --strict) with tokens deleted, duplicated or reordered,
types, strings and positions replaced by odd values (negative, huge, reversed, wrong
JSON types), keys dropped or added, the text truncated or deeply nested; only crashes,
sanitizer reports, hangs and wrong exit statuses count there.

Everything it finds goes to --out (default /tmp/peppy-fuzz): each crash or hang with
its stderr, and summary.json; the summary is printed at the end, disagreements counted
by message. A run is reproducible from --seed.
"""
import argparse
import ast
import collections
import concurrent.futures
import json
import os
import random
import re
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import warnings

SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                   "UndefinedBehaviorSanitizer", "AddressSanitizer:DEADLYSIGNAL")

KEYWORDS = [b"if", b"else", b"elif", b"for", b"while", b"def", b"class", b"lambda", b"return",
            b"yield", b"await", b"async", b"import", b"from", b"as", b"with", b"try", b"except",
            b"finally", b"raise", b"del", b"pass", b"break", b"continue", b"global", b"nonlocal",
            b"not", b"and", b"or", b"in", b"is", b"None", b"True", b"False", b"match", b"case",
            b"_", b"print", b"assert"]
PUNCT = [b"(", b")", b"[", b"]", b"{", b"}", b":", b",", b";", b".", b"=", b"==", b"->", b":=",
         b"*", b"**", b"@", b"+", b"-", b"~", b"<", b">>=", b"...", b"!", b"$", b"?", b"`"]
QUOTES = [b"'", b'"', b"'''", b'"""', b"f'", b'f"', b"rb'", b"f'{", b"f'{x:{", b"}'", b"\\"]
ODD_BYTES = [b"\x00", b"\xff", b"\xc3", b"\x80", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\r", b"\f",
             b"\t", b"\x0b", b"\\\n", b"\r\n", b"\xe2\x80\xa8", b"\xc2\xa0"]
COOKIES = [b"# -*- coding: latin-1 -*-\n", b"# coding: utf-8\n", b"# coding: bogus-codec\n",
           b"# vim: set fileencoding=cp1252 :\n", b"# coding: utf-16\n"]

# A line that starts a top-level statement (a cheap guess: no indentation, a keyword or
# a name or a decorator; a docstring's lines can fool it).
TOP_LEVEL_RE = re.compile(rb"(def|class|import|from|if|for|while|try|with|async|@)\b|[A-Za-z_]\w*\s*[=(.\[]")

# A rough lexer over bytes: names/numbers, whitespace runs, operator runs, anything else.
TOKEN_RE = re.compile(rb"[A-Za-z_0-9]+|[ \t]+|\n|[^A-Za-z_0-9\s]{1,3}|.", re.S)


def stdlib_files():
    """The .py files of CPython's standard library, outside test/ and site-packages/."""
    root = sysconfig.get_paths()["stdlib"]
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("test", "site-packages", "__pycache__"))
        out += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py")]
    return out


def pick_slice(rnd, data):
    """Most mutants start from a run of 5-400 lines of the file (small inputs run fast
    under the sanitizers), beginning and ending at top-level statements so that the slice
    itself parses; one in five from the whole file."""
    if rnd.random() < 0.2:
        return data
    lines = data.splitlines(keepends=True)
    tops = [k for k, line in enumerate(lines) if TOP_LEVEL_RE.match(line)]
    if len(tops) < 3:
        return data
    a = rnd.randrange(len(tops) - 1)
    b = min(len(tops) - 1, a + rnd.randint(1, 20))
    start, end = tops[a], tops[b]
    if end - start > 400:
        end = start + 400
    return b"".join(lines[start:end])


def mutate_once(rnd, data, other):
    """Applies one random mutation to data (bytes); `other` is another file's bytes."""
    toks = [m.group(0) for m in TOKEN_RE.finditer(data)] or [b""]
    i = rnd.randrange(len(toks))
    op = rnd.randrange(18)
    if op == 0:  # delete a token
        del toks[i]
    elif op == 1:  # duplicate a token
        toks.insert(i, toks[i])
    elif op == 2:  # swap two tokens
        j = rnd.randrange(len(toks))
        toks[i], toks[j] = toks[j], toks[i]
        return
    elif op == 3:  # replace a token by another of the file
        toks[i] = rnd.choice(toks)
    elif op == 4:  # insert a keyword
        toks.insert(i, b" " + rnd.choice(KEYWORDS) + b" ")
    elif op == 5:  # insert punctuation
        toks.insert(i, rnd.choice(PUNCT))
    elif op == 6:  # insert a quote or a backslash
        toks.insert(i, rnd.choice(QUOTES))
    elif op == 7:  # insert an odd byte
        toks.insert(i, rnd.choice(ODD_BYTES))
    elif op == 8:  # truncate
        return data[:rnd.randrange(len(data) + 1)]
    elif op == 9:  # delete a byte range
        a = rnd.randrange(len(data) + 1)
        return data[:a] + data[a + rnd.randint(1, 64):]
    elif op == 10:  # duplicate a byte range
        a = rnd.randrange(len(data) + 1)
        return data[:a] + data[a:a + rnd.randint(1, 200)] + data[a:]
    elif op == 11:  # flip a byte
        if data:
            a = rnd.randrange(len(data))
            return data[:a] + bytes([data[a] ^ (1 << rnd.randrange(8))]) + data[a + 1:]
    elif op == 12:  # a deep nesting: brackets, unary operators, lambdas, not
        n = rnd.choice([50, 150, 199, 200, 201, 250, 1000, 3000, 7000])
        opener, closer = rnd.choice([(b"(", b")"), (b"[", b"]"), (b"{", b"}"), (b"-", b""),
                                     (b"not ", b""), (b"lambda: ", b""), (b"(-", b")"), (b"f(", b")")])
        if closer and n > 199 and rnd.random() < 0.7:
            n = 199
        toks.insert(i, opener * n + b"x" + closer * (n if rnd.random() < 0.8 else n - 1))
    elif op == 13:  # indent or dedent a line
        lines = data.splitlines(keepends=True)
        if lines:
            k = rnd.randrange(len(lines))
            if rnd.random() < 0.5:
                lines[k] = rnd.choice([b" ", b"\t", b"    ", b" \t", b"\f"]) + lines[k]
            else:
                lines[k] = lines[k].lstrip(b" \t")
            return b"".join(lines)
    elif op == 14:  # splice lines of another file
        lines = data.splitlines(keepends=True)
        olines = other.splitlines(keepends=True)
        if olines:
            a = rnd.randrange(len(olines))
            k = rnd.randrange(len(lines) + 1)
            return b"".join(lines[:k] + olines[a:a + rnd.randint(1, 30)] + lines[k:])
    elif op == 15:  # a coding cookie on the first line
        return rnd.choice(COOKIES) + data
    elif op == 16:  # a long chain: a+b+..., a.b.c..., f()()...
        n = rnd.choice([100, 3000, 20000])
        toks.insert(i, rnd.choice([b"+1", b".b", b"()", b"[0]", b" or x", b"<x"]) * n)
    else:  # strip every newline of a region (long lines)
        a = rnd.randrange(len(data) + 1)
        b = min(len(data), a + rnd.randint(10, 2000))
        return data[:a] + data[a:b].replace(b"\n", b" ") + data[b:]
    return b"".join(toks)


def make_mutant(seed, index, files, cache):
    """Mutant number `index` of the run: reproducible from (seed, index)."""
    rnd = random.Random(seed * 1_000_003 + index)
    path = rnd.choice(files)
    data = pick_slice(rnd, read_cached(path, cache))
    other = read_cached(rnd.choice(files), cache)
    for _ in range(rnd.choice([1, 1, 1, 2, 2, 3, 4])):
        data = mutate_once(rnd, data, other)
    return path, data


def read_cached(path, cache):
    """A file's bytes, read once."""
    if path not in cache:
        with open(path, "rb") as f:
            cache[path] = f.read()
    return cache[path]


TOKEN_TYPES = ["ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT", "OP", "COMMENT",
               "NL", "ENCODING", "ERRORTOKEN", "ASYNC", "AWAIT", "LPAR", "RPAR", "COLON", "FSTRING_START",
               "", "name", 7, None]
ODD_NUMBERS = [-(1 << 31), -(1 << 63), -5, -1, 0, 1, 2, 3, 10, 79, 1000, 1 << 31, 1 << 32, 1 << 63, 10 ** 30,
               2.5, -0.0, float("nan"), "7", None, True, [1], {}]
ODD_STRINGS = ["", " ", "\n", "\\", "x" * 100000, "é", "\ud800", "\x00", "if", "(", "'", "\"\"\"", "f'{",
               "0x", "1e", "\t", "\r", "  \n  ", "None", 5, None, ["x"]]


def mutate_tokens(rnd, toks):
    """Applies one random mutation to a token list (a list of JSON objects)."""
    if not toks:
        toks.append({"type": "ENDMARKER", "string": "", "start": [1, 0], "end": [1, 0], "line": ""})
        return
    i = rnd.randrange(len(toks))
    t = toks[i] if isinstance(toks[i], dict) else {}
    op = rnd.randrange(13)
    if op == 0:
        del toks[i]
        return
    elif op == 1:
        toks.insert(i, json.loads(json.dumps(toks[i])))
        return
    elif op == 2:
        j = rnd.randrange(len(toks))
        toks[i], toks[j] = toks[j], toks[i]
        return
    elif op == 3:
        t["type"] = rnd.choice(TOKEN_TYPES)
    elif op == 4:
        t["exact_type"] = rnd.choice(TOKEN_TYPES + ["LSQB", "RBRACE", "EQUAL", "PLUS", "NOTEQUAL"])
    elif op == 5:  # a position: a row or column of start/end, or a byte offset
        key = rnd.choice(["start", "end", "start_byte", "end_byte"])
        if key in ("start", "end") and isinstance(t.get(key), list) and len(t[key]) == 2 and rnd.random() < 0.8:
            t[key][rnd.randrange(2)] = rnd.choice(ODD_NUMBERS)
        else:
            t[key] = rnd.choice(ODD_NUMBERS + [[1], [1, 2, 3], [], "x"])
    elif op == 6:
        t["string"] = rnd.choice(ODD_STRINGS)
    elif op == 7:
        if t:
            del t[rnd.choice(list(t))]
    elif op == 8:
        t[rnd.choice(["extra", "type ", "START", "exact_type", "line"])] = rnd.choice(ODD_STRINGS + ODD_NUMBERS)
    elif op == 9:
        t["line"] = rnd.choice(ODD_STRINGS)
    elif op == 10:
        toks[i] = rnd.choice([1, "x", None, [], [t], True])
        return
    elif op == 11:
        j = rnd.randrange(len(toks))
        a, b = min(i, j), max(i, j)
        toks[a:b] = toks[a:b][::-1]
        return
    else:  # end before start
        if "start" in t and "end" in t:
            t["start"], t["end"] = t["end"], t["start"]
    if isinstance(toks[i], dict):
        toks[i] = t


def make_token_mutant(seed, index, files, cache, tokenizer):
    """Token-JSON mutant number `index`: tokens of a stdlib slice, mutated."""
    rnd = random.Random(seed * 1_000_003 + index)
    data = pick_slice(rnd, read_cached(rnd.choice(files), cache))
    strict = rnd.random() < 0.7
    r = subprocess.run([tokenizer] + (["--strict"] if strict else []) + ["-"], input=data, capture_output=True,
                       timeout=60)
    try:
        toks = json.loads(r.stdout)
    except ValueError:
        toks = []
    for _ in range(rnd.choice([1, 1, 2, 3, 5, 10])):
        mutate_tokens(rnd, toks)
    text = json.dumps(toks, ensure_ascii=rnd.random() < 0.5).encode("utf-8", "surrogatepass")
    u = rnd.random()
    if u < 0.05:
        text = text[:rnd.randrange(len(text) + 1)]
    elif u < 0.08:
        k = text.find(b'"string": ')
        if k >= 0:
            n = rnd.choice([1000, 100000])
            text = text[:k + 10] + b"[" * n + b"]" * n + text[text.find(b",", k):]
    return text


def cpython_outcome(data):
    """CPython's ast.parse on the bytes: ('ok', dump) or ('error', type, msg, lineno)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(data)
        return ("ok", ast.dump(tree))
    except SyntaxError as e:
        return ("error", type(e).__name__, e.msg, e.lineno)
    except (ValueError, MemoryError, RecursionError, UnicodeError, OverflowError) as e:
        return ("error", type(e).__name__, str(e), None)


def cpython_display(path):
    """The SyntaxError display of `python3 FILE` (the file reader's display differs from
    compile()'s at the end of the file). Called only for files that ast.parse rejects and
    that CPython reads the same way as a file (is_text_clean), so the file fails to compile
    and none of it runs; it still runs isolated (-I -S), in an empty directory, with its
    input closed and a timeout."""
    with tempfile.TemporaryDirectory() as cwd:
        r = subprocess.run([sys.executable, "-I", "-S", path], capture_output=True, timeout=20, cwd=cwd,
                           stdin=subprocess.DEVNULL, env={"PATH": "/usr/bin:/bin", "HOME": cwd})
    return r.stderr.decode("utf-8", "replace")


def is_text_clean(data):
    """True if CPython reads the bytes the same way from a file and from ast.parse: valid
    UTF-8, no NUL, no coding cookie."""
    if b"\x00" in data or re.search(rb"^[ \t\f]*#.*coding[:=]", b"\n".join(data.split(b"\n")[:2]), re.M):
        return False
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def run_peppy(peppy, path, timeout, extra=()):
    """Runs peppy-parse on a file: (status, stdout, stderr, seconds); status None on a timeout."""
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1")
    t0 = time.time()
    try:
        r = subprocess.run([peppy, *extra, path], capture_output=True, timeout=timeout, env=env)
        return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace"), time.time() - t0
    except subprocess.TimeoutExpired as e:
        return None, b"", (e.stderr or b"").decode("utf-8", "replace"), time.time() - t0


def problem_of(status, out, err):
    """The kind of failure of one run, or None: crash, sanitizer, hang, bad-exit."""
    if status is None:
        return "hang"
    if any(m in err for m in SANITIZER_MARKS):
        return "sanitizer"
    if status < 0 or status not in (0, 1):
        return "crash"
    if status == 0 and (not out or err.strip()):
        return "bad-exit"
    if status == 1 and out:
        return "bad-exit"
    return None


def peppy_error(err):
    """(type, message, line) of peppy-parse's SyntaxError display, or of its last line."""
    lines = err.rstrip("\n").splitlines()
    m = re.match(r"(\w+)(?:: ?(.*))?$", lines[-1]) if lines else None
    lineno = None
    for line in lines:
        f = re.match(r'  File ".*", line (\d+)', line)
        if f:
            lineno = int(f.group(1))
    if m:
        return m.group(1), m.group(2) or "", lineno
    return ("?", lines[-1] if lines else "", lineno)


def signature(err, status):
    """A short description of a crash for grouping: the sanitizer's error line and the
    first frame in peppy's code, or the signal."""
    first = ""
    for line in err.splitlines():
        if any(m in line for m in SANITIZER_MARKS):
            first = re.sub(r"0x[0-9a-f]+", "", line.split("ERROR: ")[-1]).strip()[:120]
            break
    frame = ""
    for line in err.splitlines():
        if re.match(r"\s+#\d+ ", line) and "peppy" in line and "sanitizer" not in line:
            frame = re.sub(r"^\s+#\d+ 0x[0-9a-f]+ in ", "", line).split(" /")[0].split(" ../")[0][:150]
            break
    return f"{first or f'status {status}'} | {frame}"


def reduce_input(peppy, data, keep, timeout, extra=()):
    """Shrinks data while keep(status, out, err) stays true: whole lines first, then ever
    smaller byte chunks (a simple ddmin)."""
    tmpdir = tempfile.mkdtemp(prefix="peppy-reduce-")
    path = os.path.join(tmpdir, "r.py")

    def still(candidate):
        with open(path, "wb") as f:
            f.write(candidate)
        s, o, e, _ = run_peppy(peppy, path, timeout, extra)
        return keep(s, o, e)

    for unit in ("lines", "bytes"):
        chunk = max(1, (len(data.splitlines(keepends=True)) if unit == "lines" else len(data)) // 2)
        while chunk >= 1:
            parts = data.splitlines(keepends=True) if unit == "lines" else [data[k:k + 1] for k in range(len(data))]
            k, changed = 0, False
            while k < len(parts):
                candidate = b"".join(parts[:k] + parts[k + chunk:])
                if candidate != data and still(candidate):
                    data, parts, changed = candidate, parts[:k] + parts[k + chunk:], True
                else:
                    k += chunk
            if not changed:
                chunk //= 2
            if unit == "bytes" and len(data) > 20000 and chunk < 64:
                break  # byte-wise is too slow on big inputs; the line pass did most
    return data


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--peppy", default="build-robust/tools/peppy-parse", help="the peppy-parse to test")
    ap.add_argument("--count", type=int, default=2000, help="mutants to make")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds before a run is a hang")
    ap.add_argument("--compare", type=float, default=1.0, help="share of mutants compared with CPython")
    ap.add_argument("--displays", type=float, default=0.25,
                    help="share of both-fail mutants whose whole display is compared (a child python each)")
    ap.add_argument("--out", default="/tmp/peppy-fuzz", help="where crashes, hangs and summary.json go")
    ap.add_argument("--tokens", action="store_true", help="fuzz the token JSON input instead of source")
    ap.add_argument("--reduce", metavar="FILE", help="shrink FILE while peppy-parse still fails the same way")
    args = ap.parse_args(argv)

    if args.reduce:
        with open(args.reduce, "rb") as f:
            data = f.read()
        extra = ["--tokens"] if args.tokens else []
        s, o, e, _ = run_peppy(args.peppy, args.reduce, args.timeout, extra)
        want = problem_of(s, o, e)
        sig = signature(e, s)
        print(f"problem: {want}; signature: {sig}", file=sys.stderr)
        if want is None:
            return 1
        keep = lambda s2, o2, e2: problem_of(s2, o2, e2) == want and (want == "hang" or signature(e2, s2) == sig)
        small = reduce_input(args.peppy, data, keep, args.timeout, extra)
        sys.stdout.buffer.write(small)
        print(f"\n-- reduced from {len(data)} to {len(small)} bytes", file=sys.stderr)
        return 0

    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="mutants-", dir=args.out)
    files = stdlib_files()
    cache = {}
    rnd = random.Random(args.seed)
    lock = threading.Lock()
    stats = collections.Counter()
    problems = []
    disagreements = collections.Counter()
    examples = {}
    slowest = []

    def note(kind, key, index, path):
        key = re.sub(r"line \d+", "line N", key)
        with lock:
            disagreements[(kind, key)] += 1
            examples.setdefault((kind, key), (index, path))

    tokenizer = os.path.join(os.path.dirname(args.peppy), "peppy-tokenize")

    def one(index):
        if args.tokens:
            origin, data = "tokens", make_token_mutant(args.seed, index, files, cache, tokenizer)
            path = os.path.join(work, f"m{index:06d}.json")
        else:
            origin, data = make_mutant(args.seed, index, files, cache)
            path = os.path.join(work, f"m{index:06d}.py")
        with open(path, "wb") as f:
            f.write(data)
        status, out, err, secs = run_peppy(args.peppy, path, args.timeout, ["--tokens"] if args.tokens else [])
        kind = problem_of(status, out, err)
        with lock:
            stats["runs"] += 1
            slowest.append((secs, index))
        if kind:
            keep = os.path.join(args.out, f"{kind}-{index:06d}" + (".json" if args.tokens else ".py"))
            os.replace(path, keep)
            with open(keep + ".stderr", "w") as f:
                f.write(err)
            with lock:
                stats[kind] += 1
                problems.append({"kind": kind, "index": index, "file": keep, "origin": origin,
                                 "status": status, "signature": signature(err, status), "bytes": len(data)})
            return
        keep_file = False
        if args.tokens:
            os.remove(path)
            return
        if random.Random(index).random() < args.compare:
            cp = cpython_outcome(data)
            ours_ok = status == 0
            clean = is_text_clean(data)
            with lock:
                stats["compared"] += 1
            if cp[0] == "ok" and ours_ok:
                same = out.decode("utf-8", "replace").rstrip("\n") == cp[1]
                with lock:
                    stats["both-ok"] += 1
                if not same:
                    note("dump differs", "", index, path)
                    keep_file = True
            elif cp[0] == "ok":
                t, m, _ = peppy_error(err)
                note("cpython ok, peppy fails" if clean else "cpython ok, peppy fails (bytes)", f"{t}: {m}", index, path)
                keep_file = True
            elif ours_ok:
                note("cpython fails, peppy ok" if clean else "cpython fails, peppy ok (bytes)",
                     f"{cp[1]}: {cp[2]}", index, path)
                keep_file = True
            else:
                with lock:
                    stats["both-fail"] += 1
                if clean:
                    t, m, line = peppy_error(err)
                    if (t, m) != (cp[1], cp[2]):
                        note("message differs", f"{cp[1]}: {cp[2]}  ->  {t}: {m}", index, path)
                        keep_file = True
                    elif cp[3] is not None and line != cp[3]:
                        note("line differs", f"{cp[1]}: {cp[2]}", index, path)
                        keep_file = True
                    elif random.Random(index + 7).random() < args.displays:
                        with lock:
                            stats["displays-compared"] += 1
                        if cpython_display(path) != err:
                            note("display differs (position)", f"{cp[1]}: {cp[2]}", index, path)
                            keep_file = True
        if not keep_file:
            os.remove(path)

    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(one, k) for k in range(args.count)]
        for n, fut in enumerate(concurrent.futures.as_completed(futures), 1):
            fut.result()
            if n % 200 == 0:
                print(f"{n}/{args.count} mutants, {time.time() - t0:.0f} s, problems so far: "
                      f"{sum(stats[k] for k in ('crash', 'sanitizer', 'hang', 'bad-exit'))}", file=sys.stderr)

    slowest.sort(reverse=True)
    summary = {
        "peppy": args.peppy, "seed": args.seed, "count": args.count, "seconds": round(time.time() - t0),
        "stats": dict(stats), "problems": sorted(problems, key=lambda p: p["index"]),
        "slowest": [{"seconds": round(s, 2), "index": i} for s, i in slowest[:10]],
        "disagreements": [{"kind": k, "key": key, "count": c, "example": examples[(k, key)][1]}
                          for (k, key), c in disagreements.most_common()],
    }
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
    print(json.dumps({k: summary[k] for k in ("stats", "seconds")}))
    groups = collections.Counter((p["kind"], p["signature"]) for p in problems)
    for (kind, sig), c in groups.most_common():
        print(f"{c:5d}  {kind:9s} {sig}")
    print("disagreements with CPython (kind, count, example):")
    for d in summary["disagreements"]:
        print(f"{d['count']:5d}  {d['kind']}: {d['key'][:160]}  [{d['example']}]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
