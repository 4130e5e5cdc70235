#!/usr/bin/env bash
# Puts the Outpost jar for this run at $RUNNER_TEMP/outpost-build/outpost-<source hash>.jar, unless
# the cache step restored it there with its time (which a class-data archive beside it depends
# on): at a release tag the jar attached to that release, downloaded (no build: the shortest cold
# start); at any other reference, or when the release has no jar, a build of the action's source.
set -euo pipefail
action_path="${GITHUB_ACTION_PATH:?run this from action.yml}"
dir="${RUNNER_TEMP:-/tmp}/outpost-build"
jar="$dir/outpost-${SOURCE_HASH:?}.jar"

download() {
  local url
  url="${GITHUB_SERVER_URL:-https://github.com}/${ACTION_REPOSITORY:?}/releases/download"
  url="$url/$RELEASE/outpost.jar"
  if curl --fail --silent --show-error --location --retry 3 --max-time 120 -o "$jar.partial" \
    "$url"; then
    mv -f "$jar.partial" "$jar"
    echo "Using the released jar of ${ACTION_REPOSITORY}@${RELEASE}"
  else
    rm -f "$jar.partial"
    echo "::warning::No jar is attached to release ${RELEASE} of ${ACTION_REPOSITORY};" \
      "building from source"
    return 1
  fi
}

if [ -f "$jar" ]; then
  echo "Using the cached jar $jar"
else
  mkdir -p "$dir"
  # What a restore key brought back for another source: its jar and its archives.
  rm -f "$dir"/outpost-*
  if [ -z "${RELEASE:-}" ] || ! download; then
    echo "Building Outpost from source ${SOURCE_HASH}"
    mvn --batch-mode --quiet --no-transfer-progress -Dmaven.test.skip=true \
      -f "$action_path/pom.xml" package
    cp "$action_path/target/outpost.jar" "$jar"
  fi
fi
echo "jar=$jar" >> "$GITHUB_OUTPUT"
