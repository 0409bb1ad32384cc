// "Unlock with Face ID": the vault key is wrapped (ECIES) to a P-256 key that lives in the
// Secure Enclave and is usable only after the currently enrolled biometry passed. The wrapped
// key is stored by the core, in the vault's key slot; this type only wraps and unwraps.
// - enrolment changed (`.biometryCurrentSet`) → the key is gone → `.invalidated`
// - the user cancels the LAContext prompt → `.cancelled`
// - any other LAError is mapped by MotpKit (`DeviceKeyAnswer.biometryFailure`, tested on Linux):
//   `.biometryNotAvailable` is `.notAvailable` (Face ID off for the app; the key is fine), lockout
//   and not-interactive are said in the core's words, not the system's
// - the prompt's words are the core's (`DeviceKeyPrompt`, in the user's language): `reason` is
//   what iOS shows, `cancel` its cancel button; iOS has no place for `title`.
// - enrolment asks for Face ID too (the core's enrol prompt), so a user who cannot pass it is
//   never enrolled; wrapping itself needs only the public key.
// - the key item is `kSecAttrAccessibleWhenUnlockedThisDeviceOnly`: no backup, no other device.
import Foundation
import LocalAuthentication
import MotpCore
import MotpKit
import Security

struct KeychainDeviceKeys: DeviceKeys {
    static let protectorId = "ios-keychain:motp-vault"
    static let tag = Data("app.motp.token.vault-key".utf8)
    static let algorithm: SecKeyAlgorithm = .eciesEncryptionCofactorVariableIVX963SHA256AESGCM

    /// What the core shows for this key ("Also unlock with Face ID"): the biometry's name,
    /// which Apple does not translate; nil when the device has no biometry enrolled.
    static var info: DeviceKeyInfo? {
        let context = LAContext()
        guard context.canEvaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, error: nil) else { return nil }
        let label = context.biometryType == .faceID ? "Face ID" : "Touch ID"
        return DeviceKeyInfo(protectorId: protectorId, label: label)
    }

    func wrap(protectorId: String, key: Data, prompt: DeviceKeyPrompt) async -> DeviceKeyAnswer {
        if let refused = await Self.authenticate(LAContext(), prompt) { return refused }
        do {
            try? deleteKey()
            let privateKey = try createKey()
            guard let publicKey = SecKeyCopyPublicKey(privateKey) else { return .failed(Self.describe(errSecInvalidKeyRef)) }
            var error: Unmanaged<CFError>?
            guard let wrapped = SecKeyCreateEncryptedData(publicKey, Self.algorithm, key as CFData, &error) as Data? else {
                return .failed(Self.describe(error))
            }
            return .done(wrapped)
        } catch {
            return .failed(error.localizedDescription)
        }
    }

    func unwrap(protectorId: String, wrapped: Data, prompt: DeviceKeyPrompt) async -> DeviceKeyAnswer {
        // The context that passed is handed to the keychain below, so the key is used without
        // a second prompt.
        let context = LAContext()
        if let refused = await Self.authenticate(context, prompt) { return refused }
        let query: [String: Any] = [
            kSecClass as String: kSecClassKey,
            kSecAttrApplicationTag as String: Self.tag,
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecReturnRef as String: true,
            kSecUseAuthenticationContext as String: context,
        ]
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        // With .biometryCurrentSet the key is removed when Face ID enrolment changes.
        if status == errSecItemNotFound { return .invalidated }
        guard status == errSecSuccess, let item else { return .failed(Self.describe(status)) }
        let privateKey = item as! SecKey  // the query asks for a SecKey by class and type
        var error: Unmanaged<CFError>?
        guard let key = SecKeyCreateDecryptedData(privateKey, Self.algorithm, wrapped as CFData, &error) as Data? else {
            let e = error?.takeRetainedValue()
            if let e, CFErrorGetCode(e) == Int(errSecUserCanceled) { return .cancelled }
            return .failed(e.map { ($0 as Error).localizedDescription } ?? Self.describe(errSecDecode))
        }
        return .done(key)
    }

    /// Shows the system's biometric prompt with the core's words; nil once the user passed it.
    private static func authenticate(_ context: LAContext, _ prompt: DeviceKeyPrompt) async -> DeviceKeyAnswer? {
        // localizedReason too: the keychain shows it should the key's use ask again.
        context.localizedReason = prompt.reason
        context.localizedCancelTitle = prompt.cancel
        do {
            _ = try await context.evaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, localizedReason: prompt.reason)
            return nil
        } catch let e as LAError {
            return DeviceKeyAnswer.biometryFailure(code: e.code.rawValue, systemText: e.localizedDescription)
        } catch {
            return .failed(error.localizedDescription)
        }
    }

    func delete(protectorId: String) async {
        try? deleteKey()
    }

    private func createKey() throws -> SecKey {
        var error: Unmanaged<CFError>?
        guard let access = SecAccessControlCreateWithFlags(nil, kSecAttrAccessibleWhenUnlockedThisDeviceOnly,
                                                           [.privateKeyUsage, .biometryCurrentSet], &error) else {
            throw error!.takeRetainedValue() as Error
        }
        let attributes: [String: Any] = [
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecAttrKeySizeInBits as String: 256,
            kSecAttrTokenID as String: kSecAttrTokenIDSecureEnclave,
            kSecPrivateKeyAttrs as String: [
                kSecAttrIsPermanent as String: true,
                kSecAttrApplicationTag as String: Self.tag,
                kSecAttrAccessControl as String: access,
            ] as [String: Any],
        ]
        guard let key = SecKeyCreateRandomKey(attributes as CFDictionary, &error) else {
            throw error!.takeRetainedValue() as Error
        }
        return key
    }

    private func deleteKey() throws {
        let query: [String: Any] = [
            kSecClass as String: kSecClassKey,
            kSecAttrApplicationTag as String: Self.tag,
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
        ]
        let status = SecItemDelete(query as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else { throw NSError(domain: NSOSStatusErrorDomain, code: Int(status)) }
    }

    // The reasons below reach the user inside the core's sentence ("The device key could not
    // be used (…)"): they are the system's own localised descriptions, never our English.
    private static func describe(_ error: Unmanaged<CFError>?) -> String {
        error.map { ($0.takeRetainedValue() as Error).localizedDescription } ?? describe(errSecInternalError)
    }

    private static func describe(_ status: OSStatus) -> String {
        NSError(domain: NSOSStatusErrorDomain, code: Int(status)).localizedDescription
    }
}
