#!/usr/bin/env bash
# Finds the Outpost jar for this run of the action. At a release tag (v1, v1.2, v1.2.3) it takes
# the jar attached to that release: no build, the shortest cold start. Otherwise it prints the
# hash of the action's source, so that the next step can restore a cached build of exactly it.
set -euo pipefail
action_path="${GITHUB_ACTION_PATH:?run this from action.yml}"
dest="${RUNNER_TEMP:-/tmp}/outpost"
mkdir -p "$dest"

if [[ "${ACTION_REF:-}" =~ ^v[0-9]+(\.[0-9]+){0,2}$ ]]; then
  url="${GITHUB_SERVER_URL:-https://github.com}/${ACTION_REPOSITORY}/releases/download/${ACTION_REF}/outpost.jar"
  if curl --fail --silent --show-error --location --retry 3 --max-time 120 -o "$dest/outpost.jar" "$url"; then
    echo "Using the released jar of ${ACTION_REPOSITORY}@${ACTION_REF}"
    echo "jar=$dest/outpost.jar" >> "$GITHUB_OUTPUT"
    exit 0
  fi
  echo "::warning::No jar is attached to release ${ACTION_REF} of ${ACTION_REPOSITORY}; building from source"
fi

hash=$(cd "$action_path" && find pom.xml src/main site-templates -type f -print0 | sort -z \
  | xargs -0 sha256sum | sha256sum | cut -c1-20)
echo "Building Outpost from source ${hash}"
echo "source-hash=$hash" >> "$GITHUB_OUTPUT"
