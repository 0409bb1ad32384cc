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
        _dialogs = State(initialValue: dialogs)
        _model = State(initialValue: AppModel(config: config, platform: platform))
    }

    var body: some Scene {
        WindowGroup {
            RootView(model: model, dialogs: dialogs)
                .overlay { if scenePhase != .active { PrivacyCover() } }
                .onChange(of: scenePhase) { _, phase in
                    switch phase {
                    case .background: model.send { .wentToBackground(nowMs: $0) }
                    case .active: model.send { .cameToForeground(nowMs: $0) }
                    default: break
                    }
                }
                .onReceive(NotificationCenter.default.publisher(for: NSLocale.currentLocaleDidChangeNotification)) { _ in
                    model.send(.localeChanged(locale: Locale.preferredLanguages.first ?? Locale.current.identifier))
                }
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
