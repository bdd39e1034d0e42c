#!/usr/bin/env bash
# tests/run_programs.sh: runs every tests/programs/NAME.py with peppy and compares with
# its CPython-made goldens (NAME.out: stdout; NAME.status: the exit status when not 0;
# NAME.err_last: the last non-blank stderr line then). Each program runs twice: from
# source (peppy-run NAME.py) and from a bytecode file (peppy-compile, then peppy-run
# NAME.pyb). Needs no Python.
#
#   tests/run_programs.sh PEPPY_RUN PEPPY_COMPILE PROGRAMS_DIR [KNOWN_FAILURES]
#
# Programs that import modules find them in this folder (sys.path[0], the script's
# folder): packages (imppkg_*/) and the plain-module folder impmods/ (added to sys.path
# by the programs themselves, relative to the working directory, which is this folder).
# Only *.py files at the top are programs. A bytecode file runs from a temporary
# folder, so that run gets PEPPYPATH=this folder; the source run gets an empty one.
#
# KNOWN_FAILURES lists programs (one name per line, '#' comments) expected to fail for
# now: they must fail (so the list stays true), every other program must pass. Prints
# one line per unexpected result and "N passed, N failed".
set -uo pipefail
run=$(realpath "$1")
compile=$(realpath "$2")
dir=$3
known_file=${4:-}
declare -A known=()
if [ -n "$known_file" ] && [ -f "$known_file" ]; then
  while IFS= read -r line; do
    line=${line%%#*}
    line=$(echo "$line" | tr -d '[:space:]')
    [ -n "$line" ] && known[$line]=1
  done < "$known_file"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
agree=0
total=0
cd "$dir"
for py in *.py; do
  name=${py%.py}
  total=$((total + 1))
  want_status=0
  [ -f "$name.status" ] && want_status=$(cat "$name.status")
  ok=1
  why=""
  # From source, then from a bytecode file.
  for mode in source bytecode; do
    if [ "$mode" = source ]; then
      PEPPYPATH= timeout 60 "$run" "$py" > "$tmp/out" 2> "$tmp/err"
      status=$?
    else
      if ! timeout 60 "$compile" "$py" -o "$tmp/$name.pyb" 2> "$tmp/err"; then
        ok=0
        why="$mode: peppy-compile failed: $(head -c 300 "$tmp/err")"
        break
      fi
      PEPPYPATH="$PWD" timeout 60 "$run" "$tmp/$name.pyb" > "$tmp/out" 2> "$tmp/err"
      status=$?
    fi
    if ! cmp -s "$tmp/out" "$name.out"; then
      ok=0
      why="$mode: stdout differs ($(diff "$tmp/out" "$name.out" | head -3 | tr '\n' ' ' | head -c 300))"
      break
    fi
    if [ "$status" != "$want_status" ]; then
      ok=0
      why="$mode: exit status $status, expected $want_status ($(grep -v '^[[:space:]]*$' "$tmp/err" | tail -n 1 | head -c 200))"
      break
    fi
    if [ "$want_status" != 0 ] && [ -f "$name.err_last" ]; then
      got_last=$(grep -v '^[[:space:]]*$' "$tmp/err" | tail -n 1)
      if [ "$got_last" != "$(cat "$name.err_last")" ]; then
        ok=0
        why="$mode: last stderr line '$got_last', expected '$(cat "$name.err_last")'"
        break
      fi
    fi
  done
  if [ "$ok" = 1 ]; then
    agree=$((agree + 1))
    if [ -n "${known[$name]:-}" ]; then
      echo "UNEXPECTED PASS $name (remove it from the known failures)"
      failed=$((failed + 1))
    else
      passed=$((passed + 1))
    fi
  else
    if [ -n "${known[$name]:-}" ]; then
      passed=$((passed + 1))
    else
      echo "FAIL $name: $why"
      failed=$((failed + 1))
    fi
  fi
done
echo "programs agreeing with CPython: $agree of $total"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
