#!/usr/bin/env bash
# Hostile and broken input (DESIGN.md, "Bad input"; docs/robustness.md): each
# input is generated here at run time, the run must finish (CTest's timeout
# bounds it; no duration is asserted) with the documented exit status and a
# one-line message naming the file (and line).
# Usage: hostile_test.sh path/to/claimcheck
set -u
bin=$1
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
. "$(dirname "$0")/check_lib.sh"
# has FILE REGEX: true when a line of FILE matches.
has() { grep -Eq -- "$2" "$1"; }
# docs REPORT: the ids of the report's documents, space-separated.
docs() { python3 -c 'import json,sys; print(" ".join(d["id"] for d in json.load(open(sys.argv[1]))["documents"]))' "$1"; }

good="$tmp/good.txt"
printf 'The harbor council met on Monday to discuss the new ferry pier.\n' > "$good"

# Missing and unreadable paths: named, the rest still read, status 3.
"$bin" check "$tmp/missing.txt" "$good" > "$tmp/r.json" 2> "$tmp/e.txt"
check "missing path" 3 $? "$(has "$tmp/e.txt" "missing.txt: no such file or directory" && [ "$(docs "$tmp/r.json")" = good ]; echo $?)"
if [ "$(id -u)" != 0 ]; then  # root reads anything: nothing to test then
  printf 'Secret text.\n' > "$tmp/locked.txt"; chmod 000 "$tmp/locked.txt"
  "$bin" check "$tmp/locked.txt" "$good" > "$tmp/r.json" 2> "$tmp/e.txt"
  check "unreadable file" 3 $? "$(has "$tmp/e.txt" "locked.txt: .*permission denied" && [ "$(docs "$tmp/r.json")" = good ]; echo $?)"
  chmod 644 "$tmp/locked.txt"
fi

# A directory with junk: unknown extensions and hidden files skipped, a
# binary .txt and an empty .md rejected, the article read.
mkdir -p "$tmp/dir/sub" "$tmp/dir/.git"
cp "$good" "$tmp/dir/sub/article.txt"
head -c 2000 /dev/zero > "$tmp/dir/blob.txt"
: > "$tmp/dir/empty.md"
printf 'a,b\n1,2\n' > "$tmp/dir/table.csv"
printf '%%PDF-1.4 junk' > "$tmp/dir/paper.pdf"
printf 'not an article' > "$tmp/dir/.git/config.txt"
"$bin" check "$tmp/dir" > "$tmp/r.json" 2> "$tmp/e.txt"
check "directory with junk" 3 $? "$(has "$tmp/e.txt" "blob.txt: binary file, skipped" && has "$tmp/e.txt" "empty.md: empty file" && [ "$(docs "$tmp/r.json")" = article ] && [ "$(wc -l < "$tmp/e.txt")" = 2 ]; echo $?)"

# Binary file, empty file.
head -c 65536 /dev/urandom > "$tmp/noise.json"
"$bin" check "$tmp/noise.json" > /dev/null 2> "$tmp/e.txt"
check "binary file" 3 $? "$(has "$tmp/e.txt" "noise.json: binary file, skipped"; echo $?)"
: > "$tmp/empty.jsonl"
"$bin" check "$tmp/empty.jsonl" > /dev/null 2> "$tmp/e.txt"
check "empty file" 3 $? "$(has "$tmp/e.txt" "empty.jsonl: empty file"; echo $?)"

# Invalid UTF-8: replaced and reported with its line, the document kept.
printf 'First line is fine.\nThe caf\xe9 owners met on Monday.\n' > "$tmp/latin1.txt"
"$bin" check "$tmp/latin1.txt" > "$tmp/r.json" 2> "$tmp/e.txt"
check "invalid UTF-8" 3 $? "$(has "$tmp/e.txt" "latin1.txt:2: .*invalid UTF-8" && [ "$(docs "$tmp/r.json")" = latin1 ]; echo $?)"

# A malformed JSONL line among good ones: the good ones kept.
{ echo '{"id": "a", "text": "The port reopened on Friday."}'
  echo '{"id": "b", "text": "unterminated'
  echo '{"id": "c", "text": "The mayor spoke on Saturday."}'; } > "$tmp/mixed.jsonl"
"$bin" check "$tmp/mixed.jsonl" > "$tmp/r.json" 2> "$tmp/e.txt"
check "malformed JSONL line" 3 $? "$(has "$tmp/e.txt" "mixed.jsonl:2: invalid JSON" && [ "$(docs "$tmp/r.json")" = "a c" ]; echo $?)"

# Deep nesting: JSON 200000 levels, one JSONL line among good ones, HTML
# 100000 elements; and the --max-json-depth flag.
python3 -c 'print("[" * 200000 + "]" * 200000)' > "$tmp/deep.json"
"$bin" check "$tmp/deep.json" > /dev/null 2> "$tmp/e.txt"
check "deep JSON" 3 $? "$(has "$tmp/e.txt" "deep.json:1: JSON nested deeper than 64 levels; skipped"; echo $?)"
python3 -c '
print("{\"id\": \"ok\", \"text\": \"The bridge opened on Monday.\"}")
print("{\"text\": \"x\", \"a\": " + "{\"a\": " * 100000 + "1" + "}" * 100001)' > "$tmp/deep.jsonl"
"$bin" check "$tmp/deep.jsonl" > "$tmp/r.json" 2> "$tmp/e.txt"
check "deep JSONL line" 3 $? "$(has "$tmp/e.txt" "deep.jsonl:2: JSON nested deeper" && [ "$(docs "$tmp/r.json")" = ok ]; echo $?)"
python3 -c 'print("{\"text\": \"Ten levels.\", \"x\": " + "[" * 10 + "]" * 10 + "}")' > "$tmp/ten.jsonl"
"$bin" check --max-json-depth 5 "$tmp/ten.jsonl" > /dev/null 2> "$tmp/e.txt"
check "--max-json-depth" 3 $? "$(has "$tmp/e.txt" "ten.jsonl:1: JSON nested deeper than 5 levels"; echo $?)"
"$bin" check --max-json-depth 20 "$tmp/ten.jsonl" > /dev/null 2>&1
check "--max-json-depth raised" 0 $?
python3 -c 'print("<html><body>" + "<div>" * 100000 + "deep" + "</div>" * 100000 + "</body></html>")' > "$tmp/deep.html"
"$bin" check "$tmp/deep.html" > /dev/null 2> "$tmp/e.txt"
check "deep HTML" 3 $? "$(has "$tmp/e.txt" "deep.html:1: HTML nested deeper than 256 elements; skipped"; echo $?)"

# A single 20 MB line: over the default line limit (1 MiB), skipped with its
# line named; in JSONL the other records are kept.
python3 -c 'import sys; sys.stdout.write("The quick report. " * 1200000)' > "$tmp/long.txt"
"$bin" check "$tmp/long.txt" > /dev/null 2> "$tmp/e.txt"
check "20 MB line (text)" 3 $? "$(has "$tmp/e.txt" "long.txt:1: line is 21600000 bytes, over the limit of 1048576; skipped"; echo $?)"
python3 -c '
print("{\"id\": \"first\", \"text\": \"The ferry sailed on Monday.\"}")
print("{\"id\": \"huge\", \"text\": \"" + "word " * 4000000 + "\"}")
print("{\"id\": \"last\", \"text\": \"The ferry returned on Tuesday.\"}")' > "$tmp/long.jsonl"
"$bin" check "$tmp/long.jsonl" > "$tmp/r.json" 2> "$tmp/e.txt"
check "20 MB line (JSONL)" 3 $? "$(has "$tmp/e.txt" "long.jsonl:2: line is [0-9]+ bytes, over the limit" && [ "$(docs "$tmp/r.json")" = "first last" ]; echo $?)"
# A long line after a good start: the text is cut before it.
{ printf 'The ferry sailed on Monday.\n'; python3 -c 'print("x" * 3000)'; printf 'More.\n'; } > "$tmp/cut.txt"
"$bin" check --max-line-length 2K "$tmp/cut.txt" > "$tmp/r.json" 2> "$tmp/e.txt"
check "--max-line-length cuts" 3 $? "$(has "$tmp/e.txt" "cut.txt:2: line is 3000 bytes, over the limit of 2048; the text is cut before it" && [ "$(docs "$tmp/r.json")" = cut ]; echo $?)"

# File size and document count limits.
"$bin" check --max-file-size 1K "$tmp/cut.txt" > /dev/null 2> "$tmp/e.txt"
check "--max-file-size" 3 $? "$(has "$tmp/e.txt" "cut.txt: file is [0-9]+ bytes, over the limit of 1024; skipped"; echo $?)"
"$bin" check --max-documents 1 "$tmp/mixed.jsonl" > "$tmp/r.json" 2> "$tmp/e.txt"
check "--max-documents" 3 $? "$(has "$tmp/e.txt" "mixed.jsonl:3: over the limit of 1 documents" && [ "$(docs "$tmp/r.json")" = a ]; echo $?)"
"$bin" check --max-documents 0 "$good" > /dev/null 2>&1
check "--max-documents 0 is bad usage" 2 $?

# Pathological repetition: one-sentence texts of ~1 MB, cut at the sentence
# limit (one warning each), processed to the end.
python3 -c 'print("President " * 100000)' > "$tmp/president.txt"
"$bin" check "$tmp/president.txt" > "$tmp/r.json" 2> "$tmp/e.txt"
check "President President ..." 3 $? "$(has "$tmp/e.txt" "president.txt:1: sentence over the limit of 4000 bytes; cut into pieces$" && [ "$(docs "$tmp/r.json")" = president ] && [ "$(wc -l < "$tmp/e.txt")" = 1 ]; echo $?)"
python3 -c '
import random
random.seed(1)
syl = ["ka", "lo", "mer", "tes", "vin", "dra", "po", "sul", "ne", "ri", "gan", "tho"]
print(" ".join("".join(random.choice(syl) for _ in range(3)).capitalize() for _ in range(100000)))' > "$tmp/capitals.txt"
"$bin" check "$tmp/capitals.txt" > "$tmp/r.json" 2> "$tmp/e.txt"
check "100000 capitalized words" 3 $? "$(has "$tmp/e.txt" "capitals.txt:1: sentence over the limit" && [ "$(docs "$tmp/r.json")" = capitals ]; echo $?)"
python3 -c 'print("1" * 1000000)' > "$tmp/digits.txt"
"$bin" check "$tmp/digits.txt" > "$tmp/r.json" 2> "$tmp/e.txt"
check "a million digits" 3 $? "$(has "$tmp/e.txt" "digits.txt:1: sentence over the limit" && [ "$(docs "$tmp/r.json")" = digits ]; echo $?)"
"$bin" check --max-sentence-length 0 "$tmp/digits.txt" > /dev/null 2>&1
check "a million digits, no sentence limit" 0 $?
# Many short sentences, all about the same people and counts.
python3 -c 'print("Minister Ana Ruiz met Governor Le Van and 12 officials in Tarsel on Monday, when 90% of the 1,200 houses had power. " * 2000)' > "$tmp/same.txt"
cp "$tmp/same.txt" "$tmp/same2.txt"
"$bin" check "$tmp/same.txt" "$tmp/same2.txt" > "$tmp/r.json" 2> "$tmp/e.txt"
check "4000 repeated sentences in two documents" 0 $? "$(python3 -c '
import json,sys; r=json.load(open(sys.argv[1])); assert r["stats"]["sentences"] >= 4000' "$tmp/r.json"; echo $?)"

# Output is never half-written, and special files are not replaced.
printf 'old report\n' > "$tmp/out.json"
"$bin" check --rules "$tmp/missing-rules.json" -o "$tmp/out.json" "$good" 2> /dev/null
check "failed run keeps the old -o file" 2 $? "$(grep -qx 'old report' "$tmp/out.json"; echo $?)"
"$bin" check -o "$tmp/no-such-dir/out.json" "$good" > /dev/null 2> "$tmp/e.txt"
check "-o into a missing folder" 2 $? "$(has "$tmp/e.txt" "no-such-dir/out.json: cannot write output" && [ -z "$(ls "$tmp" | grep '\.tmp-')" ]; echo $?)"
mkfifo "$tmp/fifo"
cat "$tmp/fifo" > "$tmp/from-fifo.json" &
"$bin" check -o "$tmp/fifo" "$good" 2> /dev/null
st=$?; wait
check "-o to a FIFO writes through it" 0 $st "$([ -p "$tmp/fifo" ] && grep -q claimcheck.report "$tmp/from-fifo.json"; echo $?)"
printf 'old\n' > "$tmp/real.json"; ln -s real.json "$tmp/link.json"
"$bin" check -o "$tmp/link.json" "$good" 2> /dev/null
check "-o through a symbolic link" 0 $? "$([ -L "$tmp/link.json" ] && grep -q claimcheck.report "$tmp/real.json"; echo $?)"

finish
