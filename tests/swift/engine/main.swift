// The engine through the Swift bindings, on Linux against the real library: every published
// vector, countdowns, secrets, PINs, URIs, verify, diagnose, errors as Swift Errors.
import Foundation
import MotpCore

func check(_ cond: Bool, _ msg: @autoclosure () -> String) {
    if !cond { fputs("FAIL: \(msg())\n", stderr); exit(1) }
}

// --- every published vector (tests/vectors/motp-public.json, staged beside the tests)
let url = URL(fileURLWithPath: "vectors/motp-public.json")
let data = try Data(contentsOf: url)
let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
let vectors = json["vectors"] as! [[String: Any]]
check(vectors.count >= 16, "expected 16 vectors, found \(vectors.count)")
for v in vectors {
    let counter = (v["counter"] as! NSNumber).int64Value
    let got = try codeFor(secret: v["secret"] as! String, pin: v["pin"] as! String,
                          unixMs: counter * 10_000 + 3_000)
    check(got == v["code"] as! String, "vector \(counter): got \(got)")
}
print("vectors: \(vectors.count) ok")

// --- countdown
let c = try countdownAt(unixMs: 1_000_000_003_250, clockCorrectionSeconds: 0, toleranceSeconds: 30)
check(c.counter == 100_000_000 && c.msToNext == 6_750 && c.secondsLeft == 7 && c.useWithinMs == 26_750, "\(c)")
do {
    _ = try countdownAt(unixMs: -1, clockCorrectionSeconds: 0, toleranceSeconds: 30)
    check(false, "no error before 1970")
} catch let e as MotpError {
    guard case .InvalidTime(let message) = e else { check(false, "\(e)"); exit(1) }
    check(message.contains("1970"), message)
    check(e.localizedDescription == message && "\(e)" == message, "readable description: \(e.localizedDescription)")
}

// --- secrets, PINs
let s32 = try generateSecret(length: 32)
check(s32.count == 32 && s32.allSatisfy { "0123456789abcdef".contains($0) }, "generated")
check(try checkSecret(secret: "0123456789abcdef").isEmpty, "clean secret has warnings")
check(try checkSecret(secret: "0123456789ABCDEF0").map { $0.kind } == [.hasUppercase, .unusualLength], "warnings")
try checkPin(pin: "1234567")
for bad in ["123", "123456789", "12a4"] {
    do { try checkPin(pin: bad); check(false, "PIN \(bad) accepted") } catch MotpError.InvalidInput { }
}

// --- URIs
let u = try parseProvisioningUri(uri: "otpauth://motp/Office:bob?secret=AAAAAAAAAAAAAAAA&issuer=Office")
check(u.issuer == "Office" && u.account == "bob" && !u.pinPresent, "\(u)")
do {
    _ = try parseProvisioningUri(uri: "otpauth-migration://offline?data=abc")
    check(false, "migration accepted")
} catch MotpError.NotMotp(let message) {
    check(message.contains("Google Authenticator"), message)
}

// --- verify, diagnose (privacyIDEA vector)
let ok = try verifyCode(secret: "0123456789abcdef", pin: "6666", code: "502a59", unixMs: 1_296_121_200_000, windowSteps: 18)
check(ok.accepted && ok.offsetSeconds == 100, "\(ok)")
let d = try diagnoseCode(secret: "0123456789abcdef", pin: "6666", code: "502a59",
                         unixMs: 1_296_121_200_000, spanSeconds: 3600, windowSteps: 5)
check(d.cause == .clockDrift && d.offsetSeconds == 100, "\(d)")
let n = try diagnoseCode(secret: "0123456789abcdef", pin: "1111", code: "6ed4e4",
                         unixMs: 1_296_121_200_000, spanSeconds: 600, windowSteps: 18)
check(n.cause == .noMatch && n.offsetSeconds == nil, "\(n)")

print("engine.swift: all checks passed")
