#!/usr/bin/env bash
# Remakes docs/img/demo-report.png, the README's picture of the HTML report:
# the top of demo-report/report.html (`make demo`) in headless Chromium.
# Usage: scripts/screenshot.sh [REPORT.html] [OUT.png]
set -euo pipefail
report=$(realpath "${1:-demo-report/report.html}")
out=${2:-docs/img/demo-report.png}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$(dirname "$out")"
# The flags keep a machine without network from waiting on connections.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --hide-scrollbars --user-data-dir="$profile" --window-size=1200,900 \
  --screenshot="$(realpath -m "$out")" "file://$report" 2>/dev/null
# Smaller file when optipng (Debian package optipng) is there; optional.
if command -v optipng >/dev/null; then optipng -quiet -o5 "$out"; fi
ls -l "$out"
