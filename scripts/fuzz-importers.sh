#!/usr/bin/env bash
# Fuzzes every importer for a bounded time each (default 30 s; first argument overrides),
# seeded with our own fixtures and, when present, the shared fixtures of other apps.
#
#   scripts/fuzz-importers.sh          # 30 s per target
#   scripts/fuzz-importers.sh 600      # a longer soak
#
# Needs the nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz
# The corpus lives outside the repository (FUZZ_CORPUS, default /tmp/motp-fuzz-corpus) so no
# shared (GPL) test file is ever copied into the tree. Crashes land in fuzz/artifacts/.
set -euo pipefail

seconds="${1:-30}"
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${FUZZ_CORPUS:-/tmp/motp-fuzz-corpus}"

if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "fuzz-importers: needs nightly Rust and cargo-fuzz:" >&2
    echo "  rustup toolchain install nightly && cargo install cargo-fuzz" >&2
    exit 2
fi

seeds=("$root/tests/fixtures/import-export")
if [ -d "$root/../shared/fixtures" ]; then
    seeds+=("$root/../shared/fixtures")
fi

cd "$root/fuzz"
for target in import_aegis import_authenticator_pro import_andotp import_uri_list import_detect; do
    dir="$corpus/$target"
    mkdir -p "$dir"
    # The per-format targets read their first byte as "password or not": seed both ways.
    for seed_dir in "${seeds[@]}"; do
        for f in "$seed_dir"/*; do
            [ -f "$f" ] || continue
            base="$(basename "$f")"
            if [ "$target" = import_detect ]; then
                cp "$f" "$dir/$base"
            else
                { printf '\000'; cat "$f"; } > "$dir/0-$base"
                { printf '\001'; cat "$f"; } > "$dir/1-$base"
            fi
        done
    done
    echo "== $target: ${seconds}s"
    # 1 GiB covers the largest key derivation we allow (scrypt 256 MiB) plus Argon2id's
    # 64 MiB; 20 s per input flags anything close to a hang.
    cargo +nightly fuzz run "$target" "$dir" -- \
        -max_total_time="$seconds" -rss_limit_mb=1024 -timeout=20 -max_len=65536
done
