#!/usr/bin/env bash
# Sets up, builds, writes a sample capture of our own, and prints it the way tcpdump does.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/setup.sh"
"$here/scripts/build.sh" release ringdump ringdump-gencap
mkdir -p "$here/out"
sample="$here/out/sample.pcap"
"$here/build/tools/gencap/ringdump-gencap" sample "$sample"
echo "== ringdump -n -r $sample"
"$here/build/tools/ringdump/ringdump" -n -r "$sample"
echo "== ringdump -nn -vv -e -r $sample"
"$here/build/tools/ringdump/ringdump" -nn -vv -e -r "$sample"
