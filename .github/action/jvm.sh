#!/usr/bin/env bash
# Sourced by find-jar.sh and run.sh: the JVM the action runs Outpost on, and its name.
# java_bin: Java 25 where the runner has it (JAVA_HOME_25_X64, on GitHub's hosted runners), for its
# AOT cache (run.sh); else 17, 21 or JAVA_HOME's; else the java on the PATH.
# jvm: a checksum naming that exact JVM, which an AOT cache belongs to. It is taken from
# the JVM's release file (JAVA_RUNTIME_VERSION and more), which costs nothing to read, else from
# what `java -version` says, which costs a JVM start (about 0.1 s). Should two JVMs ever share a
# name, the JVM checks the archive's own header and runs without a foreign one.
# major: its major version (17, 21, 25, …; 0 when it cannot be told).
# shellcheck disable=SC2034 # read by the scripts that source this one
java_bin=java
for home in "${JAVA_HOME_25_X64:-}" "${JAVA_HOME_17_X64:-}" "${JAVA_HOME_21_X64:-}" \
  "${JAVA_HOME:-}"; do
  if [ -n "$home" ] && [ -x "$home/bin/java" ]; then
    java_bin="$home/bin/java"
    break
  fi
done
release_file="$(dirname "$(dirname "$(readlink -f "$(command -v "$java_bin")")")")/release"
if [ -f "$release_file" ]; then
  jvm=$(cksum < "$release_file" | cut -d' ' -f1)
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release_file")
else
  version=$("$java_bin" -version 2>&1 | grep -v '^Picked up')
  jvm=$(cksum <<< "$version" | cut -d' ' -f1)
  major=$(sed -n 's/.*version "\([0-9]*\).*/\1/p' <<< "$version" | head -n 1)
fi
major=${major:-0}
