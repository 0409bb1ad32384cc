// What the app core asks of the phone, as protocols the app implements (ios/App) and the tests
// fake (Tests/MotpKitTests). Each is one platform service; none holds app logic: the core
// decides what to do, these only do it and report what happened.
import Foundation
import MotpCore

/// How a device-key prompt (Face ID / Touch ID over a Secure Enclave key) ended.
public enum DeviceKeyAnswer: Sendable {
    /// The wrapped key (after `wrap`) or the vault key (after `unwrap`).
    case done(Data)
    /// The user cancelled the prompt.
    case cancelled
    /// The key is gone for good (biometric enrolment changed): the vault needs the password.
    case invalidated
    /// Biometry is locked after too many failed attempts (the key is fine: the passcode unlocks
    /// biometry again). Said in the core's words, not the system's.
    case lockedOut
    /// The prompt could not be shown: the app was not in the foreground. Said in the core's words.
    case notInteractive
    /// Biometry is not available to the app now (turned off for it in Settings, or the sensor is
    /// unavailable). The key is fine: not "invalidated". Said in the core's words.
    case notAvailable
    /// Anything else, with a reason for the log line the core shows.
    case failed(String)
}

extension DeviceKeyAnswer {
    /// `LAError.Code` raw values (LocalAuthentication's LAError.h), so the mapping below is
    /// platform-free and tested on Linux; the app passes `error.code.rawValue`.
    public enum BiometryErrorCode {
        public static let authenticationFailed = -1
        public static let userCancel = -2
        public static let userFallback = -3
        public static let systemCancel = -4
        public static let passcodeNotSet = -5
        public static let biometryNotAvailable = -6
        public static let biometryNotEnrolled = -7
        public static let biometryLockout = -8
        public static let appCancel = -9
        public static let invalidContext = -10
        public static let notInteractive = -1004
    }

    /// What a failed `LAContext.evaluatePolicy` means for the vault key.
    ///
    /// - the user, the app or the system closed the prompt, or the user chose the password →
    ///   `.cancelled`;
    /// - no biometry enrolled any more, or no passcode (which removes biometry) → `.invalidated`:
    ///   a key made with `.biometryCurrentSet` is gone with the enrolment;
    /// - `biometryNotAvailable` → `.notAvailable`: Face ID turned off for this app, or the sensor
    ///   unavailable; the key is still there and works again once it is allowed (treating it as
    ///   invalidated offered a re-enrolment that failed the same way);
    /// - locked out → `.lockedOut`; not interactive (asked while not in the foreground) →
    ///   `.notInteractive`: both said in the core's sentences, not the system's text;
    /// - anything else → `.failed` with the system's own (localised) text.
    public static func biometryFailure(code: Int, systemText: String) -> DeviceKeyAnswer {
        typealias C = BiometryErrorCode
        switch code {
        case C.userCancel, C.appCancel, C.systemCancel, C.userFallback: return .cancelled
        case C.biometryNotEnrolled, C.passcodeNotSet: return .invalidated
        case C.biometryNotAvailable: return .notAvailable
        case C.biometryLockout: return .lockedOut
        case C.notInteractive: return .notInteractive
        default: return .failed(systemText)
        }
    }
}

/// The key store behind "unlock with Face ID": a Secure Enclave key only the enrolled biometry
/// releases. Calls may take as long as the prompt is up; nothing waits for them. `prompt` is the
/// system prompt's words in the user's language, from the core's catalog (`LAContext`
/// `localizedReason` = `reason`, `localizedCancelTitle` = `cancel`; iOS shows no title).
public protocol DeviceKeys: Sendable {
    func wrap(protectorId: String, key: Data, prompt: DeviceKeyPrompt) async -> DeviceKeyAnswer
    func unwrap(protectorId: String, wrapped: Data, prompt: DeviceKeyPrompt) async -> DeviceKeyAnswer
    func delete(protectorId: String) async
}

/// One camera frame's luma (Y) plane as the camera gives it: rows of `bytesPerRow` bytes, of
/// which the first `width` are pixels (the last row may be unpadded).
public struct LumaFrame: Sendable {
    public let luma: Data
    public let width: Int
    public let height: Int
    public let bytesPerRow: Int
    public init(luma: Data, width: Int, height: Int, bytesPerRow: Int) {
        self.luma = luma
        self.width = width
        self.height = height
        self.bytesPerRow = bytesPerRow
    }
}

/// The QR scanner's camera. Frames go to `onFrame` from any thread, as fast as they come; the
/// driver keeps only the newest one not yet decoded.
public protocol Camera: Sendable {
    /// Starts the camera, asking for permission first if the user was never asked (the call
    /// waits for the answer; the driver does not). Returns nil once it runs, or why it cannot:
    /// `.permissionDenied` (denied or restricted), `.noCamera` (no video device), `.failed`
    /// (the session did not start). The core then shows the add screen's first step with a
    /// sentence saying what to do instead.
    func start(onFrame: @escaping @Sendable (LumaFrame) -> Void) async -> CameraProblem?
    func stop() async
}

/// The pasteboard. `expiresAtMs` (Unix ms) is when the system must drop the text
/// (`UIPasteboard` `.expirationDate`); `sensitive` keeps it on this device (`.localOnly`).
public protocol Clipboard: Sendable {
    func copy(_ text: String, sensitive: Bool, expiresAtMs: Int64?) async
}

/// How a file dialog ended.
public enum FileAnswer: Sendable {
    case saved
    case opened(name: String, bytes: Data)
    /// The user closed the dialog.
    case cancelled
    case failed(String)
}

/// The Files app: the export and import dialogs and the automatic-backup folder.
public protocol Files: Sendable {
    func save(suggestedName: String, mimeType: String, bytes: Data) async -> FileAnswer
    func saveToFolder(folder: String, fileName: String, bytes: Data) async -> FileAnswer
    func open(mimeTypes: [String]) async -> FileAnswer
    /// The names of the backup folder's files (versioned backups); throws when it cannot be listed.
    func listFolder(folder: String) async throws -> [String]
    /// One file of the backup folder: `.opened`, or `.failed` (missing, unreadable).
    func readFromFolder(folder: String, fileName: String) async -> FileAnswer
    /// Deletes these files of the backup folder (versions past keeping); one it cannot stays.
    func deleteFromFolder(folder: String, fileNames: [String]) async
}

/// A network time reading from the platform.
public struct NetworkTimeReading: Sendable {
    public let networkMs: Int64
    public let deviceMs: Int64
    public let uncertaintyMs: UInt64
    public let source: String
    public init(networkMs: Int64, deviceMs: Int64, uncertaintyMs: UInt64, source: String) {
        self.networkMs = networkMs
        self.deviceMs = deviceMs
        self.uncertaintyMs = uncertaintyMs
        self.source = source
    }
}

/// The platform's network time. iOS has none: its implementation answers `nil`, and the core
/// asks an NTP server itself.
public protocol NetworkTime: Sendable {
    func reading() async -> NetworkTimeReading?
}

/// The wall clock and the one timer the core asks for (`ScheduleTick`).
public protocol Ticker: Sendable {
    /// The device's wall clock, Unix ms (every event that can depend on time carries it).
    func nowMs() -> Int64
    /// Calls `fire` once, as soon as `nowMs()` has reached `atMs` (never before: the core does
    /// not ask again for a tick it is still waiting for); replaces any timer armed before.
    func rearm(atMs: Int64, fire: @escaping @Sendable () -> Void)
}

/// Where the settings the core hands out (`PersistSettings`) are kept for the next launch.
public protocol SettingsStore: Sendable {
    func save(_ settings: AppSettingsRecord)
}

/// Haptics and VoiceOver announcements.
public protocol Feedback: Sendable {
    func haptic(_ kind: HapticFeedback)
    func announce(_ text: String)
}

/// Everything the driver needs from the phone.
public struct Platform: Sendable {
    public let deviceKeys: any DeviceKeys
    public let camera: any Camera
    public let clipboard: any Clipboard
    public let files: any Files
    public let networkTime: any NetworkTime
    public let ticker: any Ticker
    public let settings: any SettingsStore
    public let feedback: any Feedback
    /// The sync's requests: URLSession unless a test says otherwise.
    public let http: any Http

    public init(deviceKeys: any DeviceKeys, camera: any Camera, clipboard: any Clipboard, files: any Files,
                networkTime: any NetworkTime, ticker: any Ticker, settings: any SettingsStore, feedback: any Feedback,
                http: any Http = UrlSessionHttp()) {
        self.deviceKeys = deviceKeys
        self.camera = camera
        self.clipboard = clipboard
        self.files = files
        self.networkTime = networkTime
        self.ticker = ticker
        self.settings = settings
        self.feedback = feedback
        self.http = http
    }
}
