// What SwiftUI draws: the core's current view, on the main actor, replaced after every event.
// The views read `view` and call `send`; nothing else happens here.
import Foundation
import MotpCore
import Observation

@MainActor
@Observable
public final class AppModel {
    /// The core's view after the last event handled (drawn as it is).
    public private(set) var view: AppView
    /// The sentence of the last event the core refused (Locked, Busy, NotAvailable), until the
    /// next event it handles.
    public private(set) var refusal: String?
    @ObservationIgnored public let driver: AppDriver
    @ObservationIgnored private let ticker: any Ticker
    @ObservationIgnored private let onShow: (@MainActor (AppView) -> Void)?
    @ObservationIgnored private var autoUnlock = AutoUnlock()

    /// Creates the core and its loop and sends `Started`. `onShow` sees every view shown, in
    /// order (for tests and diagnostics).
    public init(config: AppCoreConfig, platform: Platform, onShow: (@MainActor (AppView) -> Void)? = nil) {
        let core = AppCore(config: config)
        let sink = ViewSink()
        self.view = core.view()
        self.ticker = platform.ticker
        self.onShow = onShow
        self.driver = AppDriver(core: core, platform: platform) { view, refusal in sink.model?.show(view, refusal) }
        sink.model = self
        send { .started(nowMs: $0) }
    }

    /// Sends an event stamped with the device's clock now.
    public func send(_ make: (Int64) -> AppEvent) {
        driver.send(make(ticker.nowMs()))
    }

    /// Sends an event that carries no time (or carries its own).
    public func send(_ event: AppEvent) {
        driver.send(event)
    }

    /// The scene's phase changed (SwiftUI's `scenePhase`, reported with `initial: true` so the
    /// first phase is known too). Going to the background and coming back are the core's
    /// lifecycle events (auto-lock is its decision); the initial phase is not a change. On the
    /// unlock screen, the Face ID prompt is asked for once the scene is active (AutoUnlock).
    public func scenePhaseChanged(_ phase: ScenePhaseKind, initial: Bool = false) {
        if !initial {
            switch phase {
            case .background: send { .wentToBackground(nowMs: $0) }
            case .active: send { .cameToForeground(nowMs: $0) }
            case .inactive: break
            }
        }
        if autoUnlock.phaseChanged(phase) { send { .unlock(.unlockWithDeviceKey(nowMs: $0)) } }
    }

    private func show(_ view: AppView, _ refusal: String?) {
        self.view = view
        self.refusal = refusal
        onShow?(view)
        if autoUnlock.shown(view) { send { .unlock(.unlockWithDeviceKey(nowMs: $0)) } }
    }
}

/// Lets the driver reach the model without the model existing before the driver does.
@MainActor
private final class ViewSink {
    weak var model: AppModel?
}
