#!/usr/bin/env python3
"""Regenerates the golden token files of tests/tokens/compat/.

Run it with CPython 3.11 (the reference), from anywhere:

    python3 tools/make_token_goldens.py [--check] [FOLDER]

For every NAME.py in FOLDER (default: tests/tokens/compat/ of this checkout) it calls
the conformance oracle, `python3 ../shared/conformance/oracle.py tokens NAME.py`:

  * exit 0 (CPython's tokenize accepts the file): its stdout is written to
    NAME.tokens.json and any stale NAME.error is removed;
  * exit 1 (tokenize raises): the one line it prints ("ERROR <Exception>: <message>")
    is written to NAME.error and any stale NAME.tokens.json is removed.

Goldens whose .py no longer exists are deleted. With --check nothing is written: it
reports every golden that is missing, stale or differs, and exits 1 if any does.
The oracle's location can be overridden with the PEPPY_ORACLE environment variable.
The goldens are made once and committed; tests/unit/test_tokens_golden.cpp compares
peppy's tokenizer (compat mode) with them.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_DIR = os.path.join(ROOT, "tests", "tokens", "compat")
DEFAULT_ORACLE = os.path.normpath(
    os.path.join(ROOT, "..", "shared", "conformance", "oracle.py"))


def oracle_output(oracle, path):
    """Runs the oracle on one file; returns (golden suffix, golden text)."""
    p = subprocess.run([sys.executable, oracle, "tokens", path],
                       capture_output=True, timeout=60)
    if p.returncode == 0:
        return ".tokens.json", p.stdout
    if p.returncode == 1 and p.stdout.startswith(b"ERROR "):
        return ".error", p.stdout
    sys.exit(f"{path}: oracle failed (exit {p.returncode}): "
             f"{p.stderr.decode(errors='replace').strip()}")


def read(path):
    """The bytes of `path`, or None if it does not exist."""
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=DEFAULT_DIR)
    ap.add_argument("--check", action="store_true",
                    help="only compare the goldens with the oracle; write nothing")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"make_token_goldens.py must run under CPython 3.11, not {sys.version.split()[0]}")
    oracle = os.environ.get("PEPPY_ORACLE", DEFAULT_ORACLE)
    if not os.path.isfile(oracle):
        sys.exit(f"oracle not found: {oracle} (set PEPPY_ORACLE)")

    names = sorted(n[:-3] for n in os.listdir(args.folder) if n.endswith(".py"))
    problems = 0
    counts = {".tokens.json": 0, ".error": 0}
    for name in names:
        base = os.path.join(args.folder, name)
        suffix, text = oracle_output(oracle, base + ".py")
        counts[suffix] += 1
        other = ".error" if suffix == ".tokens.json" else ".tokens.json"
        if args.check:
            if read(base + suffix) != text:
                print(f"differs or missing: {name}{suffix}")
                problems += 1
            if read(base + other) is not None:
                print(f"stale: {name}{other}")
                problems += 1
            continue
        if read(base + suffix) != text:
            with open(base + suffix, "wb") as f:
                f.write(text)
        if read(base + other) is not None:
            os.remove(base + other)

    # Goldens left over from deleted sources.
    for n in sorted(os.listdir(args.folder)):
        for suffix in (".tokens.json", ".error"):
            if n.endswith(suffix) and n[: -len(suffix)] not in names:
                if args.check:
                    print(f"orphan: {n}")
                    problems += 1
                else:
                    os.remove(os.path.join(args.folder, n))

    print(f"{len(names)} sources: {counts['.tokens.json']} token goldens, "
          f"{counts['.error']} error goldens" + (f", {problems} problems" if args.check else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
