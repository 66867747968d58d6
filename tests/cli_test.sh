#!/usr/bin/env bash
# End-to-end checks of the claimcheck executable: exit statuses, output
# shapes and error lines (DESIGN.md, "CLI" and "Bad input").
# Usage: cli_test.sh path/to/claimcheck source-dir
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/check_lib.sh"

# --version and --help.
out=$("$bin" --version); check "--version" 0 $? "$(grep -q '^claimcheck [0-9]' <<<"$out"; echo $?)"
"$bin" --help >/dev/null; check "--help" 0 $?
"$bin" >/dev/null 2>&1; check "no subcommand is bad usage" 2 $?
"$bin" check --format pdf x >/dev/null 2>&1; check "bad format is bad usage" 2 $?

# A clean run: a valid report on stdout, nothing rejected.
cat > "$tmp/a.txt" <<'TXT'
---
id: a
source: Example Wire
published: 2025-03-14
---
Officials met in Lisbon on Thursday to discuss the port project.
TXT
"$bin" check "$tmp/a.txt" > "$tmp/report.json"
check "clean check" 0 $? "$(python3 -c '
import json,sys
r=json.load(open(sys.argv[1]))
assert r["schema"]=="claimcheck.report/1"
assert r["tool"]["name"]=="claimcheck"
assert [d["id"] for d in r["documents"]]==["a"]
assert r["documents"][0]["published"]=="2025-03-14"
assert r["errors"]==[] and isinstance(r["contradictions"],list)
for k in ("documents","sentences","claims","contradictions","seconds"): assert k in r["stats"]
' "$tmp/report.json"; echo $?)"

# Bad input: a malformed JSONL line among good ones -> status 3, the good
# records kept, file and line named on stderr and in errors.
printf '%s\n' '{"id": "g1", "text": "The council met on Monday."}' '{"id": "bad", "text": ' \
  '{"id": "g2", "text": "The mayor spoke on Tuesday."}' > "$tmp/mixed.jsonl"
"$bin" check "$tmp/mixed.jsonl" > "$tmp/r2.json" 2> "$tmp/err.txt"
check "malformed JSONL line" 3 $? "$(python3 -c '
import json,sys
r=json.load(open(sys.argv[1]))
assert [d["id"] for d in r["documents"]]==["g1","g2"], r["documents"]
assert len(r["errors"])==1 and r["errors"][0]["line"]==2, r["errors"]
' "$tmp/r2.json" && grep -q 'mixed.jsonl:2: ' "$tmp/err.txt"; echo $?)"

# A missing path: named, status 3, the other input still read.
"$bin" check "$tmp/a.txt" "$tmp/nope.txt" > "$tmp/r3.json" 2> "$tmp/err3.txt"
check "missing path" 3 $? "$(grep -q 'nope.txt' "$tmp/err3.txt" && python3 -c '
import json,sys; r=json.load(open(sys.argv[1])); assert len(r["documents"])==1' "$tmp/r3.json"; echo $?)"

# Invalid UTF-8 and binary junk never crash.
printf 'Caf\xe9 owners met on Monday.\n\xff\xfe\n' > "$tmp/latin1.txt"
"$bin" check "$tmp/latin1.txt" > /dev/null 2>&1; st=$?
check "invalid UTF-8 is processed" 1 "$(( st == 0 || st == 3 ? 1 : 0 ))"
head -c 4096 /dev/urandom > "$tmp/junk.txt"
"$bin" check "$tmp/junk.txt" > /dev/null 2>&1; st=$?
check "binary file rejected, no crash" 3 $st

# JSONL on stdin.
printf '%s\n' '{"id": "s1", "text": "Leaders met in Oslo on Friday."}' |
  "$bin" check - > "$tmp/r4.json"
check "stdin" 0 $? "$(python3 -c '
import json,sys; r=json.load(open(sys.argv[1])); assert r["documents"][0]["id"]=="s1"' "$tmp/r4.json"; echo $?)"

# -o writes the file and leaves no temporary behind; markdown and html work.
"$bin" check --format markdown -o "$tmp/out.md" "$tmp/a.txt"
check "-o markdown" 0 $? "$(grep -q '^# claimcheck report' "$tmp/out.md" && [ -z "$(ls "$tmp" | grep '\.tmp-')" ]; echo $?)"
"$bin" check --format html -o "$tmp/out.html" "$tmp/a.txt"
check "html" 0 $? "$(grep -q '<!DOCTYPE html>' "$tmp/out.html"; echo $?)"

# extract: the claims/1 schema with times.
"$bin" extract "$tmp/a.txt" > "$tmp/x.json"
check "extract" 0 $? "$(python3 -c '
import json,sys; r=json.load(open(sys.argv[1]))
assert r["schema"]=="claimcheck.claims/1"; d=r["documents"][0]
assert d["id"]=="a" and "times" in d and "claims" in d' "$tmp/x.json"; echo $?)"

# An unusable rule set: one line naming the file, status 2.
echo '{"name": "x", "rules": [{"id": "no-such-rule"}]}' > "$tmp/bad-rules.json"
"$bin" check --rules "$tmp/bad-rules.json" "$tmp/a.txt" > /dev/null 2> "$tmp/err5.txt"
check "bad rule set" 2 $? "$(grep -q 'bad-rules.json: /rules/0/id' "$tmp/err5.txt" && [ "$(wc -l < "$tmp/err5.txt")" = 1 ]; echo $?)"

# rules: list and describe.
"$bin" rules | grep -q 'event-date'; check "rules list" 0 $?
"$bin" rules quantity | grep -q 'max_days_apart'; check "rules describe" 0 $?
"$bin" rules nope > /dev/null 2>&1; check "unknown rule" 2 $?

# --fail-on: status 1 when a finding reaches the severity.
cat > "$tmp/q1.txt" <<'TXT'
---
id: q1
published: 2025-05-02
---
The storm destroyed 153 houses in the province, officials said.
TXT
cat > "$tmp/q2.txt" <<'TXT'
---
id: q2
published: 2025-05-02
---
The storm destroyed 135 houses in the province, the governor said.
TXT
"$bin" check --fail-on low "$tmp/q1.txt" "$tmp/q2.txt" > "$tmp/r6.json"; st=$?
found=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["contradictions"]))' "$tmp/r6.json")
if [ "$found" -gt 0 ]; then check "--fail-on with findings" 1 $st; else check "--fail-on without findings" 0 $st; fi

# graph: dot and json.
"$bin" graph "$tmp/a.txt" | grep -q '^digraph'; check "graph dot" 0 $?
"$bin" graph --format json "$tmp/a.txt" | grep -q 'claimcheck.graph/1'; check "graph json" 0 $?

# Progress (cli/progress.h): silent when stderr is not a terminal; on a
# terminal (script(1) gives one) one line that overwrites itself with '\r',
# counts of files, documents, claims and findings, ending with a newline.
"$bin" check "$tmp/q1.txt" "$tmp/q2.txt" > /dev/null 2> "$tmp/prog-err.txt"
check "no progress when stderr is not a terminal" 0 $? \
  "$(! grep -q -e 'files,' -e $'\r' "$tmp/prog-err.txt"; echo $?)"
if command -v script >/dev/null && script -qc true /dev/null >/dev/null 2>&1; then
  # script's terminal turns each "\n" into "\r\n"; stdout goes to a file.
  script -qc "'$bin' check -o '$tmp/tty.json' '$tmp/q1.txt' '$tmp/q2.txt'" /dev/null \
    > "$tmp/tty.txt" 2>&1
  check "progress on a terminal" 0 $? "$(python3 -c '
import sys
t = open(sys.argv[1], "rb").read().decode()
lines = [l for l in t.replace("\r\n", "\n").split("\n") if l]
assert len(lines) == 1, lines            # one line, redrawn with \r
final = lines[0].split("\r")[-1]
assert final.startswith("claimcheck: 2 files, 2 documents, "), final
assert "claims" in final and "finding" in final, final
assert t.endswith("\n"), repr(t[-20:])
' "$tmp/tty.txt"; echo $?)"
  script -qc "'$bin' check -q -o '$tmp/tty.json' '$tmp/q1.txt' '$tmp/q2.txt'" /dev/null \
    > "$tmp/tty-q.txt" 2>&1
  check "--quiet: no progress on a terminal" 0 $? "$(! grep -q 'files,' "$tmp/tty-q.txt"; echo $?)"
  script -qc "'$bin' test '$src/fixtures/cases'" /dev/null > "$tmp/tty-test.txt" 2>&1
  check "test: progress counts cases" 0 $? \
    "$(tr '\r' '\n' < "$tmp/tty-test.txt" | grep -q '^claimcheck: [0-9]* cases, '; echo $?)"
else
  echo "note: script(1) unavailable, terminal progress not checked"
fi

finish
