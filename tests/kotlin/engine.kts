// The engine through the Kotlin bindings, on a plain JVM against the real library:
// every published vector, countdowns, secrets, PINs, URIs, verify, diagnose, errors.
import app.motp.core.*
import java.io.File

val root = System.getenv("MOTP_REPO_ROOT") ?: error("MOTP_REPO_ROOT is not set")
fun check(cond: Boolean, msg: () -> String) { if (!cond) throw AssertionError(msg()) }

// --- every published vector (tests/vectors/motp-public.json; sources named in the file)
val text = File("$root/tests/vectors/motp-public.json").readText()
val entry = Regex("""\{[^{}]*"secret":\s*"([^"]+)"[^{}]*"pin":\s*"([^"]+)"[^{}]*"counter":\s*(\d+)[^{}]*"code":\s*"([0-9a-f]{6})"[^{}]*\}""")
val vectors = entry.findAll(text).toList()
check(vectors.size >= 16) { "expected 16 vectors, found ${vectors.size}" }
for (m in vectors) {
    val (secret, pin, counter, code) = m.destructured
    val got = codeFor(secret, pin, counter.toLong() * 10_000L + 3_000L)
    check(got == code) { "vector counter=$counter: got $got, want $code" }
}
println("vectors: ${vectors.size} ok")

// --- countdown
val c = countdownAt(1_000_000_003_250L, 0L, 30u)
check(c.counter == 100_000_000uL) { "counter ${c.counter}" }
check(c.msToNext == 6_750L && c.secondsLeft == 7L && c.useWithinMs == 26_750L) { "$c" }
check(countdownAt(1_000_000_003_250L, -10L, 30u).counter == 99_999_999uL) { "correction" }
try { countdownAt(-1L, 0L, 30u); throw AssertionError("no error before 1970") }
catch (e: MotpException.InvalidTime) { check(e.message!!.contains("1970") && !e.message!!.contains("message=")) { "${e.message}" } }

// --- secrets and PINs
val s16 = generateSecret(16u); val s32 = generateSecret(32u)
check(s16.length == 16 && s32.length == 32 && s16.all { it in "0123456789abcdef" }) { "generated" }
check(checkSecret("0123456789abcdef").isEmpty()) { "clean secret has warnings" }
val kinds = checkSecret("0123456789ABCDEF0").map { it.kind }
check(kinds == listOf(SecretWarningKind.HAS_UPPERCASE, SecretWarningKind.UNUSUAL_LENGTH)) { "$kinds" }
try { generateSecret(20u); throw AssertionError("20 accepted") } catch (e: MotpException.InvalidInput) {}
try { checkSecret("   "); throw AssertionError("empty accepted") } catch (e: MotpException.InvalidInput) {}
checkPin("1234"); checkPin("1234567")
for (bad in listOf("123", "123456789", "12a4")) {
    try { checkPin(bad); throw AssertionError("PIN $bad accepted") } catch (e: MotpException.InvalidInput) {}
}

// --- provisioning URIs
val u = parseProvisioningUri("motp://privacyidea:alice?secret=0123456789abcdef&pin=1234")
check(u.issuer == "privacyidea" && u.account == "alice" && u.pinPresent && u.secretLength == 16u) { "$u" }
try { parseProvisioningUri("otpauth://steam/x?secret=JBSWY3DP"); throw AssertionError("steam accepted") }
catch (e: MotpException.NotMotp) { check(e.message!!.contains("Steam")) { "${e.message}" } }
val tu = parseProvisioningUri("otpauth://totp/ACME:bob?secret=jbswy3dpehpk3pxp&digits=8&algorithm=SHA256")
check(tu.kind == TokenKind.Totp(OtpAlgorithm.SHA256, 8u, 30u, 0L) && tu.issuer == "ACME" && tu.account == "bob") { "$tu" }
val hu = parseProvisioningUri("otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=7")
check(hu.kind == TokenKind.Hotp(OtpAlgorithm.SHA1, 6u, 7uL)) { "$hu" }
try { parseProvisioningUri("otpauth://totp/x?secret=JBSWY3DP&secret=KRSXG5A"); throw AssertionError("duplicate accepted") }
catch (e: MotpException.InvalidInput) { check(e.message!!.contains("secret= appears twice") && !e.message!!.contains("JBSW")) { "${e.message}" } }

// --- verify and diagnose (privacyIDEA vector: 502a59 is 10 steps after 1296121200)
val v = verifyCode("0123456789abcdef", "6666", "502a59", 1_296_121_200_000L, 18u)
check(v.accepted && v.offsetSteps == 10L && v.offsetSeconds == 100L) { "$v" }
check(!verifyCode("0123456789abcdef", "6666", "502a59", 1_296_121_200_000L, 5u).accepted) { "window" }
val d = diagnoseCode("0123456789abcdef", "6666", "502a59", 1_296_121_200_000L, 3600u, 5u)
check(d.cause == DiagnosisCause.CLOCK_DRIFT && d.offsetSeconds == 100L) { "$d" }
val case = diagnoseCode("0123456789ABCDEF", "6666", "6ed4e4", 1_296_121_200_000L, 3600u, 18u)
check(case.cause == DiagnosisCause.SECRET_CASE && case.secretVariant == SecretVariant.LOWERCASE) { "$case" }
try { verifyCode("0123456789abcdef", "6666", "12345", 0L, 18u); throw AssertionError("bad code accepted") }
catch (e: MotpException.InvalidInput) { check(!e.message!!.contains("0123456789abcdef")) { "secret leaked" } }

println("engine.kts: all checks passed")
