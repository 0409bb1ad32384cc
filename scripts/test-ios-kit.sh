#!/usr/bin/env bash
# Builds and tests ios/MotpKit (the iPhone app's platform-free Swift package) with SwiftPM in
# the Swift toolchain of the bindings suite (the Debian trixie chroot on Debian 12), against the
# host-built libmotp_ffi.so.
#
#   scripts/test-ios-kit.sh [test|bench]     (default: test)
#
# test:  no string literal as a control's title in ios/App; swift build; swift test
#        (swift-testing), Swift 6 language mode.
# bench: swift run -c release motp-kit-bench (prints figures; see ios/README.md).
#
# Stages in ${CARGO_TARGET_DIR:-target}/ios-kit/ (mounted at /w by scripts/swift-run.sh): the
# package with its symlinks to bindings/swift resolved, the release library, and the test data
# (tests/vectors, rust/motp-text/locales, and ../shared/fixtures unzipped: Foundation on Linux
# has no gzip). SwiftPM's .build stays there between runs, so a second run only rebuilds what
# changed.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
TARGET="$(realpath -m "${CARGO_TARGET_DIR:-target}")"
mode="${1:-test}"
log() { printf '[test-ios-kit] %s\n' "$*" >&2; }
die() { printf '[test-ios-kit] ERROR: %s\n' "$*" >&2; exit 1; }
case "$mode" in test | bench) ;; *) die "usage: $0 [test|bench]" ;; esac

# The app draws the core's words only (AppView.labels and the screens' records): a string
# literal as a control's title would be English in every language. The views are compiled only
# by Xcode, so this grep is their check here.
literal_titles='(Button|Text|TextField|SecureField|Toggle|Section|Picker|Label|Stepper|Menu|ProgressView|navigationTitle|accessibilityLabel|accessibilityHint|alert|confirmationDialog)\(\s*"'
if found=$(grep -rnE "$literal_titles" ios/App/Sources); then
    die "ios/App draws words of its own (use the core's labels):
$found"
fi
# A secret shown on purpose (a revealed or generated one) is never selectable: the system's Copy
# menu would put it on the general pasteboard, synced to the user's other devices and never
# cleared. Codes are copied by the core's CopyToClipboard (local only, with an expiry).
if found=$(grep -rnE 'expose\(\).*textSelection\(\.enabled\)' ios/App/Sources); then
    die "ios/App lets the system copy a secret (drop .textSelection(.enabled)):
$found"
fi

"$REPO_ROOT/scripts/install-toolchains.sh" swift
lib="$TARGET/release/libmotp_ffi.so"
[[ -f $lib ]] || die "$lib not found (build it first: cargo build --release -p motp-ffi)"
[[ -d $REPO_ROOT/../shared/fixtures ]] || die "../shared/fixtures not found beside the checkout"

out="$TARGET/ios-kit"
mkdir -p "$out/pkg" "$out/lib" "$out/data"
# The package, symlinks resolved (the chroot sees only $out); timestamps kept so SwiftPM's
# incremental build sees unchanged files as unchanged. .build is SwiftPM's, kept.
find "$out/pkg" -mindepth 1 -maxdepth 1 ! -name .build -exec rm -rf {} +
(cd ios/MotpKit && find . -path ./.build -prune -o -type f -print -o -type l -print) |
    while IFS= read -r f; do
        mkdir -p "$out/pkg/$(dirname "$f")"
        cp -L --preserve=timestamps "ios/MotpKit/$f" "$out/pkg/$f"
    done
cp --preserve=timestamps "$lib" "$out/lib/"
# SwiftPM 6.0's incremental build does not always recompile the modules that use MotpCore when
# the generated bindings change (a record's layout changed, the test binary kept the old one and
# crashed reading a string as a pointer). When the bindings differ from the last build's, build
# from scratch (about 15 s).
stamp="$(cat bindings/swift/* | sha256sum | cut -d' ' -f1)"
if [[ -d $out/pkg/.build && "$(cat "$out/bindings.sha256" 2>/dev/null)" != "$stamp" ]]; then
    log "bindings changed since the last build: rebuilding from scratch"
    rm -rf "$out/pkg/.build"
fi
echo "$stamp" >"$out/bindings.sha256"
rm -rf "$out/app"
rm -rf "$out/data/vectors" "$out/data/shared-fixtures" "$out/data/locales"
cp -r tests/vectors "$out/data/vectors"
# The core's catalog: tests compare the words it hands the phone with its own messages.
cp -r rust/motp-text/locales "$out/data/locales"
cp -r "$REPO_ROOT/../shared/fixtures" "$out/data/shared-fixtures"
for gz in "$out"/data/shared-fixtures/*.gz; do gzip -dc "$gz" >"${gz%.gz}"; done
if [[ $mode == test ]]; then
    # The sync test sends through MotpKit's own URLSession to a real WebDAV server on loopback
    # (the chroot shares the host's network); its address is staged with the test data.
    # shellcheck source=scripts/test-webdav.sh
    source scripts/test-webdav.sh
    start_test_webdav || die "the test WebDAV server did not start"
    trap stop_test_webdav EXIT
    echo "$MOTP_WEBDAV" >"$out/data/webdav.txt"
fi

if [[ $mode == test ]]; then
    # A hung test must not hold the shared chroot (swift-run.sh serialises its runs).
    cmd="swift build --build-tests && timeout ${MOTP_TEST_TIMEOUT:-600} swift test --skip-build"
else
    cmd="timeout ${MOTP_TEST_TIMEOUT:-600} swift run -c release motp-kit-bench"
fi
# shellcheck disable=SC2016  # expands inside the chroot
"$REPO_ROOT/scripts/swift-run.sh" "$out" -- sh -c '
    # A crashing test must print its backtrace and exit, never wait at the backtracer (a hung
    # test process kept the shared chroot lock for the others).
    export SWIFT_BACKTRACE=enable=yes,interactive=no
    export MOTP_FFI_LIB_DIR="$MOTP_W/lib" MOTP_TEST_DATA="$MOTP_W/data" LD_LIBRARY_PATH="$MOTP_W/lib"
    cd pkg && '"$cmd"
