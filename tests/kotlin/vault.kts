// TokenVault through the Kotlin bindings, on a plain JVM against the real library:
// a vault protected by a KeyProtector written in Kotlin (javax.crypto AES-GCM), tokens from
// motp:// URIs, published vectors, countdowns, wrong passwords, diagnose, an Aegis import from
// ../shared/fixtures, codes from many threads at once, and 100k create/close cycles without a leak.
import app.motp.core.*
import java.io.File
import java.nio.file.Files
import java.security.SecureRandom
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

val root = System.getenv("MOTP_REPO_ROOT") ?: error("MOTP_REPO_ROOT is not set")
fun check(cond: Boolean, msg: () -> String) { if (!cond) throw AssertionError(msg()) }
inline fun <reified E : Throwable> expect(what: String, block: () -> Unit): E {
    try { block() } catch (e: Throwable) {
        if (e is E) return e
        throw AssertionError("$what: expected ${E::class.simpleName}, got $e")
    }
    throw AssertionError("$what: expected ${E::class.simpleName}, got no exception")
}

/// The platform key store as an Android app would write it, with the JVM's AES-GCM.
class JvmKeyProtector(private val key: SecretKey, private val name: String = "jvm-test:aes-gcm") : KeyProtector {
    val calls = AtomicInteger()
    override fun id() = name
    override fun label() = "JVM test key (AES-256-GCM)"
    override fun wrap(key: ByteArray): ByteArray {
        calls.incrementAndGet()
        val iv = ByteArray(12).also { SecureRandom().nextBytes(it) }
        val c = Cipher.getInstance("AES/GCM/NoPadding")
        c.init(Cipher.ENCRYPT_MODE, this.key, GCMParameterSpec(128, iv))
        return iv + c.doFinal(key)
    }
    override fun unwrap(wrapped: ByteArray): ByteArray {
        calls.incrementAndGet()
        if (wrapped.size < 12 + 16) throw KeyProtectorException.Failed("wrapped key too short")
        val c = Cipher.getInstance("AES/GCM/NoPadding")
        c.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(128, wrapped, 0, 12))
        try { return c.doFinal(wrapped, 12, wrapped.size - 12) }
        catch (e: AEADBadTagException) { throw KeyProtectorException.Failed("this device key did not wrap the vault key") }
    }
}
fun aesKey(): SecretKey = KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()

val dir = Files.createTempDirectory("motp-kotlin").toFile()
val cheap = KdfSettings(memoryKib = 8u, iterations = 1u, parallelism = 1u)

// --- a vault created with a Kotlin key store, then a password added
val keystore = JvmKeyProtector(aesKey())
val path = File(dir, "tokens.motp").path
val vault = TokenVault.createWithProtector(path, keystore)
check(keystore.calls.get() >= 1) { "Rust never called the Kotlin key store" }
val alice = vault.addFromUri("motp://privacyidea:alice?secret=0123456789abcdef", PinChoice.Ask, false)
val bob = vault.addFromUri("motp://Corp%20VPN:bob?secret=e3152afee62599c8&pin=1234", PinChoice.Ask, true)
val tokens = vault.list()
check(tokens.map { it.account } == listOf("alice", "bob")) { "${tokens.map { it.account }}" }
check(tokens[0].issuer == "privacyidea" && tokens[1].issuer == "Corp VPN") { "issuers" }
check(tokens[1].pinPolicy == PinPolicyKind.REMEMBER && tokens[0].pinPolicy == PinPolicyKind.ASK) { "pin policies" }
check(tokens.none { it.toString().contains("0123456789abcdef") }) { "a record shows the secret" }

// Published vectors through stored tokens: privacyIDEA (otpn900) and Aegis (MOTPTest.java).
val c1 = vault.codeAt(alice, "6666", 1_296_121_200_000L + 3_250L)
check(c1.code == "6ed4e4" && c1.grouped == "6ed 4e4") { "privacyIDEA vector: $c1" }
check(c1.countdown.counter == 129_612_120uL && c1.countdown.msToNext == 6_750L && c1.countdown.secondsLeft == 7L) { "${c1.countdown}" }
check(c1.countdown.useWithinMs == 26_750L && c1.typoGuard == TypoGuardStatus.NOT_SET) { "$c1" }
check(vault.codeAt(bob, null, 165_892_298_000L).code == "e7d8b6") { "Aegis vector with the kept URI PIN" }
check(vault.codeAt(bob, null, 123_456_789_000L).code == "4ebfb2") { "Aegis vector 2" }
expect<MotpException.PinRequired>("code without PIN") { vault.codeAt(alice, null, 0L) }
// A handle on one token gives the same codes without passing the id each time.
val aliceToken = vault.token(alice)
check(aliceToken.codeAt("6666", 1_296_121_200_000L + 3_250L) == c1 && aliceToken.record().account == "alice") { "handle" }
expect<MotpException.NotFound>("handle on a missing token") { vault.token("00000000-0000-4000-8000-000000000000") }
aliceToken.session("6666").use { s -> check(s.codeAt(1_296_121_200_000L + 3_250L) == c1) { "session code" } }
expect<MotpException.PinRequired>("session without the PIN the token asks for") { aliceToken.session(null) }
check(vault.revealSecret(alice) == "0123456789abcdef") { "reveal" }

// Typo guard: a token asking for its PIN with a guard.
val carol = vault.add(NewTokenInput(null, "carol", SensitiveText("7ac61d4736f51a2b"), PinChoice.AskWithTypoGuard(SensitiveText("5555")), null, null))
check(vault.codeAt(carol, "5555", 1_000_000_000_000L).code == "4af383") { "Stratum vector" }
check(vault.checkPin(carol, "5555") == TypoGuardStatus.OK) { "guard ok" }
val guarded = (0..9999).map { "%04d".format(it) }.count { vault.checkPin(carol, it) == TypoGuardStatus.MISMATCH }
check(guarded in 9000..9999) { "guard caught $guarded of 10000 PINs (expected ~15/16)" }

// Clock correction is applied to codes and kept.
vault.setClockCorrection(-10L)
check(vault.codeAt(alice, "6666", 1_296_121_310_000L + 3_000L).code == "502a59") { "correction applied" }
vault.setClockCorrection(0L)
vault.changePassword("correct horse battery staple")
check(vault.slots().map { it.kind }.sorted() == listOf(SlotKindRecord.PASSWORD, SlotKindRecord.PLATFORM)) { "${vault.slots()}" }
vault.close()

// --- reopen with the Kotlin key store, with the password, and with wrong ones
TokenVault.openWithProtector(path, keystore).use { v -> check(v.list().size == 3) { "reopened with key store" } }
TokenVault.open(path, "correct horse battery staple").use { v -> check(v.openWarning() == null && v.list().size == 3) { "reopened with password" } }
expect<MotpException.WrongPassword>("wrong password") { TokenVault.open(path, "wrong") }
expect<MotpException.KeyStore>("foreign device key") { TokenVault.openWithProtector(path, JvmKeyProtector(aesKey())) }
expect<MotpException.Storage>("missing file") { TokenVault.open(File(dir, "nope.motp").path, "x") }
File(dir, "garbage.motp").writeText("{ this is not a vault")
expect<MotpException.Damaged>("garbage") { TokenVault.open(File(dir, "garbage.motp").path, "x") }

// --- diagnose: the token's code 2 minutes ahead of the server
val d = diagnoseCode("0123456789abcdef", "6666", "502a59", 1_296_121_200_000L, 3600u, 5u)
check(d.cause == DiagnosisCause.CLOCK_DRIFT && d.offsetSeconds == 100L) { "$d" }

// --- import a real Aegis backup (Stratum's test vault, password "test", one mOTP entry)
val aegis = File("$root/../shared/fixtures/stratum__aegis.encrypted.json")
check(aegis.exists()) { "missing ${aegis.path}: ../shared must be beside the checkout" }
val imp = TokenVault.createWithKdf(File(dir, "import.motp").path, "pw", cheap)
expect<MotpException.PasswordRequired>("encrypted without password") { imp.importFile(aegis.readBytes(), null, null, true) }
expect<MotpException.WrongPassword>("wrong backup password") { imp.importFile(aegis.readBytes(), null, "nope", true) }
val report = imp.importFile(aegis.readBytes(), null, "test", true)
// One mOTP and seven TOTP/HOTP entries; a 9-digit TOTP, Steam and Yandex are reported.
check(report.format == ImportFileFormat.AEGIS && report.encrypted && report.imported == 8u) { "$report" }
check(report.entries.count { it.outcome is ImportEntryOutcome.Skipped } == 3) { "unsupported entries reported" }
check(imp.list().count { it.kind is TokenKind.Totp } == 6 && imp.list().count { it.kind is TokenKind.Hotp } == 1) { "kinds" }
val imported = imp.list().single { it.kind is TokenKind.Motp }
check(imp.codeAt(imported.id, null, 1_700_000_000_000L).code == "d43efd") { "documented code of the Aegis fixture" }
val again = imp.importFile(aegis.readBytes(), ImportFileFormat.AEGIS, "test", true)
check(again.imported == 0u && again.entries.any { it.outcome is ImportEntryOutcome.Duplicate }) { "duplicate detection" }
val noPins = TokenVault.createWithKdf(File(dir, "nopins.motp").path, "pw", cheap)
val dropped = noPins.importFile(aegis.readBytes(), null, "test", false)
check(dropped.pinsDropped == 1u && dropped.entries.count { it.pin == ImportedPinKind.DROPPED } == 1) { "PIN not kept: $dropped" }
expect<MotpException.PinRequired>("a dropped PIN is asked for") { noPins.codeAt(noPins.list().single { it.kind is TokenKind.Motp }.id, null, 0L) }
val export = imp.exportFile(ExportFileFormat.URI_LIST, null)
val lines = String(export.bytes).lines().filter { it.isNotEmpty() }
check(export.count == 8u && lines.count { it.startsWith("motp://") } == 1 && lines.count { it.startsWith("otpauth://totp/") } == 6) { "URI export" }

// --- QR: a real Android camera frame (Aegis's fixture: a TOTP code), and a token moved by QR
val frameFile = File("$root/../shared/fixtures/aegis__helpers__qr.y.gz")
val frame = java.util.zip.GZIPInputStream(frameFile.inputStream()).readBytes()
val texts = decodeQrLuma(frame, 1600u, 1200u, 1600u)
check(texts.size == 1 && texts[0].startsWith("otpauth://totp/")) { "frame decoded to $texts" }
check(parseProvisioningUri(texts[0]).kind == TokenKind.Totp(OtpAlgorithm.SHA1, 6u, 30u, 0L)) { "the frame's TOTP code" }
expect<MotpException.InvalidInput>("short buffer") { decodeQrLuma(ByteArray(10), 1600u, 1200u, 1600u) }
check(decodeQrLuma(ByteArray(640 * 480) { 0x80.toByte() }, 640u, 480u, 640u).isEmpty()) { "a blank frame has no QR code (an empty list, no exception per frame)" }
val qr = imp.qrForToken(imported.id)
val px = 4; val quiet = 4; val side = (qr.size.toInt() + 2 * quiet) * px
val luma = ByteArray(side * side) { 0xff.toByte() }
for (y in 0 until qr.size.toInt()) for (x in 0 until qr.size.toInt()) if (qr.modules[y * qr.size.toInt() + x])
    for (dy in 0 until px) for (dx in 0 until px) luma[((y + quiet) * px + dy) * side + (x + quiet) * px + dx] = 0
val scanned = decodeQrLuma(luma, side.toUInt(), side.toUInt(), side.toUInt()).single()
check(!scanned.contains("pin=")) { "the QR code carries the PIN" }
val moved = TokenVault.createWithKdf(File(dir, "moved.motp").path, "pw", cheap)
val movedId = moved.addFromUri(scanned, PinChoice.Remember(SensitiveText("1234")), false)
check(moved.codeAt(movedId, null, 1_700_000_000_000L).code == "d43efd") { "token moved by QR gives the same code" }

// --- codes from many threads at once, against one shared vault
val shared = TokenVault.openWithProtector(path, keystore)
val pool = Executors.newFixedThreadPool(8)
val wrong = AtomicInteger()
repeat(8) { t ->
    pool.submit {
        repeat(2_000) { i ->
            val ms = 1_296_121_200_000L + ((i + t) % 10) * 1_000L
            if (shared.codeAt(alice, "6666", ms).code != "6ed4e4") wrong.incrementAndGet()
        }
    }
}
pool.shutdown()
check(pool.awaitTermination(120, TimeUnit.SECONDS)) { "threads did not finish" }
check(wrong.get() == 0) { "${wrong.get()} wrong codes from concurrent calls" }
shared.close()

// --- 100k object create/close cycles without a leak (RSS from /proc)
fun rssKb(): Long = File("/proc/self/status").readLines().first { it.startsWith("VmRSS:") }.split(Regex("\\s+"))[1].toLong()
val small = File(dir, "small.motp").path
TokenVault.createWithKdf(small, "pw", cheap).use { it.addFromUri("motp://a:b?secret=0123456789abcdef", PinChoice.Ask, false) }
val fastKey = JvmKeyProtector(aesKey(), "jvm-test:cycles")
TokenVault.open(small, "pw").use { it.addPlatformSlot(fastKey) }
fun cycle(n: Int) = repeat(n) { TokenVault.openWithProtector(small, fastKey).use { v -> check(v.list().size == 1) { "list" } } }
// Two measured batches of 100k, and the smaller growth counts: a native leak (more than about
// 670 bytes a cycle) grows RSS in both, while the JVM's own heap sizing (which depends on load
// and GC timing: 82 MB once, at load 8) settles during the first.
fun settledRssKb(): Long { System.gc(); Thread.sleep(200); return rssKb() }
cycle(10_000)
val start = settledRssKb()
cycle(100_000)
val mid = settledRssKb()
cycle(100_000)
val end = settledRssKb()
val grown = minOf(mid - start, end - mid)
println("2 x 100k open/close cycles: RSS $start kB -> $mid kB -> $end kB (the smaller growth: $grown kB)")
check(grown < 64 * 1024) { "RSS grew by $grown kB over each of two batches of 100k cycles: a leak" }

// --- TOTP and HOTP from URIs, with the RFCs' vectors (secret: the ASCII "12345678901234567890")
val oath = TokenVault.createWithKdf(File(dir, "oath.motp").path, "pw", cheap)
val rfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
val totpId = oath.addFromUri("otpauth://totp/RFC%206238:sha1?secret=$rfcKey&digits=8&period=30", PinChoice.Ask, false)
val tc = oath.codeAt(totpId, null, 59_000L)  // RFC 6238 Appendix B: T = 59 s, SHA-1 → 94287082
check(tc.code == "94287082" && tc.grouped == "9428 7082" && tc.countdown.stepEndMs == 60_000L) { "$tc" }
check(oath.codeAt(totpId, null, 1_111_111_109_000L).code == "07081804") { "RFC 6238 T = 1111111109" }
val hotpId = oath.addFromUri("otpauth://hotp/RFC%204226:x?secret=$rfcKey&counter=0", PinChoice.Ask, false)
expect<MotpException.InvalidInput>("an HOTP code by time") { oath.codeAt(hotpId, null, 0L) }
check(oath.nextHotpCode(hotpId).code == "755224" && oath.nextHotpCode(hotpId).code == "287082") { "RFC 4226 Appendix D" }
check(oath.get(hotpId).kind == TokenKind.Hotp(OtpAlgorithm.SHA1, 6u, 2uL)) { "the counter moved" }
oath.organise(totpId, "Work", true, "mail")
val o = oath.get(totpId)
check(o.group == "Work" && o.favourite && o.icon == "mail") { "$o" }
oath.close()
TokenVault.open(File(dir, "oath.motp").path, "pw").use {
    check(it.nextHotpCode(hotpId).code == "359152") { "counter 2 was saved" }
    check(it.get(totpId).group == "Work") { "organisation was saved" }
}

dir.deleteRecursively()
println("vault.kts: all checks passed")
