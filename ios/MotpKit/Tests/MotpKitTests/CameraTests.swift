// The camera through the model: starting it can wait for the user (the system's permission
// prompt the first time), so it runs off the event queue; a stop asked for meanwhile still
// comes after the start.
import Foundation
import MotpCore
import Testing
@testable import MotpKit

extension Phone {
    var add: AddView? { if case .add(let a) = screen { return a } else { return nil } }
}

@MainActor
@Suite struct CameraTests {
    /// The permission prompt is up: events are handled meanwhile; the user goes back before
    /// answering and then allows the camera: it ends off, not scanning for nobody.
    @Test func thePermissionPromptHoldsNothingAndAStopMeanwhileWins() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        await phone.send { .navigate(to: .add, nowMs: $0) }
        phone.camera.prompt.with { $0 = true }
        phone.model.send { .scanQr(nowMs: $0) }
        while !phone.camera.prompting { await Task.yield() }
        // A queue held by the prompt would never drain: look at the count instead (the
        // driver is an actor, reentrant while it awaits), so a regression fails, not hangs.
        let driver = phone.model.driver
        let handled = await driver.handled
        for i in 1...10 { phone.model.send(.tick(nowMs: v.atMs + Int64(i))) }
        try #require(await within(seconds: 30) { await driver.handled == handled + 10 },
                     "the queue was held by the permission prompt")
        await driver.drained()
        #expect(phone.add?.step == .scanning)
        #expect(phone.camera.prompting)

        // The user goes back while the prompt is up; then allows the camera.
        phone.model.send { .back(nowMs: $0) }
        await phone.model.driver.drained()
        #expect(phone.list != nil)
        phone.camera.allow()
        await phone.model.driver.settled()
        #expect(!phone.camera.running, "the stop sent while the prompt was up came after the start")
    }

    /// Allowed at the prompt: the camera runs and its frames reach the core.
    @Test func allowedAtThePromptTheScanGoesOn() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        await phone.send { .navigate(to: .add, nowMs: $0) }
        phone.camera.prompt.with { $0 = true }
        phone.model.send { .scanQr(nowMs: $0) }
        while !phone.camera.prompting { await Task.yield() }
        phone.camera.allow()
        await phone.model.driver.settled()
        #expect(phone.camera.running)
        let frame = try testData("shared-fixtures/aegis__helpers__qr.strided.y")
        phone.camera.deliver(LumaFrame(luma: frame, width: 1840, height: 1380, bytesPerRow: 1856))
        await phone.model.driver.settled()
        #expect(phone.add?.preview?.account == "Charlotte")
        #expect(!phone.camera.running)
    }
}
