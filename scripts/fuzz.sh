#!/usr/bin/env bash
# Runs every fuzz target in fuzz/fuzz_targets for a bounded time each (default 60 s).
#
#   scripts/fuzz.sh [SECONDS]
#
# Works on the stable toolchain: cargo-fuzz needs nightly-only flags (-Zsanitizer), which
# RUSTC_BOOTSTRAP=1 unlocks on stable. Needs cargo-fuzz (`cargo install cargo-fuzz`) and a C++
# compiler (libfuzzer-sys builds libFuzzer). Seeds in fuzz/seeds/<target>/ are copied into the
# (untracked) corpus first; crashes land in fuzz/artifacts/<target>/ and fail the script.
set -euo pipefail
SECONDS_EACH="${1:-60}"
case "$SECONDS_EACH" in (*[!0-9]*|'') echo "usage: $0 [seconds per target]" >&2; exit 2;; esac
cd "$(dirname "$0")/../fuzz"
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "cargo-fuzz is not installed: run 'cargo install cargo-fuzz' first" >&2
  exit 2
fi
export RUSTC_BOOTSTRAP=1
status=0
for target_file in fuzz_targets/*.rs; do
  target="$(basename "$target_file" .rs)"
  mkdir -p "corpus/$target"
  if [ -d "seeds/$target" ]; then cp -n seeds/"$target"/* "corpus/$target/" 2>/dev/null || true; fi
  echo "== fuzzing $target for ${SECONDS_EACH}s"
  if ! cargo fuzz run "$target" "corpus/$target" -- \
      -max_total_time="$SECONDS_EACH" -max_len=65536 -rss_limit_mb=2048 -timeout=10; then
    echo "!! $target found a problem: see fuzz/artifacts/$target" >&2
    status=1
  fi
done
exit $status
