// Figures for ios/README.md (a benchmark, not a test): on Linux Swift, through MotpKit's
// driver and @MainActor model against the real library,
//   1. unlock → first list view: from sending UnlockWithPassword (a vault with the test KDF,
//      8 KiB / 1 pass, so Argon2id is not what is measured) to the model showing the list of
//      200 tokens;
//   2. one tick of that list (200 mOTP codes with their PINs entered) through the model: the
//      Tick event queued, dispatched, the view built and published on the main actor.
// Run: scripts/test-ios-kit.sh bench (release build).
import Foundation
import MotpCore
import MotpKit

final class BenchTicker: Ticker, @unchecked Sendable {
    private let lock = NSLock()
    private var now: Int64
    init(now: Int64) { self.now = now }
    func nowMs() -> Int64 { lock.lock(); defer { lock.unlock() }; return now }
    func set(_ ms: Int64) { lock.lock(); now = ms; lock.unlock() }
    func rearm(atMs: Int64, fire: @escaping @Sendable () -> Void) {}  // ticks are sent by hand
}
struct NoKeys: DeviceKeys {
    func wrap(protectorId: String, key: Data, prompt: DeviceKeyPrompt) async -> DeviceKeyAnswer { .failed("none") }
    func unwrap(protectorId: String, wrapped: Data, prompt: DeviceKeyPrompt) async -> DeviceKeyAnswer { .failed("none") }
    func delete(protectorId: String) async {}
}
struct NoCamera: Camera {
    func start(onFrame: @escaping @Sendable (LumaFrame) -> Void) async -> CameraProblem? { .noCamera }
    func stop() async {}
}
struct NoClipboard: Clipboard { func copy(_ text: String, sensitive: Bool, expiresAtMs: Int64?) async {} }
struct NoFiles: Files {
    func save(suggestedName: String, mimeType: String, bytes: Data) async -> FileAnswer { .cancelled }
    func saveToFolder(folder: String, fileName: String, bytes: Data) async -> FileAnswer { .cancelled }
    func open(mimeTypes: [String]) async -> FileAnswer { .cancelled }
    func listFolder(folder: String) async throws -> [String] { [] }
    func readFromFolder(folder: String, fileName: String) async -> FileAnswer { .cancelled }
    func deleteFromFolder(folder: String, fileNames: [String]) async {}
}
struct NoNetworkTime: NetworkTime { func reading() async -> NetworkTimeReading? { nil } }
struct NoSettings: SettingsStore { func save(_ settings: AppSettingsRecord) {} }
struct NoFeedback: Feedback { func haptic(_ kind: HapticFeedback) {}; func announce(_ text: String) {} }

func ms(_ d: Duration) -> Double { Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15 }
func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

/// A vault with `tokens` mOTP tokens, made through the app core itself (first run, then one
/// import of a `motp://` list: one save), with the core's jobs run in place.
func makeVault(path: String, tokens: Int) throws {
    let core = AppCore(config: AppCoreConfig(vaultPath: path, locale: "en", deviceKey: nil, settings: defaultAppSettings(),
                                             kdf: .insecureFastForTests, timeServer: "127.0.0.1:9"))
    let list = (0..<tokens).map { i -> String in
        let hex = (0..<16).map { _ in String(Int.random(in: 0..<16), radix: 16) }.joined()
        return "motp://VPN%20\(i):user\(i)?secret=\(hex)"
    }.joined(separator: "\n")
    func send(_ event: AppEvent) throws {
        for effect in try core.dispatch(event: event) {
            switch effect {
            case .runJob(let job): try send(.jobFinished(outcome: try job.run(), nowMs: 0))
            case .openFile(let request, _):
                try send(.fileOpened(request: request, name: "bench.txt", bytes: SensitiveBytes(bytes: Data(list.utf8)), nowMs: 0))
            default: break
            }
        }
    }
    let password = SensitiveText(text: "bench password")
    try send(.started(nowMs: 0))
    try send(.firstRun(.createVault(password: password, confirmation: password, useDeviceKey: false, nowMs: 0)))
    try send(.navigate(to: .backups, nowMs: 0))
    try send(.backups(.chooseImportFile(nowMs: 0)))
    try send(.backups(.confirmImport(keepPins: false, nowMs: 0)))
    try send(.lock(nowMs: 0))
}

@MainActor
func bench() async throws {
    let tokens = 200, rounds = 5, ticks = 200
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("motp-kit-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("tokens.motp").path
    try makeVault(path: path, tokens: tokens)
    let start: Int64 = 1_700_000_000_000
    var unlockMs: [Double] = [], tickMs: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<rounds {
        let ticker = BenchTicker(now: start)
        let platform = Platform(deviceKeys: NoKeys(), camera: NoCamera(), clipboard: NoClipboard(), files: NoFiles(),
                                networkTime: NoNetworkTime(), ticker: ticker, settings: NoSettings(), feedback: NoFeedback())
        let config = AppCoreConfig(vaultPath: path, locale: "en", deviceKey: nil, settings: defaultAppSettings(),
                                   kdf: .insecureFastForTests, timeServer: "127.0.0.1:9")
        let model = AppModel(config: config, platform: platform)
        await model.driver.settled()
        guard case .unlock = model.view.screen else { fatalError("expected the unlock screen: \(model.view.screen)") }
        let t0 = clock.now
        model.send(.unlock(.unlockWithPassword(password: SensitiveText(text: "bench password"), nowMs: start)))
        await model.driver.settled()
        unlockMs.append(ms(clock.now - t0))
        guard case .list(let l) = model.view.screen, l.rows.count == tokens else { fatalError("no list of \(tokens)") }
        for id in l.rows.map(\.id) { model.send(.list(.pinEntered(tokenId: id, pin: SensitiveText(text: "1234"), nowMs: start))) }
        await model.driver.settled()
        guard case .list(let l2) = model.view.screen, l2.rows.allSatisfy({ $0.code != nil }) else { fatalError("codes missing") }
        let t1 = clock.now
        for i in 1...ticks {
            let now = start + Int64(i) * 1_000
            ticker.set(now)
            model.send(.tick(nowMs: now))
        }
        await model.driver.settled()
        tickMs.append(ms(clock.now - t1) / Double(ticks))
        model.driver.shutDown()
    }
    print(String(format: "unlock (test KDF) -> first list view, %d tokens: median %.2f ms (%d runs)", tokens, median(unlockMs), rounds))
    print(String(format: "one tick of the %d-token list through the model: median %.3f ms (%d runs of %d ticks)", tokens, median(tickMs), rounds, ticks))
}

try await bench()
