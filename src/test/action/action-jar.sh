#!/usr/bin/env bash
# Checks how the action gets Outpost's jar and keeps the AOT cache with it, through its
# own scripts in the order action.yml runs them (find-jar.sh, the cache step, get-jar.sh, run.sh),
# on simulated runners, each starting with an empty temporary folder:
# - at a release tag, the first run downloads the release's jar (from a local server standing in
#   for github.com), builds the demo and trains an AOT cache (on Java 25), and the Actions cache
#   keeps both;
# - the next run is served by the Actions cache: no download, and the build maps Outpost's classes
#   from the AOT cache;
# - after the runner's Java changed (to 17), a run restores the jar through a restore key,
#   downloads nothing, and deletes the old JVM's AOT cache;
# - another command (validate) trains an AOT cache of its own;
# - a release without a jar falls back to building from source (a stand-in `mvn` on the PATH), and
#   so does one whose server sends the headers and then trickles the jar, at the download's
#   deadline (shortened to 2 s here), not when the jar is complete;
#   a run at a branch builds from source without asking for a release;
# - a JVM without a release file is named by what `java -version` says.
# The cache step is simulated as actions/cache does it: a tar of the folder, restored by the exact
# key, else by the newest entry whose key starts with a restore key, and saved under the key only
# when it missed. Run from the repository's root after `mvn package`. Needs Java 25 and 17 for
# the change of Java; with CI set, a machine without Java 25 fails the check.
set -euo pipefail
work=$(mktemp -d)
server=""
trap '[ -z "$server" ] || kill "$server" 2> /dev/null; rm -rf "$work"' EXIT
source bench/java25.sh

fail() {
  echo "action jar: $*" >&2
  [ ! -f "$work/out.txt" ] || cat "$work/out.txt" >&2
  exit 1
}

# A release of acme/outpost at v1 with the packaged jar attached, served as github.com serves it.
mkdir -p "$work/www/acme/outpost/releases/download/v1"
cp target/outpost.jar "$work/www/acme/outpost/releases/download/v1/outpost.jar"
python3 - "$work/www" "$work/port" "$work/requests.txt" << 'EOF' &
import functools, http.server, os, sys, time
root, port_file, log = sys.argv[1:4]
class Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        if not self.path.startswith("/acme/outpost/releases/download/v7/"):
            return super().do_GET()
        # Release v7's server answers at once, then sends its 1 MB jar a byte every 0.1 s.
        self.log_message("")
        self.send_response_only(200)
        self.send_header("Content-Length", str(1 << 20))
        self.end_headers()
        try:
            while True:
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass
    def log_message(self, format, *args):
        with open(log, "a") as f:
            f.write(self.requestline + "\n")
handler = functools.partial(Handler, directory=root)
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
with open(port_file + ".partial", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(port_file + ".partial", port_file)
server.serve_forever()
EOF
server=$!
for _ in $(seq 100); do [ -f "$work/port" ] && break; sleep 0.1; done
[ -f "$work/port" ] || fail "the stand-in for github.com did not start"
touch "$work/requests.txt"
downloads() {
  grep -c '^GET /acme/outpost/releases/download/' "$work/requests.txt" || true
}

# A stand-in for Maven: the jar is already packaged in target/.
mkdir -p "$work/bin"
printf '#!/bin/sh\necho "$*" >> "%s/mvn.txt"\n' "$work" > "$work/bin/mvn"
chmod +x "$work/bin/mvn"

# job REF COMMAND JAVA25: one run of the action at REF (v1, main, …) running COMMAND, on a runner
# whose JAVA_HOME_25_X64 is JAVA25 (empty: none, so it runs on Java 17, the machine's java). It
# sets hit (the cache step's cache-hit), jar and jvm, and leaves the build's output in out.txt.
job() {
  local ref=$1 command=$2 java25=$3 outputs="$work/outputs.txt" restored=""
  local prefix hash release key args train
  rm -rf "$work/runner" "$work/site"
  mkdir -p "$work/runner"
  : > "$outputs"
  : > "$work/out.txt"
  export RUNNER_TEMP="$work/runner" GITHUB_ACTION_PATH="$PWD" GITHUB_OUTPUT="$outputs"
  GITHUB_SERVER_URL="http://127.0.0.1:$(cat "$work/port")"
  export GITHUB_SERVER_URL PATH="$work/bin:$PATH"
  on_runner() {
    env -u JAVA_HOME -u JAVA_HOME_21_X64 -u JAVA_HOME_17_X64 JAVA_HOME_25_X64="$java25" "$@"
  }
  on_runner ACTION_REF="$ref" bash .github/action/find-jar.sh >> "$work/out.txt" 2>&1 ||
    fail "find-jar.sh failed"
  hash=$(sed -n 's/^source-hash=//p' "$outputs")
  jvm=$(sed -n 's/^jvm=//p' "$outputs")
  release=$(sed -n 's/^release=//p' "$outputs")
  [[ "$hash" =~ ^[0-9a-f]{20}$ ]] || fail "source hash '$hash'"
  [[ "$jvm" =~ ^[0-9]+$ ]] || fail "JVM named '$jvm'"
  key="outpost-Linux-$hash-jvm$jvm-$command"

  hit=false
  if [ -f "$work/cache/$key.tar" ]; then
    restored="$work/cache/$key.tar"
    hit=true
  else
    for prefix in "outpost-Linux-$hash-" "outpost-Linux-"; do
      # shellcheck disable=SC2012 # the keys are made of letters, digits and dashes
      restored=$(ls -t "$work/cache/$prefix"*.tar 2> /dev/null | head -n 1 || true)
      [ -z "$restored" ] || break
    done
  fi
  [ -z "$restored" ] || tar -C "$work/runner" -xf "$restored"

  on_runner SOURCE_HASH="$hash" RELEASE="$release" ACTION_REPOSITORY=acme/outpost \
    bash .github/action/get-jar.sh >> "$work/out.txt" 2>&1 || fail "get-jar.sh failed"
  jar=$(sed -n 's/^jar=//p' "$outputs")
  [ -f "$jar" ] || fail "no jar at '$jar'"

  args="--now 2026-11-21T12:00:00Z"
  [ "$command" != build ] || args="$args --offline --out $work/site"
  train=true
  [ "$hit" = false ] || train=false
  on_runner OUTPOST_JAR="$jar" OUTPOST_COMMAND="$command" OUTPOST_AOT_TRAIN="$train" \
    OUTPOST_ARGS="$args" \
    bash .github/action/run.sh >> "$work/out.txt" 2>&1 || fail "run.sh failed"
  unset -f on_runner

  if [ "$hit" = false ]; then
    mkdir -p "$work/cache"
    tar -C "$work/runner" -cf "$work/cache/$key.tar" outpost-build
    sleep 1 # so that ls -t orders the entries
  fi
}
# archives: the AOT caches beside the jar, by name without the jar's.
archives() {
  find "$(dirname "$jar")" -maxdepth 1 -name '*-jvm*.aot' \
    -printf '%f\n' | sort | sed "s/^$(basename "${jar%.jar}")//" | tr '\n' ' '
}

# A JVM without a release file (a wrapper script here) is named by what `java -version` says.
mkdir -p "$work/bare/bin"
printf '#!/bin/sh\nexec %s "$@"\n' "$(command -v java)" > "$work/bare/bin/java"
chmod +x "$work/bare/bin/java"
# shellcheck disable=SC2016 # expanded by the shell that sources jvm.sh
read -r bare_bin bare_jvm bare_major < <(env -u JAVA_HOME -u JAVA_HOME_25_X64 -u JAVA_HOME_21_X64 \
  JAVA_HOME_17_X64="$work/bare" bash -c 'source .github/action/jvm.sh; echo "$java_bin $jvm $major"')
expected=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
[ "$bare_bin" = "$work/bare/bin/java" ] || fail "the JVM without a release file was not chosen"
[[ "$bare_jvm" =~ ^[0-9]+$ ]] || fail "a JVM without a release file was named '$bare_jvm'"
[ "$bare_major" = "$expected" ] ||
  fail "a JVM without a release file was taken for Java '$bare_major', not $expected"

java25=$(java25_home)
if [ -z "$java25" ]; then
  [ -z "${CI:-}" ] || fail "no JDK 25 or newer on this machine"
  echo "action jar: no JDK 25 or newer here, so the change of Java is checked from 17 to 17"
fi
# expected COMMAND: the AOT caches a run of COMMAND leaves: its own on Java 25, none on Java 17.
expected() {
  [ -z "$java25" ] || echo "-jvm$jvm-$1.aot "
}

job v1 build "$java25"
[ "$hit" = false ] || fail "the first run hit the cache"
[ "$(downloads)" -eq 1 ] || fail "the first run downloaded the jar $(downloads) times, not once"
grep -q "Using the released jar of acme/outpost@v1" "$work/out.txt" || fail "no word of the release"
[ -f "$work/site/index.html" ] || fail "the first run built no site"
first_jvm=$jvm
[ "$(archives)" = "$(expected build)" ] || fail "the first run trained '$(archives)'"
[ -z "$java25" ] || [ -f "${jar%.jar}-jvm$jvm-build.aot.cksum" ] || fail "no checksum beside the cache"
[ ! -e "$work/mvn.txt" ] || fail "Maven ran for a released jar"

JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$work/classes.txt" job v1 build "$java25"
[ "$hit" = true ] || fail "the second run missed the cache"
[ "$(downloads)" -eq 1 ] || fail "the second run downloaded the jar again"
grep -q "Using the cached jar" "$work/out.txt" || fail "no word of the cached jar"
mapped=$(grep -cE '\] dev\.outpost\.[^ ]* source: shared objects file' "$work/classes.txt" || true)
[ -z "$java25" ] || [ "$mapped" -gt 400 ] ||
  fail "the second run mapped $mapped of Outpost's classes, not over 400"

if [ -n "$java25" ]; then
  job v1 build "" # the runner now has no Java 25: Java 17
  [ "$jvm" != "$first_jvm" ] || fail "Java 17 and 25 were given the same name"
  [ "$hit" = false ] || fail "a run on another JVM hit the first JVM's cache entry"
  [ "$(downloads)" -eq 1 ] || fail "a restored jar was downloaded again"
  [ "$(archives)" = "" ] || fail "after the change of Java: '$(archives)'"
fi

job v1 validate "$java25"
[ "$hit" = false ] || fail "validate hit the cache entry of build"
[ "$(downloads)" -eq 1 ] || fail "validate downloaded the jar again"
[ "$(archives)" = "$(expected validate)" ] || fail "validate left '$(archives)'"

rm -rf "$work/cache"
job v9 build "$java25"
grep -q "::warning::Could not download the jar of release v9 of acme/outpost" "$work/out.txt" ||
  fail "no warning for a release without a jar"
grep -q -- "-f $PWD/pom.xml package" "$work/mvn.txt" || fail "no build from source without a jar"
[ -f "$work/site/index.html" ] || fail "the build from source built no site"

# A release whose jar trickles in: the download stops at its deadline and the jar is built instead.
rm -rf "$work/cache"
export OUTPOST_DOWNLOAD_MAX_TIME=2
started=$SECONDS
job v7 build "$java25"
took=$((SECONDS - started))
unset OUTPOST_DOWNLOAD_MAX_TIME
grep -q "::warning::Could not download the jar of release v7 of acme/outpost (none attached, or" \
  "$work/out.txt" || fail "no warning for a release whose jar trickles in"
[ "$(grep -c -- "-f $PWD/pom.xml package" "$work/mvn.txt")" -eq 2 ] ||
  fail "no build from source after the trickling download"
# Attempts of 2 s within 4 s of retries, then the build: far from the hours 1 MB would take.
[ "$took" -lt 40 ] || fail "the trickling download held the job for $took s"
echo "action jar: a trickling download gave up and the jar was built instead in $took s"

# At a branch the jar is built from source, without asking for a release.
rm -rf "$work/cache"
before=$(downloads)
job main build "$java25"
[ "$(downloads)" -eq "$before" ] || fail "a run at a branch asked for a release's jar"
grep -q "::warning::" "$work/out.txt" && fail "a run at a branch warned"
[ "$(grep -c -- "-f $PWD/pom.xml package" "$work/mvn.txt")" -eq 3 ] ||
  fail "a run at a branch did not build from source"
[ "$(archives)" = "$(expected build)" ] || fail "a run at a branch trained '$(archives)'"

echo "action jar: one download at v1, then the jar and its AOT cache from the Actions cache" \
  "($mapped of Outpost's classes mapped); another JVM's AOT cache deleted, a new one per" \
  "command; a build from" \
  "source for a release without a jar, for one whose jar trickles in, and at a branch"
