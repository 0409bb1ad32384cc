// The clock check through the model: CheckClock → the core asks for network time
// (AskNetworkTime) → the platform's NetworkTime answers (NetworkTimeAnswered) or has none
// (NetworkTimeUnavailable: the core then runs NTP itself, which is what every iPhone does) →
// the Troubleshooting screen shows the verdict → ApplyClockCorrection moves the codes.
// Semantics as in rust/motp-app/tests/screens.rs and journey.rs (clock check) and the Kotlin
// shell's journey (android/shell/src/test).
import Foundation
import MotpCore
import Testing
@testable import MotpKit

extension Phone {
    var troubleshooting: TroubleshootingView? {
        if case .troubleshooting(let t) = screen { return t } else { return nil }
    }

    func code(of id: String) -> String? { list?.rows.first { $0.id == id }?.code }
}

@MainActor
@Suite struct ClockCheck {
    /// A platform with network time (the device 5 minutes behind it): the verdict, then the
    /// correction applied makes the list show the code of true time, kept in the vault across a
    /// lock, and cleared again.
    @Test func platformNetworkTimeVerdictAndCorrectionMoveTheCodes() async throws {
        let v = try Vector.first()
        // The device's clock is 5 minutes behind the vector's instant, which is true time.
        let phone = try Phone(now: v.atMs - 300_000)
        await phone.createVault()
        let id = try await phone.addVectorToken(v)
        await phone.send { .list(.pinEntered(tokenId: id, pin: text(v.pin), nowMs: $0)) }
        let deviceTimeCode = try #require(phone.code(of: id))
        #expect(deviceTimeCode != v.grouped, "5 minutes early: not the vector's code")

        phone.networkTime.aheadMs.with { $0 = 300_000 }
        await phone.send { .navigate(to: .troubleshooting, nowMs: $0) }
        #expect(phone.troubleshooting?.clock == nil, "nothing is judged before a check")
        await phone.send { .troubleshooting(.checkClock(nowMs: $0)) }
        #expect(phone.networkTime.asked.get == 1)
        let checked = try #require(phone.troubleshooting, "still on Troubleshooting: \(phone.screen)")
        let clock = try #require(checked.clock, "a verdict: \(checked)")
        #expect(clock.verdict == .codesWillFail)
        #expect(clock.summary.contains("5 min") && clock.summary.contains("behind"), "\(clock.summary)")
        #expect(clock.source == FakeNetworkTime.source)
        #expect(clock.suggestedCorrectionSeconds == 300 && clock.canApply)
        #expect(!clock.advice.isEmpty)
        #expect(checked.storedCorrectionSeconds == 0 && checked.error == nil)

        await phone.send { .troubleshooting(.applyClockCorrection(nowMs: $0)) }
        let applied = try #require(phone.troubleshooting)
        #expect(applied.storedCorrectionSeconds == 300 && applied.storedCorrectionText != nil)
        #expect(applied.clock?.verdict == .fine, "judged again with the correction")

        // The list now shows the code of true time: the published vector.
        await phone.send { .navigate(to: .list, nowMs: $0) }
        #expect(phone.code(of: id) == v.grouped)

        // The correction was saved in the vault: after a lock and a password unlock it still
        // applies (the PIN was wiped with the session and is typed again).
        await phone.send { .lock(nowMs: $0) }
        await phone.send { .unlock(.unlockWithPassword(password: text("correct horse battery"), nowMs: $0)) }
        #expect(phone.code(of: id) == nil)
        await phone.send { .list(.pinEntered(tokenId: id, pin: text(v.pin), nowMs: $0)) }
        #expect(phone.code(of: id) == v.grouped)

        // Cleared: the device's own time again.
        await phone.send { .navigate(to: .troubleshooting, nowMs: $0) }
        await phone.send { .troubleshooting(.clearClockCorrection(nowMs: $0)) }
        #expect(phone.troubleshooting?.storedCorrectionSeconds == 0)
        await phone.send { .navigate(to: .list, nowMs: $0) }
        #expect(phone.code(of: id) == deviceTimeCode)
        #expect(phone.model.refusal == nil)
    }

    /// A device 42 s ahead: within the servers' ±3 minutes, so drifting, not failing (the
    /// sentence of rust/motp-app/tests/screens.rs).
    @Test func aDeviceAheadWithinTheWindowIsDrifting() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        phone.networkTime.aheadMs.with { $0 = -42_000 }
        await phone.send { .navigate(to: .troubleshooting, nowMs: $0) }
        await phone.send { .troubleshooting(.checkClock(nowMs: $0)) }
        let clock = try #require(phone.troubleshooting?.clock)
        #expect(clock.summary == "This device's clock is 0 min 42 s ahead of true time.")
        #expect(clock.verdict == .drifting)
        #expect(clock.suggestedCorrectionSeconds == -42)
    }

    /// iOS has no network time: the core asks the configured NTP server itself (here a loopback
    /// server 5 minutes ahead of this machine's clock), in a job off the queue.
    @Test func withoutPlatformNetworkTimeTheCoreAsksNtp() async throws {
        let ntp = try LoopbackNtpServer(aheadMs: 300_000)
        defer { ntp.stop() }
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs - 300_000, timeServer: ntp.server)
        await phone.createVault()
        let id = try await phone.addVectorToken(v)
        await phone.send { .list(.pinEntered(tokenId: id, pin: text(v.pin), nowMs: $0)) }

        await phone.send { .navigate(to: .troubleshooting, nowMs: $0) }
        await phone.send { .troubleshooting(.checkClock(nowMs: $0)) }
        #expect(phone.networkTime.asked.get == 1, "the platform was asked first")
        #expect(ntp.requests.get >= 1, "then the NTP server")
        let t = try #require(phone.troubleshooting, "\(phone.screen)")
        let clock = try #require(t.clock, "a verdict: \(t)")
        #expect(clock.verdict == .codesWillFail)
        #expect(clock.summary.contains("5 min") && clock.summary.contains("behind"), "\(clock.summary)")
        #expect(clock.source == ntp.server)
        #expect(clock.suggestedCorrectionSeconds == 300)

        // The device's clock was 5 minutes behind the vector's instant as well: the correction
        // measured against this machine brings the list to the vector's code.
        await phone.send { .troubleshooting(.applyClockCorrection(nowMs: $0)) }
        #expect(phone.troubleshooting?.storedCorrectionSeconds == 300)
        #expect(phone.troubleshooting?.clock?.verdict == .fine)
        await phone.send { .navigate(to: .list, nowMs: $0) }
        #expect(phone.code(of: id) == v.grouped)
    }

    /// No network time and no server answering: the error is shown where the user is, nothing
    /// else changes, and the user can try again.
    @Test func noNetworkTimeAndNoServerShowsTheError() async throws {
        let gone = try LoopbackNtpServer(aheadMs: 0)
        gone.stop() // its port is closed now: the system refuses what is sent there
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs, timeServer: gone.server)
        await phone.createVault()
        await phone.send { .navigate(to: .troubleshooting, nowMs: $0) }
        await phone.send { .troubleshooting(.checkClock(nowMs: $0)) }
        let t = try #require(phone.troubleshooting, "still on Troubleshooting: \(phone.screen)")
        #expect(t.error?.code == "clock_failed")
        #expect(t.error?.text.isEmpty == false)
        #expect(t.clock == nil && t.storedCorrectionSeconds == 0)
        #expect(phone.model.refusal == nil, "a failed check is shown on the screen, not refused")

        // The phone gets network time back: the next check clears the error.
        phone.networkTime.aheadMs.with { $0 = 0 }
        await phone.send { .troubleshooting(.checkClock(nowMs: $0)) }
        #expect(phone.troubleshooting?.error == nil)
        #expect(phone.troubleshooting?.clock?.verdict == .fine)
    }
}
