#!/usr/bin/env bash
# Checks that the jar is reproducible: the same sources build a byte-identical target/outpost.jar.
# Copies the working tree (the files Git tracks or would track) into two folders at different
# paths and builds the jar in each with `mvn package`, the second in another time zone, locale and
# umask, then compares the two jars' SHA-256; on a difference it lists the entries that differ.
# Any arguments go to Maven (such as -o). Run from the repository's root.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "reproducible: $*" >&2
  exit 1
}
for dir in first second-build; do
  mkdir -p "$work/$dir"
  git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
    tar --null -T - -cf - | tar -xf - -C "$work/$dir"
done
# build DIR ENV...: the jar of $work/DIR, built with the environment ENV.
build() {
  local dir=$1
  shift
  (cd "$work/$dir" && env "$@" mvn -B -ntp -q -DskipTests "${maven_args[@]}" package) \
    > "$work/$dir.log" 2>&1 || { cat "$work/$dir.log"; fail "the build in $dir failed"; }
}
maven_args=("$@")
build first TZ=UTC LC_ALL=C.UTF-8
(umask 0002 && build second-build TZ=Pacific/Chatham LC_ALL=C)
first=$(sha256sum "$work/first/target/outpost.jar" | cut -d' ' -f1)
second=$(sha256sum "$work/second-build/target/outpost.jar" | cut -d' ' -f1)
if [ "$first" != "$second" ]; then
  echo "reproducible: the two jars differ: $first and $second" >&2
  for dir in first second-build; do
    (cd "$work/$dir/target" && mkdir x && cd x && jar xf ../outpost.jar &&
      find . -type f -print0 | sort -z | xargs -0 sha256sum > "$work/$dir.sums")
    jar tvf "$work/$dir/target/outpost.jar" | awk '{print $NF, $(NF-3), $(NF-2), $(NF-1)}' |
      sort > "$work/$dir.times"
  done
  diff "$work/first.sums" "$work/second-build.sums" | sed -n 1,40p >&2 || true
  diff "$work/first.times" "$work/second-build.times" | sed -n 1,20p >&2 || true
  exit 1
fi
entries=$(jar tf "$work/first/target/outpost.jar" | wc -l)
echo "reproducible: two builds give the same jar ($entries entries), SHA-256 $first"
