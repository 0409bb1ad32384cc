// Detail (edit, reveal, delete), backups (export, import), troubleshooting (clock, doctor) and
// settings: each draws its view and sends the events its controls stand for.
import MotpCore
import MotpKit
import SwiftUI

struct DetailScreen: View {
    let view: DetailView
    let l: Labels
    let model: AppModel
    @State private var issuer = ""
    @State private var account = ""
    @State private var note = ""
    @State private var group = ""
    @State private var favourite = false
    @State private var tolerance = ""
    @State private var password = ""

    var body: some View {
        Form {
            Section {
                TextField(l.issuer, text: $issuer)
                TextField(l.account, text: $account)
                FieldErrorText(error: view.error, field: .name)
                TextField(l.note, text: $note, axis: .vertical)
                FieldErrorText(error: view.error, field: .note)
                TextField(l.group, text: $group)
                FieldErrorText(error: view.error, field: .group)
                Toggle(l.favourite, isOn: $favourite)
                TextField(l.tolerance, text: $tolerance).keyboardType(.numberPad)
                Text(view.pinPolicyText)
                Button(l.save) {
                    let edit = TokenEditInput(issuer: issuer, account: account, note: note, group: group, favourite: favourite,
                                              iconKey: nil, pinPolicy: nil, pin: nil, toleranceSeconds: UInt32(tolerance))
                    model.send { .detail(.saveEdit(tokenId: view.tokenId, edit: edit, nowMs: $0)) }
                }
            }
            Section(l.checkCode) { Text(view.checkCode).font(.system(.body, design: .monospaced)) }
            // Where another device changed this token too: the version that lost, one tap to restore.
            if !view.history.isEmpty {
                Section {
                    ForEach(view.history, id: \.versionId) { version in
                        HStack {
                            Text(version.text).foregroundStyle(.orange)
                            Spacer()
                            Button(view.restoreLabel) {
                                model.send { .detail(.restoreVersion(tokenId: view.tokenId, versionId: version.versionId, nowMs: $0)) }
                            }.buttonStyle(.borderless)
                        }
                    }
                }
            }
            ForEach(view.secretWarnings, id: \.self) { Text($0).foregroundStyle(.orange) }
            Section {
                if let revealed = view.revealed {
                    Text(revealed.grouped.expose()).font(.system(.body, design: .monospaced))
                    QrCodeView(qr: revealed.qr)
                    Button(l.hideSecret) { model.send(.detail(.hideSecret)) }
                } else {
                    SecretField(label: l.password, text: $password)
                    FieldErrorText(error: view.error, field: .password)
                    Button(l.revealSecret) {
                        let p = SensitiveText(text: password)
                        password = ""
                        model.send { .detail(.revealSecret(tokenId: view.tokenId, password: p, nowMs: $0)) }
                    }
                }
            }
            Section {
                if let confirm = view.confirmDelete {
                    Text(confirm)
                    Button(l.delete, role: .destructive) { model.send { .detail(.confirmDelete(tokenId: view.tokenId, nowMs: $0)) } }
                    Button(l.cancel) { model.send(.detail(.cancelDelete)) }
                } else {
                    Button(l.delete, role: .destructive) { model.send { .detail(.deleteToken(tokenId: view.tokenId, nowMs: $0)) } }
                }
            }
            FieldErrorText(error: view.error, field: nil)
        }
        .navigationTitle(view.issuer ?? view.account)
        .toolbar { Button(l.back) { model.send { .back(nowMs: $0) } } }
        .onAppear {
            issuer = view.issuer ?? ""; account = view.account; note = view.note ?? ""; group = view.group ?? ""
            favourite = view.favourite; tolerance = String(view.toleranceSeconds)
        }
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
    let l: Labels
    let model: AppModel
    /// Shows the folder picker (FileDialogs); the choice comes back as SetBackupFolder.
    let chooseFolder: @MainActor () -> Void
    @State private var password = ""
    @State private var importPassword = ""
    @State private var keepPins = false

    var body: some View {
        Form {
            Section {
                Text(view.lastBackup)
                if let reminder = view.reminder { Text(reminder).foregroundStyle(.orange) }
                SecretField(label: l.exportPassword, text: $password)
                FieldErrorText(error: view.error, field: .password)
                ForEach(view.exportFormats, id: \.label) { option in
                    Button(option.label) {
                        let p = password.isEmpty ? nil : SensitiveText(text: password)
                        password = ""
                        model.send { .backups(.export(format: option.format, password: p, nowMs: $0)) }
                    }
                    if let warning = option.warning { Text(warning).font(.footnote).foregroundStyle(.orange) }
                }
                FieldErrorText(error: view.error, field: nil)
            }
            if let g = view.googleExport {
                // Google Authenticator's export: one QR code at a time, for the other phone.
                Section {
                    Text(g.instructions)
                    Text(g.warning).font(.footnote).foregroundStyle(.orange)
                    if let progress = g.progress { Text(progress).font(.headline) }
                    if let qr = g.qr { QrCodeView(qr: qr).frame(maxWidth: 320) }
                    if let nothing = g.nothing { Text(nothing) }
                    if let leftOut = g.leftOut { Text(leftOut).font(.footnote) }
                    HStack {
                        if let previous = g.previousLabel {
                            Button(previous) { model.send(.backups(.showGoogleCode(page: g.page - 1))) }
                        }
                        if let next = g.nextLabel {
                            Button(next) { model.send(.backups(.showGoogleCode(page: g.page + 1))) }
                        }
                    }
                    Button(g.doneLabel) { model.send(.backups(.closeGoogleExport)) }
                }
            }
            Section {
                // The folder for automatic backups, named as the Files app names it.
                if let folder = view.backupFolder.flatMap(FileDialogs.folderName) { Text(folder).font(.footnote) }
                Button(l.chooseBackupFolder, action: chooseFolder)
                // The automatic backups' versions: merge one in, or put the vault back as it held it.
                if let label = view.showVersionsLabel {
                    Button(label) { model.send { .backups(.showBackupVersions(nowMs: $0)) } }
                }
                if let question = view.confirmRestore {
                    Text(question).foregroundStyle(.red)
                    Button(view.restoreVersionLabel, role: .destructive) { model.send { .backups(.confirmRestoreVersion(nowMs: $0)) } }
                    Button(l.cancel) { model.send(.backups(.cancelRestoreVersion)) }
                }
                ForEach(view.versions ?? [], id: \.fileName) { version in
                    VStack(alignment: .leading) {
                        Text(version.text)
                        if version.readable {
                            HStack {
                                Button(view.mergeVersionLabel) { model.send { .backups(.mergeBackupVersion(fileName: version.fileName, nowMs: $0)) } }
                                    .buttonStyle(.borderless)
                                Button(view.restoreVersionLabel) { model.send { .backups(.restoreBackupVersion(fileName: version.fileName, nowMs: $0)) } }
                                    .buttonStyle(.borderless)
                            }
                        }
                    }
                }
            }
            Section {
                Button(l.importFile) { model.send { .backups(.chooseImportFile(nowMs: $0)) } }
                if let p = view.importReport ?? view.importPreview {
                    Text(p.fileName).font(.headline)
                    if let format = p.format { Text(format).font(.footnote) }
                    Text(p.summary)
                    ForEach(Array(p.entries.enumerated()), id: \.offset) { _, e in
                        VStack(alignment: .leading) {
                            Text(e.name)
                            Text(e.statusText).font(.footnote)
                            if let detail = e.detail { Text(detail).font(.footnote).foregroundStyle(.secondary) }
                        }
                    }
                    if view.importReport == nil && p.needsPassword {
                        SecretField(label: l.importPassword, text: $importPassword)
                        Button(l.openImport) {
                            let pw = SensitiveText(text: importPassword)
                            importPassword = ""
                            model.send { .backups(.importPassword(password: pw, nowMs: $0)) }
                        }
                    } else if view.importReport == nil {
                        // PINs stored in the backup are kept only if the user asks for it (off by
                        // default: those tokens then ask for the PIN each time).
                        if p.withPin > 0 { Toggle(l.keepPins, isOn: $keepPins) }
                        Button(l.confirmImport) {
                            let keep = keepPins && p.withPin > 0
                            keepPins = false
                            model.send { .backups(.confirmImport(keepPins: keep, nowMs: $0)) }
                        }
                        .disabled(p.tokens == 0)
                    }
                    FieldErrorText(error: p.error, field: nil)
                    Button(l.close) { model.send(.backups(.closeImport)) }
                }
            }
        }
        .navigationTitle(view.title)
        .toolbar { Button(l.back) { model.send { .back(nowMs: $0) } } }
    }
}

struct TroubleshootingScreen: View {
    let view: TroubleshootingView
    let l: Labels
    let model: AppModel
    /// The doctor's token: the user's pick while it is still listed, else the first one.
    @State private var picked: String?
    @State private var pin = ""
    @State private var code = ""
    @State private var adminCheckCode = ""

    private var tokenId: String? {
        picked.flatMap { id in view.tokens.contains { $0.id == id } ? id : nil } ?? view.tokens.first?.id
    }

    var body: some View {
        Form {
            Section {
                if let stored = view.storedCorrectionText { Text(stored) }
                Button(l.checkClock) { model.send { .troubleshooting(.checkClock(nowMs: $0)) } }
                if let clock = view.clock {
                    Text(clock.summary).font(.headline)
                    Text(clock.advice).font(.footnote)
                    Text(clock.source).font(.footnote).foregroundStyle(.secondary)
                    if clock.canApply { Button(l.applyCorrection) { model.send { .troubleshooting(.applyClockCorrection(nowMs: $0)) } } }
                }
                if view.storedCorrectionSeconds != 0 { Button(l.clearCorrection) { model.send { .troubleshooting(.clearClockCorrection(nowMs: $0)) } } }
            }
            if !view.tokens.isEmpty {
                Section {
                    Picker(l.doctorToken, selection: Binding(get: { tokenId }, set: { picked = $0 })) {
                        ForEach(view.tokens, id: \.id) { Text($0.name).tag(String?.some($0.id)) }
                    }
                    SecureField(l.doctorPin, text: $pin).keyboardType(.numberPad)
                    FieldErrorText(error: view.error, field: .pin)
                    TextField(l.doctorCode, text: $code).textInputAutocapitalization(.never).autocorrectionDisabled()
                    FieldErrorText(error: view.error, field: .code)
                    TextField(l.doctorAdminCheckCode, text: $adminCheckCode).textInputAutocapitalization(.never).autocorrectionDisabled()
                    FieldErrorText(error: view.error, field: .checkCode)
                    Button(l.runDoctor) {
                        guard let id = tokenId else { return }
                        let p = pin.isEmpty ? nil : SensitiveText(text: pin)
                        pin = ""
                        let c = code.isEmpty ? nil : code, a = adminCheckCode.isEmpty ? nil : adminCheckCode
                        model.send { .troubleshooting(.runDoctor(tokenId: id, pin: p, code: c, adminCheckCode: a, nowMs: $0)) }
                    }
                    Button(l.showCheckCode) {
                        guard let id = tokenId else { return }
                        model.send { .troubleshooting(.showCheckCode(tokenId: id, nowMs: $0)) }
                    }
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
        .toolbar { Button(l.back) { model.send { .back(nowMs: $0) } } }
    }
}

struct SettingsScreen: View {
    let view: SettingsView
    let l: Labels
    let model: AppModel
    @State private var current = ""
    @State private var new = ""
    @State private var confirmation = ""

    var body: some View {
        Form {
            Section {
                Stepper(value: Binding(get: { Int(view.lockAfterBackgroundMinutes) },
                                       set: { m in model.send { .settings(.setAutoLock(backgroundMinutes: UInt32(max(0, m)), inactivityMinutes: view.lockAfterInactivityMinutes, nowMs: $0)) } }),
                        in: 0...60) { Text(labelled(view.lockAfterBackgroundLabel, view.lockAfterBackgroundMinutes)) }
                Stepper(value: Binding(get: { Int(view.lockAfterInactivityMinutes) },
                                       set: { m in model.send { .settings(.setAutoLock(backgroundMinutes: view.lockAfterBackgroundMinutes, inactivityMinutes: UInt32(max(0, m)), nowMs: $0)) } }),
                        in: 0...60) { Text(labelled(view.lockAfterInactivityLabel, view.lockAfterInactivityMinutes)) }
                Stepper(value: Binding(get: { Int(view.clipboardClearSeconds) },
                                       set: { s in model.send { .settings(.setClipboardClear(seconds: UInt32(max(0, s)), nowMs: $0)) } }),
                        in: 0...300, step: 10) { Text(labelled(view.clipboardClearLabel, view.clipboardClearSeconds)) }
                Toggle(l.hideCodes, isOn: Binding(get: { view.hideCodes },
                                                  set: { on in model.send { .settings(.setHideCodes(hide: on, nowMs: $0)) } }))
                if view.deviceKeyAvailable {
                    Toggle(view.deviceKeyLabel, isOn: Binding(get: { view.deviceKeyEnabled },
                                                       set: { on in model.send { .settings(.setDeviceKey(enabled: on, nowMs: $0)) } }))
                }
            }
            Section(l.changePassword) {
                SecretField(label: l.currentPassword, text: $current)
                FieldErrorText(error: view.error, field: .currentPassword)
                SecretField(label: l.newPassword, text: $new)
                FieldErrorText(error: view.error, field: .password)
                SecretField(label: l.newPasswordConfirmation, text: $confirmation)
                FieldErrorText(error: view.error, field: .passwordConfirmation)
                Button(l.changePassword) {
                    let c = SensitiveText(text: current), n = SensitiveText(text: new), k = SensitiveText(text: confirmation)
                    current = ""; new = ""; confirmation = ""
                    model.send { .settings(.changePassword(currentPassword: c, newPassword: n, confirmation: k, nowMs: $0)) }
                }
            }
            // Icon pack: the installed one (or what importing one does), the import through the
            // system file importer (the core's OpenFile effect), a refused pack's sentence.
            Section {
                Text(view.iconPack)
                Button(l.importIconPack) { model.send { .settings(.importIconPack(nowMs: $0)) } }
                FieldErrorText(error: view.error, field: .file)
            }
            SyncSection(view: view.sync, error: view.error, model: model)
            FieldErrorText(error: view.error, field: nil)
        }
        .navigationTitle(view.title)
        .toolbar { Button(l.back) { model.send { .back(nowMs: $0) } } }
    }

    /// A setting's label from the core, followed by its value.
    private func labelled(_ name: String, _ value: UInt32) -> String { "\(name): \(value)" }
}

/// The trash: deleted tokens kept 30 days, with "Restore" and "Delete for good".
struct TrashScreen: View {
    let view: TrashView
    let l: Labels
    let model: AppModel

    var body: some View {
        List {
            Text(view.explanation).font(.footnote).foregroundStyle(.secondary)
            if let empty = view.emptyText { Text(empty).foregroundStyle(.secondary) }
            if let error = view.error { Text(error.text).foregroundStyle(.red) }
            ForEach(view.rows, id: \.id) { row in
                VStack(alignment: .leading, spacing: 4) {
                    Text([row.issuer, row.account].compactMap { $0 }.joined(separator: " · ")).font(.headline)
                    Text(row.purgeText).font(.footnote).foregroundStyle(.secondary)
                    HStack {
                        Button(l.restore) { model.send { .trash(.restore(tokenId: row.id, nowMs: $0)) } }.buttonStyle(.borderless)
                        Spacer()
                        Button(l.deleteForGood, role: .destructive) { model.send { .trash(.deleteForGood(tokenId: row.id, nowMs: $0)) } }
                            .buttonStyle(.borderless)
                    }
                }
            }
        }
        .navigationTitle(view.title)
    }
}

/// The sync with a WebDAV server: set up, or "Sync now", the last result, and turning it off.
struct SyncSection: View {
    let view: SyncView
    let error: FieldError?
    let model: AppModel
    @State private var url = ""
    @State private var user = ""
    @State private var serverPassword = ""
    @State private var newPassword = ""

    var body: some View {
        Section(view.title) {
            Text(view.explanation).font(.footnote)
            if let result = view.lastResult { Text(result) }
            if view.running { ProgressView() }
            if let changed = view.passwordChanged {
                Text(changed).foregroundStyle(.orange)
                SecretField(label: view.newPasswordLabel, text: $newPassword)
                FieldErrorText(error: error, field: .password)
                Button(view.adoptPasswordLabel) {
                    let p = SensitiveText(text: newPassword)
                    newPassword = ""
                    model.send { .settings(.adoptNewPassword(password: p, nowMs: $0)) }
                }
            }
            if view.linked {
                Text(view.url).font(.footnote)
                Button(view.syncNowLabel) { model.send { .settings(.syncNow(nowMs: $0)) } }.disabled(view.running)
                Button(view.turnOffLabel, role: .destructive) { model.send { .settings(.turnOffSync(nowMs: $0)) } }
            } else {
                TextField(view.urlLabel, text: $url, prompt: Text(view.urlPlaceholder))
                    .keyboardType(.URL).textInputAutocapitalization(.never).autocorrectionDisabled()
                FieldErrorText(error: error, field: .syncAddress)
                TextField(view.userLabel, text: $user).textInputAutocapitalization(.never).autocorrectionDisabled()
                SecretField(label: view.passwordLabel, text: $serverPassword)
                Button(view.setUpLabel) {
                    let p = SensitiveText(text: serverPassword)
                    serverPassword = ""
                    model.send { .settings(.setUpSync(url: url, user: user, password: p, nowMs: $0)) }
                }
            }
        }
    }
}
