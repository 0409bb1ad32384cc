// The app: builds the platform services and the model, hides the content when the scene is
// inactive (app switcher), and tells the core when the app goes to and comes back from the
// background (auto-lock is the core's decision).
import MotpCore
import MotpKit
import SwiftUI

@main
struct MotpApp: App {
    @State private var model: AppModel
    @State private var dialogs: FileDialogs
    @Environment(\.scenePhase) private var scenePhase

    init() {
        let dialogs = FileDialogs()
        let ticker = WallClockTicker()
        let settings = UserDefaultsSettings()
        let support = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
        try? FileManager.default.createDirectory(at: support, withIntermediateDirectories: true)
        let config = AppCoreConfig(
            vaultPath: support.appendingPathComponent("tokens.motp").path,
            locale: Locale.preferredLanguages.first ?? Locale.current.identifier,
            deviceKey: KeychainDeviceKeys.info,
            settings: settings.load() ?? defaultAppSettings(),
            kdf: .default,
            timeServer: defaultTimeServer())
        let platform = Platform(deviceKeys: KeychainDeviceKeys(), camera: CameraScanner.shared, clipboard: Pasteboard(),
                                files: dialogs, networkTime: NoPlatformNetworkTime(), ticker: ticker,
                                settings: settings, feedback: SystemFeedback())
        let model = AppModel(config: config, platform: platform)
        // A backup folder's bookmark made again (it had gone stale) becomes the folder the core
        // keeps (SetBackupFolder), so later backups resolve the fresh one.
        dialogs.folderBookmarkRefreshed = { fresh in
            Task { @MainActor in model.send { .backups(.setBackupFolder(folder: fresh, nowMs: $0)) } }
        }
        _dialogs = State(initialValue: dialogs)
        _model = State(initialValue: model)
    }

    var body: some Scene {
        WindowGroup {
            RootView(model: model, dialogs: dialogs)
                .overlay { if scenePhase != .active { PrivacyCover() } }
                // Every phase, the first one too (initial: true calls with old == new): the model
                // sends the core's lifecycle events and asks for Face ID on the unlock screen once
                // the scene is active (MotpKit's AutoUnlock, tested in the order iOS calls back).
                .onChange(of: scenePhase, initial: true) { old, phase in
                    model.scenePhaseChanged(ScenePhaseKind(phase), initial: old == phase)
                }
                .onReceive(NotificationCenter.default.publisher(for: NSLocale.currentLocaleDidChangeNotification)) { _ in
                    model.send(.localeChanged(locale: Locale.preferredLanguages.first ?? Locale.current.identifier))
                }
        }
    }
}

extension ScenePhaseKind {
    init(_ phase: ScenePhase) {
        switch phase {
        case .active: self = .active
        case .background: self = .background
        case .inactive: self = .inactive
        @unknown default: self = .inactive
        }
    }
}

/// Covers the codes while the app is inactive, so the app switcher's snapshot shows none.
struct PrivacyCover: View {
    var body: some View {
        ZStack {
            Rectangle().fill(.background)
            Image(systemName: "lock.shield").font(.system(size: 56)).foregroundStyle(.secondary)
        }
        .ignoresSafeArea()
    }
}
