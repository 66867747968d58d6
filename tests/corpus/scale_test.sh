#!/usr/bin/env bash
# The scale test (CTest `scale.generated`, label scale): a generated corpus of
# a few hundred invented events with planted contradictions; every planted
# one must be found and nothing else flagged (`claimcheck test --strict`).
#   scale_test.sh CLAIMCHECK GENCORPUS WORKDIR [EVENTS] [SEED]
set -euo pipefail
cli="$1" gen="$2" dir="$3/scale-corpus"
events="${4:-200}" seed="${5:-11}"
rm -rf "$dir"
"$gen" --events "$events" --seed "$seed" --out "$dir"
"$cli" test --strict "$dir"
