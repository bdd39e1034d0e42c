"""CPython's side of the tokenizer benchmark: tokenize.tokenize over every .py file
under the given folders in one process (files read into memory first, as
bench-tokenize does), best of N rounds. Prints the same summary line."""
import io
import os
import sys
import time
import tokenize


def collect(paths, exclude):
    files = []
    for p in paths:
        if os.path.isfile(p):
            files.append(p)
            continue
        for root, dirs, names in os.walk(p):
            dirs[:] = sorted(d for d in dirs if d not in exclude)
            files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
    return sorted(files)


def main(argv):
    exclude, roots, rounds = set(), [], 1
    it = iter(argv)
    for a in it:
        if a == "--exclude":
            exclude.add(next(it))
        elif a == "--rounds":
            rounds = max(1, int(next(it)))
        else:
            roots.append(a)
    files = collect(roots, exclude)
    data = [open(f, "rb").read() for f in files]
    best = float("inf")
    for _ in range(rounds):
        tokens = errors = 0
        t0 = time.perf_counter()
        for d in data:
            try:
                for _tok in tokenize.tokenize(io.BytesIO(d).readline):
                    tokens += 1
            except (SyntaxError, tokenize.TokenError, UnicodeDecodeError):
                errors += 1
        best = min(best, time.perf_counter() - t0)
    print(f"files {len(files)} bytes {sum(map(len, data))} tokens {tokens} errors {errors} "
          f"json_bytes 0 seconds {best:.4f}")


if __name__ == "__main__":
    main(sys.argv[1:])
