#!/usr/bin/env bash
# Argon2id at the vault defaults (64 MiB, 16 passes: opening a vault with its password) under the
# phone profile `release-mobile` and under `release`, and the ratio (README: within 1.2x).
# `release-mobile` builds the library for size (opt-level "z") but the key-derivation and
# hashing crates at opt-level 3 (Cargo.toml); this shows the phones do not pay for the size.
# A benchmark, not a test: it prints figures and checks nothing. Criterion, `vault` bench, group
# `kdf`. The release-mobile build is a fat-LTO build of the bench: a few minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"

declare -A ms
for profile in release release-mobile; do
  out=$(cargo bench -q -p motp-core --bench vault --profile "$profile" -- --noplot --save-baseline "$profile" 'kdf/' 2>&1)
  line=$(grep -A1 '^kdf/' <<<"$out" | grep -m1 'time:') || { echo "$out" >&2; exit 1; }
  # time:   [a unit b unit c unit] -> the middle estimate, in milliseconds
  ms[$profile]=$(awk '{ gsub(/\[|\]/, ""); for (i = 1; i <= NF; i++) if ($i == "time:") { v = $(i + 3); u = $(i + 4) }
    f = (u == "s") ? 1000 : (u == "ms") ? 1 : (u == "µs" || u == "us") ? 0.001 : 0; printf "%.1f", v * f }' <<<"$line")
  echo "$profile: Argon2id (64 MiB, t=16, p=1), criterion median ${ms[$profile]} ms   [$line]"
done
echo "release-mobile / release: $(awk "BEGIN { printf \"%.2f\", ${ms[release-mobile]} / ${ms[release]} }")x (load now $(cut -d' ' -f1-3 /proc/loadavg))"
