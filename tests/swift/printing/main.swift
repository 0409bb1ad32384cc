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

let warning = SecretWarningRecord(kind: .hasUppercase, message: "text")
let countdown = CountdownInfo(counter: 1, stepStartMs: 0, stepEndMs: 10_000, msToNext: 5_000, fractionElapsed: 0.5, secondsLeft: 5, useWithinMs: 25_000)
let secretCheck = SecretCheck(length: 16, isHex: true, letterCase: .lower, warnings: [warning], checkCode: "a1b 2c3")
let diagnosis = DiagnosisResult(cause: .clockDrift, offsetSeconds: 100, secretVariant: .asEntered, advice: "text")
let step = DoctorStep(id: .clock, status: .warning, message: "text", fix: "text")
let entry = ImportEntryRecord(name: "text", outcome: .duplicate(existingId: "text", reason: "text"), pin: .dropped)

let samples: [Any] = [
    // records
    ClockCheckResult(server: "text", address: "text", offsetMs: 1, uncertaintyMs: 1, stratum: 1, verdict: .drifting, suggestedCorrectionSeconds: 1, summary: "text", advice: "text"),
    countdown,
    diagnosis,
    DoctorInputs(pin: hidden, adminCheckCode: "a1b 2c3", otherCode: "6ed4e4", atUnixMs: 0, clockServer: "text", clockTimeoutMs: 1),
    DoctorResult(steps: [step], cause: .clock, summary: "text", fix: "text", secret: secretCheck, diagnosis: diagnosis),
    step,
    ExportResult(bytes: markerData, count: 1, skipped: [ExportSkip(name: "text", reason: "text")]),
    ExportSkip(name: "text", reason: "text"),
    entry,
    ImportResult(format: .aegis, encrypted: true, imported: 1, pinsDropped: 1, entries: [entry]),
    KdfSettings(memoryKib: 8, iterations: 1, parallelism: 1),
    NewTokenInput(issuer: "text", account: "text", secret: hidden, pin: .remember(pin: hidden), toleranceSeconds: 30, note: "text"),
    ParsedUri(kind: .motp, issuer: "text", account: "text", secretLength: 16, secretWarnings: [warning], pinPresent: true, labelIssuerIgnored: "text"),
    QrMatrixRecord(size: 1, modules: [true]),
    secretCheck,
    warning,
    SlotRecord(id: "text", kind: .platform, label: "text"),
    TokenCodeInfo(code: "6ed4e4", grouped: "6ed 4e4", countdown: countdown, typoGuard: .mismatch),
    TokenRecord(id: "text", kind: .motp, issuer: "text", account: "text", accountHasOuterSpaces: false, name: "text", pinPolicy: .ask, typoGuard: true, toleranceSeconds: 30, note: "text", order: 0, createdMs: 0, updatedMs: 0, lastUsedMs: 0, secretLength: 16, secretWarnings: [warning], group: "text", favourite: true, icon: "text"),
    VerifyResult(accepted: true, offsetSteps: 1, offsetSeconds: 10),
    // enums, every case that carries data
    PinChoice.ask, PinChoice.askWithTypoGuard(pin: hidden), PinChoice.remember(pin: hidden),
    ImportEntryOutcome.imported(id: "text"), ImportEntryOutcome.duplicate(existingId: "text", reason: "text"), ImportEntryOutcome.skipped(reason: "text"),
    CheckCodeComparison.exact, ClockVerdictKind.fine, DiagnosisCause.match, DoctorStepId.pin, DoctorStepStatus.ok,
    ExportFileFormat.uriList, ImportFileFormat.andOtp, ImportedPinKind.kept, LetterCaseKind.mixed, PinPolicyKind.remember,
    SecretVariant.uppercase, SecretWarningKind.weak, SlotKindRecord.password, TypoGuardStatus.notSet,
    TokenKind.totp(algorithm: .sha256, digits: 8, periodSeconds: 30, t0Seconds: 0),
    TokenKind.hotp(algorithm: .sha512, digits: 6, counter: 1), TokenKind.unsupported(name: "text"), OtpAlgorithm.sha1,
    // errors
    MotpError.WrongPassword(message: "text"), KeyProtectorError.Failed(reason: "text"),
]

// --- 1. printed three ways, no marker
for v in samples {
    var dumped = ""
    dump(v, to: &dumped)
    for text in [String(describing: v), String(reflecting: v), dumped] {
        check(!text.contains(marker), "\(type(of: v)) prints a secret: \(text)")
    }
}
check("\(hidden)" == "SensitiveText(<hidden>)" && String(reflecting: hidden) == "SensitiveText(<hidden>)", "SensitiveText prints \(hidden)")
check(SensitiveText(text: "4711").charCount() == 4 && !SensitiveText(text: "4711").isEmpty(), "SensitiveText length")

// --- 2. no field that would print a secret as text
let secretName = try NSRegularExpression(pattern: "secret|pin|passw|passphrase|key|uri|luma|frame", options: .caseInsensitive)
let notSecret: Set<String> = ["secretLength", "secretWarnings", "pinPolicy", "pinPresent", "pinsDropped", "iconKey"]
func walk(_ value: Any, path: String) {
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

// --- 4. errors describe themselves with the sentence, not debug text
let e = MotpError.WrongPassword(message: "The password is wrong: type it again.")
check(e.localizedDescription == "The password is wrong: type it again." && "\(e)" == e.message, "\(e.localizedDescription)")
do { _ = try TokenVault.open(path: "/nonexistent/motp/vault", password: "pw"); check(false, "opened a missing vault") }
catch let err as MotpError {
    check(!err.localizedDescription.contains("MotpError") && !err.localizedDescription.contains("message:"), "debug text: \(err.localizedDescription)")
    check(err.localizedDescription == err.message && !err.message.isEmpty, err.localizedDescription)
}
print("printing.swift: \(samples.count) values of \(built.count) types printed, no secret shown")
