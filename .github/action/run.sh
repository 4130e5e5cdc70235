#!/usr/bin/env bash
# Runs one outpost command on the runner's Java 17 (or newer).
set -euo pipefail
java_bin=java
for home in "${JAVA_HOME_17_X64:-}" "${JAVA_HOME_21_X64:-}" "${JAVA_HOME:-}"; do
  if [ -n "$home" ] && [ -x "$home/bin/java" ]; then
    java_bin="$home/bin/java"
    break
  fi
done

case "${OUTPOST_COMMAND:-build}" in
  build | validate | new | init | pin) ;;
  *)
    echo "::error::Unknown command '${OUTPOST_COMMAND}' in the action's 'command' input"
    exit 2
    ;;
esac

read -r -a extra <<< "${OUTPOST_ARGS:-}"
# A build is a short run: the C1 compiler alone and the serial collector roughly halve its CPU time
# and keep its heap small (see the README's performance section).
exec "$java_bin" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "${OUTPOST_JAR:?}" \
  "${OUTPOST_COMMAND:-build}" "${extra[@]}"
