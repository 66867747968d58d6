#!/usr/bin/env bash
# Installs the Debian packages claimcheck needs, and only those missing.
# Does nothing (and needs no network) when everything is present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libre2-dev nlohmann-json3-dev libboost-graph-dev libcli11-dev
  libutf8proc-dev libgumbo-dev libgtest-dev libgmock-dev libbenchmark-dev
  graphviz time python3
  clang libclang-rt-14-dev  # `make fuzz`: clang 14 and its libFuzzer runtime
)
if [ "${CLAIMCHECK_BROWSER_TESTS:-1}" = 1 ]; then
  # The browser test of the HTML report: Chromium driven by chromedriver.
  packages+=(chromium chromium-driver)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
