#!/usr/bin/env bash
# Benchmarks: `make bench` (full) and `make bench-quick` (CI: small, prints
# the figures, never fails on them). See docs/performance.md.
#
#   tests/bench/run.sh [--quick] [BUILD_DIR]
#
# 1. The whole `claimcheck check` process on a generated corpus (>= 10 MB in
#    full mode), with 1 and 2 threads: MB/s, articles/s, peak RSS
#    (/usr/bin/time -v) and peak RSS / input size.
# 2. The same process at 1x, 4x and 16x corpus sizes.
# 3. Graph build and rules in process (bench_pipeline) at 1x, 4x and 16x.
# 4. The per-stage micro benchmarks (bench_text, bench_temporal,
#    bench_extract).
set -uo pipefail
cd "$(dirname "$0")/../.."

quick=0
if [ "${1:-}" = "--quick" ]; then
  quick=1
  shift
fi
build="${1:-build/release}"
cli="$build/cli/claimcheck"
gen="$build/tests/claimcheck_gencorpus"
for b in "$cli" "$gen"; do
  [ -x "$b" ] || { echo "bench: $b is missing (build first: make build)" >&2; exit 2; }
done
timer=/usr/bin/time
[ -x "$timer" ] || timer=""

if [ $quick = 1 ]; then
  main_bytes=1000000       # the 1- and 2-thread runs
  scale_bytes=250000       # 1x of the scaling runs
  min_time=0.05
else
  main_bytes=10000000
  scale_bytes=2500000
  min_time=0.5
fi
# Google Benchmark before 1.8 (Debian 12 has 1.7.1) takes --benchmark_min_time
# as a plain number of seconds and rejects the "0.5s" form newer versions
# prefer; newer ones still accept the plain number.
min_time_flag="--benchmark_min_time=$min_time"

work="$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Article bytes of a corpus folder (expected.json left out).
corpus_bytes() {
  find "$1" -type f ! -name expected.json -printf '%s\n' | awk '{s += $1} END {print s}'
}

# gen NAME BYTES: writes $work/NAME, prints nothing; sets $articles.
gen_corpus() {
  local log
  log="$("$gen" --bytes "$2" --seed 42 --out "$work/$1" 2>&1)" || {
    echo "bench: generator failed: $log" >&2; exit 2; }
  articles="$(echo "$log" | sed -n 's/.*: \([0-9]*\) articles.*/\1/p')"
  rm -f "$work/$1/expected.json"  # the regression expectations: not an article
}

# run_check DIR THREADS ARTICLES: one whole-process run, one table row.
run_check() {
  local dir="$1" threads="$2" n="$3" bytes secs rss rc
  bytes="$(corpus_bytes "$dir")"
  if [ -n "$timer" ]; then
    "$timer" -v -o "$work/time.txt" "$cli" check -j "$threads" --format json \
      -o "$work/report.json" "$dir" 2>"$work/stderr.txt"
    rc=$?
    secs="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt" |
      awk -F: '{t = 0; for (i = 1; i <= NF; i++) t = t * 60 + $i; print t}')"
    rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")"
  else
    local t0 t1
    t0="$(date +%s.%N)"
    "$cli" check -j "$threads" --format json -o "$work/report.json" "$dir" 2>"$work/stderr.txt"
    rc=$?
    t1="$(date +%s.%N)"
    secs="$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')"
    rss=0
  fi
  findings="$(grep -c '"rule":' "$work/report.json" 2>/dev/null || echo 0)"
  awk -v b="$bytes" -v s="$secs" -v r="$rss" -v n="$n" -v t="$threads" -v f="$findings" \
      -v rc="$rc" 'BEGIN {
    if (s <= 0) s = 0.001;
    printf "  %8.2f MB  %2d thr  %7.2f s  %8.2f MB/s  %9.0f articles/s  peak %7.1f MB (%4.2fx input)  %d findings  exit %d\n",
      b / 1e6, t, s, b / 1e6 / s, n / s, r / 1024, r * 1024 / b, f, rc }'
}

echo "== claimcheck benchmarks ($([ $quick = 1 ] && echo quick || echo full)) =="
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)," \
  "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo

echo "-- whole process, claimcheck check --format json (generated corpus)"
gen_corpus main "$main_bytes"
main_articles=$articles
run_check "$work/main" 1 "$main_articles"
run_check "$work/main" 2 "$main_articles"
echo

echo "-- whole process at 1x, 4x, 16x (2 threads)"
for k in 1 4 16; do
  gen_corpus "x$k" $((scale_bytes * k))
  run_check "$work/x$k" 2 "$articles"
done
echo

bench_dir="$build/tests"
if [ -x "$bench_dir/bench_pipeline" ]; then
  echo "-- graph build and rules in process, 1x/4x/16x = 1/16, 4/16, 16/16 of the 16x corpus"
  CLAIMCHECK_BENCH_CORPUS="$work/x16" "$bench_dir/bench_pipeline" \
    --benchmark_filter='BM_GraphBuild|BM_Rules' "$min_time_flag" 2>&1 |
    grep -v '^\*\*\*\|^-\|^Run on\|^CPU Caches\|^  L[0-9]\|^Load Average'
  echo
  echo "-- per stage (fixed synthetic inputs)"
  for b in bench_text bench_temporal bench_extract; do
    [ -x "$bench_dir/$b" ] || continue
    "$bench_dir/$b" "$min_time_flag" 2>&1 |
      grep '^BM_'
  done
  echo "-- whole pipeline in process on the main corpus"
  CLAIMCHECK_BENCH_CORPUS="$work/main" "$bench_dir/bench_pipeline" \
    --benchmark_filter='BM_Pipeline' "$min_time_flag" 2>&1 | grep '^BM_'
else
  echo "(benchmarks not built: configure with -DCLAIMCHECK_BUILD_BENCHMARKS=ON)"
fi
exit 0
