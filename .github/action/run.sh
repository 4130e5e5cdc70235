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
exec "$java_bin" -jar "${OUTPOST_JAR:?}" "${OUTPOST_COMMAND:-build}" "${extra[@]}"
