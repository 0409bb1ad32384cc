// The app core issue's journey driven through MotpKit's @Observable model and its driver, with
// the phone faked (Fakes.swift), against the real library and real vault files:
// first run → scan a real camera frame (../shared/fixtures) → add the administrator's token →
// its code equals the published vector at its instant → background → auto-lock → Face ID
// cancelled → password → edit → export → import preview → doctor.
import Foundation
import MotpCore
import Testing
@testable import MotpKit

/// privacyIDEA's first published mOTP vector (tests/vectors/motp-public.json).
struct Vector {
    let secret: String, pin: String, code: String, atMs: Int64
    static func first() throws -> Vector {
        let json = try JSONSerialization.jsonObject(with: try testData("vectors/motp-public.json")) as! [String: Any]
        let v = (json["vectors"] as! [[String: Any]])[0]
        return Vector(secret: v["secret"] as! String, pin: v["pin"] as! String, code: v["code"] as! String,
                      atMs: (v["counter"] as! NSNumber).int64Value * 10_000)
    }
    var grouped: String { String(code.prefix(3)) + " " + String(code.suffix(3)) }
}

extension Phone {
    var list: ListView? { if case .list(let l) = screen { return l } else { return nil } }
    var unlock: UnlockView? { if case .unlock(let u) = screen { return u } else { return nil } }

    /// First run with a password and Face ID enrolled; ends on the (empty) list.
    func createVault() async {
        await send { .started(nowMs: $0) }
        await send { .firstRun(.createVault(password: text("correct horse battery"), confirmation: text("correct horse battery"),
                                  useDeviceKey: true, nowMs: $0)) }
    }

    /// Adds the vector's token by pasting its URI, PIN checked by the typo guard; returns its id.
    func addVectorToken(_ v: Vector) async throws -> String {
        await send { .navigate(to: .add, nowMs: $0) }
        await send { .add(.uriPasted(uri: text("motp://privacyIDEA:alice?secret=\(v.secret)"), nowMs: $0)) }
        await send { .add(.previewAccepted(nowMs: $0)) }
        await send { .add(.pinPolicyChosen(policy: .askWithTypoGuard, pin: text(v.pin), keepUriPin: false, nowMs: $0)) }
        await send { .add(.confirmAdd(nowMs: $0)) }
        return try #require(list?.rows.first { $0.account == "alice" }).id
    }
}

@MainActor
@Suite struct Journey {
    @Test func wholeJourney() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs - 60_000)

        // ---- first run: a password and Face ID (the key is wrapped by the Secure Enclave fake)
        await phone.send { .started(nowMs: $0) }
        guard case .firstRun = phone.screen else { Issue.record("first run: \(phone.screen)"); return }
        await phone.send { .firstRun(.createVault(password: text("correct horse battery"), confirmation: text("correct horse battery"),
                                        useDeviceKey: true, nowMs: $0)) }
        #expect(phone.list != nil)
        #expect(phone.keys.prompts.get == 1)

        // ---- scan: the real camera frame from Aegis's tests (1840×1380, 1856 bytes per row)
        await phone.send { .navigate(to: .add, nowMs: $0) }
        await phone.send { .add(.scanQr(nowMs: $0)) }
        #expect(phone.camera.running)
        let frame = try testData("shared-fixtures/aegis__helpers__qr.strided.y")
        phone.camera.deliver(LumaFrame(luma: frame, width: 1840, height: 1380, bytesPerRow: 1856))
        await phone.model.driver.settled()
        #expect(!phone.camera.running, "the camera stops once a token is read")
        guard case .add(let add) = phone.screen, let p = add.preview else { Issue.record("no preview: \(phone.screen)"); return }
        #expect(p.kind == .totp && p.issuer == "neo4j" && p.account == "Charlotte")
        await phone.send { .add(.previewAccepted(nowMs: $0)) }
        await phone.send { .add(.confirmAdd(nowMs: $0)) }
        #expect(phone.list?.rows.contains { $0.account == "Charlotte" } == true)

        // ---- the administrator's mOTP token: its code is the published vector at its instant
        let id = try await phone.addVectorToken(v)
        await phone.advance(to: v.atMs)
        await phone.send { .list(.pinEntered(tokenId: id, pin: text(v.pin), nowMs: $0)) }
        let row = try #require(phone.list?.rows.first { $0.id == id })
        #expect(row.code == v.grouped)
        #expect(row.secondsLeft == 10 && row.typoWarning == nil)
        #expect(phone.ticker.armedAt == v.atMs + 1_000, "one timer, at the next change")
        await phone.advance(to: v.atMs + 1_000)
        #expect(phone.list?.rows.first { $0.id == id }?.secondsLeft == 9, "the timer's tick redrew the countdown")

        // ---- background for 6 minutes → locked when it comes back; never the list meanwhile
        await phone.send { .wentToBackground(nowMs: $0) }
        let back = v.atMs + 1_000 + 6 * 60_000
        phone.ticker.advance(to: back)
        let before = phone.shown.count
        await phone.send { .cameToForeground(nowMs: $0) }
        #expect(phone.unlock != nil, "locked after 6 minutes in the background: \(phone.screen)")
        #expect(phone.shown[before...].allSatisfy { if case .list = $0.screen { false } else { true } })
        #expect(phone.unlock?.methods.map(\.kind) == [.deviceKey, .password])

        // ---- Face ID cancelled → the unlock screen says so
        phone.keys.mode.with { $0 = .cancel }
        await phone.send { .unlock(.unlockWithDeviceKey(nowMs: $0)) }
        #expect(phone.unlock?.error?.code == "device_key_cancelled")
        #expect(phone.unlock?.waitingForDeviceKey == false)

        // ---- password (a wrong one first)
        await phone.send { .unlock(.unlockWithPassword(password: text("wrong"), nowMs: $0)) }
        #expect(phone.unlock?.error?.code == "wrong_password")
        await phone.send { .unlock(.unlockWithPassword(password: text("correct horse battery"), nowMs: $0)) }
        #expect(phone.list?.rows.first { $0.id == id }?.code == nil, "the PIN typed before the lock was wiped")

        // ---- edit
        await phone.send { .navigate(to: .detail(tokenId: id), nowMs: $0) }
        await phone.send { .detail(.saveEdit(tokenId: id, edit: TokenEditInput(issuer: "Office VPN", account: nil, note: "DrayTek",
                                                                       group: nil, favourite: nil, iconKey: nil, pinPolicy: nil,
                                                                       pin: nil, toleranceSeconds: nil), nowMs: $0)) }
        guard case .detail(let d) = phone.screen else { Issue.record("not the detail screen: \(phone.screen)"); return }
        #expect(d.issuer == "Office VPN" && d.note == "DrayTek" && d.error == nil)

        // ---- export through the save dialog
        await phone.send { .navigate(to: .backups, nowMs: $0) }
        await phone.send { .backups(.export(format: .motpBackup, password: text("backup password"), nowMs: $0)) }
        let saved = phone.files.saved.get
        #expect(saved.count == 1 && saved[0].name.hasSuffix(".motp") && saved[0].bytes.count > 100)
        guard case .backups(let b) = phone.screen else { Issue.record("not backups: \(phone.screen)"); return }
        #expect(b.reminder == nil && (phone.settings.saved.get?.lastBackupGeneration ?? 0) > 0)

        // ---- import preview: Stratum's encrypted Aegis backup through the open dialog
        phone.files.toOpen.with { $0 = ("aegis.encrypted.json", try! testData("shared-fixtures/stratum__aegis.encrypted.json")) }
        await phone.send { .backups(.chooseImportFile(nowMs: $0)) }
        await phone.send { .backups(.importPassword(password: text("test"), nowMs: $0)) }
        guard case .backups(let b2) = phone.screen, let preview = b2.importPreview else {
            Issue.record("no import preview: \(phone.screen)"); return
        }
        #expect(preview.format == "Aegis" && preview.tokens == 9 && preview.withPin == 1 && preview.skipped == 2)

        // ---- doctor
        await phone.send { _ in .backups(.closeImport) }
        await phone.send { .navigate(to: .troubleshooting, nowMs: $0) }
        await phone.send { .troubleshooting(.runDoctor(tokenId: id, pin: text(v.pin), code: nil, adminCheckCode: nil, nowMs: $0)) }
        guard case .troubleshooting(let t) = phone.screen, let doctor = t.doctor else { Issue.record("no doctor: \(phone.screen)"); return }
        #expect(doctor.steps.count == 4 && doctor.steps[0].kind == .clock && !doctor.verdict.isEmpty)
        #expect(phone.feedback.announced.get.contains("Token added"))
        #expect(phone.model.refusal == nil)
    }
}
