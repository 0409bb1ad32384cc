// Hand-written part of the MotpCore module, shipped in bindings/swift beside the generated
// MotpCore.swift (scripts/gen-bindings.sh copies it there; scripts/build-ios.sh ships it too).
//
// Why: UniFFI's generated `errorDescription` is `String(reflecting: self)`, debug text such as
// `MotpCore.MotpError.WrongPassword(message: "…")`. The bindings are generated with
// `omit_localized_error_conformance = true` (rust/motp-ffi/uniffi.toml) and these conformances
// make `localizedDescription` and `"\(error)"` the readable sentence the Rust core wrote, which
// says what went wrong and what to do. The `switch`es are exhaustive: a new variant in Rust
// fails the Swift build until it is added here.
import Foundation

extension MotpError: LocalizedError, CustomStringConvertible {
    /// The readable sentence (what went wrong, what to do) — the same text as Kotlin's
    /// `MotpException.message`.
    public var message: String {
        switch self {
        case .InvalidInput(let message), .NotMotp(let message), .InvalidTime(let message),
             .WrongPassword(let message), .PasswordRequired(let message), .PinRequired(let message),
             .NotFound(let message), .ChangedElsewhere(let message), .Busy(let message),
             .NewerVersion(let message), .Damaged(let message), .KeyStore(let message),
             .Storage(let message), .ImportFailed(let message), .Clock(let message),
             .NoQrCode(let message), .Other(let message):
            return message
        }
    }

    public var errorDescription: String? { message }
    public var description: String { message }
}

extension KeyProtectorError: LocalizedError, CustomStringConvertible {
    /// The reason the app's key store gave.
    public var message: String {
        switch self {
        case .Failed(let reason):
            return reason
        }
    }

    public var errorDescription: String? { message }
    public var description: String { message }
}
