#!/usr/bin/env bash
# The project's one test command: every suite, from a fresh Debian 12 machine or a warm one.
# Installs what it needs (system packages, toolchains), then runs formatting, lints and every
# test suite. Any failure stops it with a nonzero exit. Nothing is skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

# Each step says how long the one before it took, so the time budget (well under 30 minutes on
# a fresh machine) can be watched step by step.
SECONDS=0
last_step_at=0
step() {
    if ((SECONDS > 0)); then printf '    (%ss; %ss in all)\n' "$((SECONDS - last_step_at))" "$SECONDS"; fi
    last_step_at=$SECONDS
    printf '\n==> %s\n' "$*"
}

step "Rust toolchain components"
for comp in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$comp"; then
    rustup component add "$comp"
  fi
done
cargo --version

step "System packages (chrony: a real NTP server on loopback for the clock-check tests)"
# The tests run chronyd themselves, in the foreground with -x (never touching this machine's
# clock) on a private config. The package's own service must not start and set the clock: a
# policy-rc.d that says "no" (containers already have one) keeps it stopped during the install.
if ! command -v chronyd >/dev/null 2>&1 && [ ! -x /usr/sbin/chronyd ]; then
  export DEBIAN_FRONTEND=noninteractive
  own_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    own_policy=1
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chrony
  [ -z "$own_policy" ] || rm -f /usr/sbin/policy-rc.d
fi

step "System packages (strace: the durability test observes a save's system calls)"
if ! command -v strace >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends strace
fi

step "Python for the tests (cryptography >= 44 for the reference decryptor's Argon2id)"
# tests/vault_spec_python.rs runs docs/vault-decrypt.py, which needs Python's `cryptography` with
# Argon2id (version 44 or later). Debian 12's python3-cryptography is 38, and pip may not write
# into the system's Python (PEP 668), so when the python3 on PATH lacks it, a private virtual
# environment under target/ gets it from PyPI, and the tests use it (MOTP_PYTHON).
has_argon2() { "$1" -c 'from cryptography.hazmat.primitives.kdf.argon2 import Argon2id' 2>/dev/null; }
if ! command -v python3 >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3
fi
if has_argon2 python3; then
  export MOTP_PYTHON=python3
else
  venv="$ROOT/target/python-venv"
  if ! has_argon2 "$venv/bin/python3"; then
    if ! python3 -m venv "$venv" 2>/dev/null; then
      rm -rf "$venv"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-venv
      python3 -m venv "$venv"
    fi
    "$venv/bin/python3" -m pip install -q 'cryptography>=44'
  fi
  has_argon2 "$venv/bin/python3" || { echo "could not install Python cryptography >= 44" >&2; exit 1; }
  export MOTP_PYTHON="$venv/bin/python3"
fi
"$MOTP_PYTHON" -c 'import cryptography, sys; print("python", sys.version.split()[0], "cryptography", cryptography.__version__)'

step "Shared test data (../shared)"
for f in vectors/motp-public.json fixtures/PROVENANCE.md; do
  [ -f "$ROOT/../shared/$f" ] || { echo "missing ../shared/$f: the tests read shared fixtures from beside the checkout" >&2; exit 1; }
done

step "Formatting (cargo fmt --check)"
cargo fmt --all --check

step "Lints (cargo clippy, warnings are errors)"
cargo clippy --workspace --all-targets --all-features -- -D warnings

step "API docs build without warnings (broken or ambiguous links fail)"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --all-features -q

step "Rust tests"
cargo test --workspace --all-features

step "Four writers at the default KDF against one vault: every acknowledged add lands (longer: scripts/soak-vault-writers.sh N)"
scripts/soak-vault-writers.sh 3

step "Fuzzing: a short bounded pass over every target (longer: scripts/fuzz.sh SECONDS)"
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
scripts/fuzz.sh "${MOTP_FUZZ_SECONDS:-5}"

step "Toolchains for the bindings (Kotlin on the JVM, Swift on Linux)"
scripts/install-toolchains.sh all

step "Bindings are fresh (regenerated from the release library, compared with bindings/)"
scripts/gen-bindings.sh --check

step "Kotlin bindings suite (real kotlinc, real JVM, real library)"
scripts/test-kotlin.sh

step "Android: the app's shell on the JVM (android/shell, real library); motp-ffi checked for 64- and 32-bit ARM Android"
scripts/test-android-shell.sh
for t in aarch64-linux-android armv7-linux-androideabi; do
  rustup target list --installed | grep -qx "$t" || rustup target add "$t"
  cargo check -q -p motp-ffi --target "$t"
done

step "Swift bindings suite (real swiftc in a Debian trixie chroot, real library)"
scripts/test-swift.sh

step "iPhone app: ios/MotpKit (swift build + swift test, Swift 6 mode, real library); motp-ffi checked for aarch64-apple-ios"
scripts/test-ios-kit.sh
rustup target list --installed | grep -qx aarch64-apple-ios || rustup target add aarch64-apple-ios
cargo check -q --target aarch64-apple-ios -p motp-ffi

step "All suites passed in ${SECONDS}s"
