#!/usr/bin/env bash
# Runs every libFuzzer target for a bounded time under ASan + UBSan and fails
# when one finds a crash, a leak, a timeout or an out-of-memory input.
#
#   tests/fuzz/run.sh [BUILD_DIR] [SECONDS_PER_TARGET]   (defaults: build/fuzz 60)
#   FUZZ_TARGETS="normalize_fuzzer segment_fuzzer" tests/fuzz/run.sh
#
# Seeds come from tests/fuzz/corpus/NAME (read only) and
# tests/fuzz/regressions/NAME; what the fuzzer finds goes to
# BUILD_DIR/fuzz-corpus/NAME, crashing inputs to BUILD_DIR/fuzz-artifacts/.
# A crash becomes a regression: fix it, then copy the input to
# tests/fuzz/regressions/NAME/ (CTest replays it, see tests/CMakeLists.txt).
set -uo pipefail
src=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/fuzz}
seconds=${2:-${FUZZ_SECONDS:-60}}
targets=${FUZZ_TARGETS:-$(cd "$src" && ls *_fuzzer.cc | sed 's/\.cc$//')}

dict_for() {
  case $1 in
    reader_json_fuzzer|reader_jsonl_fuzzer) echo json ;;
    reader_html_fuzzer) echo html ;;
    reader_txt_fuzzer) echo txt ;;
    ruleset_fuzzer) echo ruleset ;;
    *) echo news ;;
  esac
}

# Extra flags: the whole-pipeline target has so many coverage features that
# entropic scheduling spends most of the time ranking them.
flags_for() {
  case $1 in
    extract_fuzzer) echo -entropic=0 ;;
  esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$build/fuzz-artifacts"
summary="$build/fuzz-summary.txt"
: > "$summary"
failed=()
for t in $targets; do
  name=${t%_fuzzer}
  bin="$build/tests/fuzz/$t"
  [ -x "$bin" ] || { echo "fuzz: $bin not built" >&2; failed+=("$t"); continue; }
  work="$build/fuzz-corpus/$name"
  mkdir -p "$work" "$src/regressions/$name"
  log="$build/fuzz-$name.log"
  start=$(date +%s)
  "$bin" "$work" "$src/corpus/$name" "$src/regressions/$name" \
    -dict="$src/dict/$(dict_for "$t").dict" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
    -artifact_prefix="$build/fuzz-artifacts/$name-" -print_final_stats=1 \
    $(flags_for "$t") \
    > "$log" 2>&1
  status=$?
  took=$(( $(date +%s) - start ))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  line="$name: ${took}s, ${runs:-?} inputs, corpus $(ls "$work" | wc -l) files"
  if [ $status -ne 0 ]; then
    failed+=("$t")
    line="$line, FAILED (status $status; log $log)"
    grep -E 'ERROR|SUMMARY|invariant failed|Test unit written' "$log" | head -8 >&2
  fi
  echo "fuzz: $line"
  echo "$line" >> "$summary"
done
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: FAILED: ${failed[*]} (inputs in $build/fuzz-artifacts/)" >&2
  exit 1
fi
echo "fuzz: all targets clean (${seconds}s each)"
