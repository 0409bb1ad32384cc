#!/usr/bin/env bash
# Builds motp-ffi for iPhones and the simulators and packages MotpCoreFFI.xcframework.
#
#   scripts/build-ios.sh [OUT_DIR]      (default: ios/Frameworks)
#
# Output: OUT_DIR/MotpCoreFFI.xcframework (device: aarch64-apple-ios; simulator: a lipo of
# aarch64-apple-ios-sim and x86_64-apple-ios) with the C header and module map, and
# OUT_DIR/MotpCore.swift (the generated Swift bindings) and OUT_DIR/MotpCoreErrors.swift (their
# hand-written part), both for the Swift package's sources.
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
  --language swift --metadata-no-deps --out-dir "$work/gen"
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
cp "$work/gen/MotpCore.swift" "$OUT/MotpCore.swift"
# The hand-written part of the module (readable error descriptions; see the file).
cp rust/motp-ffi/swift/*.swift "$OUT/"
echo "build-ios: $OUT/MotpCoreFFI.xcframework, $OUT/MotpCore.swift and $OUT/MotpCoreErrors.swift"
