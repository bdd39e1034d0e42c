#!/usr/bin/env python3
"""make_program_goldens.py: the expected results of the programs in tests/programs/.

Run with CPython 3.11 (the oracle) from anywhere:

    python3 tools/make_program_goldens.py            regenerate every golden file
    python3 tools/make_program_goldens.py --check    run every program, compare with the
                                                     golden files, write nothing
                                                     (exit 1 if one is stale or missing)
    python3 tools/make_program_goldens.py NAME...    only these programs (NAME or NAME.py)

tests/programs/NAME.py are small, deterministic Python programs written for testing
peppy-run (see FORMATS.md, "Run"). The file name's prefix up to the first "_" is the
program's family (int_, str_, exc_, uncaught_, ...). For every NAME.py this writes:

    NAME.out       the exact bytes `python3 NAME.py` writes to stdout, run with
                   tests/programs/ as the working directory
    NAME.status    only when the exit status is not 0: the status as a decimal number
                   and "\\n"
    NAME.err_last  only when the exit status is not 0: the last non-blank line of
                   stderr (for an uncaught exception the line naming it, e.g.
                   "ZeroDivisionError: division by zero") and "\\n"; empty when stderr
                   is empty (e.g. `raise SystemExit(3)`)

A stale NAME.status / NAME.err_last (the program now exits 0) is deleted, and so is any
golden file whose NAME.py no longer exists.

How the programs are run: `sys.executable NAME.py` (this must be CPython 3.11), with the
PYTHON* variables of the environment removed and PYTHONIOENCODING=utf-8 set, so the
output does not depend on the caller's settings. Each program is run twice, with
PYTHONHASHSEED=0 and PYTHONHASHSEED=123; the two runs must agree on stdout, exit status
and the last stderr line, otherwise the program is not deterministic (e.g. it prints a
set of strings) and the script fails. It also fails when a program that exits 0 writes
anything to stderr (a warning would hide in there), when a program takes longer than
60 s, or when a program has fewer than 10 or more than 80 lines (the bench_ family, reduced
copies of the benchmarks in bench/programs/ that keep their code whole, may have up to 350).

The output depends only on the programs and on CPython 3.11: running it twice gives
identical files.
"""
import argparse
import concurrent.futures as cf
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROG_DIR = os.path.join(ROOT, "tests", "programs")
SEEDS = ("0", "123")
TIMEOUT = 60
MIN_LINES, MAX_LINES = 10, 80
BENCH_MAX_LINES = 350  # bench_NAME.py: bench/programs/NAME.py with smaller parameters
GOLDEN_EXTS = (".out", ".status", ".err_last")


def clean_env(seed):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = seed
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run_once(name, seed):
    p = subprocess.run([sys.executable, name + ".py"], cwd=PROG_DIR, env=clean_env(seed),
                       capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    lines = [l for l in p.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    return p.stdout, p.returncode, (lines[-1] if lines else ""), p.stderr


def expected(name):
    """Returns (files, problems): files maps a golden file name to its bytes (None: must not exist)."""
    problems = []
    with open(os.path.join(PROG_DIR, name + ".py"), "rb") as f:
        n_lines = f.read().count(b"\n")
    max_lines = BENCH_MAX_LINES if name.startswith("bench_") else MAX_LINES
    if not MIN_LINES <= n_lines <= max_lines:
        problems.append(f"{name}.py has {n_lines} lines (want {MIN_LINES}..{max_lines})")
    try:
        runs = [run_once(name, seed) for seed in SEEDS]
    except subprocess.TimeoutExpired:
        return {}, [f"{name}.py: timed out after {TIMEOUT} s"]
    out, rc, last, err = runs[0]
    for seed, other in zip(SEEDS[1:], runs[1:]):
        if other[:3] != runs[0][:3]:
            problems.append(f"{name}.py: not deterministic (PYTHONHASHSEED={SEEDS[0]} and {seed} differ)")
    if rc == 0 and err:
        problems.append(f"{name}.py: exits 0 but writes to stderr: {last[:120]!r}")
    files = {name + ".out": out, name + ".status": None, name + ".err_last": None}
    if rc != 0:
        files[name + ".status"] = f"{rc}\n".encode()
        files[name + ".err_last"] = (last + "\n").encode() if last else b""
    return files, problems


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the golden files, write nothing")
    ap.add_argument("names", nargs="*", help="only these programs")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"make_program_goldens.py: needs CPython 3.11, this is {sys.version.split()[0]}")

    all_names = sorted(f[:-3] for f in os.listdir(PROG_DIR) if f.endswith(".py"))
    names = [n[:-3] if n.endswith(".py") else n for n in args.names] or all_names
    for n in names:
        if n not in all_names:
            sys.exit(f"make_program_goldens.py: no program tests/programs/{n}.py")

    with cf.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(expected, names))

    problems, stale, written = [], [], 0
    wanted = {}
    for files, probs in results:
        problems += probs
        wanted.update(files)
    if not args.names:  # golden files of programs that no longer exist
        for f in sorted(os.listdir(PROG_DIR)):
            base, ext = os.path.splitext(f)
            if ext in GOLDEN_EXTS and base not in all_names:
                wanted[f] = None
    for fname in sorted(wanted):
        path = os.path.join(PROG_DIR, fname)
        want, have = wanted[fname], read(path)
        if want == have:
            continue
        stale.append(fname)
        if args.check:
            continue
        if want is None:
            os.remove(path)
        else:
            with open(path, "wb") as f:
                f.write(want)
        written += 1

    for p in problems:
        print("problem:", p, file=sys.stderr)
    n_fail = sum(1 for fname, v in wanted.items() if fname.endswith(".status") and v is not None)
    if args.check:
        for fname in stale:
            print("stale:", fname, file=sys.stderr)
        print(f"{len(names)} programs ({n_fail} exit non-zero), {len(stale)} golden files stale, "
              f"{len(problems)} problems")
        return 1 if stale or problems else 0
    print(f"{len(names)} programs ({n_fail} exit non-zero), {written} golden files written or removed, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
