// No secret in a printed record: every record, enum and error of the Swift bindings is built
// with a marker secret in every SensitiveText and Data field, and printed the ways Swift prints
// (String(describing:), String(reflecting:), dump): the marker must not appear. Each value's
// fields are then walked with Mirror: a String, [String] or Data field named like a secret, PIN,
// password or key fails, because Swift prints every stored field. The list of types built is
// checked against the generated MotpCore.swift, so a record added in Rust fails this test until
// it is built here. Errors' localizedDescription is the readable sentence.
import Foundation
import MotpCore

func check(_ cond: Bool, _ msg: @autoclosure () -> String) {
    if !cond { fputs("FAIL: \(msg())\n", stderr); exit(1) }
}

let marker = "5ecr3t5ecr3t5ecr3t"
let hidden = SensitiveText(text: marker)
let markerData = Data(marker.utf8)


// The app core's records: a real job and outcome from a core starting up (only Rust makes them).
let coreDir = FileManager.default.temporaryDirectory.appendingPathComponent("motp-printing-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: coreDir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: coreDir) }
let settings = defaultAppSettings()
let coreConfig = AppCoreConfig(vaultPath: coreDir.appendingPathComponent("v.motp").path, locale: "en",
                               deviceKey: DeviceKeyInfo(protectorId: "text", label: "text"), settings: settings,
                               kdf: .insecureFastForTests, timeServer: defaultTimeServer())
let sampleCore = AppCore(config: coreConfig)
var sampleJob: AppJob!
for fx in try sampleCore.dispatch(event: .started(nowMs: 0)) { if case .runJob(let j) = fx { sampleJob = j } }
let sampleOutcome = try sampleJob.run()
let hiddenBytes = SensitiveBytes(bytes: markerData)
let labels = sampleCore.view().labels
let devicePrompt = DeviceKeyPrompt(title: "text", reason: "text", cancel: "text")
let fieldError = FieldError(field: .secret, code: "text", text: "text")
let qrImage = QrImage(size: 1, modules: hiddenBytes)
let iconImage = IconImage(path: "text", format: .svg)
let rowIcon = RowIcon(initials: "AB", image: iconImage)
let tokenRow = TokenRow(id: "text", issuer: "text", account: "text", kind: .motp, periodSeconds: 10, nextCodeLabel: "text", unsupported: "text", group: "text", favourite: true, iconKey: "text", icon: rowIcon, code: "6ed 4e4",
                        maskedCode: "••• •••", pinPrompt: "text", secondsLeft: 1, secondsLeftText: "text", progress: 0.5, nextChangeMs: 0, useWithin: "text", upcoming: "text", typoWarning: "text", copyLabel: "text")
let sortChoice = SortChoice(sort: .lastUsed, label: "text")
let undoView = UndoView(text: "text", tokenId: "text", untilMs: 0)
let listView = ListView(title: "text", rows: [tokenRow], groups: ["text"], selectedGroup: "text", search: "text", emptyText: "text", backupReminder: "text", offerDeviceKeyEnrolment: "text",
                        sort: .name, sortChoices: [sortChoice], reorder: true, undo: undoView, trashLink: "text", syncing: true, passwordChanged: "text")
let trashRow = TrashRow(id: "text", issuer: "text", account: "text", purgeText: "text")
let trashView = TrashView(title: "text", explanation: "text", rows: [trashRow], emptyText: "text", error: fieldError)
let joinView = JoinView(title: "text", explanation: "text", urlLabel: "text", urlPlaceholder: "text", userLabel: "text", serverPasswordLabel: "text",
                        vaultPasswordLabel: "text", joinLabel: "text", joining: true)
let firstRun = FirstRunView(title: "text", explanation: "text", passwordLabel: "text", confirmationLabel: "text", strength: .fair, strengthText: "text",
                            deviceKeyAvailable: true, deviceKeyLabel: "text", createLabel: "text", join: joinView, error: fieldError)
let unlockMethod = UnlockMethod(kind: .deviceKey, label: "text")
let unlockView = UnlockView(title: "text", methods: [unlockMethod], waitingForDeviceKey: true, deviceKeyInvalidated: true, hint: "text",
                            passwordLabel: "text", unlockLabel: "text", error: fieldError)
let addPreview = AddPreview(kind: .totp, kindText: "text", issuer: "text", account: "text", secretChars: 16, warnings: ["text"], pinInUri: true)
let duplicateView = DuplicateView(tokenId: "text", name: "text", reason: "text")
let generated = GeneratedSecretView(grouped: hidden, qr: qrImage, instructions: "text")
let exportScan = ExportScanView(progress: "text", scanned: 1, total: 3, otherExport: "text", importLabel: "text")
let addView = AddView(title: "text", step: .duplicate, cameraOn: true, preview: addPreview, generated: generated, pinPolicy: .remember,
                      pinPolicyLabels: ["text"], duplicates: [duplicateView], addAnywayLabel: "text", error: fieldError, exportScan: exportScan)
let revealed = RevealedSecret(grouped: hidden, qr: qrImage)
let versionView = VersionView(versionId: "text", text: "text")
let detailView = DetailView(history: [versionView], restoreLabel: "text", tokenId: "text", issuer: "text", account: "text", note: "text", group: "text", favourite: true, iconKey: "text",
                            pinPolicy: .askWithTypoGuard, pinPolicyText: "text", toleranceSeconds: 30, secretChars: 16, secretWarnings: ["text"],
                            checkCode: "a1b 2c3", revealed: revealed, confirmDelete: "text", error: fieldError)
let importEntryView = ImportEntryView(name: "text", status: .skipped, statusText: "text", hasPin: true, detail: "text")
let importPreview = ImportPreviewView(fileName: "text", format: "text", needsPassword: true, tokens: 1, withPin: 1, duplicates: 1, skipped: 1,
                                      summary: "text", entries: [importEntryView], error: fieldError)
let exportOption = ExportOption(format: .aegis, label: "text", warning: "text")
let googleExport = GoogleExportView(instructions: "text", warning: "text", qr: qrImage, progress: "text", page: 0, pages: 2, leftOut: "text",
                                    nothing: "text", previousLabel: "text", nextLabel: "text", doneLabel: "text")
let backupVersion = BackupVersionView(fileName: "text", text: "text", readable: true)
let backupsView = BackupsView(title: "text", exportFormats: [exportOption], lastBackup: "text", reminder: "text", backupFolder: "text",
                              importPreview: importPreview, importReport: importPreview, error: fieldError, googleExport: googleExport,
                              showVersionsLabel: "text", versions: [backupVersion], mergeVersionLabel: "text", restoreVersionLabel: "text",
                              confirmRestore: "text")
let clockView = ClockView(verdict: .drifting, summary: "text", advice: "text", source: "text", suggestedCorrectionSeconds: 1, canApply: true)
let doctorStepView = DoctorStepView(kind: .secret, title: "text", status: .problem, text: "text", detail: "text", fix: "text")
let doctorView = DoctorView(tokenId: "text", steps: [doctorStepView], cause: .secret, verdict: "text", detail: "text", fix: "text")
let tokenChoice = TokenChoice(id: "text", name: "text")
let checkCodeView = CheckCodeView(tokenId: "text", code: "a1b 2c3", instructions: "text")
let troubleView = TroubleshootingView(title: "text", storedCorrectionSeconds: 1, storedCorrectionText: "text", clock: clockView, doctor: doctorView,
                                      checkCode: checkCodeView, tokens: [tokenChoice], error: fieldError)
let syncView = SyncView(title: "text", explanation: "text", linked: true, url: "text", user: "text", urlLabel: "text", urlPlaceholder: "text",
                        userLabel: "text", passwordLabel: "text", setUpLabel: "text", syncNowLabel: "text", turnOffLabel: "text", running: true,
                        lastResult: "text", passwordChanged: "text", newPasswordLabel: "text", adoptPasswordLabel: "text")
let httpCall = HttpCall(method: "PUT", url: "text", headers: [HttpHeader(name: "If-Match", value: "text")], authorization: hidden, body: hiddenBytes,
                        delayMs: 1, timeoutMs: 1, maxBodyBytes: 1)
let settingsView = SettingsView(title: "text", lockAfterBackgroundMinutes: 5, lockAfterInactivityMinutes: 10, clipboardClearSeconds: 30, hideCodes: true,
                                deviceKeyAvailable: true, deviceKeyEnabled: true, deviceKeyNeedsEnrolment: true,
                                lockAfterBackgroundLabel: "text", lockAfterInactivityLabel: "text", clipboardClearLabel: "text", deviceKeyLabel: "text", iconPack: "text",
                                sync: syncView, error: fieldError)
let screens: [Screen] = [.starting, .firstRun(view: firstRun), .unlock(view: unlockView), .list(view: listView), .add(view: addView),
                         .detail(view: detailView), .backups(view: backupsView), .troubleshooting(view: troubleView), .settings(view: settingsView), .trash(view: trashView)]
let edit = TokenEditInput(issuer: "text", account: "text", note: "text", group: "text", favourite: true, iconKey: "text", pinPolicy: .remember,
                          pin: hidden, toleranceSeconds: 30)
let events: [AppEvent] = [
    .started(nowMs: 0), .localeChanged(locale: "de"), .wentToBackground(nowMs: 0), .cameToForeground(nowMs: 0), .tick(nowMs: 0), .lock(nowMs: 0),
    .navigate(to: .detail(tokenId: "text"), nowMs: 0), .back(nowMs: 0), .dismissNotice, .firstRun(.firstRunPasswordChanged(password: hidden)),
    .firstRun(.createVault(password: hidden, confirmation: hidden, useDeviceKey: true, nowMs: 0)), .unlock(.unlockWithPassword(password: hidden, nowMs: 0)),
    .unlock(.unlockWithDeviceKey(nowMs: 0)), .deviceKeyUnwrapped(request: 1, key: hiddenBytes, nowMs: 0), .deviceKeyWrapped(request: 1, wrapped: Data([1]), nowMs: 0),
    .deviceKeyCancelled(request: 1, nowMs: 0), .deviceKeyInvalidated(request: 1, nowMs: 0), .deviceKeyFailed(request: 1, reason: "text", nowMs: 0),
    .list(.searchChanged(query: "text", nowMs: 0)), .list(.groupSelected(group: "text", nowMs: 0)), .list(.pinEntered(tokenId: "text", pin: hidden, nowMs: 0)),
    .list(.copyCode(tokenId: "text", nowMs: 0)), .list(.nextHotpCode(tokenId: "text", nowMs: 0)), .list(.moveToken(tokenId: "text", toIndex: 1, nowMs: 0)),
    .list(.sortChosen(sort: .issuer, nowMs: 0)), .list(.revealCode(tokenId: "text", nowMs: 0)), .list(.deleteToken(tokenId: "text", nowMs: 0)),
    .list(.undoDelete(nowMs: 0)), .list(.dismissUndo), .list(.refresh(nowMs: 0)),
    .httpAnswered(request: 1, status: 200, etag: "text", body: hiddenBytes, nowMs: 0),
    .httpFailed(request: 1, failure: .certificate, detail: "text", nowMs: 0),
    .settings(.setUpSync(url: "text", user: "text", password: hidden, nowMs: 0)), .settings(.syncNow(nowMs: 0)), .settings(.turnOffSync(nowMs: 0)),
    .settings(.adoptNewPassword(password: hidden, nowMs: 0)),
    .firstRun(.joinSync(url: "text", user: "text", serverPassword: hidden, vaultPassword: hidden, nowMs: 0)), .trash(.restore(tokenId: "text", nowMs: 0)), .trash(.deleteForGood(tokenId: "text", nowMs: 0)),
    .settings(.setHideCodes(hide: true, nowMs: 0)), .add(.scanQr(nowMs: 0)), .add(.stopScanning(nowMs: 0)), .add(.importScannedCodes(nowMs: 0)),
    .add(.pictureChosen(luma: hiddenBytes, width: 1, height: 1, rowStride: 1, nowMs: 0)),
    .add(.cameraFrame(luma: hiddenBytes, width: 1, height: 1, rowStride: 1, nowMs: 0)), .add(.cameraUnavailable(problem: .permissionDenied, nowMs: 0)), .add(.uriPasted(uri: hidden, nowMs: 0)),
    .add(.manualEntry(issuer: "text", account: "text", secret: hidden, nowMs: 0)), .add(.generateSecret(issuer: "text", account: "text", long: true, nowMs: 0)),
    .add(.previewAccepted(nowMs: 0)), .add(.pinPolicyChosen(policy: .askWithTypoGuard, pin: hidden, keepUriPin: true, nowMs: 0)), .add(.confirmAdd(nowMs: 0)),
    .add(.addAnyway(nowMs: 0)), .detail(.saveEdit(tokenId: "text", edit: edit, nowMs: 0)), .detail(.revealSecret(tokenId: "text", password: hidden, nowMs: 0)), .detail(.hideSecret),
    .detail(.deleteToken(tokenId: "text", nowMs: 0)), .detail(.confirmDelete(tokenId: "text", nowMs: 0)), .detail(.cancelDelete),
    .detail(.restoreVersion(tokenId: "text", versionId: "text", nowMs: 0)),
    .backups(.export(format: .motpBackup, password: hidden, nowMs: 0)), .backups(.chooseImportFile(nowMs: 0)),
    .fileOpened(request: 1, name: "text", bytes: hiddenBytes, nowMs: 0), .fileSaved(request: 1, nowMs: 0), .fileFailed(request: 1, reason: "text", nowMs: 0),
    .backups(.showBackupVersions(nowMs: 0)), .backups(.mergeBackupVersion(fileName: "text", nowMs: 0)),
    .backups(.restoreBackupVersion(fileName: "text", nowMs: 0)), .backups(.confirmRestoreVersion(nowMs: 0)), .backups(.cancelRestoreVersion),
    .folderListed(request: 1, listing: FolderListing(fileNames: ["text"]), nowMs: 0),
    .backups(.importPassword(password: hidden, nowMs: 0)), .backups(.confirmImport(keepPins: true, nowMs: 0)), .backups(.closeImport), .backups(.showGoogleCode(page: 1)), .backups(.closeGoogleExport), .backups(.setBackupFolder(folder: "text", nowMs: 0)),
    .troubleshooting(.checkClock(nowMs: 0)), .networkTimeAnswered(request: 1, networkMs: 0, deviceMs: 0, uncertaintyMs: 1, source: "text"),
    .networkTimeUnavailable(request: 1, nowMs: 0), .troubleshooting(.applyClockCorrection(nowMs: 0)), .troubleshooting(.clearClockCorrection(nowMs: 0)),
    .troubleshooting(.runDoctor(tokenId: "text", pin: hidden, code: "6ed4e4", adminCheckCode: "a1b 2c3", nowMs: 0)), .troubleshooting(.showCheckCode(tokenId: "text", nowMs: 0)),
    .settings(.setAutoLock(backgroundMinutes: 1, inactivityMinutes: 1, nowMs: 0)), .settings(.setClipboardClear(seconds: 1, nowMs: 0)), .settings(.setDeviceKey(enabled: true, nowMs: 0)), .settings(.importIconPack(nowMs: 0)),
    .settings(.changePassword(currentPassword: hidden, newPassword: hidden, confirmation: hidden, nowMs: 0)), .jobFinished(outcome: sampleOutcome, nowMs: 0),
]
// The screens' own events, nested in AppEvent (`.add(.scanQr(…))`), as values of their own types.
let screenEvents: [Any] = events.compactMap { e in
    guard let child = Mirror(reflecting: e).children.first?.value else { return nil }
    return String(describing: type(of: child)).hasSuffix("Event") ? child : nil
}
let effects: [AppEffect] = [
    .scheduleTick(atMs: 0), .runJob(job: sampleJob), .unwrapWithDeviceKey(request: 1, protectorId: "text", wrapped: Data([1]), prompt: devicePrompt),
    .wrapWithDeviceKey(request: 1, protectorId: "text", key: hiddenBytes, prompt: devicePrompt), .deleteDeviceKey(protectorId: "text"), .startCamera, .stopCamera,
    .copyToClipboard(text: hidden, sensitive: true, clearAfterMs: 1), .saveFile(request: 1, suggestedName: "text", mimeType: "text", bytes: hiddenBytes),
    .saveToFolder(request: 1, folder: "text", fileName: "text", bytes: hiddenBytes), .openFile(request: 1, mimeTypes: ["text"]),
    .askNetworkTime(request: 1), .persistSettings(settings: settings), .haptic(kind: .warning), .announce(text: "text"),
    .sendHttp(request: 1, call: httpCall),
    .listFolder(request: 1, folder: "text"), .readFromFolder(request: 1, folder: "text", fileName: "text"),
    .deleteFromFolder(folder: "text", fileNames: ["text"]),
]

let samples: [Any] = [
    // the app core's
    coreConfig, settings, DeviceKeyInfo(protectorId: "text", label: "text"), AppView(screen: .list(view: listView),
        busy: BusyView(kind: .unlock, text: "text"), notice: Notice(kind: .error, code: "text", text: "text"), locale: "en", labels: labels),
    BusyView(kind: .save, text: "text"), Notice(kind: .info, code: "text", text: "text"), fieldError, firstRun, unlockMethod, unlockView, tokenRow,
    listView, addPreview, duplicateView, qrImage, generated, exportScan, addView, googleExport, revealed, detailView, importEntryView, importPreview, exportOption,
    backupsView, clockView, doctorStepView, doctorView, checkCodeView, tokenChoice, troubleView, settingsView, edit, labels, CameraProblem.noCamera, devicePrompt,
    AddStep.scanning, AppDestination.settings, AppJobKind.decodeFrame, HapticFeedback.success, ImportEntryStatus.new, InputField.passwordConfirmation,
    KdfCost.default, NoticeKind.warning, PasswordStrength.strong, PinPolicyOption.ask, TokenKindView.motp, UnlockMethodKind.password,
    ClockVerdictKind.fine, DoctorStepId.pin, DoctorStepStatus.ok, ExportFileFormat.uriList,
    TokenSort.manual, sortChoice, undoView, trashRow, trashView,
    iconImage, rowIcon, IconImageFormat.png,
    syncView, joinView, httpCall, versionView, backupVersion, FolderListing(fileNames: ["text"]), HttpFailure.unreachable, HttpHeader(name: "text", value: "text"),
    // errors
    AppCoreError.Locked(message: "text"),
] + screens + events + screenEvents + effects

// --- 1. printed three ways, no marker
for v in samples {
    var dumped = ""
    dump(v, to: &dumped)
    for text in [String(describing: v), String(reflecting: v), dumped] {
        check(!text.contains(marker), "\(type(of: v)) prints a secret: \(text)")
    }
}
check("\(hidden)" == "SensitiveText(<hidden>)" && String(reflecting: hidden) == "SensitiveText(<hidden>)", "SensitiveText prints \(hidden)")
check("\(hiddenBytes)" == "SensitiveBytes(<\(markerData.count) bytes hidden>)", "SensitiveBytes prints \(hiddenBytes)")
check(SensitiveText(text: "4711").charCount() == 4 && !SensitiveText(text: "4711").isEmpty(), "SensitiveText length")

// --- 2. no field that would print a secret as text
let secretName = try NSRegularExpression(pattern: "secret|pin|passw|passphrase|key|uri|luma|frame", options: .caseInsensitive)
let notSecret: Set<String> = ["secretLength", "secretWarnings", "pinPolicy", "pinPresent", "pinsDropped", "iconKey",
    // labels and prompts of the views, and the wrapped (encrypted) device key
    "pinPrompt", "pinPolicyText", "pinPolicyLabels", "passwordLabel", "deviceKeyLabel", "offerDeviceKeyEnrolment", "wrapped",
    // the sync's labels, and the sentence saying the vault password was changed elsewhere
    "serverPasswordLabel", "vaultPasswordLabel", "newPasswordLabel", "adoptPasswordLabel", "passwordChanged"]
func walk(_ value: Any, path: String) {
    // `Labels` holds only the localised words on the controls ("Password", "PIN", "Secret"): its
    // fields are named after the control they label, never a value typed into it.
    if value is Labels { return }
    for child in Mirror(reflecting: value).children {
        guard let label = child.label else { walk(child.value, path: path); continue }
        let name = path + "." + label
        let looksSecret = !notSecret.contains(label) &&
            secretName.firstMatch(in: label, range: NSRange(label.startIndex..., in: label)) != nil
        if looksSecret {
            let isText = child.value is String || child.value is String? || child.value is [String] || child.value is Data || child.value is Data?
            check(!isText, "\(name) would print a secret as text: use SensitiveText")
        }
        walk(child.value, path: name)
    }
}
for v in samples { walk(v, path: "\(type(of: v))") }

// --- 3. every record, enum and error of the generated module is among the samples
let source = try String(contentsOfFile: "../module-src/MotpCore.swift", encoding: .utf8)
let declaration = try NSRegularExpression(pattern: "^public (?:indirect )?(?:struct|enum) ([A-Za-z0-9_]+)|^enum ([A-Za-z0-9_]+): Swift\\.Error", options: .anchorsMatchLines)
var declared = Set<String>()
for m in declaration.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
    for i in 1...2 { if let r = Range(m.range(at: i), in: source) { declared.insert(String(source[r])) } }
}
declared = declared.filter { !$0.hasPrefix("FfiConverter") && !$0.hasPrefix("Uniffi") }
let built = Set(samples.map { String(describing: type(of: $0)) })
check(declared.count >= 35, "found only \(declared.count) types in MotpCore.swift")
check(declared.subtracting(built).isEmpty, "not built (add them to this test): \(declared.subtracting(built).sorted())")
// ...and every case of the events, effects and screens.
func caseName(_ v: Any) -> String { Mirror(reflecting: v).children.first?.label ?? "\(v)" }
let screenEventCases = Dictionary(grouping: screenEvents, by: { String(describing: type(of: $0)) }).map { ($0.key, $0.value.map(caseName)) }
check(screenEventCases.count == 9, "screen events built: \(screenEventCases.map(\.0).sorted())")
for (name, values) in [("AppEvent", events.map(caseName)), ("AppEffect", effects.map(caseName)), ("Screen", screens.map(caseName))] + screenEventCases {
    guard let start = source.range(of: "public enum \(name)") else { check(false, "\(name) not in MotpCore.swift"); exit(1) }
    let body = source[start.upperBound...]
    let block = String(body[..<(body.range(of: "\n}\n")?.lowerBound ?? body.endIndex)])
    let cases = try NSRegularExpression(pattern: "^    case ([a-zA-Z0-9_]+)", options: .anchorsMatchLines)
        .matches(in: block, range: NSRange(block.startIndex..., in: block)).compactMap { Range($0.range(at: 1), in: block).map { String(block[$0]) } }
    check(cases.count >= 2 && Set(cases).subtracting(values).isEmpty, "\(name) cases not built: \(Set(cases).subtracting(values).sorted())")
}

// --- 4. errors describe themselves with the sentence, not debug text: a real one, a job run twice
let e = AppCoreError.WrongPassword(message: "The password is wrong: type it again.")
check(e.localizedDescription == "The password is wrong: type it again." && "\(e)" == e.message, "\(e.localizedDescription)")
do { _ = try sampleJob.run(); check(false, "a job ran twice") }
catch let err as AppCoreError {
    guard case .NotAvailable = err else { check(false, "\(err)"); exit(1) }
    check(!err.localizedDescription.contains("AppCoreError") && !err.localizedDescription.contains("message:"), "debug text: \(err.localizedDescription)")
    check(err.localizedDescription == err.message && !err.message.isEmpty, err.localizedDescription)
}
print("printing.swift: \(samples.count) values of \(built.count) types printed, no secret shown")
