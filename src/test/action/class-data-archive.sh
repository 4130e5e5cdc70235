#!/usr/bin/env bash
# Checks the action's class-data archive (.github/action/run.sh) with the packaged jar and the demo,
# on Java 17 (an AppCDS archive) and on Java 25 (an AOT cache), the JVM the Action prefers:
# a training run writes the archive and its checksum; the next run maps Outpost's classes (and on
# Java 17 picocli's) from it;
# a damaged archive is not used (a JVM may crash on it) and the build still succeeds; without
# training, no archive is written. Run from the repository's root after `mvn package`. With CI set,
# a machine without Java 25 fails the check; elsewhere only the Java 17 half runs then.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp target/outpost.jar "$work/outpost-test.jar"
source bench/java25.sh

# One run of the action's script; $java25 is the JAVA_HOME_25_X64 it sees (empty: none, so it runs
# on Java 17, the machine's java).
java25=""
run() {
  env -u JAVA_HOME -u JAVA_HOME_21_X64 -u JAVA_HOME_17_X64 JAVA_HOME_25_X64="$java25" \
    OUTPOST_JAR="$work/outpost-test.jar" OUTPOST_COMMAND=build \
    OUTPOST_ARGS="--offline --now 2026-11-21T12:00:00Z --out $work/site" \
    bash .github/action/run.sh > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; return 1; }
}
fail() {
  echo "class-data archive ($label): $*" >&2
  exit 1
}
# How many of Outpost's and picocli's classes came from an archive: the JDK's own archive holds
# none of them.
shared() {
  JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$work/classes.txt" run
  grep -cE '\] (dev\.outpost|picocli)\.[^ ]* source: shared objects file' "$work/classes.txt" ||
    true
}
picocli() {
  grep -cE '\] picocli\.[^ ]* source: shared objects file' "$work/classes.txt" || true
}

# left_out WHAT: a run beside the archive, now WHAT, maps none of its classes, still builds the
# site, and the JVM prints nothing about the archive.
left_out() {
  local mapped
  mapped=$(shared)
  [ "$mapped" -eq 0 ] || fail "the archive was used with $1 ($mapped classes)"
  grep -q "Built [0-9]* files" "$work/out.txt" || fail "no build beside $1"
  grep -qE '\]\[ *(aot|cds)' "$work/out.txt" && fail "the JVM spoke of $1: $(cat "$work/out.txt")"
  return 0
}

# check LABEL EXTENSION MINIMUM [PICOCLI]: the archive (*-jvm*.EXTENSION) holds more than MINIMUM of
# Outpost's and picocli's classes, and, if PICOCLI is given, more than PICOCLI of picocli's.
check() {
  label=$1
  rm -f "$work"/*.jsa* "$work"/*.aot*
  OUTPOST_CDS_TRAIN=false run
  compgen -G "$work/*-jvm*" > /dev/null && fail "written without training"

  OUTPOST_CDS_TRAIN=true run
  archive=$(compgen -G "$work/outpost-test-jvm*.$2") || fail "no .$2 written by the training run"
  [ -f "$archive.cksum" ] || fail "no checksum beside $archive"
  [ -f "$work/site/index.html" ] || fail "the training run built no site"
  compgen -G "$work/*.partial" > /dev/null && fail "a partial archive was left"
  compgen -G "$work/*.config" > /dev/null && fail "the training's class list was left"

  used=$(shared)
  [ "$used" -gt "$3" ] || fail "only $used of Outpost's and picocli's classes came from the archive"
  old=$(picocli)
  if [ -n "${4:-}" ]; then
    [ "$old" -gt "$4" ] || fail "only $old of picocli's classes (compiled for Java 5) came from it"
  fi

  # A jar changed since the training (here only its time) is one the archive does not belong to:
  # the JVM runs without the archive, and says nothing of it.
  touch -d '+1 minute' "$work/outpost-test.jar"
  left_out "another jar"

  chmod u+w "$archive"
  head -c 100000 "$archive" > "$work/cut" && cat "$work/cut" > "$archive"
  left_out "its archive damaged"

  echo "class-data archive ($label): trained, $used of Outpost's and picocli's classes mapped" \
    "from it ($old of picocli's), a foreign or damaged one ignored"
}

check "Java 17, AppCDS" jsa 500 100

java25=$(java25_home)
if [ -z "$java25" ]; then
  [ -z "${CI:-}" ] || { label="Java 25"; fail "no JDK 25 or newer on this machine"; }
  echo "class-data archive: no JDK 25 or newer here, so the AOT cache was not checked"
  exit 0
fi
# picocli's classes, compiled for Java 5, cannot be linked ahead of time, so Java 25 loads them from
# the jar.
check "Java 25, AOT cache" aot 400
