// Benchmark (not a test): what the iPhone shell pays per tick of the token list — one
// AppCore.dispatch(Tick) plus one AppCore.view() — with 200 tokens on screen, each showing its
// code (PINs typed). scripts/bench-ffi.sh runs it.
import Foundation
import MotpCore

let dir = FileManager.default.temporaryDirectory.appendingPathComponent("motp-bench-app-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: dir) }
let core = AppCore(config: AppCoreConfig(vaultPath: dir.appendingPathComponent("b.motp").path, locale: "en", deviceKey: nil,
                                         settings: defaultAppSettings(), kdf: .insecureFastForTests, timeServer: defaultTimeServer()))
var now: Int64 = 1_700_000_000_000
var openRequest: UInt64 = 0
/// Dispatches and runs every job the core hands out (on this thread: set-up only).
func send(_ e: AppEvent) throws {
    var queue = try core.dispatch(event: e)
    while !queue.isEmpty {
        switch queue.removeFirst() {
        case .runJob(let job): queue += try core.dispatch(event: .jobFinished(outcome: try job.run(), nowMs: now))
        case .openFile(let request, _): openRequest = request
        default: break
        }
    }
}
func rows() -> [TokenRow] { if case .list(let l) = core.view().screen { return l.rows }; return [] }
try send(.started(nowMs: now))
try send(.firstRun(.createVault(password: SensitiveText(text: "bench password"), confirmation: SensitiveText(text: "bench password"), useDeviceKey: false, nowMs: now)))
try send(.settings(.setAutoLock(backgroundMinutes: 5, inactivityMinutes: 0, nowMs: now))) // no inactivity lock while the clock runs on
var generator = SystemRandomNumberGenerator()
let uris = (0..<200).map { i in "motp://Bench:user\(i)?secret=" + String((0..<16).map { _ in "0123456789abcdef".randomElement(using: &generator)! }) }
try send(.navigate(to: .backups, nowMs: now))
try send(.backups(.chooseImportFile(nowMs: now)))
try send(.fileOpened(request: openRequest, name: "bench.txt", bytes: SensitiveBytes(bytes: Data(uris.joined(separator: "\n").utf8)), nowMs: now))
try send(.backups(.confirmImport(keepPins: false, nowMs: now)))
try send(.back(nowMs: now))
let ids = rows().map { $0.id }
precondition(ids.count == 200, "\(ids.count) tokens")
for id in ids { try send(.list(.pinEntered(tokenId: id, pin: SensitiveText(text: "1234"), nowMs: now))) }
precondition(rows().allSatisfy { $0.code != nil }, "every row shows a code")

var sink = 0
func measure(_ name: String, _ batch: Int, _ call: () throws -> Void) rethrows {
    for _ in 0..<10 { for _ in 0..<batch { try call() } }
    var perCall: [Double] = []
    for _ in 0..<31 {
        let t0 = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<batch { try call() }
        perCall.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / Double(batch))
    }
    perCall.sort()
    print(String(format: "swift %@: median %.3f ms (p10 %.3f, p90 %.3f; %d batches of %d)",
                 name, perCall[15] / 1e6, perCall[3] / 1e6, perCall[27] / 1e6, perCall.count, batch))
}
try measure("AppCore tick, 200 tokens: dispatch(Tick) + view()", 50) {
    now += 1_000
    _ = try core.dispatch(event: .tick(nowMs: now))
    sink += rows().count
}
measure("AppCore view(), 200 tokens", 50) { sink += rows().count }
precondition(sink > 0)
