#!/usr/bin/env bash
# Builds motp-ffi for iPhones and the simulators and packages MotpCoreFFI.xcframework.
#
#   scripts/build-ios.sh [OUT_DIR]      (default: ios/Frameworks)
#
# Output: OUT_DIR/MotpCoreFFI.xcframework (device: aarch64-apple-ios; simulator: a lipo of
# aarch64-apple-ios-sim and x86_64-apple-ios) with the C header and module map: the binary
# target `MotpCoreFFI` of ios/MotpKit/Package.swift (which expects it in ios/Frameworks). The
# Swift bindings are not copied: the package uses the committed bindings/swift (one copy); this
# script checks that the ones generated from the iOS library are the same.
#
# Needs: macOS with Xcode (xcodebuild, lipo) and the three Rust iOS targets. The project's Linux
# CI machines have neither, so this script is not part of the test command; it stops early,
# naming what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-ios/Frameworks}"
PROFILE=release-mobile
TARGETS=(aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios)

die() { echo "build-ios: $*" >&2; exit 1; }

[ "$(uname -s)" = Darwin ] || die "iOS libraries can only be built on macOS with Xcode (this is $(uname -s))"
command -v xcodebuild >/dev/null || die "xcodebuild is missing: install Xcode and run xcode-select --install"
command -v lipo >/dev/null || die "lipo is missing: install the Xcode command line tools"
installed=$(rustup target list --installed)
for t in "${TARGETS[@]}"; do
  grep -qx "$t" <<<"$installed" || die "Rust target $t is missing: rustup target add ${TARGETS[*]}"
done

for t in "${TARGETS[@]}"; do
  cargo build -p motp-ffi --profile "$PROFILE" --target "$t"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Bindings from the device library's metadata.
cargo run -q -p uniffi-bindgen -- generate --library "target/aarch64-apple-ios/$PROFILE/libmotp_ffi.a" \
  --language swift --no-format --metadata-no-deps --out-dir "$work/gen"
mkdir -p "$work/headers" "$work/sim" "$OUT"
cp "$work/gen/MotpCoreFFI.h" "$work/headers/"
# xcframeworks expect the module map to be called module.modulemap.
cp "$work/gen/MotpCoreFFI.modulemap" "$work/headers/module.modulemap"
lipo -create \
  "target/aarch64-apple-ios-sim/$PROFILE/libmotp_ffi.a" \
  "target/x86_64-apple-ios/$PROFILE/libmotp_ffi.a" \
  -output "$work/sim/libmotp_ffi.a"
rm -rf "$OUT/MotpCoreFFI.xcframework"
xcodebuild -create-xcframework \
  -library "target/aarch64-apple-ios/$PROFILE/libmotp_ffi.a" -headers "$work/headers" \
  -library "$work/sim/libmotp_ffi.a" -headers "$work/headers" \
  -output "$OUT/MotpCoreFFI.xcframework"
for f in MotpCore.swift MotpCoreFFI.h; do
  cmp -s "$work/gen/$f" "bindings/swift/$f" ||
    die "bindings/swift/$f differs from the iOS library's bindings: run scripts/gen-bindings.sh and commit"
done
echo "build-ios: $OUT/MotpCoreFFI.xcframework (ios/MotpKit uses it with bindings/swift)"
