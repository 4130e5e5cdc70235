#!/usr/bin/env bash
# Checks the Action's JVM flags (.github/action/java-flags): a JVM started with them runs Outpost's
# jar, and grows its heap for a program that keeps 800 MB alive instead of collecting over and over
# (as the parallel collector did with -XX:-UseAdaptiveSizePolicy: thousands of full collections);
# on Java 17 and, where there is one, on the Java 25 the Action prefers (bench/java25.sh). Run from
# the repository's root after `mvn package`.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
read -r -a flags < .github/action/java-flags
fail() {
  echo "java flags: $*" >&2
  exit 1
}

# check JAVA: the flags on the JVM JAVA.
check() {
  local java=$1 version status full
  version=$("$java" -version 2>&1 | sed -n 1p)
  "$java" "${flags[@]}" -jar target/outpost.jar --version > /dev/null ||
    fail "the jar does not start with ${flags[*]} on $version"
  status=0
  timeout 120 "$java" "${flags[@]}" "-Xlog:gc:file=$work/gc.txt" src/test/action/HeapGrowth.java \
    > "$work/out.txt" 2>&1 || status=$?
  [ "$status" -eq 0 ] ||
    { cat "$work/out.txt"; fail "the heap growth program failed or ran out of time ($status) on $version"; }
  full=$(grep -c 'Pause Full' "$work/gc.txt" || true)
  [ "$full" -le 10 ] ||
    fail "$full full collections for 800 MB kept alive on $version: the heap does not grow"
  echo "java flags: ${flags[*]} on $version: the jar starts, and 800 MB kept alive took $full full" \
    "collections"
}

source bench/java25.sh
check java
java25=$(java25_home)
if [ -n "$java25" ]; then
  check "$java25/bin/java"
else
  echo "java flags: no JDK 25 or newer here, so only Java 17 was checked"
fi
