#!/usr/bin/env python3
"""make_import_goldens.py: the expected results of the import scenarios in tests/imports/.

Run with CPython 3.11 (the oracle) from anywhere:

    python3 tools/make_import_goldens.py            regenerate every golden file
    python3 tools/make_import_goldens.py --check    compare, write nothing (exit 1 if stale)
    python3 tools/make_import_goldens.py CASE...    only these scenarios

Each tests/imports/CASE/ folder is a small program: main.py and the modules and
packages it imports. Unlike tests/programs/ (where only the last stderr line is
compared), these check whole tracebacks through imported modules, SyntaxErrors of
imported files and messages that contain module paths, so the goldens keep the full
streams. For every CASE this writes, from `python3 main.py` run inside a temporary copy
of CASE/ (so that no __pycache__ is written into the tree):

    CASE/expected.out      stdout
    CASE/expected.err      stderr, with the copy's absolute path replaced by "DIR"
    CASE/expected.status   the exit status and "\\n"

tests/run_import_checks.sh runs peppy-run the same way (twice: compiling the modules,
then from the bytecode cache) and compares. The environment is cleaned as
make_program_goldens.py cleans it (no PYTHON* variables, PYTHONIOENCODING=utf-8).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "tests", "imports")
TIMEOUT = 60


def clean_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_case(case):
    """Runs CASE/main.py in a temporary copy; returns {file name: bytes}."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, case)
        shutil.copytree(os.path.join(CASES, case), copy,
                        ignore=shutil.ignore_patterns("__pycache__", "expected.*"))
        p = subprocess.run([sys.executable, "main.py"], cwd=copy, env=clean_env(),
                           capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
        err = p.stderr.replace(copy.encode(), b"DIR")
    return {"expected.out": p.stdout, "expected.err": err, "expected.status": f"{p.returncode}\n".encode()}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the golden files, write nothing")
    ap.add_argument("cases", nargs="*", help="only these scenarios")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"make_import_goldens.py: needs CPython 3.11, this is {sys.version.split()[0]}")
    all_cases = sorted(d for d in os.listdir(CASES) if os.path.isfile(os.path.join(CASES, d, "main.py")))
    cases = args.cases or all_cases
    stale = []
    for case in cases:
        if case not in all_cases:
            sys.exit(f"make_import_goldens.py: no scenario tests/imports/{case}/main.py")
        for fname, want in run_case(case).items():
            path = os.path.join(CASES, case, fname)
            try:
                with open(path, "rb") as f:
                    have = f.read()
            except FileNotFoundError:
                have = None
            if have == want:
                continue
            stale.append(f"{case}/{fname}")
            if not args.check:
                with open(path, "wb") as f:
                    f.write(want)
    verb = "stale" if args.check else "written"
    print(f"{len(cases)} scenarios, {len(stale)} golden files {verb}")
    for s in stale:
        print("  " + s)
    sys.exit(1 if args.check and stale else 0)


if __name__ == "__main__":
    main()
