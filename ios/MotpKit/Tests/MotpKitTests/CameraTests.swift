// The camera through the model: starting it can wait for the user (the system's permission
// prompt the first time), so it runs off the event queue; a stop asked for meanwhile still
// comes after the start; a camera that cannot start (denied, none, failed) is reported to the
// core (CameraUnavailable), which returns the add screen to its first step with its sentence.
import Foundation
import MotpCore
import Testing
@testable import MotpKit

extension Phone {
    var add: AddView? { if case .add(let a) = screen { return a } else { return nil } }
}

@MainActor
@Suite struct CameraTests {
    /// A new vault's phone on the add screen, its scan waiting at the camera permission prompt.
    private func scanningAtThePrompt() async throws -> (Vector, Phone) {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        await phone.send { .navigate(to: .add, nowMs: $0) }
        phone.camera.prompt.with { $0 = true }
        phone.model.send { .add(.scanQr(nowMs: $0)) }
        while !phone.camera.prompting { await Task.yield() }
        return (v, phone)
    }

    /// The permission prompt is up: events are handled meanwhile; the user goes back before
    /// answering and then allows the camera: it ends off, not scanning for nobody.
    @Test func thePermissionPromptHoldsNothingAndAStopMeanwhileWins() async throws {
        let (v, phone) = try await scanningAtThePrompt()
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
        phone.camera.answer(allow: true)
        await phone.model.driver.settled()
        #expect(!phone.camera.running, "the stop sent while the prompt was up came after the start")
    }

    /// Allowed at the prompt: the camera runs and its frames reach the core.
    @Test func allowedAtThePromptTheScanGoesOn() async throws {
        let (_, phone) = try await scanningAtThePrompt()
        phone.camera.answer(allow: true)
        await phone.model.driver.settled()
        #expect(phone.camera.running)
        let frame = try testData("shared-fixtures/aegis__helpers__qr.strided.y")
        phone.camera.deliver(LumaFrame(luma: frame, width: 1840, height: 1380, bytesPerRow: 1856))
        await phone.model.driver.settled()
        #expect(phone.add?.preview?.account == "Charlotte")
        #expect(!phone.camera.running)
    }

    /// Denied at the prompt: the add screen is back at its first step with the core's sentence
    /// (under no field), the camera is off, and the user pastes the link instead.
    @Test func deniedAtThePromptTheAddScreenSaysWhatToDoInstead() async throws {
        let (v, phone) = try await scanningAtThePrompt()
        await phone.model.driver.drained()
        #expect(phone.add?.step == .scanning)

        phone.camera.answer(allow: false)
        await phone.model.driver.settled()
        let add = try #require(phone.add, "still adding: \(phone.screen)")
        #expect(add.step == .choose)
        #expect(!add.cameraOn && !phone.camera.running)
        let e = try #require(add.error, "the reason is shown")
        #expect(e.code == "camera_unavailable" && e.field == nil)
        #expect(e.text == "The app may not use the camera. Allow it in the system settings, or paste the link or type the secret instead.")
        #expect(phone.model.refusal == nil, "shown on the screen, not refused")

        await phone.send { .add(.uriPasted(uri: text("motp://privacyIDEA:alice?secret=\(v.secret)"), nowMs: $0)) }
        #expect(phone.add?.step == .preview && phone.add?.preview?.account == "alice")
    }

    /// Stop on the scanning step: the core stops the camera and the add screen is back at its
    /// choose step (paste or type instead), not the list; a new scan then runs.
    @Test func stopScanningStopsTheCameraAndStaysOnTheAddScreen() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        await phone.send { .navigate(to: .add, nowMs: $0) }
        await phone.send { .add(.scanQr(nowMs: $0)) }
        #expect(phone.add?.step == .scanning && phone.add?.cameraOn == true && phone.camera.running)

        await phone.send { .add(.stopScanning(nowMs: $0)) }
        let add = try #require(phone.add, "still adding: \(phone.screen)")
        #expect(add.step == .choose)
        #expect(!add.cameraOn && !phone.camera.running, "the camera is off")
        #expect(add.error == nil && phone.model.refusal == nil)

        await phone.send { .add(.scanQr(nowMs: $0)) }
        #expect(phone.add?.step == .scanning && phone.camera.running)
        #expect(phone.camera.starts.get == 2)
    }

    /// Stop while the permission prompt is up: once the user allows the camera, it is stopped
    /// (the stop comes after the start), and the add screen stays at its choose step.
    @Test func stopScanningDuringThePermissionPromptEndsWithTheCameraOff() async throws {
        let (_, phone) = try await scanningAtThePrompt()
        phone.model.send { .add(.stopScanning(nowMs: $0)) }
        await phone.model.driver.drained()
        #expect(phone.add?.step == .choose)

        phone.camera.answer(allow: true)
        await phone.model.driver.settled()
        #expect(!phone.camera.running, "the stop sent while the prompt was up came after the start")
        #expect(phone.add?.step == .choose && phone.add?.cameraOn == false, "\(phone.screen)")
    }

    /// No camera, and a session that did not start: each says why, in the user's language, and
    /// a scan can be tried again.
    @Test func noCameraAndAFailedStartEachSayWhyInTheUsersLanguage() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        await phone.send { .navigate(to: .add, nowMs: $0) }
        let cases: [(CameraProblem, String)] = [
            (.noCamera, "This device has no camera the app can use. Paste the link or type the secret instead."),
            (.failed, "The camera did not start (another app may be using it). Try again, or paste the link or type the secret instead."),
        ]
        for (problem, sentence) in cases {
            phone.camera.problem.with { $0 = problem }
            await phone.send { .add(.scanQr(nowMs: $0)) }
            #expect(phone.add?.step == .choose, "\(problem)")
            #expect(phone.add?.error?.code == "camera_unavailable")
            #expect(phone.add?.error?.text == sentence)
        }
        #expect(phone.model.view.labels.scanQr == "Scan a QR code")

        await phone.send { _ in .localeChanged(locale: "de") }
        #expect(phone.model.view.labels.scanQr == "QR-Code scannen")
        await phone.send { .add(.scanQr(nowMs: $0)) }
        #expect(phone.add?.error?.text.hasPrefix("Die Kamera ist nicht gestartet") == true)

        // The camera works again: the next scan runs, and the error is gone.
        phone.camera.problem.with { $0 = nil }
        await phone.send { .add(.scanQr(nowMs: $0)) }
        #expect(phone.add?.step == .scanning && phone.add?.error == nil && phone.camera.running)
    }

    /// A start that fails only after the user stopped that scan and began another: its answer
    /// belongs to the ended run and is dropped; the new scan goes on and reads the frame.
    @Test func aLateFailureOfAnEndedScanDoesNotEndTheNextOne() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        await phone.send { .navigate(to: .add, nowMs: $0) }
        phone.camera.prompt.with { $0 = true }
        phone.camera.next.with { $0 = [.failed, nil] } // the first start fails, the second runs
        phone.model.send { .add(.scanQr(nowMs: $0)) }
        while !phone.camera.prompting { await Task.yield() }
        phone.model.send { .back(nowMs: $0) }
        phone.model.send { .navigate(to: .add, nowMs: $0) }
        phone.model.send { .add(.scanQr(nowMs: $0)) }
        await phone.model.driver.drained()
        #expect(phone.add?.step == .scanning)

        phone.camera.answer(allow: true)
        await phone.model.driver.settled()
        #expect(phone.camera.starts.get == 2)
        #expect(phone.add?.step == .scanning && phone.add?.error == nil, "the second scan goes on: \(phone.screen)")
        #expect(phone.camera.running)
        let frame = try testData("shared-fixtures/aegis__helpers__qr.strided.y")
        phone.camera.deliver(LumaFrame(luma: frame, width: 1840, height: 1380, bytesPerRow: 1856))
        await phone.model.driver.settled()
        #expect(phone.add?.preview?.account == "Charlotte")
        #expect(!phone.camera.running)
    }
}
