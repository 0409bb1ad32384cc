// Detail (edit, reveal, delete), backups (export, import), troubleshooting (clock, doctor) and
// settings: each draws its view and sends the events its controls stand for.
import MotpCore
import MotpKit
import SwiftUI

struct DetailScreen: View {
    let view: DetailView
    let model: AppModel
    @State private var issuer = ""
    @State private var account = ""
    @State private var note = ""
    @State private var password = ""

    var body: some View {
        Form {
            Section {
                TextField("Issuer", text: $issuer)
                TextField("Account", text: $account)
                FieldErrorText(error: view.error, field: .name)
                TextField("Note", text: $note, axis: .vertical)
                Text(view.pinPolicyText)
                Button("Save") {
                    let edit = TokenEditInput(issuer: issuer, account: account, note: note, group: nil, favourite: nil,
                                              iconKey: nil, pinPolicy: nil, pin: nil, toleranceSeconds: nil)
                    model.send { .saveEdit(tokenId: view.tokenId, edit: edit, nowMs: $0) }
                }
            }
            Section { Text(view.checkCode).font(.system(.body, design: .monospaced)) }
            ForEach(view.secretWarnings, id: \.self) { Text($0).foregroundStyle(.orange) }
            Section {
                if let revealed = view.revealed {
                    Text(revealed.grouped.expose()).font(.system(.body, design: .monospaced)).textSelection(.enabled)
                    QrCodeView(qr: revealed.qr)
                    Button("Hide") { model.send(.hideSecret) }
                } else {
                    SecretField(label: "Password", text: $password)
                    FieldErrorText(error: view.error, field: .password)
                    Button("Show secret and QR code") {
                        let p = SensitiveText(text: password)
                        password = ""
                        model.send { .revealSecret(tokenId: view.tokenId, password: p, nowMs: $0) }
                    }
                }
            }
            Section {
                if let confirm = view.confirmDelete {
                    Text(confirm)
                    Button("Delete", role: .destructive) { model.send { .confirmDelete(tokenId: view.tokenId, nowMs: $0) } }
                    Button("Cancel") { model.send(.cancelDelete) }
                } else {
                    Button("Delete", role: .destructive) { model.send { .deleteToken(tokenId: view.tokenId, nowMs: $0) } }
                }
            }
        }
        .navigationTitle(view.issuer ?? view.account)
        .toolbar { Button("Back") { model.send { .back(nowMs: $0) } } }
        .onAppear { issuer = view.issuer ?? ""; account = view.account; note = view.note ?? "" }
    }
}

/// A QR code's modules drawn as squares (to move a token to another phone).
struct QrCodeView: View {
    let qr: QrImage
    var body: some View {
        Canvas { context, size in
            let n = Int(qr.size), modules = [UInt8](qr.modules.expose())
            let cell = min(size.width, size.height) / CGFloat(n + 8)
            for y in 0..<n { for x in 0..<n where modules[y * n + x] != 0 {
                context.fill(Path(CGRect(x: CGFloat(x + 4) * cell, y: CGFloat(y + 4) * cell, width: cell, height: cell)), with: .color(.black))
            } }
        }
        .aspectRatio(1, contentMode: .fit)
        .background(.white)
    }
}

struct BackupsScreen: View {
    let view: BackupsView
    let model: AppModel
    @State private var password = ""
    @State private var keepPins = false

    var body: some View {
        Form {
            Section {
                Text(view.lastBackup)
                if let reminder = view.reminder { Text(reminder).foregroundStyle(.orange) }
                SecretField(label: "Backup password", text: $password)
                FieldErrorText(error: view.error, field: .password)
                ForEach(view.exportFormats, id: \.label) { option in
                    Button(option.label) {
                        let p = password.isEmpty ? nil : SensitiveText(text: password)
                        password = ""
                        model.send { .export(format: option.format, password: p, nowMs: $0) }
                    }
                    if let warning = option.warning { Text(warning).font(.footnote).foregroundStyle(.orange) }
                }
            }
            Section {
                Button("Import a backup") { model.send { .chooseImportFile(nowMs: $0) } }
                if let preview = view.importPreview {
                    Text(preview.summary)
                    if preview.needsPassword {
                        SecretField(label: "Backup password", text: $password)
                        Button("Open") {
                            let p = SensitiveText(text: password)
                            password = ""
                            model.send { .importPassword(password: p, nowMs: $0) }
                        }
                    } else {
                        Toggle("Keep PINs", isOn: $keepPins)
                        Button("Import") { model.send { .confirmImport(keepPins: keepPins, nowMs: $0) } }
                    }
                    FieldErrorText(error: preview.error, field: nil)
                    Button("Cancel") { model.send(.closeImport) }
                }
                if let report = view.importReport { Text(report.summary) }
            }
        }
        .navigationTitle(view.title)
        .toolbar { Button("Back") { model.send { .back(nowMs: $0) } } }
    }
}

struct TroubleshootingScreen: View {
    let view: TroubleshootingView
    let model: AppModel

    var body: some View {
        Form {
            Section {
                if let stored = view.storedCorrectionText { Text(stored) }
                Button("Check the clock") { model.send { .checkClock(nowMs: $0) } }
                if let clock = view.clock {
                    Text(clock.summary)
                    Text(clock.advice).font(.footnote)
                    if clock.canApply { Button("Apply the correction") { model.send { .applyClockCorrection(nowMs: $0) } } }
                }
            }
            if let doctor = view.doctor {
                Section {
                    Text(doctor.verdict).font(.headline)
                    ForEach(doctor.steps, id: \.title) { step in
                        VStack(alignment: .leading) {
                            Text(step.title).font(.subheadline)
                            Text(step.text).font(.footnote)
                            if let fix = step.fix { Text(fix).font(.footnote).foregroundStyle(.orange) }
                        }
                    }
                    Text(doctor.fix)
                }
            }
            if let check = view.checkCode {
                Section { Text(check.code).font(.system(.title2, design: .monospaced)); Text(check.instructions).font(.footnote) }
            }
            FieldErrorText(error: view.error, field: nil)
        }
        .navigationTitle(view.title)
        .toolbar { Button("Back") { model.send { .back(nowMs: $0) } } }
    }
}

struct SettingsScreen: View {
    let view: SettingsView
    let model: AppModel

    var body: some View {
        Form {
            Stepper(value: Binding(get: { Int(view.lockAfterBackgroundMinutes) },
                                   set: { m in model.send { .setAutoLock(backgroundMinutes: UInt32(max(0, m)), inactivityMinutes: view.lockAfterInactivityMinutes, nowMs: $0) } }),
                    in: 0...60) { Text(label(0, "\(view.lockAfterBackgroundMinutes)")) }
            Stepper(value: Binding(get: { Int(view.lockAfterInactivityMinutes) },
                                   set: { m in model.send { .setAutoLock(backgroundMinutes: view.lockAfterBackgroundMinutes, inactivityMinutes: UInt32(max(0, m)), nowMs: $0) } }),
                    in: 0...60) { Text(label(1, "\(view.lockAfterInactivityMinutes)")) }
            Stepper(value: Binding(get: { Int(view.clipboardClearSeconds) },
                                   set: { s in model.send { .setClipboardClear(seconds: UInt32(max(0, s)), nowMs: $0) } }),
                    in: 0...300, step: 10) { Text(label(2, "\(view.clipboardClearSeconds)")) }
            if view.deviceKeyAvailable {
                Toggle(label(3, ""), isOn: Binding(get: { view.deviceKeyEnabled },
                                                   set: { on in model.send { .setDeviceKey(enabled: on, nowMs: $0) } }))
            }
            FieldErrorText(error: view.error, field: nil)
        }
        .navigationTitle(view.title)
        .toolbar { Button("Back") { model.send { .back(nowMs: $0) } } }
    }

    /// The core's label for setting `i`, followed by its value.
    private func label(_ i: Int, _ value: String) -> String {
        (i < view.labels.count ? view.labels[i] : "") + (value.isEmpty ? "" : ": \(value)")
    }
}
