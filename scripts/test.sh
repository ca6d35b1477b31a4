#!/usr/bin/env bash
# Sets up, builds, and runs every test: the normal build, then the AddressSanitizer +
# UndefinedBehaviorSanitizer build (which also decodes every corpus capture), then a
# bounded fuzzing run of every libFuzzer target.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/setup.sh"
jobs="$(nproc 2>/dev/null || echo 2)"

echo "== release build"
"$here/scripts/build.sh" release
(cd "$here/build" && ctest --output-on-failure -j "$jobs")

echo "== sanitizer build (ASan + UBSan)"
"$here/scripts/build.sh" asan
(cd "$here/build-asan" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
   ctest --output-on-failure -j "$jobs" -L 'unit|corpus-sanitize')
echo "== fuzzing (libFuzzer, clang; bounded: 30 s per target)"
FUZZ_SEED="${FUZZ_SEED:-1}" "$here/scripts/fuzz.sh" 30
echo "== all tests passed"
