// The contract of AppCore's Swift API that only the bindings can break (the behaviour behind it
// is motp-app's, tested in Rust; the user's journey through a real shell is ios/MotpKit's):
//   1. the UI thread never waits behind slow work: while a real Argon2id job (64 MiB, the
//      default cost) runs on a worker thread, view() and Tick dispatches keep completing;
//   2. a job runs once and its outcome is handed back once: the second time throws
//      AppCoreError.NotAvailable (the outcome's through a failed lift of JobFinished), and
//      nothing changes;
//   3. after a lock, an event that needs the vault throws AppCoreError.Locked whose
//      localizedDescription is the sentence (no debug text), in the core's language;
//   4. records are values: Equatable by content (those without an opaque object inside);
//   5. on desktop Linux, a process that made an AppCore writes no core file (hard limit 0).
import Foundation
import MotpCore

func check(_ cond: Bool, _ msg: @autoclosure () -> String) {
    if !cond { fputs("FAIL: \(msg())\n", stderr); exit(1) }
}
func text(_ s: String) -> SensitiveText { SensitiveText(text: s) }

let dir = FileManager.default.temporaryDirectory.appendingPathComponent("motp-app-core-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: dir) }
func config(_ name: String, _ kdf: KdfCost, locale: String = "en") -> AppCoreConfig {
    AppCoreConfig(vaultPath: dir.appendingPathComponent(name).path, locale: locale, deviceKey: nil,
                  settings: defaultAppSettings(), kdf: kdf, timeServer: defaultTimeServer())
}
/// Dispatches and runs every job the event starts in place, as a shell's worker would.
func send(_ core: AppCore, _ event: AppEvent) throws {
    for fx in try core.dispatch(event: event) {
        if case .runJob(let job) = fx { try send(core, .jobFinished(outcome: try job.run(), nowMs: 0)) }
    }
}

// ---- 1. a real Argon2id job on a worker thread; this thread keeps drawing and ticking
let slow = AppCore(config: config("slow.motp", .default))
try send(slow, .started(nowMs: 0))
var slowJob: AppJob?
for fx in try slow.dispatch(event: .firstRun(.createVault(password: text("a slow password"), confirmation: text("a slow password"),
                                                useDeviceKey: false, nowMs: 0))) {
    if case .runJob(let j) = fx { slowJob = j }
}
guard let job = slowJob else { check(false, "no create job"); exit(1) }
check(job.kind() == .createVault, "a create job: \(job.kind())")
let lock = NSLock()
var finished: AppJobOutcome?
Thread { let o = try! job.run(); lock.lock(); finished = o; lock.unlock() }.start()
func isDone() -> Bool { lock.lock(); defer { lock.unlock() }; return finished != nil }
var whileRunning = 0
var t: Int64 = 0
while !isDone() {
    t += 1
    _ = try slow.dispatch(event: .tick(nowMs: t))
    let busy = slow.view().busy
    if !isDone() { whileRunning += 1; check(busy?.kind == .createVault, "the view says busy") }
}
check(whileRunning > 0, "no view or tick completed while Argon2id ran")
let outcome = finished!
check(outcome.id() == job.id(), "the outcome carries its job's id")
_ = try slow.dispatch(event: .jobFinished(outcome: outcome, nowMs: t))
if case .list = slow.view().screen {} else { check(false, "created: \(slow.view().screen)") }
print("while Argon2id ran on a worker: \(whileRunning) view + tick dispatches completed on this thread")

// ---- 2. once only: a job, and its outcome
do { _ = try job.run(); check(false, "a job ran twice") }
catch AppCoreError.NotAvailable(let message) { check(message.contains("already run"), message) }
let before = slow.view()
do { _ = try slow.dispatch(event: .jobFinished(outcome: outcome, nowMs: t)); check(false, "an outcome was handed back twice") }
catch AppCoreError.NotAvailable(let message) { check(message.contains("already handed back"), message) }
check(String(reflecting: slow.view()) == String(reflecting: before), "a refused event changed the view")

// ---- 3. Locked after a lock, with the sentence in the core's language
func lockedSentence(locale: String) throws -> String {
    let core = AppCore(config: config("fast-\(locale).motp", .insecureFastForTests, locale: locale))
    try send(core, .started(nowMs: 0))
    try send(core, .firstRun(.createVault(password: text("pw pw pw pw"), confirmation: text("pw pw pw pw"), useDeviceKey: false, nowMs: 0)))
    check(!core.isLocked(), "unlocked after creation")
    try send(core, .lock(nowMs: 1))
    check(core.isLocked(), "locked")
    do {
        _ = try core.dispatch(event: .list(.pinEntered(tokenId: "00000000-0000-0000-0000-000000000000", pin: text("1234"), nowMs: 2)))
        check(false, "a locked core took a PIN")
    } catch let e as AppCoreError {
        guard case .Locked = e else { check(false, "\(e)"); exit(1) }
        check(!e.message.isEmpty && e.localizedDescription == e.message && "\(e)" == e.message, e.localizedDescription)
        check(!e.message.contains("AppCoreError") && !e.message.contains("message:"), "debug text: \(e.message)")
        return e.message
    }
    return ""
}
let german = try lockedSentence(locale: "de-AT"), english = try lockedSentence(locale: "en")
check(german != english, "the German core said the English sentence: \(german)")

// ---- 5. no core file: the core limit is 0 and cannot be raised again (motp_core::harden)
#if os(Linux)
let limits = try String(contentsOfFile: "/proc/self/limits", encoding: .utf8)
    .split(separator: "\n").first { $0.hasPrefix("Max core file size") }.map(String.init) ?? ""
let columns = limits.split(separator: " ", omittingEmptySubsequences: true)
// "Max core file size 0 0 bytes": soft and hard.
check(columns.count >= 6 && columns[4] == "0" && columns[5] == "0", "core dumps still on: \(limits)")
#endif

// ---- 4. records are values
check(slow.settings() == defaultAppSettings() && slow.view().labels == slow.view().labels, "records compare by content")
print("app_core.swift: all checks passed")
