#!/usr/bin/env bash
# File-to-file benchmark: `-r FILE -w OUT` (every packet copied, no filter), ringdump vs
# tcpdump on the same large capture, alternating runs, medians (scripts/bench/compare.py).
# Also with -C 100 (rotation into 100 MB files) and with the write(2) fallback path.
# Usage: scripts/bench/copy.sh [PACKETS] [RUNS]   (defaults 1000000, 5)
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
out="$scratch/copy"
echo "capture: $cap ($(du -h "$cap" | cut -f1), $packets packets)"
echo "ringdump: $rd"
echo "| run | tcpdump | ringdump | speed-up | tcpdump peak RSS | ringdump peak RSS |"
echo "|---|---|---|---|---|---|"
py=/usr/bin/python3
cpu_line='import json,sys
for l in sys.stdin:
    if l.startswith("JSON"):
        j = json.loads(l.split(None, 1)[1])
        print("  cpu (user+sys) median: tcpdump %.3f s, ringdump %.3f s, %.2fx" % (
            j["ref_cpu_s"], j["ours_cpu_s"], j["ref_cpu_s"] / max(j["ours_cpu_s"], 1e-9)), file=sys.stderr)
    else:
        sys.stdout.write(l)'
# Each run writes new files: ext4 flushes a truncated-and-rewritten file on close, which
# would time the disk rather than the program.
for variant in "copy" "-C 100" "copy, write(2) path"; do
  case "$variant" in
    copy) topt=""; ropt=""; env="" ;;
    "-C 100") topt="-C 100"; ropt="-C 100"; env="" ;;
    *) topt=""; ropt=""; env="RINGDUMP_WRITE_IO=write" ;;
  esac
  $py "$here/scripts/bench/compare.py" --name "\`-r FILE -w OUT $ropt\` ($variant)" --runs "$runs" -- \
    "rm -f '$out'.t*; tcpdump -r '$cap' -w '$out.t' $topt 2>/dev/null" \
    "rm -f '$out'.r*; $env '$rd' -r '$cap' -w '$out.r' $ropt 2>/dev/null" | $py -c "$cpu_line"
  # Same bytes written, or the timing means nothing.
  for f in "$out".t*; do
    g="$out.r${f#$out.t}"
    cmp -s "$f" "$g" || echo "WARNING: $variant: ringdump wrote different bytes from tcpdump ($f vs $g)" >&2
  done
done
rm -f "$out".*
