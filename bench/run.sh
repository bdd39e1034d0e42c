#!/usr/bin/env bash
# bench/run.sh: peppy against python3 on the same work, as ratios.
#   bench/run.sh tokenize [PATH...]   tokenizing (default: CPython's standard library
#                                     outside test/ and site-packages) in one process
#   bench/run.sh parse [PATH...]      parsing to an AST (same default) in one process,
#                                     against ast.parse, with both peak RSS figures
#   bench/run.sh programs [RUNNER] [NAME...]
#                                     whole programs (bench/programs/) under python3 and
#                                     peppy-run: bench/run_programs.sh, which see
#   bench/run.sh startup [RUNS]       process start-up: `peppy-run bench/hello.py` against
#                                     `python3 -c "print('hello')"`, each run RUNS times
#                                     (default 200) as whole processes, one after another;
#                                     prints the mean milliseconds per run and the ratio
# python3 means the interpreter itself (sys.executable), not a wrapper such as a pyenv
# shim, whose own start-up would be counted against CPython.
# Needs a release build in build/ (tools/dev build) and python3 for the reference.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-tokenize}
shift || true
[ "$what" != programs ] || exec bench/run_programs.sh "$@"
if [ "$what" = startup ]; then
  runs=${1:-200}
  py=$(python3 -c 'import sys; print(sys.executable)')
  ninja -C build tools/peppy-run >/dev/null
  [ "$(build/tools/peppy-run bench/hello.py)" = "$("$py" -c "print('hello')")" ] ||
    { echo "startup: peppy-run bench/hello.py does not print what python3 prints" >&2; exit 1; }
  # mean_ms CMD...: the mean wall-clock milliseconds of $runs runs of CMD
  mean_ms() {
    local start end i
    start=$(date +%s%N)
    for ((i = 0; i < runs; i++)); do "$@" >/dev/null; done
    end=$(date +%s%N)
    echo $(((end - start) / runs / 1000))
  }
  "$py" -c pass; build/tools/peppy-run bench/hello.py >/dev/null  # warm the caches
  ours=$(mean_ms build/tools/peppy-run bench/hello.py)
  cpy=$(mean_ms "$py" -c "print('hello')")
  python3 -c "
o, c = $ours / 1000, $cpy / 1000
print(f'peppy-run hello.py:            {o:.2f} ms per run ($runs runs)')
print(f'python3 -c \"print(\'hello\')\": {c:.2f} ms per run')
print(f'startup: ratio {c / o:.2f}x (python3 time / peppy time)')"
  exit 0
fi
stdlib=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=("$stdlib")
ex=(--exclude test --exclude site-packages)
field() { sed -E "s/.* $1 ([0-9.]+).*/\1/"; }
case "$what" in
  tokenize)
    ninja -C build bench/bench-tokenize >/dev/null
    ours=$(build/bench/bench-tokenize "${ex[@]}" --rounds 5 "${paths[@]}")
    ours_json=$(build/bench/bench-tokenize "${ex[@]}" --rounds 3 --json "${paths[@]}")
    cpy=$(python3 bench/tokenize_cpython.py "${ex[@]}" --rounds 1 "${paths[@]}")
    echo "peppy:            $ours"
    echo "peppy (+JSON):    $ours_json"
    echo "cpython tokenize: $cpy"
    o=$(echo "$ours" | field seconds); oj=$(echo "$ours_json" | field seconds); c=$(echo "$cpy" | field seconds)
    python3 -c "print(f'tokenize: peppy is {$c/$o:.1f}x faster than CPython (with JSON output: {$c/$oj:.1f}x)')"
    ;;
  parse)
    ninja -C build bench/bench-parse >/dev/null
    ours=$(build/bench/bench-parse "${ex[@]}" --rounds 3 "${paths[@]}")
    cpy=$(python3 bench/parse_cpython.py "${ex[@]}" --rounds 3 "${paths[@]}")
    echo "peppy:             $ours"
    echo "cpython ast.parse: $cpy"
    o=$(echo "$ours" | field seconds); c=$(echo "$cpy" | field seconds)
    om=$(echo "$ours" | field peak_mb); cm=$(echo "$cpy" | field peak_mb)
    python3 -c "
r = $c / $o
speed = f'{r:.1f}x faster than' if r >= 1 else f'{1 / r:.1f}x slower than'
print(f'parse: peppy is {speed} CPython; peak RSS {$om:.1f} MB vs {$cm:.1f} MB ({$om / $cm:.2f}x)')"
    ;;
  *)
    echo "usage: bench/run.sh tokenize|parse [PATH...] | programs [RUNNER] [NAME...] | startup [RUNS]" >&2
    exit 2
    ;;
esac
