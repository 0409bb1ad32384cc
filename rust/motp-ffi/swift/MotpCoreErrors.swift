// Hand-written part of the MotpCore module, shipped in bindings/swift beside the generated
// MotpCore.swift (scripts/gen-bindings.sh copies it there; scripts/build-ios.sh ships it too).
//
// Why: UniFFI's generated `errorDescription` is `String(reflecting: self)`, debug text such as
// `MotpCore.AppCoreError.WrongPassword(message: "…")`. The bindings are generated with
// `omit_localized_error_conformance = true` (rust/motp-app/uniffi.toml) and these conformances
// make `localizedDescription` and `"\(error)"` the readable sentence the Rust core wrote (localised
// from its catalog), which says what went wrong and what to do.
import Foundation

/// The sentence of a flat UniFFI error: every case is `Case(message: String)`, whose payload
/// Swift reflects as the one-element tuple `(message: String)`.
private func flatErrorMessage(_ error: Any) -> String {
    guard let payload = Mirror(reflecting: error).children.first?.value else {
        return String(describing: type(of: error))
    }
    if let message = Mirror(reflecting: payload).children.first?.value as? String { return message }
    return payload as? String ?? String(describing: type(of: error))
}

extension AppCoreError: LocalizedError, CustomStringConvertible {
    /// The localised sentence — the same text as Kotlin's `AppCoreException.message`.
    public var message: String { flatErrorMessage(self) }
    public var errorDescription: String? { message }
    public var description: String { message }
}
