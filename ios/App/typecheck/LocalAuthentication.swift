// Signature stub of Apple's LocalAuthentication, only what ios/App uses (README.md here).
@_exported import Foundation

public enum LAPolicy: Int, Sendable { case deviceOwnerAuthenticationWithBiometrics = 1 }
public enum LABiometryType: Int, Sendable { case none, touchID, faceID, opticID }

public struct LAError: Error {
    public enum Code: Int, Sendable {
        case authenticationFailed = -1, userCancel = -2, userFallback = -3, systemCancel = -4
        case biometryNotAvailable = -6, biometryNotEnrolled = -7, appCancel = -9
    }
    public let code: Code
}

public class LAContext {
    public init() {}
    public var biometryType: LABiometryType { .none }
    public func canEvaluatePolicy(_ policy: LAPolicy, error: UnsafeMutablePointer<NSError?>?) -> Bool { false }
    public func evaluatePolicy(_ policy: LAPolicy, localizedReason: String) async throws -> Bool { false }
}
