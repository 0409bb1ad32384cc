// The journey through the Swift bindings: a fake iPhone shell drives AppCore the way
// the app's loop does — events in, effects carried out (jobs on a worker thread, the one tick
// timer, the clipboard, the device-key prompt, the save and open dialogs; no platform network
// time, so the core asks an NTP server), views checked — against real vault files and
// ../shared/fixtures:
// first run → add from a real camera frame (a TOTP code: refused) and from the administrator's
// QR code → the code equals the published vector → background 6 min → locked → device-key
// unlock cancelled → password unlock → wrong PIN typo guard → edit → export → import preview →
// clock check with a server 5 minutes off → doctor. Then: nothing the UI thread needs waits
// behind slow work or an unanswered device-key prompt, and nothing printed shows a secret.
import Foundation
import MotpCore

func check(_ cond: Bool, _ msg: @autoclosure () -> String) {
    if !cond { fputs("FAIL: \(msg())\n", stderr); exit(1) }
}

// --- the published vector the journey's token must reproduce (privacyIDEA's first)
let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "vectors/motp-public.json"))) as! [String: Any]
let vector = (json["vectors"] as! [[String: Any]])[0]
let secret = vector["secret"] as! String, pin = vector["pin"] as! String, vectorCode = vector["code"] as! String
let atVector = (vector["counter"] as! NSNumber).int64Value * 10_000

/// A stand-in for the Keychain / Secure Enclave (no CryptoKit on Linux): a one-time pad and a
/// tag, enough to prove the key crosses both ways and a foreign wrap is refused.
final class DeviceKeyStore {
    private let pad = (0..<48).map { _ in UInt8.random(in: 0...255) }
    func wrap(_ key: Data) -> Data { Data(key.enumerated().map { $0.element ^ pad[$0.offset] } + pad[32..<48]) }
    func unwrap(_ wrapped: Data) -> Data? {
        guard wrapped.count == 48, Array(wrapped.suffix(16)) == Array(pad[32..<48]) else { return nil }
        return Data(wrapped.prefix(32).enumerated().map { $0.element ^ pad[$0.offset] })
    }
}

/// Runs `body` on a new thread and waits for it: a worker, not the calling thread.
final class Box<T>: @unchecked Sendable { var value: T?; init() {} }
func onWorker<T>(_ body: @escaping () -> T) -> T {
    let result = Box<T>()
    let done = DispatchSemaphore(value: 0)
    Thread { result.value = body(); done.signal() }.start()
    done.wait()
    return result.value!
}

/// The shell: carries out every effect; prompts, dialogs and network time wait for the test.
final class FakeShell {
    let core: AppCore
    var nowMs: Int64
    var tickAt: Int64?
    var cameraOn = false
    var clipboard: (String, Bool, UInt64?)?
    var announcements: [String] = []
    var persisted: AppSettingsRecord?
    var unwrapRequest: (UInt64, Data)?
    var wrapRequest: (UInt64, SensitiveBytes)?
    var openFileRequest: UInt64?
    var saveFileRequest: (UInt64, String, SensitiveBytes)?
    var networkTimeRequest: UInt64?
    var printed: [String] = []
    var jobsRun = 0

    init(_ core: AppCore, nowMs: Int64) { self.core = core; self.nowMs = nowMs }

    func send(_ e: AppEvent) {
        printed.append("\(e)")
        do { carryOut(try core.dispatch(event: e)) } catch { check(false, "dispatch \(e) failed: \(error.localizedDescription)") }
    }

    func carryOut(_ effects: [AppEffect]) {
        var queue = effects
        while !queue.isEmpty {
            let fx = queue.removeFirst()
            printed.append("\(fx)"); printed.append(String(reflecting: fx))
            switch fx {
            case .runJob(let job):
                jobsRun += 1
                let outcome = onWorker { try! job.run() }
                queue += try! core.dispatch(event: .jobFinished(outcome: outcome, nowMs: nowMs))
            case .scheduleTick(let at): tickAt = at
            case .unwrapWithDeviceKey(let request, _, let wrapped, _): unwrapRequest = (request, wrapped)
            case .wrapWithDeviceKey(let request, _, let key, _): wrapRequest = (request, key)
            case .deleteDeviceKey: break
            case .startCamera: cameraOn = true
            case .stopCamera: cameraOn = false
            case .copyToClipboard(let text, let sensitive, let clearAfter): clipboard = (text.expose(), sensitive, clearAfter)
            case .saveFile(let request, let name, _, let bytes): saveFileRequest = (request, name, bytes)
            case .saveToFolder: break
            case .openFile(let request, _): openFileRequest = request
            case .askNetworkTime(let request): networkTimeRequest = request
            case .persistSettings(let settings): persisted = settings
            case .haptic: break
            case .announce(let text): announcements.append(text)
            }
        }
    }

    func advance(to ms: Int64) {
        nowMs = ms
        if let t = tickAt, t <= ms { tickAt = nil; send(.tick(nowMs: ms)) }
    }

    var screen: Screen { let v = core.view(); printed.append("\(v)"); return v.screen }
    var list: ListView { guard case .list(let l) = screen else { check(false, "expected the list, got \(screen)"); exit(1) }; return l }
}

func text(_ s: String) -> SensitiveText { SensitiveText(text: s) }

let dir = FileManager.default.temporaryDirectory.appendingPathComponent("motp-app-journey-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: dir) }
let vaultPath = dir.appendingPathComponent("tokens.motp").path
let keystore = DeviceKeyStore()
let ntp = NtpResponder(offsetSeconds: 300)
let config = AppCoreConfig(vaultPath: vaultPath, locale: "en",
                           deviceKey: DeviceKeyInfo(protectorId: "ios-keychain:motp-vault", label: "Test iPhone (Face ID)"),
                           settings: defaultAppSettings(), kdf: .insecureFastForTests, timeServer: ntp.server)
let shell = FakeShell(AppCore(config: config), nowMs: atVector - 60_000)

// ---- first run
shell.send(.started(nowMs: shell.nowMs))
guard case .firstRun = shell.screen else { check(false, "first run: \(shell.screen)"); exit(1) }
shell.send(.createVault(password: text("correct horse battery"), confirmation: text("correct horse batery"), useDeviceKey: true, nowMs: shell.nowMs))
if case .firstRun(let f) = shell.screen {
    check(f.error?.field == .passwordConfirmation && f.error?.code == "passwords_differ", "\(f)")
} else { check(false, "still on first run") }
check(!FileManager.default.fileExists(atPath: vaultPath), "nothing created on a mismatch")
shell.send(.createVault(password: text("correct horse battery"), confirmation: text("correct horse battery"), useDeviceKey: true, nowMs: shell.nowMs))
check(FileManager.default.fileExists(atPath: vaultPath), "vault created")
let (wrapRequest, keyBox) = shell.wrapRequest!
let vaultKey = keyBox.expose()
check(vaultKey.count == 32 && "\(keyBox)" == "SensitiveBytes(<32 bytes hidden>)", "\(keyBox)")
shell.send(.deviceKeyWrapped(request: wrapRequest, wrapped: keystore.wrap(vaultKey), nowMs: shell.nowMs))

// ---- add from a camera frame
shell.send(.navigate(to: .add, nowMs: shell.nowMs))
shell.send(.scanQr(nowMs: shell.nowMs))
check(shell.cameraOn, "camera on")
let scratch = try TokenVault.createWithKdf(path: dir.appendingPathComponent("admin.motp").path, password: "pw",
                                           kdf: KdfSettings(memoryKib: 8, iterations: 1, parallelism: 1))
let qr = try scratch.qrForToken(id: try scratch.addFromUri(uri: "motp://privacyIDEA:alice?secret=\(secret)", pin: .ask, keepUriPin: false))
let n = Int(qr.size), side = (n + 8) * 4, stride = side + 16
var luma = [UInt8](repeating: 0xff, count: stride * side)
for y in 0..<n { for x in 0..<n where qr.modules[y * n + x] {
    for dy in 0..<4 { for dx in 0..<4 { luma[((y + 4) * 4 + dy) * stride + (x + 4) * 4 + dx] = 0 } }
} }
shell.send(.cameraFrame(luma: SensitiveBytes(bytes: Data(luma)), width: UInt32(side), height: UInt32(side), rowStride: UInt32(stride), nowMs: shell.nowMs))
check(!shell.cameraOn, "the camera stops once a token is read")
if case .add(let a) = shell.screen {
    check(a.step == .preview && a.preview?.issuer == "privacyIDEA" && a.preview?.account == "alice" && a.preview?.secretChars == 16, "\(a)")
} else { check(false, "no preview") }
shell.send(.previewAccepted(nowMs: shell.nowMs))
shell.send(.pinPolicyChosen(policy: .askWithTypoGuard, pin: text(pin), keepUriPin: false, nowMs: shell.nowMs))
shell.send(.confirmAdd(nowMs: shell.nowMs))
var rows = shell.list.rows
check(rows.count == 1 && rows[0].code == nil && rows[0].pinPrompt == "Enter PIN", "\(rows)")
check(shell.announcements.contains("Token added"), "\(shell.announcements)")
let tokenId = rows[0].id

// ---- the code equals the published vector at its instant
shell.advance(to: atVector)
shell.send(.pinEntered(tokenId: tokenId, pin: text(pin), nowMs: atVector))
let row = shell.list.rows[0]
check(row.code == String(vectorCode.prefix(3)) + " " + String(vectorCode.suffix(3)), "code \(String(describing: row.code)), vector \(vectorCode)")
check(row.secondsLeft == 10 && row.progress == 0 && row.typoWarning == nil, "\(row)")
check(shell.tickAt == atVector + 1_000, "one tick, at the next change")
shell.send(.copyCode(tokenId: tokenId, nowMs: atVector))
check(shell.clipboard?.0 == vectorCode && shell.clipboard?.1 == true && shell.clipboard?.2 == 30_000, "clipboard")

// ---- the real camera frame from Aegis's tests (row stride 1856): a TOTP token, no PIN to choose
shell.send(.navigate(to: .add, nowMs: atVector))
shell.send(.scanQr(nowMs: atVector))
let realFrame = try Data(contentsOf: URL(fileURLWithPath: "shared-fixtures/aegis__helpers__qr.strided.y"))
shell.send(.cameraFrame(luma: SensitiveBytes(bytes: realFrame), width: 1840, height: 1380, rowStride: 1856, nowMs: atVector))
check(!shell.cameraOn, "the camera stops once a token is read")
if case .add(let a) = shell.screen, let p = a.preview {
    check(p.kind == .totp && p.kindText == "TOTP, 6 digits every 30 s (SHA1)" && p.issuer == "neo4j" && p.account == "Charlotte", "\(p)")
} else { check(false, "no TOTP preview") }
shell.send(.previewAccepted(nowMs: atVector))
if case .add(let a) = shell.screen { check(a.step == .confirm, "a TOTP token has no PIN to choose") }
shell.send(.confirmAdd(nowMs: atVector))
let totp = shell.list.rows.first { $0.account == "Charlotte" }!
check(totp.kind == .totp && totp.periodSeconds == 30 && totp.code?.replacingOccurrences(of: " ", with: "").count == 6, "\(totp)")
check(Int64(totp.secondsLeft) == 30 - (atVector / 1000) % 30, "\(totp)")

// ---- background 6 minutes → locked
shell.send(.wentToBackground(nowMs: atVector))
let back = atVector + 6 * 60_000
shell.nowMs = back
shell.send(.cameToForeground(nowMs: back))
check(shell.core.isLocked(), "locked after 6 minutes in the background")
if case .unlock(let u) = shell.screen {
    check(u.methods.map { $0.kind } == [.deviceKey, .password], "\(u.methods)")
} else { check(false, "not the unlock screen") }
do { _ = try shell.core.dispatch(event: .copyCode(tokenId: tokenId, nowMs: back)); check(false, "copied while locked") }
catch let e as AppCoreError {
    guard case .Locked = e else { check(false, "\(e)"); exit(1) }
    check(!e.message.isEmpty && e.localizedDescription == e.message && "\(e)" == e.message, e.localizedDescription)
}

// ---- device-key unlock → cancelled
shell.send(.unlockWithDeviceKey(nowMs: back))
let (unwrapRequest, wrapped) = shell.unwrapRequest!
shell.unwrapRequest = nil
if case .unlock(let u) = shell.screen { check(u.waitingForDeviceKey, "the prompt is up") }
check(keystore.unwrap(wrapped) == vaultKey, "the wrapped key is the one enrolled")
shell.send(.deviceKeyCancelled(request: unwrapRequest, nowMs: back))
if case .unlock(let u) = shell.screen {
    check(!u.waitingForDeviceKey && u.error?.code == "device_key_cancelled", "\(u)")
}
shell.send(.deviceKeyUnwrapped(request: unwrapRequest, key: SensitiveBytes(bytes: vaultKey), nowMs: back))
check(shell.core.isLocked(), "a stale answer unlocked the vault")

// ---- password unlock (a wrong one first)
shell.send(.unlockWithPassword(password: text("wrong"), nowMs: back))
if case .unlock(let u) = shell.screen { check(u.error?.field == .password && u.error?.code == "wrong_password", "\(u)") }
shell.send(.unlockWithPassword(password: text("correct horse battery"), nowMs: back))
check(shell.list.rows[0].code == nil, "the PIN typed before the lock was wiped")

// ---- a wrong PIN shows the typo guard (the code is still shown)
var flagged: String?
for i in 1000..<1040 {
    let typo = String(i)
    shell.send(.pinEntered(tokenId: tokenId, pin: text(typo), nowMs: back))
    if shell.list.rows[0].typoWarning != nil { flagged = typo; break }
}
check(flagged != nil, "the guard catches 15 of 16 wrong PINs")
let guarded = shell.list.rows[0]
check(guarded.code != nil && guarded.typoWarning!.contains("does not match"), "\(guarded)")
shell.send(.pinEntered(tokenId: tokenId, pin: text(pin), nowMs: back))
check(shell.list.rows[0].typoWarning == nil, "the right PIN clears the warning")

// ---- edit: one atomic save
shell.send(.navigate(to: .detail(tokenId: tokenId), nowMs: back))
let before = try Data(contentsOf: URL(fileURLWithPath: vaultPath))
shell.send(.saveEdit(tokenId: tokenId, edit: TokenEditInput(issuer: "Office VPN", account: nil, note: "DrayTek at the office", group: nil,
                                                           favourite: nil, iconKey: nil, pinPolicy: nil, pin: nil, toleranceSeconds: nil), nowMs: back))
if case .detail(let d) = shell.screen {
    check(d.issuer == "Office VPN" && d.note == "DrayTek at the office" && d.error == nil && d.checkCode.count == 7, "\(d)")
} else { check(false, "not the detail screen") }
check(try Data(contentsOf: URL(fileURLWithPath: vaultPath)) != before, "the edit was saved")

// ---- export (our encrypted backup, through the save dialog)
shell.send(.navigate(to: .backups, nowMs: back))
if case .backups(let b) = shell.screen { check(b.reminder != nil, "changes since the last backup") }
shell.send(.export(format: .motpBackup, password: nil, nowMs: back))
if case .backups(let b) = shell.screen { check(b.error?.field == .password, "our backup needs a password") }
shell.send(.export(format: .motpBackup, password: text("backup password"), nowMs: back))
let (saveRequest, saveName, saveBytes) = shell.saveFileRequest!
check(saveName.hasSuffix(".motp"), saveName)
let exported = saveBytes.expose()
shell.send(.fileSaved(request: saveRequest, nowMs: back))
if case .backups(let b) = shell.screen { check(b.reminder == nil && (shell.persisted?.lastBackupGeneration ?? 0) > 0, "backed up") }

// ---- import preview: our backup (a duplicate), then Stratum's Aegis backup
shell.send(.chooseImportFile(nowMs: back))
shell.send(.fileOpened(request: shell.openFileRequest!, name: saveName, bytes: SensitiveBytes(bytes: exported), nowMs: back))
shell.send(.importPassword(password: text("backup password"), nowMs: back))
if case .backups(let b) = shell.screen, let p = b.importPreview {
    check(p.tokens == 2 && p.duplicates == 2 && p.entries.allSatisfy { $0.status == .duplicate }, "\(p)")
} else { check(false, "no preview of our backup") }
shell.send(.closeImport)
shell.send(.chooseImportFile(nowMs: back))
let aegis = try Data(contentsOf: URL(fileURLWithPath: "shared-fixtures/stratum__aegis.encrypted.json"))
shell.send(.fileOpened(request: shell.openFileRequest!, name: "aegis.encrypted.json", bytes: SensitiveBytes(bytes: aegis), nowMs: back))
shell.send(.importPassword(password: text("test"), nowMs: back))
if case .backups(let b) = shell.screen, let p = b.importPreview {
    // Its mOTP token (with a PIN), TOTP and HOTP tokens; Steam, Yandex and a 9-digit code are not importable.
    check(p.format == "Aegis" && p.tokens == 8 && p.withPin == 1 && p.duplicates == 0 && p.skipped == 3, "\(p)")
} else { check(false, "no preview of the Aegis backup") }
shell.send(.confirmImport(keepPins: false, nowMs: back))
if case .backups(let b) = shell.screen { check(b.importReport?.tokens == 8, "import report") }

// ---- clock check: no platform network time on iOS, so the core asks the NTP server (5 min ahead)
shell.send(.navigate(to: .troubleshooting, nowMs: back))
shell.send(.checkClock(nowMs: back))
shell.send(.networkTimeUnavailable(request: shell.networkTimeRequest!, nowMs: back))
if case .troubleshooting(let t) = shell.screen, let c = t.clock {
    check(c.verdict == .codesWillFail && c.suggestedCorrectionSeconds == 300 && c.canApply, "\(c)")
    check(c.summary.contains("5 min") && c.summary.contains("behind"), c.summary)
} else { check(false, "no clock result") }
shell.send(.applyClockCorrection(nowMs: back))
if case .troubleshooting(let t) = shell.screen {
    check(t.storedCorrectionSeconds == 300 && t.clock?.verdict == .fine, "\(t)")
}

// ---- doctor
shell.send(.runDoctor(tokenId: tokenId, pin: text(pin), code: nil, adminCheckCode: nil, nowMs: back))
if case .troubleshooting(let t) = shell.screen, let d = t.doctor {
    check(d.steps.count == 4 && d.steps[0].kind == .clock && d.steps[0].status == .ok && !d.verdict.isEmpty, "\(d)")
} else { check(false, "no doctor report") }
shell.send(.showCheckCode(tokenId: tokenId, nowMs: back))
if case .troubleshooting(let t) = shell.screen { check(t.checkCode?.code.count == 7, "check code") }
print("journey: \(shell.jobsRun) jobs on a worker thread, \(shell.printed.count) events, effects and views printed")

// ---- nothing printed showed a secret, PIN, password or key
for p in shell.printed { for s in [secret, pin, "correct horse battery", "backup password"] { check(!p.contains(s), "printed '\(s)': \(p)") } }

// ---- the UI thread never waits behind slow work: while a real Argon2id job (64 MiB) runs on a
// worker, view() and Tick dispatches keep completing on this thread.
let slowConfig = AppCoreConfig(vaultPath: dir.appendingPathComponent("slow.motp").path, locale: "en", deviceKey: nil,
                               settings: defaultAppSettings(), kdf: .default, timeServer: defaultTimeServer())
let slow = AppCore(config: slowConfig)
for fx in try slow.dispatch(event: .started(nowMs: back)) { if case .runJob(let j) = fx { _ = try slow.dispatch(event: .jobFinished(outcome: try j.run(), nowMs: back)) } }
let create = try slow.dispatch(event: .createVault(password: text("a slow password"), confirmation: text("a slow password"), useDeviceKey: false, nowMs: back))
var slowJob: AppJob?
for fx in create { if case .runJob(let j) = fx { slowJob = j } }
check(slowJob?.kind() == .createVault, "a create job")
let lock = NSLock()
var finished: AppJobOutcome?
Thread { let o = try! slowJob!.run(); lock.lock(); finished = o; lock.unlock() }.start()
func isDone() -> Bool { lock.lock(); defer { lock.unlock() }; return finished != nil }
var whileRunning = 0
var t = back
while !isDone() {
    t += 1
    _ = try slow.dispatch(event: .tick(nowMs: t))
    let busy = slow.view().busy
    if !isDone() { whileRunning += 1; check(busy?.kind == .createVault, "the view says busy") }
}
check(whileRunning > 0, "no view or tick completed while Argon2id ran")
_ = try slow.dispatch(event: .jobFinished(outcome: finished!, nowMs: t))
if case .list = slow.view().screen {} else { check(false, "created") }
do { _ = try slowJob!.run(); check(false, "a job ran twice") } catch AppCoreError.NotAvailable {}
print("while Argon2id ran on a worker: \(whileRunning) view + tick dispatches completed on this thread")

// ---- a device-key prompt left unanswered: codes keep coming on another thread
shell.send(.lock(nowMs: back))
shell.send(.unlockWithDeviceKey(nowMs: back))
let (pendingRequest, pendingWrapped) = shell.unwrapRequest!
let frames = onWorker { () -> Int in
    var frames = 0
    for i in 0..<2_000 { _ = try! shell.core.dispatch(event: .tick(nowMs: back + Int64(i))); _ = shell.core.view(); frames += 1 }
    return frames
}
check(frames == 2_000, "ticks stopped while the prompt was up")
if case .unlock(let u) = shell.screen { check(u.waitingForDeviceKey, "still waiting for the prompt") }
shell.send(.deviceKeyUnwrapped(request: pendingRequest, key: SensitiveBytes(bytes: keystore.unwrap(pendingWrapped)!), nowMs: back + 2_000))
check(shell.list.rows.count == 10, "unlocked with the device key")
print("app_journey.swift: all checks passed")
