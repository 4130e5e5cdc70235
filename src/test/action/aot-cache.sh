#!/usr/bin/env bash
# Checks the action's AOT cache (.github/action/run.sh) with the packaged jar and the demo, on
# Java 25, the JVM the Action prefers: a training run writes the cache and its checksum; the next
# run maps Outpost's classes from it; a cache of another jar, or a damaged one, is not used (a JVM
# may crash on it) and the build still succeeds; without training, no cache is written. On Java 17
# a training run writes nothing and builds the site. Run from the repository's root after
# `mvn package`. With CI set, a machine without Java 25 fails the check; elsewhere only the Java 17
# half runs then.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp target/outpost.jar "$work/outpost-test.jar"
source bench/java25.sh

# One run of the action's script; $java25 is the JAVA_HOME_25_X64 it sees (empty: none, so it runs
# on Java 17, the machine's java).
java25=""
run() {
  rm -rf "$work/site"
  env -u JAVA_HOME -u JAVA_HOME_21_X64 -u JAVA_HOME_17_X64 JAVA_HOME_25_X64="$java25" \
    OUTPOST_JAR="$work/outpost-test.jar" OUTPOST_COMMAND=build \
    OUTPOST_ARGS="--offline --now 2026-11-21T12:00:00Z --out $work/site" \
    bash .github/action/run.sh > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; return 1; }
  grep -q "Built [0-9]* files" "$work/out.txt" || fail "no build: $(cat "$work/out.txt")"
  [ -f "$work/site/index.html" ] || fail "no site built"
}
fail() {
  echo "AOT cache ($label): $*" >&2
  exit 1
}
# How many of Outpost's classes came from the cache: the JDK's own archive holds none of them.
shared() {
  JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$work/classes.txt" run
  grep -cE '\] dev\.outpost\.[^ ]* source: shared objects file' "$work/classes.txt" || true
}

# left_out WHAT: a run beside the cache, now WHAT, maps none of its classes, still builds the
# site, and the JVM prints nothing about the cache.
left_out() {
  local mapped
  mapped=$(shared)
  [ "$mapped" -eq 0 ] || fail "the cache was used with $1 ($mapped classes)"
  grep -qE '\]\[ *(aot|cds)' "$work/out.txt" && fail "the JVM spoke of $1: $(cat "$work/out.txt")"
  return 0
}

label="Java 17"
OUTPOST_AOT_TRAIN=true run
compgen -G "$work/*-jvm*" > /dev/null && fail "a training run on Java 17 wrote $(ls "$work")"
echo "AOT cache (Java 17): none written, the site built"

java25=$(java25_home)
label="Java 25"
if [ -z "$java25" ]; then
  [ -z "${CI:-}" ] || fail "no JDK 25 or newer on this machine"
  echo "AOT cache: no JDK 25 or newer here, so the AOT cache was not checked"
  exit 0
fi
OUTPOST_AOT_TRAIN=false run
compgen -G "$work/*-jvm*" > /dev/null && fail "written without training"

OUTPOST_AOT_TRAIN=true run
cache=$(compgen -G "$work/outpost-test-jvm*.aot") || fail "no .aot written by the training run"
[ -f "$cache.cksum" ] || fail "no checksum beside $cache"
compgen -G "$work/*.partial" > /dev/null && fail "a partial cache was left"
compgen -G "$work/*.config" > /dev/null && fail "the training's class list was left"

# picocli's classes, compiled for Java 5, cannot be linked ahead of time, so Java 25 loads them from
# the jar; Outpost's come from the cache.
used=$(shared)
[ "$used" -gt 400 ] || fail "only $used of Outpost's classes came from the cache"

# A jar changed since the training (here only its time) is one the cache does not belong to: the
# JVM runs without the cache, and says nothing of it.
touch -d '+1 minute' "$work/outpost-test.jar"
left_out "another jar"

# A cache damaged after it was written (here cut short) fails its checksum and is not used.
rm -f "$cache" "$cache.cksum"
OUTPOST_AOT_TRAIN=true run
[ "$(shared)" -gt 400 ] || fail "the cache trained anew for the changed jar was not used"
chmod u+w "$cache"
head -c 100000 "$cache" > "$work/cut" && cat "$work/cut" > "$cache"
left_out "its cache damaged"

echo "AOT cache (Java 25): trained, $used of Outpost's classes mapped from it, a foreign or" \
  "damaged one ignored"
