#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) and runs each for a bounded time,
# seeded from tcpdump's corpus beside the clone. Usage: scripts/fuzz.sh [SECONDS_EACH]
# A crash leaves its input in out/fuzz/crashes/ and fails the script. FUZZ_SEED=N fixes
# libFuzzer's random seed (CI uses one, so a run can be repeated).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
secs="${1:-20}"
dir="$here/build-fuzz"
shared="$(cd "$here/.." && pwd)/shared"
launcher=()
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache); fi
CC=clang CXX=clang++ cmake -S "$here" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DRINGDUMP_FUZZ=ON "${launcher[@]}" >/dev/null
targets=(fuzz_print fuzz_file_source fuzz_bpf_parse fuzz_bpf_optimize)
cmake --build "$dir" -j "$(nproc 2>/dev/null || echo 2)" --target "${targets[@]}"

work="$here/out/fuzz"
mkdir -p "$work/crashes"
if [ -d "$shared/corpus/tcpdump-4.99" ]; then
  /usr/bin/python3 "$here/scripts/dev/fuzz_seeds.py" "$shared/corpus/tcpdump-4.99" \
    "$work/seeds-print" "$work/seeds-files"
fi
mkdir -p "$work/seeds-print" "$work/seeds-files" "$work/seeds-bpf"
if [ -f "$shared/filters/accept.tsv" ]; then
  # Filter fuzzer inputs: a selector byte (link type, -O) then the expression.
  /usr/bin/python3 - "$shared/filters/accept.tsv" "$work/seeds-bpf" <<'PY'
import os, sys
rows = open(sys.argv[1], encoding="utf-8").read().splitlines()[1:]
for i, row in enumerate(rows[::4]):
    expr = row.split("\t")[2].encode()
    with open(os.path.join(sys.argv[2], f"expr.{i}"), "wb") as f:
        f.write(bytes([i % 251]) + expr)
PY
fi

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
run() {  # target seed-dir
  local t="$1" seeds="$2" live="$work/live-$1"
  mkdir -p "$live"
  echo "== $t for ${secs}s"
  "$dir/tests/fuzz/$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
    -artifact_prefix="$work/crashes/$t-" -print_final_stats=1 "$live" "$seeds" 2>&1 | tail -12
}
run fuzz_print "$work/seeds-print"
run fuzz_file_source "$work/seeds-files"
run fuzz_bpf_parse "$work/seeds-bpf"
run fuzz_bpf_optimize "$work/seeds-bpf"
if compgen -G "$work/crashes/*" >/dev/null; then
  echo "fuzz: crashes found:"; ls "$work/crashes"; exit 1
fi
echo "== fuzzing found nothing"
