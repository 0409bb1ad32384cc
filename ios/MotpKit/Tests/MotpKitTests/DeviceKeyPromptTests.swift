// The device key's system prompt says the core's words (`DeviceKeyPrompt` in the wrap and unwrap
// effects), in the user's language: the driver hands them to `DeviceKeys` unchanged. The
// expected words are read from the core's own Fluent catalog (rust/motp-text/locales, staged as
// test data by scripts/test-ios-kit.sh), never written here.
import Foundation
import MotpCore
import Testing
@testable import MotpKit

/// The core's catalog for one language (`locales/<locale>.ftl`), its single-line messages
/// (`id = value`) by id. A value continued on indented lines would need Fluent itself: it is
/// left out, so a test asking for it fails (nil is no sentence).
struct Catalog {
    let messages: [String: String]
    init(_ locale: String) throws {
        let lines = String(decoding: try testData("locales/\(locale).ftl"), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
        var messages: [String: String] = [:]
        for (i, line) in lines.enumerated() where !line.hasPrefix("#") && !line.hasPrefix(" ") {
            guard let eq = line.range(of: " = ") else { continue }
            if i + 1 < lines.count, lines[i + 1].hasPrefix(" ") { continue }
            messages[String(line[..<eq.lowerBound])] = String(line[eq.upperBound...])
        }
        self.messages = messages
    }
    subscript(_ id: String) -> String? { messages[id] }
    /// The message with `{ $name }` filled in (the core's Fluent bundle adds no isolation marks).
    func callAsFunction(_ id: String, _ name: String, _ value: String) -> String? {
        messages[id]?.replacingOccurrences(of: "{ $\(name) }", with: value)
    }
}

@MainActor
@Suite struct DeviceKeyPromptTests {
    @Test func thePromptSaysTheCoresWordsInTheUsersLanguage() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        let label = "Test iPhone (Face ID)" // Phone's DeviceKeyInfo label
        let en = try Catalog("en"), de = try Catalog("de")

        // ---- enrolment at first run, in English: the wrap prompt
        await phone.createVault()
        #expect(phone.list != nil)
        let enrol = try #require(phone.keys.shownPrompts.get.last)
        #expect(enrol.kind == .wrap)
        #expect(enrol.words.title == en("device-key-enrol-title", "label", label))
        #expect(enrol.words.reason == en["device-key-enrol-reason"])
        #expect(enrol.words.cancel == en["label-cancel"])

        // ---- the phone's language changes to German; the app locks; Face ID unlocks
        await phone.send { _ in .localeChanged(locale: "de") }
        #expect(phone.model.view.labels.scanQr == de["label-scan-qr"],
                "the core speaks German now")
        await phone.send { .lock(nowMs: $0) }
        #expect(phone.unlock != nil)
        let before = phone.keys.shownPrompts.get.count
        await phone.send { .unlock(.unlockWithDeviceKey(nowMs: $0)) }
        #expect(phone.list != nil, "unlocked with the device key: \(phone.screen)")
        let shown = phone.keys.shownPrompts.get
        try #require(shown.count == before + 1, "one prompt for the unlock")
        let unlock = shown[before]
        #expect(unlock.kind == .unwrap)
        #expect(unlock.words.title == de["device-key-unlock-title"])
        #expect(unlock.words.reason == de["device-key-unlock-reason"])
        #expect(unlock.words.cancel == de["device-key-use-password"])
        #expect(unlock.words.reason != en["device-key-unlock-reason"])

        // ---- turned off and on again in the settings: the enrol prompt, in German
        await phone.send { .settings(.setDeviceKey(enabled: false, nowMs: $0)) }
        await phone.send { .settings(.setDeviceKey(enabled: true, nowMs: $0)) }
        let again = try #require(phone.keys.shownPrompts.get.last)
        #expect(phone.keys.shownPrompts.get.count == before + 2)
        #expect(again.kind == .wrap)
        #expect(again.words.title == de("device-key-enrol-title", "label", label))
        #expect(again.words.reason == de["device-key-enrol-reason"])
        #expect(again.words.cancel == de["label-cancel"])
        #expect(phone.model.refusal == nil)
    }
}
