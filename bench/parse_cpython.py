"""CPython's side of the parser benchmark: ast.parse over every .py file under the
given folders in one process (files read into memory first, as bench-parse does),
best of N rounds. Each tree is dropped before the next file is parsed, unless --keep
is given. Prints the same summary line (objects is 0: counting nodes is not free)."""
import ast
import os
import resource
import sys
import time


def collect(paths, exclude):
    """Every *.py under the given paths, skipping folders named in `exclude`, sorted."""
    files = []
    for p in paths:
        if os.path.isfile(p):
            files.append(p)
            continue
        for root, dirs, names in os.walk(p):
            dirs[:] = sorted(d for d in dirs if d not in exclude)
            files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
    return sorted(files)


def peak_rss_mb():
    """Peak resident set size of this process so far, in MB (ru_maxrss is KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv):
    """Reads the options and the files, times the rounds, prints the summary line."""
    exclude, roots, rounds, keep = set(), [], 1, False
    it = iter(argv)
    for a in it:
        if a == "--exclude":
            exclude.add(next(it))
        elif a == "--rounds":
            rounds = max(1, int(next(it)))
        elif a == "--keep":
            keep = True
        else:
            roots.append(a)
    files = collect(roots, exclude)
    data = [open(f, "rb").read() for f in files]
    best = float("inf")
    for _ in range(rounds):
        errors = 0
        kept = []
        t0 = time.perf_counter()
        for d, f in zip(data, files):
            try:
                tree = ast.parse(d, f)
            except (SyntaxError, ValueError):  # ValueError: null bytes, bad encoding
                errors += 1
                continue
            if keep:
                kept.append(tree)
            tree = None  # else the tree dies here, before the next file
        best = min(best, time.perf_counter() - t0)
        kept = None  # --keep: freed outside the timed loop
    print(f"files {len(files)} bytes {sum(map(len, data))} errors {errors} objects 0 "
          f"peak_mb {peak_rss_mb():.1f} seconds {best:.4f}")


if __name__ == "__main__":
    main(sys.argv[1:])
