#!/usr/bin/env bash
# Installs every build and test dependency from Debian packages. Idempotent: packages
# already present are not touched, so a second run costs one dpkg query.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ccache
  liburing-dev libspdlog-dev libfmt-dev catch2
  python3 python3-scapy
  tcpdump netsniff-ng iproute2 iputils-ping gnuplot-nox
  clang libclang-rt-14-dev
  time
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all dependencies present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
