// The loop's promises beyond the journey: events sent while an unlock is slow are queued and
// handled, none lost; after a lock the model never shows the unlocked screen again; the
// clipboard expires; and many senders at once race on nothing (Swift 6 strict concurrency
// proves it at compile time; this proves no event is lost at run time).
import Foundation
import MotpCore
import Testing
@testable import MotpKit

@MainActor
@Suite struct Loop {
    @Test func eventsDuringASlowUnlockAreQueuedNotLost() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        _ = try await phone.addVectorToken(v)
        await phone.send { .lock(nowMs: $0) }
        #expect(phone.unlock != nil)

        // Face ID is slow: the prompt is up and nobody answers yet.
        phone.keys.mode.with { $0 = .hold }
        phone.model.send { .unlock(.unlockWithDeviceKey(nowMs: $0)) }
        while phone.keys.waiting == 0 { try await Task.sleep(for: .milliseconds(1)) }
        await phone.model.driver.drained()
        #expect(phone.unlock?.waitingForDeviceKey == true)
        let handledBefore = await phone.model.driver.handled
        // Meanwhile: the timer, the user switching the phone's language, a look at another app.
        for i in 1...50 { phone.model.send(.tick(nowMs: v.atMs + Int64(i) * 100)) }
        phone.model.send(.localeChanged(locale: "de"))
        phone.model.send(.wentToBackground(nowMs: v.atMs + 5_100))
        phone.model.send(.cameToForeground(nowMs: v.atMs + 5_200))
        // The queue is not blocked by the prompt: all of it is handled while it is still up.
        await phone.model.driver.drained()
        #expect(await phone.model.driver.handled == handledBefore + 53)
        #expect(phone.keys.waiting == 1 && phone.unlock?.waitingForDeviceKey == true)
        #expect(phone.model.view.locale == "de")

        phone.keys.mode.with { $0 = .accept }
        phone.keys.release()
        await phone.model.driver.settled()
        #expect(phone.list != nil, "unlocked when Face ID answered: \(phone.screen)")
        #expect(phone.model.view.locale == "de", "the language change sent during the prompt was kept")

        // A password unlock: events sent right behind it, while its job runs, are all handled.
        await phone.send { .lock(nowMs: $0) }
        let base = await phone.model.driver.handled
        phone.model.send(.unlock(.unlockWithPassword(password: text("correct horse battery"), nowMs: v.atMs + 6_000)))
        for i in 1...20 { phone.model.send(.tick(nowMs: v.atMs + 6_000 + Int64(i))) }
        phone.model.send(.localeChanged(locale: "en"))
        await phone.model.driver.settled()
        // 1 unlock + 20 ticks + 1 locale + the job's answer.
        #expect(await phone.model.driver.handled == base + 23)
        #expect(phone.list != nil && phone.model.view.locale == "en")
    }

    @Test func noStaleScreenAfterLock() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        let id = try await phone.addVectorToken(v)
        await phone.send { .list(.pinEntered(tokenId: id, pin: text(v.pin), nowMs: $0)) }
        #expect(phone.list?.rows.first?.code == v.grouped)

        // An export is saving when the lock comes; its answer must not bring the list back.
        await phone.send { .navigate(to: .list, nowMs: $0) }
        let before = phone.shown.count
        phone.model.send(.lock(nowMs: v.atMs))
        for i in 1...10 { phone.model.send(.tick(nowMs: v.atMs + Int64(i) * 1_000)) }
        await phone.model.driver.settled()
        let after = phone.shown[before...]
        #expect(!after.isEmpty)
        for view in after {
            if case .unlock = view.screen {} else { Issue.record("after the lock the model showed \(view.screen)") }
        }
        #expect(phone.unlock != nil)
        // Anything that needs the vault is refused, with the core's sentence, and nothing shows.
        await phone.send { .list(.copyCode(tokenId: id, nowMs: $0)) }
        #expect(phone.model.refusal?.isEmpty == false)
        #expect(phone.clipboard.item.get == nil)
        #expect(phone.unlock != nil)
    }

    @Test func clipboardExpires() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        let id = try await phone.addVectorToken(v)
        await phone.send { .list(.pinEntered(tokenId: id, pin: text(v.pin), nowMs: $0)) }
        await phone.send { .list(.copyCode(tokenId: id, nowMs: $0)) }
        let item = try #require(phone.clipboard.item.get)
        #expect(item.text == v.code && item.localOnly)
        #expect(item.expiresAtMs == v.atMs + 30_000, "the default clear time, 30 s")
        #expect(phone.clipboard.paste(at: v.atMs + 29_999) == v.code)
        #expect(phone.clipboard.paste(at: v.atMs + 30_000) == nil)

        // A shorter clear time from the settings applies to the next copy, and is persisted.
        await phone.send { .settings(.setClipboardClear(seconds: 10, nowMs: $0)) }
        #expect(phone.settings.saved.get?.clipboardClearSeconds == 10)
        await phone.send { .navigate(to: .list, nowMs: $0) }
        await phone.advance(to: v.atMs + 2_000)
        await phone.send { .list(.copyCode(tokenId: id, nowMs: $0)) }
        #expect(phone.clipboard.item.get?.expiresAtMs == v.atMs + 12_000)
        #expect(phone.clipboard.paste(at: v.atMs + 12_000) == nil)
    }

    @Test func manySendersAtOnceLoseNothing() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        let id = try await phone.addVectorToken(v)
        await phone.send { .list(.pinEntered(tokenId: id, pin: text(v.pin), nowMs: $0)) }
        let driver = phone.model.driver
        let base = await driver.handled
        // Eight tasks on the cooperative pool send 250 ticks each while the main actor reads
        // the model: the driver is an actor and the model is main-actor isolated, so the only
        // shared state is the queue.
        await withTaskGroup(of: Void.self) { group in
            for t in 0..<8 {
                group.addTask { for i in 0..<250 { driver.send(.tick(nowMs: v.atMs + Int64(t * 250 + i))) } }
            }
            for _ in 0..<200 { _ = phone.model.view.screen; await Task.yield() }
        }
        await driver.settled()
        #expect(await driver.handled == base + 2_000)
        #expect(await driver.refused == 0)
        #expect(phone.list?.rows.first?.code != nil)
    }
}
