#!/bin/sh
# Type-checks the iPhone app's Swift sources (ios/App/Sources) in Swift 6 mode against the
# signature stubs in this folder (SwiftUI, UIKit, AVFoundation, UniformTypeIdentifiers, Security,
# LocalAuthentication: what the app uses of them) and the MotpCore/MotpKit modules SwiftPM built from ios/MotpKit. Run inside
# the Swift toolchain by scripts/test-ios-kit.sh (README.md here says what this proves).
#
#   typecheck.sh APP_DIR PKG_DIR OUT_DIR
#     APP_DIR  a copy of ios/App (Sources/ and typecheck/)
#     PKG_DIR  ios/MotpKit after `swift build` (.build/debug/Modules)
#     OUT_DIR  where the stub modules go
set -eu
app=$1 pkg=$2 out=$3
mkdir -p "$out"
for m in UniformTypeIdentifiers UIKit AVFoundation SwiftUI Security LocalAuthentication; do
    swiftc -emit-module -parse-as-library -swift-version 6 -module-name "$m" -I "$out" \
        -o "$out/$m.swiftmodule" "$app/typecheck/$m.swift"
done
find "$app/Sources" -name '*.swift' | LC_ALL=C sort >"$out/sources"
# shellcheck disable=SC2046  # one argument per source file (no spaces in these paths)
swiftc -typecheck -parse-as-library -swift-version 6 -I "$out" -I "$pkg/.build/debug/Modules" \
    -Xcc -fmodule-map-file="$pkg/Sources/MotpCoreFFI/module.modulemap" \
    $(cat "$out/sources") "$app"/typecheck/app/*.swift
echo "ios/App: $(wc -l <"$out/sources") source files type-check against the stubs"
