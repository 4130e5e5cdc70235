#!/usr/bin/env bash
# Checks how the action keeps pages between runs (.github/action/run.sh with the cache input) with
# the packaged jar and the demo: the first build keeps its pages and names them by their hash in the
# step outputs; the next build reuses every one of them and keeps the same file, so an unchanged
# history names the same cache; without the cache input nothing is kept; a failed build names no
# pages. Run from the repository's root after `mvn package`.
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
  echo "page cache: $*" >&2
  cat "$work/out.txt" >&2
  exit 1
}
hash_output() {
  sed -n 's/^pages-hash=//p' "$work/outputs.txt"
}

INPUT_CACHE="" run || fail "the build without a cache failed"
[ -z "$(hash_output)" ] || fail "pages named without the cache input"

INPUT_CACHE="$work/pages" run || fail "the first build failed"
[ -f "$work/pages/pages.bin" ] || fail "the first build kept no pages"
first=$(hash_output)
[[ "$first" =~ ^[0-9a-f]{64}$ ]] || fail "the first build named its pages '$first'"
grep -q "page cache: 0 page(s) reused, [1-9][0-9]* rendered" "$work/out.txt" ||
  fail "the first build did not say it rendered and kept pages"

INPUT_CACHE="$work/pages" run || fail "the second build failed"
kept=$(sed -n 's/.*page cache: \([0-9]*\) page(s) reused, 0 rendered.*/\1/p' "$work/out.txt")
[ -n "$kept" ] && [ "$kept" -gt 0 ] || fail "the second build did not reuse every page"
[ "$(hash_output)" = "$first" ] || fail "an unchanged history kept different pages"

mkdir "$work/broken"
printf 'title: [unclosed\n' > "$work/broken/outpost.yml"
if INPUT_CACHE="$work/pages" run --config "$work/broken/outpost.yml"; then
  fail "a build with a broken config succeeded"
fi
[ -z "$(hash_output)" ] || fail "a failed build named pages"

echo "page cache: $kept pages kept and reused; the same hash for the same history"
