// Auto-lock through the model, with time moved by the test (never waited for): the inactivity
// lock (the settings' minutes without a user event; the timer's ticks past the deadline lock,
// a user event restarts the count) and the background lock (back after the set time → the
// Unlock screen, every secret of the session gone). The decisions are the core's
// (rust/motp-app/tests/rules.rs `inactivity_locks_on_the_scheduled_tick`, journey.rs
// "background 6 minutes → locked"); these prove the Swift loop carries them out: the timer the
// core asks for is armed and its ticks reach the core, lifecycle events are sent in order, and
// nothing of the unlocked session is published after the lock.
import Foundation
import MotpCore
import Testing
@testable import MotpKit

extension Phone {
    var detail: DetailView? { if case .detail(let d) = screen { return d } else { return nil } }

    /// Sets the auto-lock minutes on the Settings screen and goes back to the list.
    func setAutoLock(background: UInt32, inactivity: UInt32) async throws {
        await send { .navigate(to: .settings, nowMs: $0) }
        await send { .settings(.setAutoLock(backgroundMinutes: background, inactivityMinutes: inactivity, nowMs: $0)) }
        guard case .settings(let s) = screen else { Issue.record("not Settings: \(screen)"); return }
        #expect(s.lockAfterBackgroundMinutes == background && s.lockAfterInactivityMinutes == inactivity && s.error == nil)
        let saved = try #require(settings.saved.get, "the settings were handed out to be kept")
        #expect(saved.lockAfterBackgroundMinutes == background && saved.lockAfterInactivityMinutes == inactivity)
        await send { .navigate(to: .list, nowMs: $0) }
    }

    /// Whether every view published since `index` is the Unlock screen (nothing of the session).
    func onlyUnlockShown(since index: Int) -> Bool {
        shown[index...].allSatisfy { if case .unlock = $0.screen { true } else { false } }
    }

    /// Unlocks with the password; the list the session starts with.
    func unlockAgain() async throws -> ListView {
        await send { .unlock(.unlockWithPassword(password: text("correct horse battery"), nowMs: $0)) }
        return try #require(list, "unlocked: \(screen)")
    }
}

@MainActor
@Suite struct AutoLock {
    /// A new vault holding the published vector's token, auto-lock set as given, and its PIN
    /// typed (the last user event): the code shows.
    private func showingTheVectorCode(background: UInt32, inactivity: UInt32) async throws -> (Vector, Phone, String) {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        let id = try await phone.addVectorToken(v)
        try await phone.setAutoLock(background: background, inactivity: inactivity)
        await phone.send { .list(.pinEntered(tokenId: id, pin: text(v.pin), nowMs: $0)) }
        return (v, phone, id)
    }

    /// Two minutes without a user event lock the app on the timer's tick, while the code's
    /// countdown ticks every second (ticks are time passing, not the user); a user event
    /// restarts the two minutes; the core arms the timer at the deadline itself.
    @Test func inactivityLocksOnTheTimersTickAndATouchRestartsIt() async throws {
        let (v, phone, id) = try await showingTheVectorCode(background: 5, inactivity: 2)
        let t0 = v.atMs // the PIN, the last user event, was typed at t0

        // A minute of the countdown: a tick every second, no lock.
        #expect(await phone.run(to: t0 + 60_500) == 60)
        #expect(phone.code(of: id) != nil)
        // The user types in the search field at +60.5 s: the two minutes start again.
        await phone.send { .list(.searchChanged(query: "", nowMs: $0)) }
        let beforeDeadline = t0 + 60_500 + 119_999
        let ticks = await phone.run(to: beforeDeadline)
        #expect(ticks == 120, "the countdown went on: \(ticks) ticks")
        #expect(phone.list != nil && phone.code(of: id) != nil,
                "past t0 + 2 min but within 2 min of the touch: still unlocked (\(phone.screen))")
        // The deadline is between two countdown ticks: the core armed the timer for it.
        #expect(phone.ticker.armedAt == t0 + 180_500)
        let before = phone.shown.count

        // The timer fires at the deadline; the test sends nothing.
        #expect(await phone.run(to: t0 + 180_500) == 1)
        #expect(phone.unlock != nil, "locked by the timer's tick: \(phone.screen)")
        #expect(phone.onlyUnlockShown(since: before))
        // Locked: the countdown stopped, anything that needs the vault is refused.
        #expect(await phone.run(to: t0 + 240_000) == 0, "no countdown ticks behind the lock")
        await phone.send { .list(.copyCode(tokenId: id, nowMs: $0)) }
        #expect(phone.model.refusal == "The vault is locked. Unlock it first.")
        #expect(phone.clipboard.item.get == nil)
        #expect(phone.onlyUnlockShown(since: before))

        // Unlocked again: the PIN typed before the lock went with the session.
        let list = try await phone.unlockAgain()
        #expect(list.rows.first { $0.id == id }?.code == nil)
    }

    /// Inactivity 0 means never: eleven minutes of ticks (past the default ten) do not lock.
    @Test func inactivityZeroNeverLocks() async throws {
        let (v, phone, id) = try await showingTheVectorCode(background: 5, inactivity: 0)
        #expect(await phone.run(to: v.atMs + 11 * 60_000) == 660)
        #expect(phone.code(of: id) != nil, "still unlocked: \(phone.screen)")
    }

    /// Background for less than the set time: still unlocked, where the user was. Back after
    /// the set time (the app was suspended: no timer ran): the Unlock screen, and nothing of the
    /// session is shown again: neither the revealed secret nor the code of the PIN typed.
    @Test func backgroundLockAfterTheSetTimeWipesEverySecret() async throws {
        let (v, phone, id) = try await showingTheVectorCode(background: 1, inactivity: 0)
        #expect(phone.code(of: id) == v.grouped)
        // The secret revealed on the detail screen (the password asked again).
        await phone.send { .navigate(to: .detail(tokenId: id), nowMs: $0) }
        await phone.send { .detail(.revealSecret(tokenId: id, password: text("correct horse battery"), nowMs: $0)) }
        let revealed = try #require(phone.detail?.revealed, "revealed: \(phone.screen)")
        #expect(revealed.grouped.expose().replacingOccurrences(of: " ", with: "") == v.secret)

        // A short trip: 59.999 s away.
        let t1 = v.atMs + 1_000
        phone.ticker.suspend(until: t1)
        await phone.send { .wentToBackground(nowMs: $0) }
        phone.ticker.suspend(until: t1 + 59_999)
        await phone.send { .cameToForeground(nowMs: $0) }
        #expect(phone.detail != nil, "back within the minute: where the user was (\(phone.screen))")

        // A long trip: exactly the set minute away, suspended all along.
        let t2 = t1 + 120_000
        phone.ticker.suspend(until: t2)
        await phone.send { .wentToBackground(nowMs: $0) }
        phone.ticker.suspend(until: t2 + 60_000)
        let before = phone.shown.count
        await phone.send { .cameToForeground(nowMs: $0) }
        let unlock = try #require(phone.unlock, "locked after the set minute: \(phone.screen)")
        #expect(unlock.methods.map(\.kind) == [.deviceKey, .password])
        #expect(phone.onlyUnlockShown(since: before))
        // The timer armed as the app left (for the lock) fires late, after the lock: nothing
        // of the session comes back.
        await phone.run(to: t2 + 61_000)
        #expect(phone.onlyUnlockShown(since: before))

        // Unlocked again: the PIN and the revealed secret went with the session.
        let list = try await phone.unlockAgain()
        #expect(list.rows.first { $0.id == id }?.code == nil)
        await phone.send { .navigate(to: .detail(tokenId: id), nowMs: $0) }
        #expect(phone.detail != nil && phone.detail?.revealed == nil)
    }

    /// An app still running in the background (its timer fires) locks at the deadline, before it
    /// comes back; with 0 minutes it locks the moment it leaves, and a scan stops the camera.
    @Test func backgroundLockOnTheTimerAndAtOnce() async throws {
        let (v, phone, _) = try await showingTheVectorCode(background: 5, inactivity: 0)

        await phone.send { .wentToBackground(nowMs: $0) }
        // In the background the list does not count down: the only timer is the lock's.
        #expect(phone.ticker.armedAt == v.atMs + 5 * 60_000)
        #expect(await phone.run(to: v.atMs + 5 * 60_000) == 1)
        #expect(phone.unlock != nil, "locked in the background by the timer: \(phone.screen)")
        let before = phone.shown.count
        await phone.send { .cameToForeground(nowMs: $0) }
        #expect(phone.unlock != nil && phone.onlyUnlockShown(since: before))

        // 0 minutes: the camera of a scan in progress stops and the app locks as it leaves.
        _ = try await phone.unlockAgain()
        try await phone.setAutoLock(background: 0, inactivity: 0)
        await phone.send { .navigate(to: .add, nowMs: $0) }
        await phone.send { .add(.scanQr(nowMs: $0)) }
        #expect(phone.camera.running)
        await phone.send { .wentToBackground(nowMs: $0) }
        #expect(phone.unlock != nil, "locked at once: \(phone.screen)")
        #expect(!phone.camera.running, "the lock stopped the camera")
    }
}
