// swift-tools-version: 6.0
// MotpKit: the iPhone app's platform-free part — the loop that feeds events to the Rust app
// core (AppCore) and carries out its effects through protocols the app implements, and the
// @Observable model SwiftUI draws. Built and tested on Linux against the host-built library
// (scripts/test-ios-kit.sh); on Apple platforms against the XCFramework scripts/build-ios.sh
// builds into ios/Frameworks (git-ignored).
import Foundation
import PackageDescription

#if os(Linux)
// The host-built libmotp_ffi.so: its directory comes from the environment (the test script
// stages it), so no machine path is written here.
let ffiLibDir = Context.environment["MOTP_FFI_LIB_DIR"] ?? "\(Context.packageDirectory)/../../target/release"
let ffiTarget: Target = .systemLibrary(name: "MotpCoreFFI", path: "Sources/MotpCoreFFI")
let coreLinker: [LinkerSetting] = [
    .linkedLibrary("motp_ffi"),
    .unsafeFlags(["-L", ffiLibDir, "-Xlinker", "-rpath", "-Xlinker", ffiLibDir]),
]
#else
let ffiTarget: Target = .binaryTarget(name: "MotpCoreFFI", path: "../Frameworks/MotpCoreFFI.xcframework")
let coreLinker: [LinkerSetting] = []
#endif

let package = Package(
    name: "MotpKit",
    platforms: [.iOS(.v17), .macOS(.v14)],
    products: [
        .library(name: "MotpKit", targets: ["MotpKit"]),
        .executable(name: "motp-kit-bench", targets: ["MotpKitBench"]),
    ],
    targets: [
        ffiTarget,
        // The committed bindings (symlinks to bindings/swift): one copy, never regenerated here.
        .target(name: "MotpCore", dependencies: ["MotpCoreFFI"], linkerSettings: coreLinker),
        .target(name: "MotpKit", dependencies: ["MotpCore"]),
        // Linux only: Swift 6.0.3's libswiftObservation.so needs swift::threading::fatal,
        // which the Linux runtime does not export (swiftlang/swift#75670, fixed in 6.2).
        .target(name: "ObservationShim"),
        .executableTarget(
            name: "MotpKitBench",
            dependencies: ["MotpKit", .target(name: "ObservationShim", condition: .when(platforms: [.linux]))]),
        .testTarget(
            name: "MotpKitTests",
            dependencies: ["MotpKit", .target(name: "ObservationShim", condition: .when(platforms: [.linux]))]),
    ],
    swiftLanguageModes: [.v6]
)
