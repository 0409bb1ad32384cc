// TokenVault through the Swift bindings, on Linux against the real library: a vault protected
// by a KeyProtector written in Swift, tokens from motp:// URIs, published vectors, countdowns,
// wrong passwords as Swift Errors, diagnose, an Aegis import from ../shared/fixtures, codes
// from many threads at once, and 100k create/close cycles without a leak.
import Foundation
import MotpCore

func check(_ cond: Bool, _ msg: @autoclosure () -> String) {
    if !cond { fputs("FAIL: \(msg())\n", stderr); exit(1) }
}
func expectError<T>(_ what: String, _ match: (MotpError) -> Bool, _ body: () throws -> T) {
    do { _ = try body(); check(false, "\(what): no error") }
    catch let e as MotpError { check(match(e), "\(what): got \(e)") }
    catch { check(false, "\(what): unexpected \(error)") }
}

/// A stand-in for the Keychain / Secure Enclave: the wrapping key never leaves this object.
/// (Swift on Linux has no CryptoKit; the wrap is a one-time pad plus a tag, enough to prove the
/// calls cross the boundary in both directions and that a wrong key is refused.)
final class TestKeychain: KeyProtector, @unchecked Sendable {
    private let pad: [UInt8]
    private let name: String
    private let lock = NSLock()
    private var _calls = 0
    var calls: Int { lock.lock(); defer { lock.unlock() }; return _calls }
    init(name: String = "swift-test:keychain") {
        pad = (0..<64).map { _ in UInt8.random(in: 0...255) }
        self.name = name
    }
    func id() -> String { name }
    func label() -> String { "Swift test keychain" }
    func wrap(key: Data) throws -> Data {
        lock.lock(); _calls += 1; lock.unlock()
        let body = key.enumerated().map { $0.element ^ pad[$0.offset % 32] }
        let tag = pad[32..<48].enumerated().map { $0.element ^ UInt8(truncatingIfNeeded: body.reduce(0) { $0 &+ Int($1) } &+ $0.offset) }
        return Data(body + tag)
    }
    func unwrap(wrapped: Data) throws -> Data {
        lock.lock(); _calls += 1; lock.unlock()
        guard wrapped.count == 48 else { throw KeyProtectorError.Failed(reason: "wrapped key has the wrong size") }
        let body = Array(wrapped.prefix(32))
        let tag = pad[32..<48].enumerated().map { $0.element ^ UInt8(truncatingIfNeeded: body.reduce(0) { $0 &+ Int($1) } &+ $0.offset) }
        guard Array(wrapped.suffix(16)) == tag else { throw KeyProtectorError.Failed(reason: "this device key did not wrap the vault key") }
        return Data(body.enumerated().map { $0.element ^ pad[$0.offset] })
    }
}

let dir = FileManager.default.temporaryDirectory.appendingPathComponent("motp-swift-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: dir) }
let cheap = KdfSettings(memoryKib: 8, iterations: 1, parallelism: 1)
let path = dir.appendingPathComponent("tokens.motp").path

// --- a vault created with a Swift key store
let keychain = TestKeychain()
let vault = try TokenVault.createWithProtector(path: path, protector: keychain)
check(keychain.calls >= 1, "Rust never called the Swift key store")
let alice = try vault.addFromUri(uri: "motp://privacyidea:alice?secret=0123456789abcdef", pin: .ask, keepUriPin: false)
let bob = try vault.addFromUri(uri: "motp://Corp%20VPN:bob?secret=e3152afee62599c8&pin=1234", pin: .ask, keepUriPin: true)
let tokens = vault.list()
check(tokens.map { $0.account } == ["alice", "bob"], "\(tokens.map { $0.account })")
check(tokens[1].issuer == "Corp VPN" && tokens[1].pinPolicy == .remember, "\(tokens[1])")
check(!"\(tokens)".contains("0123456789abcdef"), "a record shows the secret")

let c1 = try vault.codeAt(id: alice, pin: "6666", unixMs: 1_296_121_200_000 + 3_250)
check(c1.code == "6ed4e4" && c1.grouped == "6ed 4e4", "privacyIDEA vector: \(c1)")
check(c1.countdown.counter == 129_612_120 && c1.countdown.msToNext == 6_750 && c1.countdown.useWithinMs == 26_750, "\(c1.countdown)")
check(try vault.codeAt(id: bob, pin: nil, unixMs: 165_892_298_000).code == "e7d8b6", "Aegis vector with the kept URI PIN")
expectError("code without PIN", { if case .PinRequired = $0 { return true }; return false }) {
    try vault.codeAt(id: alice, pin: nil, unixMs: 0)
}
let aliceToken = try vault.token(id: alice)
check(try aliceToken.codeAt(pin: "6666", unixMs: 1_296_121_200_000 + 3_250) == c1, "handle gives the same code")
expectError("handle on a missing token", { if case .NotFound = $0 { return true }; return false }) {
    try vault.token(id: "00000000-0000-4000-8000-000000000000")
}
check(try aliceToken.session(pin: "6666").codeAt(unixMs: 1_296_121_200_000 + 3_250) == c1, "session code")
expectError("session without the PIN", { if case .PinRequired = $0 { return true }; return false }) {
    try aliceToken.session(pin: nil)
}
try vault.changePassword(newPassword: "correct horse battery staple")

// --- reopen, wrong passwords, wrong device key
check(try TokenVault.openWithProtector(path: path, protector: keychain).list().count == 2, "reopen with key store")
check(try TokenVault.open(path: path, password: "correct horse battery staple").list().count == 2, "reopen with password")
expectError("wrong password", { if case .WrongPassword = $0 { return true }; return false }) {
    try TokenVault.open(path: path, password: "wrong")
}
expectError("foreign device key", { if case .KeyStore = $0 { return true }; return false }) {
    try TokenVault.openWithProtector(path: path, protector: TestKeychain())
}

// --- diagnose
let d = try diagnoseCode(secret: "0123456789ABCDEF", pin: "6666", code: "6ed4e4", unixMs: 1_296_121_200_000, spanSeconds: 3600, windowSteps: 18)
check(d.cause == .secretCase && d.secretVariant == .lowercase, "\(d)")

// --- import a real Aegis backup (staged from ../shared/fixtures)
let aegis = try Data(contentsOf: URL(fileURLWithPath: "shared-fixtures/stratum__aegis.encrypted.json"))
let imp = try TokenVault.createWithKdf(path: dir.appendingPathComponent("import.motp").path, password: "pw", kdf: cheap)
expectError("no password", { if case .PasswordRequired = $0 { return true }; return false }) {
    try imp.importFile(bytes: aegis, format: nil, password: nil, keepPins: true)
}
let report = try imp.importFile(bytes: aegis, format: nil, password: "test", keepPins: true)
// One mOTP and seven TOTP/HOTP entries; a 9-digit TOTP, Steam and Yandex are reported.
check(report.format == .aegis && report.imported == 8, "\(report)")
let t = imp.list().first { if case .motp = $0.kind { return true }; return false }!
check(try imp.codeAt(id: t.id, pin: nil, unixMs: 1_700_000_000_000).code == "d43efd", "documented code of the Aegis fixture")

// --- QR: a real camera frame with row padding (Aegis's strided fixture, staged unzipped)
let frame = try Data(contentsOf: URL(fileURLWithPath: "shared-fixtures/aegis__helpers__qr.strided.y"))
let texts = try decodeQrLuma(bytes: frame, width: 1840, height: 1380, rowStride: 1856)
check(texts.count == 1 && texts[0].hasPrefix("otpauth://totp/"), "frame decoded to \(texts)")
check(try parseProvisioningUri(uri: texts[0]).kind == .totp(algorithm: .sha1, digits: 6, periodSeconds: 30, t0Seconds: 0), "the frame's TOTP code")
expectError("stride < width", { if case .InvalidInput = $0 { return true }; return false }) {
    try decodeQrLuma(bytes: frame, width: 1840, height: 1380, rowStride: 100)
}
let qr = try imp.qrForToken(id: t.id)
let px = 4, quiet = 4, n = Int(qr.size), side = (n + 2 * quiet) * px
var luma = [UInt8](repeating: 0xff, count: side * side)
for y in 0..<n { for x in 0..<n where qr.modules[y * n + x] {
    for dy in 0..<px { for dx in 0..<px { luma[((y + quiet) * px + dy) * side + (x + quiet) * px + dx] = 0 } }
} }
let scanned = try decodeQrLuma(bytes: Data(luma), width: UInt32(side), height: UInt32(side), rowStride: UInt32(side))
check(scanned.count == 1 && !scanned[0].contains("pin="), "\(scanned)")
let moved = try TokenVault.createWithKdf(path: dir.appendingPathComponent("moved.motp").path, password: "pw", kdf: cheap)
let movedId = try moved.addFromUri(uri: scanned[0], pin: .remember(pin: SensitiveText(text: "1234")), keepUriPin: false)
check(try moved.codeAt(id: movedId, pin: nil, unixMs: 1_700_000_000_000).code == "d43efd", "token moved by QR")

// --- codes from many threads at once
let shared = try TokenVault.openWithProtector(path: path, protector: keychain)
let wrong = NSLock()
var wrongCount = 0
DispatchQueue.concurrentPerform(iterations: 8) { t in
    for i in 0..<2_000 {
        let ms = Int64(1_296_121_200_000 + ((i + t) % 10) * 1_000)
        let ok = (try? shared.codeAt(id: alice, pin: "6666", unixMs: ms).code) == "6ed4e4"
        if !ok { wrong.lock(); wrongCount += 1; wrong.unlock() }
    }
}
check(wrongCount == 0, "\(wrongCount) wrong codes from concurrent calls")

// --- 100k create/close cycles without a leak
// The resident size, or the test fails: a check that read 0 when /proc is missing would pass
// whatever leaked.
func rssKb() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }
    let kb = line.flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") }
    check(kb != nil && kb! > 0, "cannot read VmRSS from /proc/self/status: the leak check would prove nothing")
    return kb ?? 0
}
let small = dir.appendingPathComponent("small.motp").path
let fast = TestKeychain(name: "swift-test:cycles")
do {
    let v = try TokenVault.createWithKdf(path: small, password: "pw", kdf: cheap)
    _ = try v.addFromUri(uri: "motp://a:b?secret=0123456789abcdef", pin: .ask, keepUriPin: false)
    _ = try v.addPlatformSlot(protector: fast)
}
func cycle(_ n: Int) throws {
    for _ in 0..<n { let v = try TokenVault.openWithProtector(path: small, protector: fast); check(v.list().count == 1, "list") }
}
try cycle(10_000)
let before = rssKb()
try cycle(100_000)
let grown = rssKb() - before
print("100k open/close cycles: RSS \(before) kB -> \(before + grown) kB (\(grown) kB)")
check(grown < 16 * 1024, "RSS grew by \(grown) kB over 100k cycles: a leak")

// --- TOTP and HOTP from URIs, with the RFCs' vectors (secret: the ASCII "12345678901234567890")
let oathPath = dir.appendingPathComponent("oath.motp").path
let oath = try TokenVault.createWithKdf(path: oathPath, password: "pw", kdf: cheap)
let rfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
let totpId = try oath.addFromUri(uri: "otpauth://totp/RFC%206238:sha1?secret=\(rfcKey)&digits=8", pin: .ask, keepUriPin: false)
let tc = try oath.codeAt(id: totpId, pin: nil, unixMs: 59_000)  // RFC 6238 Appendix B: T = 59 s
check(tc.code == "94287082" && tc.grouped == "9428 7082" && tc.countdown.stepEndMs == 60_000, "\(tc)")
check(try oath.codeAt(id: totpId, pin: nil, unixMs: 1_111_111_109_000).code == "07081804", "RFC 6238 T = 1111111109")
let hotpId = try oath.addFromUri(uri: "otpauth://hotp/RFC%204226:x?secret=\(rfcKey)&counter=0", pin: .ask, keepUriPin: false)
check(try oath.nextHotpCode(id: hotpId).code == "755224", "RFC 4226 counter 0")
check(try oath.nextHotpCode(id: hotpId).code == "287082", "RFC 4226 counter 1")
check(try oath.get(id: hotpId).kind == .hotp(algorithm: .sha1, digits: 6, counter: 2), "the counter moved")
try oath.organise(id: totpId, group: "Work", favourite: true, icon: "mail")
let o = try oath.get(id: totpId)
check(o.group == "Work" && o.favourite && o.icon == "mail", "\(o)")

print("vault.swift: all checks passed")
