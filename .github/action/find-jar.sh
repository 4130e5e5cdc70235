#!/usr/bin/env bash
# Names what this run of the action needs, for the cache step that follows: the hash of the action's
# source (which the jar is, built or released), the JVM it will run on (jvm.sh), and the release tag
# when the action is used at one (v1, v1.2, v1.2.3), whose attached jar get-jar.sh then downloads
# instead of building.
set -euo pipefail
action_path="${GITHUB_ACTION_PATH:?run this from action.yml}"
# shellcheck source=.github/action/jvm.sh
source "$(dirname "$0")/jvm.sh"

hash=$(cd "$action_path" && find pom.xml src/main site-templates -type f -print0 | sort -z \
  | xargs -0 sha256sum | sha256sum | cut -c1-20)
release=""
if [[ "${ACTION_REF:-}" =~ ^v[0-9]+(\.[0-9]+){0,2}$ ]]; then
  release="$ACTION_REF"
fi
echo "Outpost from source ${hash}${release:+ (release $release)}, on Java $major ($java_bin)"
{
  echo "source-hash=$hash"
  echo "jvm=$jvm"
  echo "release=$release"
} >> "$GITHUB_OUTPUT"
