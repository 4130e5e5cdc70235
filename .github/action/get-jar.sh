#!/usr/bin/env bash
# Puts the Outpost jar for this run at $RUNNER_TEMP/outpost-build/outpost-<source hash>.jar, unless
# the cache step restored it there with its time (which an AOT cache beside it depends
# on): at a release tag the jar attached to that release, downloaded (no build: the shortest cold
# start); at any other reference, or when the release has no jar or its download does not finish
# in time, a build of the action's source.
# Every network call is bounded in total, connection to last byte, so a server that trickles its
# answer cannot hold the job: each download attempt by --max-time (60 s), all of them by
# --retry-max-time (twice that), and the build from source, which downloads Maven's dependencies,
# by `timeout` (15 min). OUTPOST_DOWNLOAD_MAX_TIME and OUTPOST_BUILD_MAX_TIME (seconds) shorten them
# for the action's own tests.
set -euo pipefail
action_path="${GITHUB_ACTION_PATH:?run this from action.yml}"
dir="${RUNNER_TEMP:-/tmp}/outpost-build"
jar="$dir/outpost-${SOURCE_HASH:?}.jar"

max_time=${OUTPOST_DOWNLOAD_MAX_TIME:-60}
build_max_time=${OUTPOST_BUILD_MAX_TIME:-900}

download() {
  local url
  url="${GITHUB_SERVER_URL:-https://github.com}/${ACTION_REPOSITORY:?}/releases/download"
  url="$url/$RELEASE/outpost.jar"
  if curl --fail --silent --show-error --location --connect-timeout 15 --max-time "$max_time" \
    --retry 3 --retry-max-time $((2 * max_time)) -o "$jar.partial" "$url"; then
    mv -f "$jar.partial" "$jar"
    echo "Using the released jar of ${ACTION_REPOSITORY}@${RELEASE}"
  else
    rm -f "$jar.partial"
    echo "::warning::Could not download the jar of release ${RELEASE} of" \
      "${ACTION_REPOSITORY} (none attached, or no complete answer from" \
      "${GITHUB_SERVER_URL:-https://github.com} within ${max_time} s); building from source"
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
    status=0
    timeout "$build_max_time" mvn --batch-mode --quiet --no-transfer-progress \
      -Dmaven.test.skip=true -f "$action_path/pom.xml" package || status=$?
    if [ "$status" -eq 124 ]; then
      echo "::error::Building Outpost from source took longer than ${build_max_time} s" \
        "(downloading its dependencies from Maven Central); stopped"
    fi
    [ "$status" -eq 0 ] || exit "$status"
    cp "$action_path/target/outpost.jar" "$jar"
  fi
fi
echo "jar=$jar" >> "$GITHUB_OUTPUT"
