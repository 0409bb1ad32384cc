#!/usr/bin/env bash
# Builds motp-ffi for Android phones and emulators and generates the Android Kotlin bindings.
#
#   scripts/build-android.sh [ANDROID_MODULE_DIR]     (default: android/app)
#
# Output: ANDROID_MODULE_DIR/src/main/jniLibs/{arm64-v8a,armeabi-v7a,x86_64}/libmotp_ffi.so (linked
# for 16 KB pages, checked with the NDK's llvm-readelf) and
# ANDROID_MODULE_DIR/src/main/java/app/motp/core/*.kt (generated with android = true, which uses
# android.os.Build and androidx.annotation, so they only compile inside an Android build).
#
# Needs: the Android NDK (ANDROID_NDK_HOME or ANDROID_NDK_ROOT), cargo-ndk, and the Rust targets
# aarch64-linux-android, armv7-linux-androideabi, x86_64-linux-android. None of these exist on
# the project's Linux CI machines, so this script is not part of the test command; it stops
# early, naming what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
MODULE_DIR="${1:-android/app}"
PROFILE=release-mobile
ABIS=(arm64-v8a armeabi-v7a x86_64)
TARGETS=(aarch64-linux-android armv7-linux-androideabi x86_64-linux-android)
MIN_SDK="${MOTP_ANDROID_MIN_SDK:-24}"

die() { echo "build-android: $*" >&2; exit 1; }

NDK="${ANDROID_NDK_HOME:-${ANDROID_NDK_ROOT:-}}"
[ -n "$NDK" ] && [ -d "$NDK" ] || die "the Android NDK is missing: install it (sdkmanager 'ndk;27.2.12479018') and set ANDROID_NDK_HOME"
command -v cargo-ndk >/dev/null || die "cargo-ndk is missing: cargo install cargo-ndk"
installed=$(rustup target list --installed)
for t in "${TARGETS[@]}"; do
  grep -qx "$t" <<<"$installed" || die "Rust target $t is missing: rustup target add ${TARGETS[*]}"
done

args=()
for abi in "${ABIS[@]}"; do args+=(-t "$abi"); done
cargo ndk "${args[@]}" --platform "$MIN_SDK" -o "$MODULE_DIR/src/main/jniLibs" \
  build -p motp-ffi --profile "$PROFILE"

# 16 KB pages (Android 15+ devices, required by Google Play): rust/motp-ffi/build.rs links every
# Android build with -z max-page-size=16384. Check that each 64-bit library's LOAD segments are
# aligned to 16 KB (armeabi-v7a runs on 4 KB-page kernels only, but gets the flag too).
readelf=$(find "$NDK/toolchains/llvm/prebuilt" -name llvm-readelf -type f | head -n1)
[ -n "$readelf" ] || die "llvm-readelf not found in the NDK ($NDK/toolchains/llvm/prebuilt/*/bin)"
for abi in arm64-v8a x86_64; do
  so="$MODULE_DIR/src/main/jniLibs/$abi/libmotp_ffi.so"
  if "$readelf" -lW "$so" | awk '$1 == "LOAD" && $NF != "0x4000" { bad = 1 } END { exit !bad }'; then
    die "$so has LOAD segments not aligned to 16 KB (see rust/motp-ffi/build.rs)"
  fi
done

# Bindings from the host build of the same sources (same metadata), with android = true.
cargo build -p motp-ffi --profile "$PROFILE"
# uniffi 0.32 reads the crate's own uniffi.toml (--config takes another format), so flip
# `android` in place for this run and put the committed file back afterwards.
cfg=rust/motp-ffi/uniffi.toml
cp "$cfg" "$cfg.orig"
trap 'mv -f "$cfg.orig" "$cfg"' EXIT
sed -i 's/^android = false/android = true/' "$cfg"
cargo run -q -p uniffi-bindgen -- generate --library "target/$PROFILE/libmotp_ffi.so" \
  --language kotlin --no-format --metadata-no-deps --out-dir "$MODULE_DIR/src/main/java"
echo "build-android: libraries in $MODULE_DIR/src/main/jniLibs, bindings in $MODULE_DIR/src/main/java"
