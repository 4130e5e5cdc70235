#!/usr/bin/env bash
# Runs one outpost command on the runner's Java (jvm.sh): 25 where the runner has it, for its AOT
# cache (below); else 17, 21 or JAVA_HOME's.
set -euo pipefail
# shellcheck source=.github/action/jvm.sh
source "$(dirname "$0")/jvm.sh"

case "${OUTPOST_COMMAND:-build}" in
  build | validate | new | init | pin | doctor | check | alert | notify) ;;
  *)
    echo "::error::Unknown command '${OUTPOST_COMMAND}' in the action's 'command' input"
    exit 2
    ;;
esac

read -r -a extra <<< "${OUTPOST_ARGS:-}"
jar="${OUTPOST_JAR:?}"

# The JVM's flags (java-flags, beside this script): the C1 compiler alone, and the parallel
# collector with a young generation of 120 MB whose survivors go straight to the old one (a
# build's survivors are its model, kept to the end); see docs/performance.md.
read -r -a flags < "$(dirname "$0")/java-flags"

# On Java 25 or newer, an AOT cache beside the jar (JEP 483) holds the classes a build uses,
# Outpost's and the JDK's, loaded and linked, with the lambdas and string concatenations resolved:
# a build took about a sixth less time with it (see docs/performance.md). On Java 17 and 21 there
# is none. A cache belongs to one jar and one JVM, and is trained by one command (a validate loads
# fewer classes than a build), so its name holds a hash of the JVM and the command's name. The
# action caches it with the jar under a key made of the source, the JVM and the command; a restored
# jar, released or built, keeps its time, which the cache checks. The first run of a key
# (OUTPOST_AOT_TRAIN=true: the Actions cache missed) is the training run: it records how the build
# loads and links its classes, then a second JVM, running none of the build, writes the cache.
# On any JVM, a miss deletes the caches of the jar for other JVMs, which a restore key brought back
# after the runner's Java changed. A JVM may crash on a damaged cache, so one is used only if its
# checksum, written once it was complete, still matches; without one, Outpost simply runs without.
if [ "${OUTPOST_AOT_TRAIN:-false}" = true ]; then
  for other in "${jar%.jar}"-jvm*; do
    [[ "$other" == "${jar%.jar}-jvm$jvm-"* ]] || rm -f "$other"
  done
fi
if [ "$major" -ge 25 ]; then
  aot="${jar%.jar}-jvm$jvm-${OUTPOST_COMMAND:-build}.aot"
  list="$aot.config"
  partial="$aot.partial"
  # The JVM says nothing of its cache (a missing or foreign one is simply not used), but for one
  # line at the end of the training run: "AOTConfiguration recorded".
  quiet=(-Xlog:aot=off -Xlog:cds=off)
  if [ -f "$aot" ] && [ -f "$aot.cksum" ] && [ "$(cksum < "$aot")" = "$(cat "$aot.cksum")" ]; then
    flags+=("-XX:AOTCache=$aot" "${quiet[@]}")
  elif [ "${OUTPOST_AOT_TRAIN:-false}" = true ]; then
    status=0
    "$java_bin" "${flags[@]}" -XX:AOTMode=record "-XX:AOTConfiguration=$list" "${quiet[@]}" \
      -jar "$jar" "${OUTPOST_COMMAND:-build}" "${extra[@]}" || status=$?
    if [ "$status" -eq 0 ] && [ -s "$list" ] &&
      "$java_bin" "${flags[@]}" -XX:AOTMode=create "-XX:AOTConfiguration=$list" \
        "-XX:AOTCache=$partial" -cp "$jar" > /dev/null 2>&1 && [ -s "$partial" ]; then
      mv -f "$partial" "$aot"
      cksum < "$aot" > "$aot.cksum"
    else
      rm -f "$partial"
    fi
    rm -f "$list"
    exit "$status"
  fi
fi

# A build is a short run: the C1 compiler alone and the collector's settings above roughly halve its
# CPU time and keep its heap small (see docs/performance.md).
exec "$java_bin" "${flags[@]}" -jar "$jar" "${OUTPOST_COMMAND:-build}" "${extra[@]}"
