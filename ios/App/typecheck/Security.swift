// Signature stub of Apple's Security framework (with the Core Foundation types it speaks), only
// what ios/App uses (README.md here). Core Foundation types stand in as their toll-free bridged
// Foundation classes, as on Apple platforms (`[String: Any] as CFDictionary`, `CFData as Data`).
@_exported import Foundation

public typealias OSStatus = Int32
public typealias CFTypeRef = AnyObject
public typealias CFString = NSString
public typealias CFData = NSData
public typealias CFDictionary = NSDictionary
public typealias CFError = NSError
public typealias CFIndex = Int
public typealias CFAllocator = AnyObject
public func CFErrorGetCode(_ err: CFError) -> CFIndex { err.code }

public final class SecKey {}
public final class SecAccessControl {}

public struct SecKeyAlgorithm: Hashable, Sendable {
    public static let eciesEncryptionCofactorVariableIVX963SHA256AESGCM = SecKeyAlgorithm()
}

public struct SecAccessControlCreateFlags: OptionSet, Sendable {
    public let rawValue: UInt
    public init(rawValue: UInt) { self.rawValue = rawValue }
    public static let privateKeyUsage = SecAccessControlCreateFlags(rawValue: 1 << 30)
    public static let biometryCurrentSet = SecAccessControlCreateFlags(rawValue: 1 << 3)
}

public let errSecSuccess: OSStatus = 0
public let errSecItemNotFound: OSStatus = -25300
public let errSecUserCanceled: OSStatus = -128
public let errSecInvalidKeyRef: OSStatus = -67712
public let errSecInternalError: OSStatus = -2070
public let errSecDecode: OSStatus = -26275

// C globals in the real SDK, which Swift does not check for concurrency safety.
private func key(_ name: String) -> CFString { NSString(string: name) }
nonisolated(unsafe) public let kSecClass = key("class")
nonisolated(unsafe) public let kSecClassKey = key("keys")
nonisolated(unsafe) public let kSecAttrApplicationTag = key("atag")
nonisolated(unsafe) public let kSecAttrKeyType = key("type")
nonisolated(unsafe) public let kSecAttrKeyTypeECSECPrimeRandom = key("73")
nonisolated(unsafe) public let kSecAttrKeySizeInBits = key("bsiz")
nonisolated(unsafe) public let kSecAttrTokenID = key("tkid")
nonisolated(unsafe) public let kSecAttrTokenIDSecureEnclave = key("com.apple.setoken")
nonisolated(unsafe) public let kSecAttrIsPermanent = key("perm")
nonisolated(unsafe) public let kSecAttrAccessControl = key("accc")
nonisolated(unsafe) public let kSecAttrAccessibleWhenUnlockedThisDeviceOnly = key("aku")
nonisolated(unsafe) public let kSecPrivateKeyAttrs = key("private")
nonisolated(unsafe) public let kSecReturnRef = key("r_Ref")
nonisolated(unsafe) public let kSecUseAuthenticationContext = key("u_AuthCtx")

public func SecKeyCopyPublicKey(_ key: SecKey) -> SecKey? { nil }
public func SecKeyCreateRandomKey(_ parameters: CFDictionary, _ error: UnsafeMutablePointer<Unmanaged<CFError>?>?) -> SecKey? { nil }
public func SecKeyCreateEncryptedData(_ key: SecKey, _ algorithm: SecKeyAlgorithm, _ plaintext: CFData,
                                      _ error: UnsafeMutablePointer<Unmanaged<CFError>?>?) -> CFData? { nil }
public func SecKeyCreateDecryptedData(_ key: SecKey, _ algorithm: SecKeyAlgorithm, _ ciphertext: CFData,
                                      _ error: UnsafeMutablePointer<Unmanaged<CFError>?>?) -> CFData? { nil }
public func SecAccessControlCreateWithFlags(_ allocator: CFAllocator?, _ protection: CFTypeRef, _ flags: SecAccessControlCreateFlags,
                                            _ error: UnsafeMutablePointer<Unmanaged<CFError>?>?) -> SecAccessControl? { nil }
public func SecItemCopyMatching(_ query: CFDictionary, _ result: UnsafeMutablePointer<CFTypeRef?>?) -> OSStatus { errSecItemNotFound }
public func SecItemDelete(_ query: CFDictionary) -> OSStatus { errSecSuccess }
