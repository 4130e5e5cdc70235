#!/usr/bin/env bash
# Checks the action's class-data archive (.github/action/run.sh) with the packaged jar and the demo:
# a training run writes the archive and its checksum; the next run maps Outpost's classes, and
# picocli's, from it;
# a damaged archive is not used (the JVM would crash on it) and the build still succeeds; without
# training, no archive is written. Run from the repository's root after `mvn package`.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp target/outpost.jar "$work/outpost-test.jar"

run() {
  OUTPOST_JAR="$work/outpost-test.jar" OUTPOST_COMMAND=build \
    OUTPOST_ARGS="--offline --now 2026-11-21T12:00:00Z --out $work/site" \
    bash .github/action/run.sh > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; return 1; }
}
fail() {
  echo "class-data archive: $*" >&2
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

OUTPOST_CDS_TRAIN=false run
compgen -G "$work/*.jsa" > /dev/null && fail "written without training"

OUTPOST_CDS_TRAIN=true run
archive=$(compgen -G "$work/outpost-test-jvm*.jsa") || fail "not written by the training run"
[ -f "$archive.cksum" ] || fail "no checksum beside $archive"
[ -f "$work/site/index.html" ] || fail "the training run built no site"

used=$(shared)
[ "$used" -gt 500 ] || fail "only $used of Outpost's and picocli's classes came from the archive"
old=$(picocli)
[ "$old" -gt 100 ] || fail "only $old of picocli's classes (compiled for Java 5) came from the archive"

chmod u+w "$archive"
head -c 100000 "$archive" > "$work/cut" && cat "$work/cut" > "$archive"
mapped=$(shared)
[ "$mapped" -eq 0 ] || fail "a damaged archive was used ($mapped classes)"
grep -q "Built [0-9]* files" "$work/out.txt" || fail "no build with a damaged archive"

echo "class-data archive: trained, $used of Outpost's and picocli's classes mapped from it" \
  "($old of picocli's), a damaged one ignored"
