#!/usr/bin/env bash
# Offline decoding benchmark: ringdump vs tcpdump on the same large capture, alternating
# runs. Usage: scripts/bench/offline.sh [PACKETS] [RUNS]   (defaults 1000000, 5)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
packets="${1:-1000000}"
runs="${2:-5}"
"$here/scripts/setup.sh" >/dev/null
"$here/scripts/build.sh" release ringdump ringdump-gencap >/dev/null
rd="$here/build/tools/ringdump/ringdump"
mkdir -p "$here/out/bench"
cap="$here/out/bench/mixed-$packets.pcap"
. "$here/scripts/bench/capture.sh"
bench_capture "$here/build/tools/gencap/ringdump-gencap" "$packets" "$cap"
echo "capture: $cap ($(du -h "$cap" | cut -f1), $packets packets)"
echo "| run | tcpdump | ringdump | speed-up | tcpdump peak RSS | ringdump peak RSS |"
echo "|---|---|---|---|---|---|"
py=/usr/bin/python3
for opts in "-nn" "-nn -v"; do
  $py "$here/scripts/bench/compare.py" --name "\`$opts -r FILE\`" --runs "$runs" -- \
    "tcpdump $opts -r '$cap' 2>/dev/null" "'$rd' $opts -r '$cap' 2>/dev/null" | grep -v '^JSON'
done
