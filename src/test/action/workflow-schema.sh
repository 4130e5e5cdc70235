#!/usr/bin/env bash
# Checks workflows and actions against GitHub's schemas as SchemaStore publishes them (the copies in
# src/test/schemas, with their source in its README), with ajv-cli: each FILE named action.yml
# against the action's schema, every other FILE against the workflow's.
# Before that it shows that the check can fail: broken copies of the release workflow (a
# permission misspelt, a permission level that does not exist, a job without runs-on, no `on:`)
# must each be refused, and the release workflow itself, which grants `attestations: write`,
# accepted. ajv-cli is installed with npm into target/ci-tools when it is not there yet.
# Usage: workflow-schema.sh FILE...   Run from the repository's root.
set -euo pipefail
schemas=src/test/schemas
tools=target/ci-tools
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "workflow schema: $*" >&2
  exit 1
}
[ "$#" -gt 0 ] || fail "name the files to check"
if [ ! -x "$tools/node_modules/.bin/ajv" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --silent ajv-cli@5.0.0 ajv@8.20.0
fi

# check SCHEMA FILE: whether FILE matches SCHEMA; ajv's own strict mode is off, since it judges
# how the schema is written, not the file. ajv-cli reads FILE as YAML by its extension.
check() {
  "$tools/node_modules/.bin/ajv" validate --spec=draft7 --strict=false --errors=text \
    -s "$schemas/$1" -d "$2"
}

release=.github/workflows/release.yml
grep -q '^      attestations: write' "$release" || fail "$release grants no attestations: write"
broken() {
  local name=$1 from=$2 to=$3
  sed "s/$from/$to/" "$release" > "$work/$name.yml"
  cmp -s "$release" "$work/$name.yml" && fail "the broken copy $name is not broken"
  if check github-workflow.json "$work/$name.yml" > "$work/$name.txt" 2>&1; then
    fail "a release workflow with $name passed: $(cat "$work/$name.txt")"
  fi
}
broken misspelt-permission '^      attestations: write' '      attestation: write'
broken unknown-level '^      id-token: write' '      id-token: admin'
broken no-runs-on '^    runs-on: ubuntu-latest' '    runs_on: ubuntu-latest'
broken no-on '^on:' 'when:'
echo "workflow schema: 4 broken copies of $release refused"

for file in "$@"; do
  schema=github-workflow.json
  [ "$(basename "$file")" != action.yml ] || schema=github-action.json
  check "$schema" "$file" || fail "$file does not match $schema"
done
