#!/usr/bin/env bash
# tests/run_import_checks.sh: checks of the import system that whole-program goldens
# cannot make (needs no Python):
#   1. the scenarios in tests/imports/CASE/ (main.py and its modules): stdout, the
#      whole stderr (tracebacks through modules, SyntaxErrors of imported files, with
#      the folder shown as DIR) and the exit status, as CPython gave them
#      (tools/make_import_goldens.py). Each runs twice in a temporary copy: first
#      compiling its modules, then from their bytecode cache.
#   2. the bytecode cache: __pycache__/NAME.peppy-311.pyb is written, reused while the
#      source is unchanged, rebuilt when the source changes or the cache is bad, stale
#      or made for another path, and skipped when it cannot be written or
#      sys.dont_write_bytecode (PEPPYDONTWRITEBYTECODE) is set; the main script is not
#      cached.
#   3. sys.path: the script's folder, then PEPPYPATH's entries, then lib/
#      (PEPPY_LIB_DIR overrides it); built-in modules before any file (and lib/NAME/
#      holding their submodules); peppy-run from any working directory; a bytecode
#      file's folder as sys.path[0].
#
#   tests/run_import_checks.sh PEPPY_RUN PEPPY_COMPILE CASES_DIR
#
# Prints one line per failed check and "N passed, N failed".
set -uo pipefail
run=$(realpath "$1")
compile=$(realpath "$2")
cases=$(realpath "$3")
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export PEPPYPATH=
unset PEPPY_LIB_DIR PEPPYDONTWRITEBYTECODE
passed=0
failed=0

# check NAME CONDITION...: counts a check; prints NAME when the command fails.
check() {
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name"
  fi
}

# same FILE_A FILE_B: the files have equal bytes (shows a diff when not).
same() {
  if cmp -s "$1" "$2"; then return 0; fi
  diff "$1" "$2" | head -20
  return 1
}

# ---- 1. scenarios
for dir in "$cases"/*/; do
  case_name=$(basename "$dir")
  [ -f "$dir/main.py" ] || continue
  work="$tmp/scenario/$case_name"
  mkdir -p "$work"
  (cd "$dir" && tar --exclude=__pycache__ --exclude='expected.*' -cf - .) | (cd "$work" && tar -xf -)
  for pass in compile cached; do
    (cd "$work" && timeout 60 "$run" main.py > "$tmp/out" 2> "$tmp/err.raw"; echo $? > "$tmp/status")
    sed "s|$work|DIR|g" "$tmp/err.raw" > "$tmp/err"
    check "$case_name ($pass): stdout" same "$tmp/out" "$dir/expected.out"
    check "$case_name ($pass): stderr" same "$tmp/err" "$dir/expected.err"
    check "$case_name ($pass): exit status" same "$tmp/status" "$dir/expected.status"
  done
done

# ---- 2. the bytecode cache
w="$tmp/cache"
mkdir -p "$w/pkg"
printf 'import mod\nimport pkg.sub\nprint(mod.VALUE, pkg.sub.NAME)\n' > "$w/main.py"
printf 'VALUE = 1\n' > "$w/mod.py"
printf '' > "$w/pkg/__init__.py"
printf 'NAME = "sub"\n' > "$w/pkg/sub.py"
out() { (cd "$w" && "$run" main.py 2>&1); }
pyb="$w/__pycache__/mod.peppy-311.pyb"
check "cache: first run" [ "$(out)" = "1 sub" ]
check "cache: module cached" [ -f "$pyb" ]
check "cache: package cached" [ -f "$w/pkg/__pycache__/__init__.peppy-311.pyb" ]
check "cache: submodule cached" [ -f "$w/pkg/__pycache__/sub.peppy-311.pyb" ]
check "cache: main script not cached" [ ! -e "$w/__pycache__/main.peppy-311.pyb" ]
check "cache: starts like a bytecode file" [ "$(head -c 4 "$pyb")" = "PEPY" ]
inode=$(stat -c %i "$pyb")
check "cache: second run" [ "$(out)" = "1 sub" ]
check "cache: reused, not rewritten" [ "$(stat -c %i "$pyb")" = "$inode" ]
printf 'VALUE = 22\n' > "$w/mod.py"  # same size or not, the hash tells
check "cache: changed source is recompiled" [ "$(out)" = "22 sub" ]
check "cache: rewritten after a change" [ "$(stat -c %i "$pyb")" != "$inode" ]
printf 'VALUE = 33\n' > "$w/mod.py"  # same size as the last version
check "cache: same-size change is recompiled" [ "$(out)" = "33 sub" ]
printf 'PEPY garbage' > "$pyb"
check "cache: bad cache file is ignored" [ "$(out)" = "33 sub" ]
check "cache: bad cache file is rewritten" [ "$(head -c 4 "$pyb")" = "PEPY" -a "$(stat -c %s "$pyb")" -gt 24 ]
head -c 30 "$pyb" > "$w/trunc" && mv "$w/trunc" "$pyb"
check "cache: truncated cache file is ignored" [ "$(out)" = "33 sub" ]
printf 'not bytecode at all' > "$pyb"
check "cache: foreign file is ignored" [ "$(out)" = "33 sub" ]
a="$tmp/copy_a"
mkdir -p "$a"
printf 'def f():\n    return 1 / 0\n' > "$a/m.py"
printf 'import m\nm.f()\n' > "$a/main.py"
(cd "$a" && "$run" main.py > /dev/null 2>&1)
cp -r "$a" "$tmp/copy_b"
got=$(cd "$tmp/copy_b" && "$run" main.py 2>&1)
check "cache: code compiled for another path is not reused" \
  [ "$(echo "$got" | grep -c "File \"$tmp/copy_b/m.py\", line 2, in f")" = 1 ]
check "cache: a copied tree's tracebacks show its own lines" [ "$(echo "$got" | grep -c "return 1 / 0")" = 1 ]
nw="$tmp/nowrite"
mkdir -p "$nw"
printf 'X = 1\n' > "$nw/plain.py"
printf 'import sys\nsys.dont_write_bytecode = True\nimport plain\nprint(plain.X)\n' > "$nw/main.py"
check "cache: sys.dont_write_bytecode = True writes nothing" [ "$(cd "$nw" && "$run" main.py)" = 1 -a ! -e "$nw/__pycache__" ]
printf 'import plain\nprint(plain.X)\n' > "$nw/main.py"
check "cache: PEPPYDONTWRITEBYTECODE writes nothing" [ "$(cd "$nw" && PEPPYDONTWRITEBYTECODE=1 "$run" main.py)" = 1 -a ! -e "$nw/__pycache__" ]
check "cache: written without it" [ "$(cd "$nw" && "$run" main.py)" = 1 -a -f "$nw/__pycache__/plain.peppy-311.pyb" ]
wdir="$tmp/warn"
mkdir -p "$wdir"
printf 'x = 1\nif x is 1:\n    print("one")\n' > "$wdir/warned.py"
printf 'import warned\n' > "$wdir/main.py"
got=$(cd "$wdir" && "$run" main.py 2>&1 >/dev/null)
check "cache: compiling prints SyntaxWarnings as CPython does" \
  [ "$got" = "$(printf '%s\n  %s' "$wdir/warned.py:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?" 'if x is 1:')" ]
got=$(cd "$wdir" && "$run" main.py 2>&1 >/dev/null)
check "cache: a cached module does not warn again" [ -z "$got" ]
rm -rf "$w/__pycache__"
printf 'a file where the folder should be\n' > "$w/__pycache__"
check "cache: unwritable __pycache__ is skipped" [ "$(out)" = "33 sub" ]
rm -f "$w/__pycache__"
if [ "$(id -u)" != 0 ]; then
  chmod a-w "$w"
  check "cache: read-only folder is skipped" [ "$(out)" = "33 sub" ]
  chmod u+w "$w"
fi

# ---- 3. sys.path
p="$tmp/paths"
mkdir -p "$p/script" "$p/one" "$p/two" "$p/lib" "$p/elsewhere"
for d in script one two lib; do printf 'WHERE = "%s"\n' "$d" > "$p/$d/where_all.py"; done
for d in one two lib; do printf 'WHERE = "%s"\n' "$d" > "$p/$d/where_path.py"; done
printf 'WHERE = "lib"\n' > "$p/lib/where_lib.py"
printf 'WHERE = "two"\n' > "$p/two/where_two.py"
printf 'raise RuntimeError("a file must not shadow a built-in module")\n' > "$p/script/math.py"
cat > "$p/script/main.py" <<'PY'
import sys, math, where_all, where_path, where_two, where_lib
print(where_all.WHERE, where_path.WHERE, where_two.WHERE, where_lib.WHERE, math.__name__)
print(sys.path[0].endswith("/script"), len(sys.path))
PY
got=$(cd "$p/elsewhere" && PEPPYPATH="$p/one:$p/two" PEPPY_LIB_DIR="$p/lib" "$run" ../script/main.py 2>&1)
check "path: script folder, PEPPYPATH in order, lib last, built-ins first" \
  [ "$got" = "$(printf 'script one two lib math\nTrue 4')" ]
got=$(cd / && PEPPY_LIB_DIR="$p/lib" "$run" "$p/script/main.py" 2>&1)
check "path: without PEPPYPATH the missing modules are missing" \
  [ "$(echo "$got" | tail -n 1)" = "ModuleNotFoundError: No module named 'where_two'" ]
"$compile" "$p/script/main.py" -o "$p/script/main.pyb" 2> /dev/null
got=$(cd / && PEPPYPATH="$p/one:$p/two" PEPPY_LIB_DIR="$p/lib" "$run" "$p/script/main.pyb" 2>&1)
check "path: a bytecode file's folder comes first" [ "$got" = "$(printf 'script one two lib math\nTrue 4')" ]
mkdir -p "$p/lib/math"
printf 'from math import floor\nHALF = floor(2.5)\n' > "$p/lib/math/extra.py"
printf 'import math.extra\nfrom math import extra\nprint(math.extra.HALF, extra is math.extra, math.__path__[0].endswith("/lib/math"))\n' > "$p/script/libsub.py"
got=$(PEPPY_LIB_DIR="$p/lib" "$run" "$p/script/libsub.py" 2>&1)
check "path: lib/NAME/*.py are submodules of the built-in module NAME" [ "$got" = "2 True True" ]
printf 'import sys\nprint(sys.path[-1])\n' > "$p/script/lastpath.py"
got=$("$run" "$p/script/lastpath.py")
check "path: lib/ is the default last entry" [ "$(basename "$got")" = lib -a -f "$got/README.md" ]

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
