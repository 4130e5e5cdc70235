#!/usr/bin/env bash
# Runs one outpost command on the runner's Java (jvm.sh): 25 where the runner has it, for its AOT
# cache (below); else 17, 21 or JAVA_HOME's.
set -euo pipefail
# shellcheck source=.github/action/jvm.sh
source "$(dirname "$0")/jvm.sh"

case "${OUTPOST_COMMAND:-build}" in
  build | validate | new | init | pin | check | alert | notify) ;;
  *)
    echo "::error::Unknown command '${OUTPOST_COMMAND}' in the action's 'command' input"
    exit 2
    ;;
esac

read -r -a extra <<< "${OUTPOST_ARGS:-}"
jar="${OUTPOST_JAR:?}"

# A class-data archive beside the jar spares each run loading and linking the classes a build uses,
# Outpost's and the JDK's. On Java 25 or newer it is an AOT cache (JEP 483), which also holds those
# classes linked and the lambdas and string concatenations resolved: a build of 10,000 incidents
# took 0.1 to 0.6 s less with it than on Java 17 with its archive, in four sittings of about 3 s
# builds (see docs/performance.md). Java 17 and 21 get an AppCDS archive.
# An archive belongs to one jar and one JVM, and is trained by one command (a validate loads fewer
# classes than a build), so its name holds a hash of the JVM and the command's name. The action
# caches it with the jar under a key made of the source, the JVM and the command; a restored jar,
# released or built, keeps its time, which the archive checks. The first run of a key
# (OUTPOST_CDS_TRAIN=true: the cache missed) is the training run: it records the classes it loads
# (and on Java 25 how it linked them), then a second JVM, running none of the build, dumps the
# archive (a static one: unlike an archive written as a JVM exits, it can hold picocli's classes,
# compiled for Java 5, on Java 17). Archives of the jar for other JVMs, which a restore key brought
# back after the runner's Java changed, are deleted then. A JVM may crash on a damaged archive, so
# an archive is used only if its checksum, written once it was complete, still matches; without
# one, Outpost simply runs without it.
# The JVM's flags (java-flags, beside this script): the C1 compiler alone, and the parallel
# collector with a young generation of 120 MB whose survivors go straight to the old one (a
# build's survivors are its model, kept to the end); see docs/performance.md.
read -r -a flags < "$(dirname "$0")/java-flags"
stem="${jar%.jar}-jvm$jvm-${OUTPOST_COMMAND:-build}"
if [ "$major" -ge 25 ]; then
  archive="$stem.aot"
  list="$archive.config"
  partial="$archive.partial"
  # The JVM says nothing of its cache (a missing or foreign one is simply not used), but for one
  # line at the end of the training run: "AOTConfiguration recorded".
  quiet=(-Xlog:aot=off -Xlog:cds=off)
  use=("-XX:AOTCache=$archive" "${quiet[@]}")
  record=(-XX:AOTMode=record "-XX:AOTConfiguration=$list" "${quiet[@]}")
  dump=("${flags[@]}" -XX:AOTMode=create "-XX:AOTConfiguration=$list" "-XX:AOTCache=$partial")
else
  archive="$stem.jsa"
  list="$archive.classes"
  partial="$archive.partial"
  use=("-XX:SharedArchiveFile=$archive" -Xshare:auto)
  record=("-XX:DumpLoadedClassList=$list")
  # The dump names classes it could not find again (annotation proxies, made at run time); the
  # archive is good without them.
  dump=(-Xshare:dump "-XX:SharedClassListFile=$list" "-XX:SharedArchiveFile=$partial" -Xlog:cds=off)
fi
if [ -f "$archive" ] && [ -f "$archive.cksum" ] && [ "$(cksum < "$archive")" = "$(cat "$archive.cksum")" ]; then
  flags+=("${use[@]}")
elif [ "${OUTPOST_CDS_TRAIN:-false}" = true ]; then
  for other in "${jar%.jar}"-jvm*; do
    [[ "$other" == "${jar%.jar}-jvm$jvm-"* ]] || rm -f "$other"
  done
  status=0
  "$java_bin" "${flags[@]}" "${record[@]}" \
    -jar "$jar" "${OUTPOST_COMMAND:-build}" "${extra[@]}" || status=$?
  if [ "$status" -eq 0 ] && [ -s "$list" ] &&
    "$java_bin" "${dump[@]}" -cp "$jar" > /dev/null 2>&1 && [ -s "$partial" ]; then
    mv -f "$partial" "$archive"
    cksum < "$archive" > "$archive.cksum"
  else
    rm -f "$partial"
  fi
  rm -f "$list"
  exit "$status"
fi

# A build is a short run: the C1 compiler alone and the collector's settings above roughly halve its
# CPU time and keep its heap small (see docs/performance.md).
exec "$java_bin" "${flags[@]}" -jar "$jar" "${OUTPOST_COMMAND:-build}" "${extra[@]}"
