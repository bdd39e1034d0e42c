#!/usr/bin/env bash
# bench/run.sh: peppy against python3 on the same work, as ratios.
#   bench/run.sh tokenize [PATH...]   tokenizing (default: CPython's standard library
#                                     outside test/ and site-packages) in one process
#   bench/run.sh parse [PATH...]      parsing to an AST (same default) in one process,
#                                     against ast.parse, with both peak RSS figures
#   bench/run.sh programs [RUNNER] [NAME...]
#                                     whole programs (bench/programs/) under python3 and
#                                     peppy-run: bench/run_programs.sh, which see
# Needs a release build in build/ (tools/dev build) and python3 for the reference.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-tokenize}
shift || true
[ "$what" != programs ] || exec bench/run_programs.sh "$@"
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
    echo "usage: bench/run.sh tokenize|parse [PATH...] | programs [RUNNER] [NAME...]" >&2
    exit 2
    ;;
esac
