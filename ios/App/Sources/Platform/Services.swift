// The small platform services: pasteboard, settings, haptics and VoiceOver, network time (the
// timer is MotpKit's WallClockTicker).
import Foundation
import MotpCore
import MotpKit
import UIKit

/// UIPasteboard: a sensitive code stays on this device (no Universal Clipboard) and the system
/// drops it at the core's clear time.
struct Pasteboard: Clipboard {
    func copy(_ text: String, sensitive: Bool, expiresAtMs: Int64?) async {
        var options: [UIPasteboard.OptionsKey: Any] = [:]
        if sensitive { options[.localOnly] = true }
        if let ms = expiresAtMs { options[.expirationDate] = Date(timeIntervalSince1970: TimeInterval(ms) / 1000) }
        await MainActor.run { UIPasteboard.general.setItems([[UIPasteboard.typeAutomatic: text]], options: options) }
    }
}

/// The settings the core hands out, in UserDefaults (no secret among them).
struct UserDefaultsSettings: SettingsStore {
    private static let key = "app.motp.settings.v1"
    private struct Stored: Codable {
        var lockAfterBackgroundMinutes: UInt32, lockAfterInactivityMinutes: UInt32, clipboardClearSeconds: UInt32
        var backupFolder: String?, lastBackupGeneration: UInt64, lastBackupMs: Int64?
        // Added later: optional, so settings stored before them still decode.
        var sort: String?, hideCodes: Bool?
    }

    private static let sorts: [(String, TokenSort)] = [("manual", .manual), ("name", .name), ("issuer", .issuer), ("lastUsed", .lastUsed)]

    func save(_ s: AppSettingsRecord) {
        let stored = Stored(lockAfterBackgroundMinutes: s.lockAfterBackgroundMinutes, lockAfterInactivityMinutes: s.lockAfterInactivityMinutes,
                            clipboardClearSeconds: s.clipboardClearSeconds, backupFolder: s.backupFolder,
                            lastBackupGeneration: s.lastBackupGeneration, lastBackupMs: s.lastBackupMs,
                            sort: Self.sorts.first { $0.1 == s.sort }?.0, hideCodes: s.hideCodes)
        UserDefaults.standard.set(try? JSONEncoder().encode(stored), forKey: Self.key)
    }

    func load() -> AppSettingsRecord? {
        guard let data = UserDefaults.standard.data(forKey: Self.key),
              let s = try? JSONDecoder().decode(Stored.self, from: data) else { return nil }
        return AppSettingsRecord(lockAfterBackgroundMinutes: s.lockAfterBackgroundMinutes, lockAfterInactivityMinutes: s.lockAfterInactivityMinutes,
                                 clipboardClearSeconds: s.clipboardClearSeconds, backupFolder: s.backupFolder,
                                 lastBackupGeneration: s.lastBackupGeneration, lastBackupMs: s.lastBackupMs,
                                 sort: Self.sorts.first { $0.0 == s.sort }?.1 ?? .manual, hideCodes: s.hideCodes ?? false)
    }
}

/// Haptics and VoiceOver announcements.
struct SystemFeedback: Feedback {
    func haptic(_ kind: HapticFeedback) {
        Task { @MainActor in
            switch kind {
            case .success: UINotificationFeedbackGenerator().notificationOccurred(.success)
            case .warning: UINotificationFeedbackGenerator().notificationOccurred(.warning)
            case .error: UINotificationFeedbackGenerator().notificationOccurred(.error)
            }
        }
    }

    func announce(_ text: String) {
        Task { @MainActor in UIAccessibility.post(notification: .announcement, argument: text) }
    }
}

/// iOS offers apps no network time: the core asks an NTP server itself.
struct NoPlatformNetworkTime: NetworkTime {
    func reading() async -> NetworkTimeReading? { nil }
}
