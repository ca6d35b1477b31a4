#!/usr/bin/env bash
# Filtering benchmark: `-r FILE -w OUT EXPR`, ringdump vs tcpdump on the same large
# capture, alternating runs, medians (scripts/bench/compare.py).
# Usage: scripts/bench/filter.sh [PACKETS] [RUNS]   (defaults 1000000, 5)
# RINGDUMP=path/to/ringdump uses that binary instead of building build/ (release).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
packets="${1:-1000000}"
runs="${2:-5}"
if [ -z "${RINGDUMP:-}" ]; then
  "$here/scripts/setup.sh" >/dev/null
  "$here/scripts/build.sh" release ringdump ringdump-gencap >/dev/null
  rd="$here/build/tools/ringdump/ringdump"
else
  rd="$(realpath "$RINGDUMP")"
fi
gencap="${GENCAP:-$here/build/tools/gencap/ringdump-gencap}"
mkdir -p "$here/out/bench"
cap="$here/out/bench/mixed-$packets.pcap"
. "$here/scripts/bench/capture.sh"
bench_capture "$gencap" "$packets" "$cap"
# tcpdump writes -w files after dropping privileges to its own user: a scratch dir it can write.
scratch="$(mktemp -d)"
chmod 777 "$scratch"
trap 'rm -rf "$scratch"' EXIT
out="$scratch/filter-out"
echo "capture: $cap ($(du -h "$cap" | cut -f1), $packets packets)"
echo "| filter | tcpdump | ringdump | speed-up | tcpdump peak RSS | ringdump peak RSS |"
echo "|---|---|---|---|---|---|"
py=/usr/bin/python3
# A common one, a long one (many blocks after optimisation), one that matches most packets.
for expr in "tcp port 80" \
            "(tcp[tcpflags] & (tcp-syn|tcp-fin) != 0 and not src net 10.0.0.0/8) or (udp and port 53) or icmp6" \
            "ip or ip6"; do
  # Each run writes a new file: ext4 flushes a truncated-and-rewritten file on close,
  # which would time the disk rather than the program. CPU medians go to stderr.
  $py "$here/scripts/bench/compare.py" --name "\`-r FILE -w OUT '$expr'\`" --runs "$runs" -- \
    "rm -f '$out.tcpdump.pcap'; tcpdump -r '$cap' -w '$out.tcpdump.pcap' '$expr' 2>/dev/null" \
    "rm -f '$out.ringdump.pcap'; '$rd' -r '$cap' -w '$out.ringdump.pcap' '$expr' 2>/dev/null" |
    $py -c 'import json,sys
for l in sys.stdin:
    if l.startswith("JSON"):
        j = json.loads(l.split(None, 1)[1])
        print("  cpu (user+sys) median: tcpdump %.3f s, ringdump %.3f s, %.2fx" % (
            j["ref_cpu_s"], j["ours_cpu_s"], j["ref_cpu_s"] / max(j["ours_cpu_s"], 1e-9)), file=sys.stderr)
    else:
        sys.stdout.write(l)'
  # Same packets written, or the timing means nothing.
  if ! cmp -s "$out.tcpdump.pcap" "$out.ringdump.pcap"; then
    echo "WARNING: '$expr': ringdump wrote different bytes from tcpdump" >&2
  fi
done
