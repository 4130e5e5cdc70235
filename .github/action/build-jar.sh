#!/usr/bin/env bash
# Builds Outpost from the action's source, unless a cached build of the same source is there.
set -euo pipefail
action_path="${GITHUB_ACTION_PATH:?run this from action.yml}"
cache="${RUNNER_TEMP:-/tmp}/outpost-build"
jar="$cache/outpost-${SOURCE_HASH:?}.jar"
if [ ! -f "$jar" ]; then
  mkdir -p "$cache"
  rm -f "$cache"/outpost-*
  mvn --batch-mode --quiet --no-transfer-progress -Dmaven.test.skip=true \
    -f "$action_path/pom.xml" package
  cp "$action_path/target/outpost.jar" "$jar"
fi
echo "jar=$jar" >> "$GITHUB_OUTPUT"
