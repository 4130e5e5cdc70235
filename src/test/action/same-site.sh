#!/usr/bin/env bash
# Checks that the site does not depend on the JVM that builds it: the Action runs on Java 25 where
# the runner has it and on Java 17 elsewhere. Builds the demo and a generated history of 1,000
# incidents (bench's Generate.java: every state, impact, component and Markdown form the benchmark
# uses) on Java 17 and on Java 25, and compares the two sites byte for byte. With CI set, a machine
# without Java 25 fails the check. Run from the repository's root after `mvn package`.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source bench/java25.sh
fail() {
  echo "same site: $*" >&2
  exit 1
}
java25=$(java25_home)
if [ -z "$java25" ]; then
  [ -z "${CI:-}" ] || fail "no JDK 25 or newer on this machine"
  echo "same site: no JDK 25 or newer here, so there is nothing to compare"
  exit 0
fi

java bench/Generate.java 1000 "$work/history" > /dev/null
now=2026-11-21T12:00:00Z
# build NAME JAVA ARGS...: the site of ARGS built by JAVA into $work/NAME.
build() {
  local name=$1 java=$2
  shift 2
  "$java" -jar target/outpost.jar build --offline --now "$now" --out "$work/$name" "$@" \
    > "$work/$name.log" 2>&1 || { cat "$work/$name.log"; fail "the build $name failed"; }
}
for site in demo history; do
  args=()
  if [ "$site" = history ]; then
    args=(--config "$work/history/outpost.yml" --incidents "$work/history/incidents")
  fi
  build "$site-17" java "${args[@]}"
  build "$site-25" "$java25/bin/java" "${args[@]}"
  files=$(find "$work/$site-17" -type f | wc -l)
  [ "$files" -gt 100 ] || fail "the $site site has only $files files"
  diff -r "$work/$site-17" "$work/$site-25" > "$work/diff.txt" ||
    { head -n 40 "$work/diff.txt"; fail "the $site site built on Java 25 differs from Java 17's"; }
  echo "same site: the $site ($files files) is byte for byte the same on Java 17 and Java 25"
done
