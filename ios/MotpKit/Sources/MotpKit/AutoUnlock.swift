// When the app shows the Face ID prompt by itself: on the unlock screen, once the scene is
// active, once per stay in the foreground.
//
// SwiftUI's `.task` on the unlock screen runs when the view appears, which is also while the
// app is in the background (the vault locks as the app leaves) or still inactive; a prompt asked
// for then fails (`notInteractive`) or shows over the app switcher. And the system's Face ID
// sheet itself moves the scene from active to inactive and back: a prompt re-armed on every
// `.active` would show again right after the user cancelled it. So: the prompt is asked for
// when the unlock screen offers the device key *and* the scene is active, whichever of the two
// comes last; at most once until the app has been in the background again.
import MotpCore

/// The scene's phase, as SwiftUI's `ScenePhase` reports it (kept free of SwiftUI here).
public enum ScenePhaseKind: Sendable, Equatable {
    case active, inactive, background
}

/// Decides when to send `unlockWithDeviceKey` without a tap. The app reports every scene phase
/// and every view shown (AppModel does both); each call says whether to prompt now.
public struct AutoUnlock: Sendable {
    /// `nil` until the app has said where it is (nothing is prompted before).
    private var phase: ScenePhaseKind?
    /// The prompt was asked for in this stay in the foreground.
    private var asked = false
    private var view: AppView?

    public init() {}

    /// The scene's phase is now `phase`. True: prompt now.
    public mutating func phaseChanged(_ phase: ScenePhaseKind) -> Bool {
        self.phase = phase
        if phase == .background { asked = false }
        return due()
    }

    /// `view` is shown now. True: prompt now.
    public mutating func shown(_ view: AppView) -> Bool {
        self.view = view
        return due()
    }

    private mutating func due() -> Bool {
        guard phase == .active, !asked, let view, Self.offersDeviceKey(view) else { return false }
        asked = true
        return true
    }

    /// The unlock screen offers the device key first, usable (not invalidated), and is not
    /// waiting for it. After a cancel or a failure in this stay, the user taps the button; in the
    /// next stay the prompt comes again.
    static func offersDeviceKey(_ view: AppView) -> Bool {
        guard case .unlock(let v) = view.screen else { return false }
        return v.methods.first?.kind == .deviceKey && !v.waitingForDeviceKey && !v.deviceKeyInvalidated
    }
}
