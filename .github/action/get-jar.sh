#!/usr/bin/env bash
# Puts the Outpost jar for this run at $RUNNER_TEMP/outpost-build/outpost-<source hash>.jar, unless
# the cache step restored it there with its time (which an AOT cache beside it depends
# on): at a release tag the jar attached to that release, downloaded (no build: the shortest cold
# start) and run only once verified; at any other reference, or when the release has no jar, its
# download does not finish in time or the jar fails verification, a build of the action's source.
# A downloaded jar is verified by the SHA-256 that the action's source at the tag records in
# outpost.jar.sha256 beside this script, when it records one: the jar must have exactly that
# SHA-256. Without that file, by the jar's build provenance attestation, through
# `gh attestation verify`: made by this repository's release workflow, on GitHub's runners, from
# the tag of the release. A jar that fails, or that nothing can verify (no file, no `gh`, no
# attestation), is deleted, with a warning, and never run.
# Every network call is bounded in total, connection to last byte, so a server that trickles its
# answer cannot hold the job: each download attempt by --max-time (60 s), all of them by
# --retry-max-time (twice that), the attestation's check by `timeout` (60 s too), and the build
# from source, which downloads Maven's dependencies, by `timeout` (15 min).
# OUTPOST_DOWNLOAD_MAX_TIME and OUTPOST_BUILD_MAX_TIME (seconds) shorten them for the action's own
# tests.
set -euo pipefail
action_path="${GITHUB_ACTION_PATH:?run this from action.yml}"
dir="${RUNNER_TEMP:-/tmp}/outpost-build"
jar="$dir/outpost-${SOURCE_HASH:?}.jar"

max_time=${OUTPOST_DOWNLOAD_MAX_TIME:-60}
build_max_time=${OUTPOST_BUILD_MAX_TIME:-900}

# warn TEXT...: TEXT as one warning annotation, escaped as GitHub reads a workflow command's
# message, so that nothing in it (what `gh` said, say) can end the line and start a command.
warn() {
  local text="$*"
  text=${text//'%'/%25}
  text=${text//$'\r'/%0D}
  text=${text//$'\n'/%0A}
  echo "::warning::$text"
}

download() {
  local url
  url="${GITHUB_SERVER_URL:-https://github.com}/${ACTION_REPOSITORY:?}/releases/download"
  url="$url/$RELEASE/outpost.jar"
  if curl --fail --silent --show-error --location --connect-timeout 15 --max-time "$max_time" \
    --retry 3 --retry-max-time $((2 * max_time)) -o "$jar.partial" "$url"; then
    if verify "$jar.partial"; then
      mv -f "$jar.partial" "$jar"
      echo "Using the released jar of ${ACTION_REPOSITORY}@${RELEASE}"
    else
      rm -f "$jar.partial"
      return 1
    fi
  else
    rm -f "$jar.partial"
    warn "Could not download the jar of release ${RELEASE} of" \
      "${ACTION_REPOSITORY} (none attached, or no complete answer from" \
      "${GITHUB_SERVER_URL:-https://github.com} within ${max_time} s); building from source"
    return 1
  fi
}

# verify FILE: whether FILE is the jar of the release, by the SHA-256 the action's source records,
# else by its attestation; warns when it is not, or cannot be told.
verify() {
  local file=$1 sums="$action_path/.github/action/outpost.jar.sha256" actual expected out status
  actual=$(sha256sum "$file" | cut -d' ' -f1)
  if [ -f "$sums" ]; then
    expected=$(sed -n 's/^\([0-9a-f]\{64\}\) [ *]outpost\.jar$/\1/p' "$sums")
    if [ "$(wc -l <<< "$expected")" -ne 1 ] || [ -z "$expected" ]; then
      warn "The action's source at ${RELEASE} has no single SHA-256 of outpost.jar in" \
        ".github/action/outpost.jar.sha256; the released jar is not run; building from source"
      return 1
    fi
    if [ "$actual" != "$expected" ]; then
      warn "The jar of release ${RELEASE} of ${ACTION_REPOSITORY} has SHA-256 ${actual}, not" \
        "${expected} as the action's source at that tag records: it was replaced or damaged" \
        "after the release was built, and is not run; building from source"
      return 1
    fi
    echo "The jar's SHA-256 ${actual} is the one the action's source at ${RELEASE} records"
    return 0
  fi
  if ! command -v gh > /dev/null; then
    warn "Cannot verify the jar of release ${RELEASE} of ${ACTION_REPOSITORY}: the action's" \
      "source records no SHA-256 of it and there is no gh to check its attestation;" \
      "building from source"
    return 1
  fi
  status=0
  out=$(GH_TOKEN="${GH_TOKEN:-${GITHUB_TOKEN:-}}" timeout "$max_time" gh attestation verify \
    "$file" --repo "$ACTION_REPOSITORY" --source-ref "refs/tags/$RELEASE" \
    --signer-workflow "$ACTION_REPOSITORY/.github/workflows/release.yml" \
    --deny-self-hosted-runners --format json 2>&1) || status=$?
  # An old gh said 0 when it found no attestation at all: a success lists what it verified.
  if [ "$status" -eq 0 ] && grep -q '"verificationResult"' <<< "$out"; then
    echo "The jar's attestation verified: built by ${ACTION_REPOSITORY}'s release workflow" \
      "from ${RELEASE}, SHA-256 ${actual}"
    return 0
  fi
  [ "$status" -ne 124 ] || out="no answer within ${max_time} s"
  warn "The jar of release ${RELEASE} of ${ACTION_REPOSITORY} (SHA-256 ${actual}) failed its" \
    "attestation check (gh attestation verify, exit ${status}): $(tail -n 5 <<< "$out");" \
    "it is not run; building from source"
  return 1
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
