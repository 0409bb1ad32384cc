#!/usr/bin/env bash
# Figures for the mobile API (README table): the stripped x86_64 cdylib size with the mobile
# release profile, and the median time of one tick of a 200-token list through AppCore
# (dispatch(Tick) + view()) from Kotlin and from Swift.
# A benchmark, not a test: it prints figures and checks nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"

cargo build -q -p motp-ffi --profile release-mobile
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp target/release-mobile/libmotp_ffi.so "$tmp/"
strip "$tmp/libmotp_ffi.so"
bytes=$(stat -c %s "$tmp/libmotp_ffi.so")
echo "cdylib (release-mobile, stripped, x86_64): $bytes bytes ($(awk "BEGIN{printf \"%.2f\", $bytes/1048576}") MiB)"

# The call benchmarks run against the same library the binding suites use.
scripts/gen-bindings.sh >/dev/null
scripts/test-kotlin.sh --tests benches/ffi/kotlin 2>&1 | grep -E "AppCore|passed|FAIL|error"
scripts/test-swift.sh --tests benches/ffi/swift 2>&1 | grep -E "AppCore|passed|FAIL|error"
