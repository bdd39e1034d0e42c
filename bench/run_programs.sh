#!/usr/bin/env bash
# bench/run_programs.sh: the whole-program benchmarks in bench/programs/, under python3
# and under peppy-run, with their times and ratios.
#
#   bench/run_programs.sh [RUNNER] [NAME...]
#
# RUNNER is the command that runs a .py file (default build/tools/peppy-run; it may carry
# arguments, e.g. 'build/tools/peppy-run --verbose'). NAME picks programs (fib, nbody, ...;
# default: every bench/programs/*.py). Each program is run with bench/programs/ as the
# working directory, first as `python3 NAME.py`, then as `RUNNER NAME.py`; the two must
# print the same stdout and exit with the same status. For each program it prints the
# wall-clock seconds of both and the ratio python3 time / peppy time (> 1: peppy is
# faster). When RUNNER does not exist yet it says "peppy-run not built yet" and times
# python3 alone. REPEAT=N in the environment runs each N times and keeps the fastest.
# Exit status: 0 when every output matched (or only python3 ran), 1 otherwise.
# python3 is run as the interpreter itself (its sys.executable), so that a wrapper in
# front of it (a pyenv shim is a shell script) is not counted in CPython's time.
set -uo pipefail
caller=$PWD
cd "$(dirname "$0")/.."
root=$PWD
runner_str=${1:-build/tools/peppy-run}
shift || true
read -ra runner <<<"$runner_str"
# a relative path is taken from the caller's folder if it is there, else from the repository
if [[ "${runner[0]:-}" == */* && "${runner[0]}" != /* ]]; then
  if [ -e "$caller/${runner[0]}" ]; then runner[0]=$caller/${runner[0]}; else runner[0]=$root/${runner[0]}; fi
fi
repeat=${REPEAT:-1}
python=$(python3 -c 'import sys; print(sys.executable)')
progdir=$root/bench/programs

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$progdir"/*.py; do names+=("$(basename "$f" .py)"); done
fi

have_runner=0
if [ -n "${runner[0]:-}" ]; then
  if [ -f "${runner[0]}" ] && [ -x "${runner[0]}" ]; then
    have_runner=1
  elif [[ "${runner[0]}" != */* ]] && command -v "${runner[0]}" >/dev/null; then
    have_runner=1
  fi
fi
if [ $have_runner -eq 0 ]; then
  echo "peppy-run not built yet (${runner_str} not found); timing python3 only"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# timed OUT CMD...: runs CMD in bench/programs with stdout to OUT, stderr to OUT.err;
# sets $secs to the fastest of $repeat runs and $status to the last exit status
timed() {
  local out=$1; shift
  local best="" t i
  for ((i = 0; i < repeat; i++)); do
    local TIMEFORMAT=%R
    { time (cd "$progdir" && "$@" >"$out" 2>"$out.err"); } 2>"$out.time"
    status=$?
    t=$(tail -n 1 "$out.time")
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
  done
  secs=$best
}

failed=0
printf '%-16s %12s %12s %8s  %s\n' program 'python3 (s)' 'peppy (s)' ratio check
for name in "${names[@]}"; do
  prog=$progdir/$name.py
  if [ ! -f "$prog" ]; then
    echo "no program $prog" >&2
    failed=1
    continue
  fi
  timed "$tmp/$name.py3" "$python" "$name.py"
  py_secs=$secs py_status=$status
  if [ $have_runner -eq 0 ]; then
    printf '%-16s %12s %12s %8s  %s\n' "$name" "$py_secs" - - "python3 only (exit $py_status)"
    continue
  fi
  timed "$tmp/$name.ours" "${runner[@]}" "$name.py"
  our_secs=$secs our_status=$status
  ratio=$(awk -v a="$py_secs" -v b="$our_secs" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }')
  if [ "$py_status" != "$our_status" ]; then
    check="DIFFERENT exit status: python3 $py_status, peppy $our_status ($(tail -n 1 "$tmp/$name.ours.err"))"
    failed=1
  elif ! cmp -s "$tmp/$name.py3" "$tmp/$name.ours"; then
    check="DIFFERENT output: $(diff "$tmp/$name.py3" "$tmp/$name.ours" | head -n 3 | tr '\n' ' ')"
    failed=1
  else
    check=same
  fi
  printf '%-16s %12s %12s %8s  %s\n' "$name" "$py_secs" "$our_secs" "$ratio" "$check"
done
exit $failed
