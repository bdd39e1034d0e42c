#!/usr/bin/env bash
# bench/run.sh: peppy against python3 on the same work, as ratios.
#   bench/run.sh tokenize [PATH...]   tokenizing (default: CPython's standard library
#                                     outside test/ and site-packages) in one process
# Needs a release build in build/ (tools/dev build) and python3 for the reference.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-tokenize}
shift || true
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
  *)
    echo "usage: bench/run.sh tokenize [PATH...]" >&2
    exit 2
    ;;
esac
