#!/usr/bin/env bash
# Builds motp-ffi for Android phones and emulators (the app's Gradle task `cargoNdk` runs it).
#
#   scripts/build-android.sh [JNI_LIBS_DIR]     (default: android/app/build/rustJniLibs)
#
# Output: JNI_LIBS_DIR/{arm64-v8a,armeabi-v7a,x86_64}/libmotp_ffi.so (release-mobile profile,
# linked for 16 KB pages, checked with the NDK's llvm-readelf). The Kotlin bindings are the
# committed bindings/kotlin (one copy; android/shell compiles them), not generated here.
#
# Needs: the Android NDK (ANDROID_NDK_HOME or ANDROID_NDK_ROOT), cargo-ndk, and the Rust targets
# aarch64-linux-android, armv7-linux-androideabi, x86_64-linux-android. None of these exist on
# the project's Linux CI machines, so this script is not part of the test command; it stops
# early, naming what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT_DIR="${1:-android/app/build/rustJniLibs}"
PROFILE=release-mobile
ABIS=(arm64-v8a armeabi-v7a x86_64)
TARGETS=(aarch64-linux-android armv7-linux-androideabi x86_64-linux-android)
MIN_SDK="${MOTP_ANDROID_MIN_SDK:-26}"

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
cargo ndk "${args[@]}" --platform "$MIN_SDK" -o "$OUT_DIR" \
  build -p motp-ffi --profile "$PROFILE"

# 16 KB pages (Android 15+ devices, required by Google Play): rust/motp-ffi/build.rs links every
# Android build with -z max-page-size=16384. Check that each 64-bit library's LOAD segments are
# aligned to 16 KB (armeabi-v7a runs on 4 KB-page kernels only, but gets the flag too).
readelf=$(find "$NDK/toolchains/llvm/prebuilt" -name llvm-readelf -type f | head -n1)
[ -n "$readelf" ] || die "llvm-readelf not found in the NDK ($NDK/toolchains/llvm/prebuilt/*/bin)"
for abi in arm64-v8a x86_64; do
  so="$OUT_DIR/$abi/libmotp_ffi.so"
  if "$readelf" -lW "$so" | awk '$1 == "LOAD" && $NF != "0x4000" { bad = 1 } END { exit !bad }'; then
    die "$so has LOAD segments not aligned to 16 KB (see rust/motp-ffi/build.rs)"
  fi
done

for abi in "${ABIS[@]}"; do
  echo "build-android: $abi: $(stat -c %s "$OUT_DIR/$abi/libmotp_ffi.so") bytes"
done
