// The phone, faked in Swift for the tests: each fake does what its iOS implementation does
// (ios/App/Platform), with the prompts and dialogs answered by the test.
import Foundation
import MotpCore
@testable import MotpKit

/// A small lock-protected box for state the fakes share with the test across threads.
final class Locked<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T
    init(_ value: T) { self.value = value }
    func with<R>(_ body: (inout T) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
    var get: T { with { $0 } }
}

/// The wall clock, moved by the test, and the one timer.
final class ManualTicker: Ticker {
    private let state: Locked<(now: Int64, at: Int64?, fire: (@Sendable () -> Void)?)>
    init(now: Int64) { state = Locked((now, nil, nil)) }
    func nowMs() -> Int64 { state.get.now }
    func rearm(atMs: Int64, fire: @escaping @Sendable () -> Void) { state.with { $0.at = atMs; $0.fire = fire } }
    var armedAt: Int64? { state.get.at }
    /// Moves the clock without firing the timer, as on an iPhone that suspended the app in the
    /// background: its timers do not run until it comes back.
    func suspend(until ms: Int64) { state.with { $0.now = ms } }
    /// Moves the clock; fires the timer if it is due (as the real one would have).
    func advance(to ms: Int64) {
        let fire: (@Sendable () -> Void)? = state.with { s in
            s.now = ms
            guard let at = s.at, at <= ms else { return nil }
            s.at = nil
            return s.fire
        }
        fire?()
    }
}

/// Secure Enclave stand-in (no CryptoKit on Linux): a one-time pad and a tag, enough to prove
/// the key crosses both ways. Each prompt is answered by `next`, or held until `release`.
final class FakeDeviceKeys: DeviceKeys {
    enum Mode: Sendable { case accept, cancel, invalidate, hold, refuse(DeviceKeyAnswer) }
    private let pad = (0..<48).map { _ in UInt8.random(in: 0...255) }
    let mode = Locked(Mode.accept)
    let prompts = Locked(0)
    /// The words of each prompt shown, in order (what the system prompt would say).
    let shownPrompts = Locked<[(kind: Kind, words: DeviceKeyPrompt)]>([])
    enum Kind: Sendable { case wrap, unwrap }
    private let held = Locked<[CheckedContinuation<Void, Never>]>([])

    func wrap(protectorId: String, key: Data, prompt: DeviceKeyPrompt) async -> DeviceKeyAnswer {
        prompts.with { $0 += 1 }
        shownPrompts.with { $0.append((.wrap, prompt)) }
        return .done(Data(key.enumerated().map { $0.element ^ pad[$0.offset] } + pad[32..<48]))
    }

    func unwrap(protectorId: String, wrapped: Data, prompt: DeviceKeyPrompt) async -> DeviceKeyAnswer {
        prompts.with { $0 += 1 }
        shownPrompts.with { $0.append((.unwrap, prompt)) }
        switch mode.get {
        case .cancel: return .cancelled
        case .invalidate: return .invalidated
        case .hold: await withCheckedContinuation { c in held.with { $0.append(c) } }
        case .refuse(let answer): return answer
        case .accept: break
        }
        guard wrapped.count == 48, Array(wrapped.suffix(16)) == Array(pad[32..<48]) else { return .failed("not our key") }
        return .done(Data(wrapped.prefix(32).enumerated().map { $0.element ^ pad[$0.offset] }))
    }

    func delete(protectorId: String) async {}

    var waiting: Int { held.get.count }
    func release() { for c in held.with({ h in defer { h = [] }; return h }) { c.resume() } }
}

/// Something that does not return until the test opens the gate (a prompt that is up, a
/// sleep that has not ended).
final class Gate: Sendable {
    private let waiting = Locked<[CheckedContinuation<Void, Never>]>([])
    func wait() async { await withCheckedContinuation { c in waiting.with { $0.append(c) } } }
    var count: Int { waiting.get.count }
    func open() { for c in waiting.with({ w in defer { w = [] }; return w }) { c.resume() } }
}

/// The scanner's camera. With `prompt` set, a start waits (the system's camera permission
/// prompt is up, the first time only) until the test answers it; with `problem` set, it cannot
/// start and says why (denied, no camera, the session failed), as CameraScanner does; `next`
/// gives the answers of the next starts, one each, before `problem` applies again.
final class FakeCamera: Camera {
    let onFrame = Locked<(@Sendable (LumaFrame) -> Void)?>(nil)
    let prompt = Locked(false)
    let problem = Locked<CameraProblem?>(nil)
    let next = Locked<[CameraProblem?]>([])
    let starts = Locked(0)
    private let gate = Gate()
    var running: Bool { onFrame.get != nil }
    func start(onFrame: @escaping @Sendable (LumaFrame) -> Void) async -> CameraProblem? {
        starts.with { $0 += 1 }
        if prompt.get { await gate.wait() }
        let fallback = problem.get
        if let p = next.with({ $0.isEmpty ? fallback : $0.removeFirst() }) { return p }
        self.onFrame.with { $0 = onFrame }
        return nil
    }
    func stop() async { onFrame.with { $0 = nil } }
    func deliver(_ f: LumaFrame) { onFrame.get?(f) }
    /// Whether the permission prompt is up.
    var prompting: Bool { gate.count > 0 }
    /// The user answers the prompt (the system asks once).
    func answer(allow: Bool) {
        if !allow { problem.with { $0 = .permissionDenied } }
        prompt.with { $0 = false }
        gate.open()
    }
}

/// UIPasteboard as the app uses it: the text, whether it stays on the device, and when the
/// system drops it (`.expirationDate`).
final class FakeClipboard: Clipboard {
    let item = Locked<(text: String, localOnly: Bool, expiresAtMs: Int64?)?>(nil)
    func copy(_ text: String, sensitive: Bool, expiresAtMs: Int64?) async { item.with { $0 = (text, sensitive, expiresAtMs) } }
    /// What a paste returns at `nowMs`.
    func paste(at nowMs: Int64) -> String? {
        guard let i = item.get else { return nil }
        if let e = i.expiresAtMs, nowMs >= e { return nil }
        return i.text
    }
}

final class FakeFiles: Files {
    let saved = Locked<[(name: String, bytes: Data)]>([])
    let toOpen = Locked<(name: String, bytes: Data)?>(nil)
    func save(suggestedName: String, mimeType: String, bytes: Data) async -> FileAnswer {
        saved.with { $0.append((suggestedName, bytes)) }
        return .saved
    }
    func saveToFolder(folder: String, fileName: String, bytes: Data) async -> FileAnswer {
        saved.with { $0.append((fileName, bytes)) }
        return .saved
    }
    func open(mimeTypes: [String]) async -> FileAnswer {
        guard let f = toOpen.get else { return .cancelled }
        return .opened(name: f.name, bytes: f.bytes)
    }
    // The backup folder is the files saved to it (the latest of each name).
    func listFolder(folder: String) async throws -> [String] { Array(Set(saved.get.map(\.name))) }
    func readFromFolder(folder: String, fileName: String) async -> FileAnswer {
        guard let f = saved.get.last(where: { $0.name == fileName }) else { return .failed("no such file") }
        return .opened(name: f.name, bytes: f.bytes)
    }
    func deleteFromFolder(folder: String, fileNames: [String]) async {
        saved.with { $0.removeAll { fileNames.contains($0.name) } }
    }
}

/// The platform's network time. With `aheadMs` nil it has none, as on iOS (the app's
/// `NoPlatformNetworkTime`: the core then asks the configured NTP server itself); otherwise it
/// reads `aheadMs` ahead of the device's clock with a small uncertainty, as Android's does.
final class FakeNetworkTime: NetworkTime {
    let aheadMs: Locked<Int64?>
    let asked = Locked(0)
    private let ticker: any Ticker
    static let source = "test network time"
    init(ticker: any Ticker, aheadMs: Int64?) {
        self.ticker = ticker
        self.aheadMs = Locked(aheadMs)
    }
    func reading() async -> NetworkTimeReading? {
        asked.with { $0 += 1 }
        guard let ahead = aheadMs.get else { return nil }
        let device = ticker.nowMs()
        return NetworkTimeReading(networkMs: device + ahead, deviceMs: device, uncertaintyMs: 20, source: Self.source)
    }
}

final class FakeSettings: SettingsStore {
    let saved = Locked<AppSettingsRecord?>(nil)
    func save(_ settings: AppSettingsRecord) { saved.with { $0 = settings } }
}

final class FakeFeedback: Feedback {
    let announced = Locked<[String]>([])
    func haptic(_ kind: HapticFeedback) {}
    func announce(_ text: String) { announced.with { $0.append(text) } }
}

/// One fake phone and the model driven through it.
@MainActor
final class Phone {
    let ticker: ManualTicker
    let keys = FakeDeviceKeys()
    let camera = FakeCamera()
    let clipboard = FakeClipboard()
    let files = FakeFiles()
    let settings = FakeSettings()
    let feedback = FakeFeedback()
    let networkTime: FakeNetworkTime
    let dir: URL
    let model: AppModel
    private(set) var shown: [AppView] = []

    /// `timeServer` is the NTP server the core asks when the platform has no network time
    /// (default: a port nobody answers on).
    /// `dir`: another phone's folder, to open its vault as the app does after a restart.
    init(now: Int64, kdf: KdfCost = .insecureFastForTests, vaultName: String = "tokens.motp",
         timeServer: String = "127.0.0.1:9", dir: URL? = nil) throws {
        ticker = ManualTicker(now: now)
        networkTime = FakeNetworkTime(ticker: ticker, aheadMs: nil)
        self.dir = dir ?? FileManager.default.temporaryDirectory.appendingPathComponent("motpkit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: self.dir, withIntermediateDirectories: true)
        let config = AppCoreConfig(vaultPath: self.dir.appendingPathComponent(vaultName).path, locale: "en",
                                   deviceKey: DeviceKeyInfo(protectorId: "ios-keychain:motp-vault", label: "Test iPhone (Face ID)"),
                                   settings: defaultAppSettings(), kdf: kdf, timeServer: timeServer)
        let platform = Platform(deviceKeys: keys, camera: camera, clipboard: clipboard, files: files,
                                networkTime: networkTime, ticker: ticker, settings: settings, feedback: feedback)
        var shownSink: ((AppView) -> Void)?
        model = AppModel(config: config, platform: platform, onShow: { shownSink?($0) })
        shownSink = { [unowned self] in self.shown.append($0) }
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    /// Sends an event stamped now and waits until it and everything it started are handled.
    func send(_ make: (Int64) -> AppEvent) async {
        model.send(make)
        await model.driver.settled()
    }

    func advance(to ms: Int64) async {
        ticker.advance(to: ms)
        await model.driver.settled()
    }

    /// Lets time pass until `ms` as it does on the phone: every timer the core arms before then
    /// fires at its instant, in order, and its tick is handled before the clock moves on. The
    /// test sends nothing meanwhile (no user event). Returns how many ticks fired.
    @discardableResult
    func run(to ms: Int64) async -> Int {
        var fired = 0
        while let at = ticker.armedAt, at <= ms {
            // A timer armed for an instant already past (the app was suspended) fires now.
            await advance(to: max(at, ticker.nowMs()))
            fired += 1
        }
        await advance(to: ms)
        return fired
    }

    var screen: Screen { model.view.screen }
}

func text(_ s: String) -> SensitiveText { SensitiveText(text: s) }

/// Whether `condition` comes true, asked again after each yield; gives up after `seconds` (a
/// bound for a regression that would otherwise hang, not a wait the test's logic relies on).
@MainActor
func within(seconds: Int, _ condition: () async -> Bool) async -> Bool {
    let end = ContinuousClock.now + .seconds(seconds)
    while ContinuousClock.now < end {
        if await condition() { return true }
        await Task.yield()
    }
    return false
}

/// Test data staged by scripts/test-ios-kit.sh ($MOTP_TEST_DATA): tests/vectors and
/// ../shared/fixtures (unzipped).
func testData(_ path: String) throws -> Data {
    guard let root = ProcessInfo.processInfo.environment["MOTP_TEST_DATA"] else {
        throw TestDataMissing(path: path)
    }
    return try Data(contentsOf: URL(fileURLWithPath: root).appendingPathComponent(path))
}

struct TestDataMissing: Error, CustomStringConvertible {
    let path: String
    var description: String { "MOTP_TEST_DATA is not set: run scripts/test-ios-kit.sh (needs \(path))" }
}
