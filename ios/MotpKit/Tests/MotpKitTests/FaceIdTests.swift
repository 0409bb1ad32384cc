// Face ID without a tap, and what its failures say.
//
// The order iOS calls back in: a cold start reports the scene's phase (inactive, then active);
// leaving the app goes active → inactive → background, and the vault may lock on the way out
// (0 minutes), so the unlock screen appears while the app is in the background; coming back
// goes background → inactive → active; and the Face ID sheet itself moves the scene to inactive
// and back to active while it is up. The old app asked for the prompt from the unlock screen's
// `.task` — when the view appeared, in whatever phase — so it prompted in the background (iOS
// answers `notInteractive`); AutoUnlock asks once the scene is active, once per stay.
import Foundation
import MotpCore
import Testing
@testable import MotpKit

extension Phone {
    /// The scene moves to `phase`, as SwiftUI reports it, and everything that follows is handled
    /// (a prompt asked for by the view shown after it too).
    func scene(_ phase: ScenePhaseKind, initial: Bool = false) async {
        model.scenePhaseChanged(phase, initial: initial)
        await model.driver.settled()
        await model.driver.settled()
    }

    var unlockPrompts: Int { keys.shownPrompts.get.filter { $0.kind == .unwrap }.count }
}

@MainActor
@Suite struct FaceIdTests {
    @Test func thePromptComesWhenTheSceneIsActiveOncePerStay() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.scene(.active, initial: true)
        await phone.createVault()
        try await phone.setAutoLock(background: 0, inactivity: 0)
        #expect(phone.unlockPrompts == 0)

        // Leaving: the vault locks on the way out; the unlock screen appears in the background.
        await phone.scene(.inactive)
        await phone.scene(.background)
        #expect(phone.unlock != nil, "locked as it left: \(phone.screen)")
        #expect(phone.unlockPrompts == 0, "no prompt while in the background")
        await phone.scene(.inactive)
        #expect(phone.unlockPrompts == 0, "nor while inactive (the app switcher)")

        // Back in the foreground: one prompt; the user cancels it. The sheet's own
        // inactive → active does not bring it back.
        phone.keys.mode.with { $0 = .cancel }
        await phone.scene(.active)
        #expect(phone.unlockPrompts == 1)
        await phone.scene(.inactive)
        await phone.scene(.active)
        #expect(phone.unlockPrompts == 1, "cancelled: the user taps the button or types the password")
        #expect(phone.unlock?.error != nil, "the cancel is said on the screen")
        #expect(phone.unlock?.waitingForDeviceKey == false)

        // The next stay in the foreground prompts again, and Face ID unlocks.
        phone.keys.mode.with { $0 = .accept }
        await phone.scene(.inactive)
        await phone.scene(.background)
        await phone.scene(.inactive)
        await phone.scene(.active)
        #expect(phone.unlockPrompts == 2)
        #expect(phone.list != nil, "unlocked by Face ID: \(phone.screen)")
    }

    /// A cold start: the vault is found while the scene is still inactive; the prompt waits
    /// for the scene to be active. (This phone's fake Secure Enclave is not the first one's, so
    /// only the prompt is looked at, not the unlock.)
    @Test func atLaunchThePromptWaitsForTheActiveScene() async throws {
        let v = try Vector.first()
        let first = try Phone(now: v.atMs)
        await first.createVault()
        await first.send { .lock(nowMs: $0) }
        let phone = try Phone(now: v.atMs, dir: first.dir)
        await phone.scene(.inactive, initial: true)
        await phone.send { .started(nowMs: $0) }
        #expect(phone.unlock != nil)
        #expect(phone.unlockPrompts == 0)
        await phone.scene(.active)
        #expect(phone.unlockPrompts == 1, "asked once the scene is active")
    }

    /// `LAError` codes (raw values) mapped to what they mean for the key.
    @Test func biometryFailuresMeanWhatTheySay() {
        func answer(_ code: Int) -> String {
            switch DeviceKeyAnswer.biometryFailure(code: code, systemText: "system text") {
            case .done: "done"
            case .cancelled: "cancelled"
            case .invalidated: "invalidated"
            case .lockedOut: "lockedOut"
            case .notInteractive: "notInteractive"
            case .notAvailable: "notAvailable"
            case .failed(let why): "failed \(why)"
            }
        }
        typealias C = DeviceKeyAnswer.BiometryErrorCode
        #expect(answer(C.biometryNotAvailable) == "notAvailable", "the key is still there: not invalidated")
        #expect(answer(C.biometryLockout) == "lockedOut")
        #expect(answer(C.notInteractive) == "notInteractive")
        #expect(answer(C.biometryNotEnrolled) == "invalidated")
        #expect(answer(C.passcodeNotSet) == "invalidated")
        for code in [C.userCancel, C.appCancel, C.systemCancel, C.userFallback] { #expect(answer(code) == "cancelled") }
        #expect(answer(C.authenticationFailed) == "failed system text")
        #expect(C.biometryNotAvailable == -6 && C.biometryLockout == -8 && C.notInteractive == -1004)
    }

    /// Lockout, "not interactive" and "not available" reach the unlock screen in the core's
    /// words, in the user's language; "not available" leaves the device key usable.
    @Test func biometryFailuresAreSaidInTheCoresWords() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        let en = try Catalog("en"), de = try Catalog("de")
        for (answer, id) in [(DeviceKeyAnswer.notAvailable, "device-key-not-available"),
                             (.lockedOut, "device-key-locked-out"), (.notInteractive, "device-key-not-interactive")] {
            phone.keys.mode.with { $0 = .refuse(answer) }
            await phone.send { .lock(nowMs: $0) }
            await phone.send { .unlock(.unlockWithDeviceKey(nowMs: $0)) }
            let unlock = try #require(phone.unlock)
            let detail = try #require(en[id])
            #expect(unlock.error?.text == en("error-device-key-failed", "detail", detail), "\(id): \(String(describing: unlock.error))")
            #expect(!unlock.deviceKeyInvalidated, "\(id): the key is still there")
            phone.keys.mode.with { $0 = .accept }
            await phone.send { .unlock(.unlockWithDeviceKey(nowMs: $0)) }
            #expect(phone.list != nil, "\(id): the device key still unlocks")
        }
        // In German after a language change.
        await phone.send { _ in .localeChanged(locale: "de") }
        phone.keys.mode.with { $0 = .refuse(.lockedOut) }
        await phone.send { .lock(nowMs: $0) }
        await phone.send { .unlock(.unlockWithDeviceKey(nowMs: $0)) }
        let detail = try #require(de["device-key-locked-out"])
        #expect(phone.unlock?.error?.text == de("error-device-key-failed", "detail", detail))
    }
}
