#!/usr/bin/env bash
# The project's one test command: every suite, from a fresh Debian 12 machine or a warm one.
# Installs what it needs (system packages, toolchains), then runs formatting, lints and every
# test suite. Any failure stops it with a nonzero exit. Nothing is skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

step() { printf '\n==> %s\n' "$*"; }
SECONDS=0

step "Rust toolchain components"
for comp in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$comp"; then
    rustup component add "$comp"
  fi
done
cargo --version

step "Shared test data (../shared)"
for f in vectors/motp-public.json fixtures/PROVENANCE.md; do
  [ -f "$ROOT/../shared/$f" ] || { echo "missing ../shared/$f: the tests read shared fixtures from beside the checkout" >&2; exit 1; }
done

step "Formatting (cargo fmt --check)"
cargo fmt --all --check

step "Lints (cargo clippy, warnings are errors)"
cargo clippy --workspace --all-targets --all-features -- -D warnings

step "Rust tests"
cargo test --workspace --all-features

step "Toolchains for the bindings (Kotlin on the JVM, Swift on Linux)"
scripts/install-toolchains.sh all

step "Bindings are fresh (regenerated from the release library, compared with bindings/)"
scripts/gen-bindings.sh --check

step "Kotlin bindings suite (real kotlinc, real JVM, real library)"
scripts/test-kotlin.sh

step "Swift bindings suite (real swiftc in a Debian trixie chroot, real library)"
scripts/test-swift.sh

step "All suites passed in ${SECONDS}s"
