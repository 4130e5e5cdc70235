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
# - a JVM without a release file is named by what `java -version` says;
# - a downloaded jar runs only once verified: at v1 by its attestation (a stand-in `gh` on the PATH
#   that knows which SHA-256 the release workflow attested); at v2, whose jar was replaced after the
#   release was built, the attestation does not match, and at v3 there is none, so both are built
#   from source with a warning, in which what `gh` said cannot start a workflow command; an action
#   whose source at the tag records the jar's SHA-256 runs v3's jar by that alone, without `gh`,
#   and refuses v2's; without `gh` on the PATH nothing verifies v1's jar, and it is built.
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

# Releases of acme/outpost with the packaged jar attached, served as github.com serves them: v1 and
# v3 with the jar as built, v2 with another jar put in its place after the release was built.
for release in v1 v2 v3; do
  mkdir -p "$work/www/acme/outpost/releases/download/$release"
  cp target/outpost.jar "$work/www/acme/outpost/releases/download/$release/outpost.jar"
done
printf 'replaced' >> "$work/www/acme/outpost/releases/download/v2/outpost.jar"
built=$(sha256sum target/outpost.jar | cut -d' ' -f1)
replaced=$(sha256sum "$work/www/acme/outpost/releases/download/v2/outpost.jar" | cut -d' ' -f1)
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
builds() {
  grep -c -- " package$" "$work/mvn.txt" 2> /dev/null || true
}

# A stand-in for gh, answering `gh attestation verify FILE --repo … --source-ref …
# --signer-workflow … --deny-self-hosted-runners --format json` as gh does: exit 0 and a JSON
# array of what it verified when attested.txt has a line "SHA-256 repository ref signer-workflow"
# for the file, else exit 1 and gh's error; exit 4 without a token. It says what gh-says.txt holds
# too.
cat > "$work/bin/gh" << GH
#!/bin/sh
echo "\$*" >> "$work/gh.txt"
if [ -z "\$GH_TOKEN" ]; then
  echo "To get started with GitHub CLI, please run:  gh auth login" >&2
  exit 4
fi
[ "\$1 \$2" = "attestation verify" ] || { echo "unknown command \$1 \$2" >&2; exit 1; }
file=\$3
shift 3
while [ "\$#" -gt 0 ]; do
  case "\$1" in
    --repo) repo=\$2; shift 2 ;;
    --source-ref) ref=\$2; shift 2 ;;
    --signer-workflow) signer=\$2; shift 2 ;;
    --deny-self-hosted-runners) shift ;;
    --format) format=\$2; shift 2 ;;
    *) echo "unknown flag: \$1" >&2; exit 1 ;;
  esac
done
digest=\$(sha256sum "\$file" | cut -d' ' -f1)
echo "Loaded digest sha256:\$digest for file://\$file" >&2
[ ! -f "$work/gh-says.txt" ] || cat "$work/gh-says.txt" >&2
if grep -qx "\$digest \$repo \$ref \$signer" "$work/attested.txt" 2> /dev/null; then
  [ "\$format" = json ] || { echo "✓ Verification succeeded!"; exit 0; }
  subject='{"name":"outpost.jar","digest":{"sha256":"'"\$digest"'"}}'
  echo '[{"attestation":{"bundle":{}},"verificationResult":{"statement":{"subject":['"\$subject"']}}}]'
  exit 0
fi
echo "✗ Loading attestations from GitHub API failed" >&2
echo "" >&2
echo "Error: no attestations found for subject sha256:\$digest in \$repo" >&2
exit 1
GH
chmod +x "$work/bin/gh"
gh_calls() {
  grep -c '^attestation verify ' "$work/gh.txt" 2> /dev/null || true
}
# The release workflow attested v1's jar, and v2's before it was replaced; v3's it did not.
for release in v1 v2; do
  echo "$built acme/outpost refs/tags/$release acme/outpost/.github/workflows/release.yml"
done > "$work/attested.txt"

# The action's source as a tag that records the SHA-256 of the jar built from it.
recorded="$work/recorded"
mkdir -p "$recorded/src" "$recorded/target"
cp -r pom.xml site-templates .github "$recorded/"
cp -r src/main "$recorded/src/"
cp target/outpost.jar "$recorded/target/"
(cd target && sha256sum outpost.jar) > "$recorded/.github/action/outpost.jar.sha256"
action="$PWD"
base_path=$PATH

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
  export RUNNER_TEMP="$work/runner" GITHUB_ACTION_PATH="$action" GITHUB_OUTPUT="$outputs"
  GITHUB_SERVER_URL="http://127.0.0.1:$(cat "$work/port")"
  export GITHUB_SERVER_URL PATH="$work/bin:$base_path"
  on_runner() {
    env -u JAVA_HOME -u JAVA_HOME_21_X64 -u JAVA_HOME_17_X64 JAVA_HOME_25_X64="$java25" "$@"
  }
  on_runner ACTION_REF="$ref" bash "$action/.github/action/find-jar.sh" >> "$work/out.txt" 2>&1 ||
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
    GH_TOKEN=token-of-the-run bash "$action/.github/action/get-jar.sh" >> "$work/out.txt" 2>&1 ||
    fail "get-jar.sh failed"
  jar=$(sed -n 's/^jar=//p' "$outputs")
  [ -f "$jar" ] || fail "no jar at '$jar'"

  args="--now 2026-11-21T12:00:00Z"
  [ "$command" != build ] || args="$args --offline --out $work/site"
  train=true
  [ "$hit" = false ] || train=false
  on_runner OUTPOST_JAR="$jar" OUTPOST_COMMAND="$command" OUTPOST_AOT_TRAIN="$train" \
    OUTPOST_ARGS="$args" \
    bash "$action/.github/action/run.sh" >> "$work/out.txt" 2>&1 || fail "run.sh failed"
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
grep -q "The jar's attestation verified: built by acme/outpost's release workflow from v1" \
  "$work/out.txt" || fail "no word of the attestation"
[ "$(gh_calls)" -eq 1 ] || fail "gh attestation verify ran $(gh_calls) times, not once"
expected_call="attestation verify $jar.partial --repo"
expected_call="$expected_call acme/outpost --source-ref refs/tags/v1 --signer-workflow"
expected_call="$expected_call acme/outpost/.github/workflows/release.yml --deny-self-hosted-runners"
[ "$(cat "$work/gh.txt")" = "$expected_call --format json" ] ||
  fail "gh was asked: $(cat "$work/gh.txt")"
[ -f "$work/site/index.html" ] || fail "the first run built no site"
first_jvm=$jvm
[ "$(archives)" = "$(expected build)" ] || fail "the first run trained '$(archives)'"
[ -z "$java25" ] || [ -f "${jar%.jar}-jvm$jvm-build.aot.cksum" ] || fail "no checksum beside the cache"
[ ! -e "$work/mvn.txt" ] || fail "Maven ran for a released jar"

JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$work/classes.txt" job v1 build "$java25"
[ "$hit" = true ] || fail "the second run missed the cache"
[ "$(downloads)" -eq 1 ] || fail "the second run downloaded the jar again"
[ "$(gh_calls)" -eq 1 ] || fail "the jar from the Actions cache was checked again"
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

# Released jars that fail verification, or that nothing verifies, are deleted unrun and built.
# expect_built RELEASE WHY: the run at RELEASE downloaded the jar once more, built from source, ran
# the built jar, and left nothing downloaded behind.
expect_built() {
  [ "$(downloads)" -eq $((before + 1)) ] || fail "$2: the jar of $1 was not downloaded once"
  [ "$(builds)" -eq $((built_before + 1)) ] || fail "$2: no build from source"
  cmp -s "$jar" target/outpost.jar || fail "$2: the jar run is not the one built"
  [ -z "$(find "$work/runner" -name '*.partial')" ] || fail "$2: a partial download was left"
  [ -f "$work/site/index.html" ] || fail "$2: no site"
}
rm -rf "$work/cache"
before=$(downloads) built_before=$(builds)
# gh reports what the attestation holds, which whoever replaced the jar may choose.
printf '::error::forged 100%% by whoever replaced the jar\n' > "$work/gh-says.txt"
job v2 build "$java25"
rm "$work/gh-says.txt"
expect_built v2 "a replaced jar"
warning="^::warning::The jar of release v2 of acme/outpost (SHA-256 $replaced) failed its"
warning="$warning attestation check (gh attestation verify, exit 1): .*%0A::error::forged 100%25 by"
warning="$warning whoever replaced the jar%0A.*no attestations found.*; it is not run; building"
grep -q "$warning from source$" "$work/out.txt" || fail "no warning, escaped, for a replaced jar"
grep -q "^[[:space:]]*::error::" "$work/out.txt" && fail "what gh said started a workflow command"

rm -rf "$work/cache"
before=$(downloads) built_before=$(builds)
job v3 build "$java25"
expect_built v3 "a release without an attestation"
warning="^::warning::The jar of release v3 of acme/outpost (SHA-256 $built) failed its"
warning="$warning attestation check (gh attestation verify, exit 1): .*no attestations found for"
warning="$warning subject sha256:$built in acme/outpost; it is not run; building from source$"
grep -q "$warning" "$work/out.txt" || fail "no warning for a release without an attestation"

# At a tag that records the jar's SHA-256, that decides, without gh.
action="$recorded"
rm -rf "$work/cache"
before=$(downloads) built_before=$(builds) calls=$(gh_calls)
job v3 build "$java25"
[ "$(downloads)" -eq $((before + 1)) ] || fail "the recorded SHA-256: v3's jar was not downloaded"
[ "$(builds)" -eq "$built_before" ] || fail "the recorded SHA-256: Maven ran for a good jar"
grep -q "The jar's SHA-256 $built is the one the action's source at v3 records" "$work/out.txt" ||
  fail "no word of the recorded SHA-256"
grep -q "Using the released jar of acme/outpost@v3" "$work/out.txt" || fail "v3's jar was not used"
[ -f "$work/site/index.html" ] || fail "v3's jar built no site"

rm -rf "$work/cache"
before=$(downloads) built_before=$(builds)
job v2 build "$java25"
expect_built v2 "a jar unlike the recorded SHA-256"
warning="^::warning::The jar of release v2 of acme/outpost has SHA-256 $replaced, not $built as"
warning="$warning the action's source at that tag records: it was replaced or damaged after the"
warning="$warning release was built, and is not run; building from source$"
grep -q "$warning" "$work/out.txt" || fail "no warning for a jar unlike the recorded SHA-256"
[ "$(gh_calls)" -eq "$calls" ] || fail "gh ran where the source records the SHA-256"
action="$PWD"

# A runner without gh, and a tag that records no SHA-256: nothing can verify the jar.
mv "$work/bin/gh" "$work/gh"
base_path=$(tr ':' '\n' <<< "$base_path" | while read -r d; do
  [ -z "$d" ] || [ -x "$d/gh" ] || echo "$d"
done | paste -sd:)
rm -rf "$work/cache"
before=$(downloads) built_before=$(builds)
job v1 build "$java25"
command -v gh > /dev/null && fail "gh is still on the PATH"
expect_built v1 "a runner without gh"
warning="^::warning::Cannot verify the jar of release v1 of acme/outpost: the action's source"
warning="$warning records no SHA-256 of it and there is no gh to check its attestation; building"
grep -q "$warning from source$" "$work/out.txt" || fail "no warning for a runner without gh"

echo "action jar: one download at v1, then the jar and its AOT cache from the Actions cache" \
  "($mapped of Outpost's classes mapped); another JVM's AOT cache deleted, a new one per" \
  "command; a build from" \
  "source for a release without a jar, for one whose jar trickles in, and at a branch; a replaced" \
  "jar refused by its attestation and by the SHA-256 the tag records, a jar without attestation" \
  "or gh built from source, a good one run by either"
