#!/usr/bin/env bash
# Checks the Action's JVM flags (.github/action/java-flags): a JVM started with them runs Outpost's
# jar, and grows its heap for a program that keeps 800 MB alive instead of collecting over and over
# (as the parallel collector did with -XX:-UseAdaptiveSizePolicy: thousands of full collections,
# and a build of 10,000 issues with the cache that never ended). Run from the repository's root
# after `mvn package`.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
read -r -a flags < .github/action/java-flags
fail() {
  echo "java flags: $*" >&2
  exit 1
}

java "${flags[@]}" -jar target/outpost.jar --version > /dev/null || fail "the jar does not start with ${flags[*]}"

status=0
timeout 120 java "${flags[@]}" "-Xlog:gc:file=$work/gc.txt" src/test/action/HeapGrowth.java \
  > "$work/out.txt" 2>&1 || status=$?
[ "$status" -eq 0 ] || { cat "$work/out.txt"; fail "the heap growth program failed or ran out of time ($status)"; }
full=$(grep -c 'Pause Full' "$work/gc.txt" || true)
[ "$full" -le 10 ] || fail "$full full collections for 800 MB kept alive: the heap does not grow"
echo "java flags: ${flags[*]}: the jar starts, and 800 MB kept alive took $full full collections"
