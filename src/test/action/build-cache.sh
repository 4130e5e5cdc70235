#!/usr/bin/env bash
# Checks how the action keeps what a build read and rendered for the next run
# (.github/action/run.sh with the cache input) with the packaged jar and the demo: the first build
# keeps its files and pages and names them by their hash in the step outputs; the next build reuses
# every one of them and keeps the same files, so an unchanged history names the same cache;
# without the cache input nothing is kept; a failed build names nothing. Run from the repository's
# root after `mvn package`.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {
  : > "$work/outputs.txt"
  OUTPOST_JAR=target/outpost.jar OUTPOST_COMMAND=build GITHUB_OUTPUT="$work/outputs.txt" \
    OUTPOST_ARGS="--offline --now 2026-11-21T12:00:00Z --out $work/site $*" \
    bash .github/action/run.sh > "$work/out.txt" 2>&1
}
fail() {
  echo "build cache: $*" >&2
  cat "$work/out.txt" >&2
  exit 1
}
hash_output() {
  sed -n 's/^cache-hash=//p' "$work/outputs.txt"
}

INPUT_CACHE="" run || fail "the build without a cache failed"
[ -z "$(hash_output)" ] || fail "a cache named without the cache input"
[ ! -e "$work/cache" ] || fail "kept without the cache input"

INPUT_CACHE="$work/cache" run || fail "the first build failed"
[ -f "$work/cache/pages.bin" ] && [ -f "$work/cache/files.bin" ] || fail "the first build kept nothing"
first=$(hash_output)
[[ "$first" =~ ^[0-9a-f]{64}$ ]] || fail "the first build named its cache '$first'"
grep -q "cache: 0 file(s) and 0 page(s) reused, [1-9][0-9]* file(s) read and [1-9][0-9]* page(s) rendered anew" \
  "$work/out.txt" || fail "the first build did not say it read, rendered and kept"

INPUT_CACHE="$work/cache" run || fail "the second build failed"
kept=$(sed -n 's/.*cache: \([0-9]*\) file(s) and \([0-9]*\) page(s) reused, 0 file(s) read and 0 page(s) rendered anew.*/\1 files and \2 pages/p' "$work/out.txt")
[ -n "$kept" ] || fail "the second build did not reuse every file and page"
[ "$(hash_output)" = "$first" ] || fail "an unchanged history kept something else"

mkdir "$work/broken"
printf 'title: [unclosed\n' > "$work/broken/outpost.yml"
if INPUT_CACHE="$work/cache" run --config "$work/broken/outpost.yml"; then
  fail "a build with a broken config succeeded"
fi
[ -z "$(hash_output)" ] || fail "a failed build named a cache"

echo "build cache: $kept kept and reused; the same hash for the same history"
