// The issue's journey through the Kotlin bindings: a fake Android shell drives AppCore the way
// the app's loop does — events in, effects carried out (jobs on a worker thread, the one tick
// timer, the clipboard, the device-key prompt, the save and open dialogs, network time), views
// checked — against real vault files and ../shared/fixtures:
// first run → add from a real camera frame (a TOTP code: refused) and from the administrator's
// QR code → the code equals the published vector → background 6 min → locked → device-key
// unlock cancelled → password unlock → wrong PIN typo guard → edit → export → import preview →
// clock check → doctor. Then: nothing the UI thread needs waits behind slow work or an
// unanswered device-key prompt, and every event and effect prints no secret.
import app.motp.core.*
import java.io.File
import java.nio.file.Files
import java.security.SecureRandom
import java.util.concurrent.Executors
import java.util.concurrent.Future
import java.util.zip.GZIPInputStream
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.spec.GCMParameterSpec

val root = System.getenv("MOTP_REPO_ROOT") ?: error("MOTP_REPO_ROOT is not set")
fun check(cond: Boolean, msg: () -> String) { if (!cond) throw AssertionError(msg()) }

// --- the published vector the journey's token must reproduce (privacyIDEA's first)
val vectors = File("$root/tests/vectors/motp-public.json").readText()
val (secret, pin, counterText, vectorCode) = Regex(""""secret":\s*"([^"]+)"[^{}]*"pin":\s*"([^"]+)"[^{}]*"counter":\s*(\d+)[^{}]*"code":\s*"([0-9a-f]{6})"""")
    .find(vectors)!!.destructured
val atVector = counterText.toLong() * 10_000L

/// The device key store as an Android shell has it: an AES-GCM key (the Keystore's, there).
class DeviceKeyStore {
    private val key = KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()
    fun wrap(plain: ByteArray): ByteArray {
        val iv = ByteArray(12).also { SecureRandom().nextBytes(it) }
        val c = Cipher.getInstance("AES/GCM/NoPadding").apply { init(Cipher.ENCRYPT_MODE, key, GCMParameterSpec(128, iv)) }
        return iv + c.doFinal(plain)
    }
    fun unwrap(wrapped: ByteArray): ByteArray {
        val c = Cipher.getInstance("AES/GCM/NoPadding").apply { init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(128, wrapped, 0, 12)) }
        return c.doFinal(wrapped, 12, wrapped.size - 12)
    }
}

/// The shell: carries out every effect; device-key prompts, dialogs and network time are left
/// pending for the test to answer, as a user and the platform would.
class FakeShell(val core: AppCore, var nowMs: Long) {
    val worker = Executors.newSingleThreadExecutor()
    var tickAt: Long? = null
    var cameraOn = false
    var clipboard: Triple<String, Boolean, ULong?>? = null
    val announcements = mutableListOf<String>()
    var persisted: AppSettingsRecord? = null
    var unwrapRequest: AppEffect.UnwrapWithDeviceKey? = null
    var wrapRequest: AppEffect.WrapWithDeviceKey? = null
    var openFileRequest: ULong? = null
    var saveFileRequest: AppEffect.SaveFile? = null
    var networkTimeRequest: ULong? = null
    val printed = mutableListOf<String>()
    var jobsRun = 0

    fun send(e: AppEvent) { printed += e.toString(); carryOut(core.dispatch(e)) }
    fun carryOut(effects: List<AppEffect>) {
        val queue = ArrayDeque(effects)
        while (queue.isNotEmpty()) {
            val fx = queue.removeFirst()
            printed += fx.toString()
            when (fx) {
                is AppEffect.RunJob -> {
                    jobsRun++
                    // Off the UI thread; the outcome comes back as an event.
                    val outcome = worker.submit<AppJobOutcome> { fx.job.run() }.get()
                    queue.addAll(core.dispatch(AppEvent.JobFinished(outcome, nowMs)))
                }
                is AppEffect.ScheduleTick -> tickAt = fx.atMs
                is AppEffect.UnwrapWithDeviceKey -> unwrapRequest = fx
                is AppEffect.WrapWithDeviceKey -> wrapRequest = fx
                is AppEffect.DeleteDeviceKey -> {}
                is AppEffect.StartCamera -> cameraOn = true
                is AppEffect.StopCamera -> cameraOn = false
                is AppEffect.CopyToClipboard -> clipboard = Triple(fx.text.expose(), fx.sensitive, fx.clearAfterMs)
                is AppEffect.SaveFile -> saveFileRequest = fx
                is AppEffect.SaveToFolder -> {}
                is AppEffect.OpenFile -> openFileRequest = fx.request
                is AppEffect.AskNetworkTime -> networkTimeRequest = fx.request
                is AppEffect.PersistSettings -> persisted = fx.settings
                is AppEffect.Haptic -> {}
                is AppEffect.Announce -> announcements += fx.text
            }
        }
    }
    fun advanceTo(ms: Long) { nowMs = ms; if (tickAt?.let { it <= ms } == true) { tickAt = null; send(AppEvent.Tick(ms)) } }
    fun view(): AppView = core.view().also { printed += it.toString() }
    fun list(): ListView = (view().screen as? Screen.List ?: error("expected the list, got ${view().screen}")).view
}
inline fun <reified S : Screen> FakeShell.screen(): S = view().screen as? S ?: throw AssertionError("expected ${S::class.simpleName}, got ${view().screen}")

val dir = Files.createTempDirectory("motp-app-journey").toFile()
val vaultPath = File(dir, "tokens.motp").path
val keystore = DeviceKeyStore()
val config = AppCoreConfig(vaultPath, "en", DeviceKeyInfo("android-keystore:motp-vault", "Test phone (fingerprint)"),
    defaultAppSettings(), KdfCost.INSECURE_FAST_FOR_TESTS, defaultTimeServer())
val shell = FakeShell(AppCore(config), atVector - 60_000L)
fun text(s: String) = SensitiveText(s)

// ---- first run
shell.send(AppEvent.Started(shell.nowMs))
check(shell.view().screen is Screen.FirstRun) { "first run: ${shell.view().screen}" }
shell.send(AppEvent.FirstRunPasswordChanged(text("short")))
check(shell.screen<Screen.FirstRun>().view.strength == PasswordStrength.WEAK) { "strength" }
shell.send(AppEvent.CreateVault(text("correct horse battery"), text("correct horse batery"), true, shell.nowMs))
val mismatch = shell.screen<Screen.FirstRun>().view.error!!
check(mismatch.field == InputField.PASSWORD_CONFIRMATION && mismatch.code == "passwords_differ") { "$mismatch" }
check(!File(vaultPath).exists()) { "nothing created on a mismatch" }
shell.send(AppEvent.CreateVault(text("correct horse battery"), text("correct horse battery"), true, shell.nowMs))
check(File(vaultPath).exists() && shell.view().screen is Screen.List) { "vault created: ${shell.view().screen}" }
// Enrolment: the core asks the key store to wrap the vault key; the shell answers.
val wrap = shell.wrapRequest!!.also { shell.wrapRequest = null }
val vaultKey = wrap.key.expose()
check(vaultKey.size == 32 && wrap.key.toString() == "SensitiveBytes(<32 bytes hidden>)") { "${wrap.key}" }
shell.send(AppEvent.DeviceKeyWrapped(wrap.request, keystore.wrap(vaultKey), shell.nowMs))

// ---- add from a camera frame
shell.send(AppEvent.Navigate(AppDestination.Add, shell.nowMs))
shell.send(AppEvent.ScanQr(shell.nowMs))
check(shell.cameraOn) { "camera on" }
// The administrator's QR code for the vector's secret, drawn as a camera frame (4 px per module,
// quiet zone, rows padded to a stride) from the QR matrix the library makes for a token.
val scratch = TokenVault.createWithKdf(File(dir, "admin.motp").path, "pw", KdfSettings(8u, 1u, 1u))
val qr = scratch.qrForToken(scratch.addFromUri("motp://privacyIDEA:alice?secret=$secret", PinChoice.Ask, false))
scratch.close()
val n = qr.size.toInt(); val side = (n + 8) * 4; val stride = side + 16
val luma = ByteArray(stride * side) { 0xff.toByte() }
for (y in 0 until n) for (x in 0 until n) if (qr.modules[y * n + x])
    for (dy in 0 until 4) for (dx in 0 until 4) luma[((y + 4) * 4 + dy) * stride + (x + 4) * 4 + dx] = 0
shell.send(AppEvent.CameraFrame(SensitiveBytes(luma), side.toUInt(), side.toUInt(), stride.toUInt(), shell.nowMs))
check(!shell.cameraOn) { "the camera stops once a token is read" }
val preview = shell.screen<Screen.Add>().view
check(preview.step == AddStep.PREVIEW && preview.preview?.issuer == "privacyIDEA" && preview.preview?.account == "alice" && preview.preview?.secretChars == 16u) { "$preview" }
shell.send(AppEvent.PreviewAccepted(shell.nowMs))
shell.send(AppEvent.PinPolicyChosen(PinPolicyOption.ASK_WITH_TYPO_GUARD, text(pin), false, shell.nowMs))
shell.send(AppEvent.ConfirmAdd(shell.nowMs))
val added = shell.list()
check(added.rows.size == 1 && added.rows[0].code == null && added.rows[0].pinPrompt == "Enter PIN") { "${added.rows}" }
check("Token added" in shell.announcements) { "${shell.announcements}" }
val tokenId = added.rows[0].id

// ---- the code equals the published vector at its instant
shell.advanceTo(atVector)
shell.send(AppEvent.PinEntered(tokenId, text(pin), atVector))
val row = shell.list().rows[0]
check(row.code == vectorCode.substring(0, 3) + " " + vectorCode.substring(3)) { "code ${row.code}, vector $vectorCode" }
check(row.secondsLeft == 10u && row.progress == 0.0f && row.typoWarning == null) { "$row" }
check(shell.tickAt == atVector + 1_000L) { "one tick, at the next change: ${shell.tickAt}" }
shell.send(AppEvent.CopyCode(tokenId, atVector))
check(shell.clipboard == Triple(vectorCode, true, 30_000uL)) { "clipboard ${shell.clipboard}" }

// ---- the real Android camera frame from Aegis's tests: a TOTP token (no PIN to choose)
/// RFC 6238 with SHA-1, computed here with the JVM's HMAC, independently of the library.
fun totpSha1(base32: String, counter: Long): String {
    val alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    var bits = 0L; var n = 0; val key = java.io.ByteArrayOutputStream()
    for (ch in base32) { bits = (bits shl 5) or alphabet.indexOf(ch).toLong(); n += 5; if (n >= 8) { key.write(((bits shr (n - 8)) and 0xff).toInt()); n -= 8 } }
    val mac = javax.crypto.Mac.getInstance("HmacSHA1").apply { init(javax.crypto.spec.SecretKeySpec(key.toByteArray(), "HmacSHA1")) }
    val h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(counter).array())
    val o = h[19].toInt() and 0xf
    val v = ((h[o].toInt() and 0x7f) shl 24) or ((h[o + 1].toInt() and 0xff) shl 16) or ((h[o + 2].toInt() and 0xff) shl 8) or (h[o + 3].toInt() and 0xff)
    return "%06d".format(v % 1_000_000)
}
shell.send(AppEvent.Navigate(AppDestination.Add, atVector))
shell.send(AppEvent.ScanQr(atVector))
val frame = GZIPInputStream(File("$root/../shared/fixtures/aegis__helpers__qr.y.gz").inputStream()).readBytes()
shell.send(AppEvent.CameraFrame(SensitiveBytes(frame), 1600u, 1200u, 1600u, atVector))
check(!shell.cameraOn) { "the camera stops once a token is read" }
val totpPreview = shell.screen<Screen.Add>().view.preview!!
check(totpPreview.kind == TokenKindView.TOTP && totpPreview.kindText == "TOTP, 6 digits every 30 s (SHA1)" && totpPreview.issuer == "neo4j" && totpPreview.account == "Charlotte") { "$totpPreview" }
shell.send(AppEvent.PreviewAccepted(atVector))
check(shell.screen<Screen.Add>().view.step == AddStep.CONFIRM) { "a TOTP token has no PIN to choose" }
shell.send(AppEvent.ConfirmAdd(atVector))
val totp = shell.list().rows.single { it.account == "Charlotte" }
check(totp.kind == TokenKindView.TOTP && totp.periodSeconds == 30u && totp.code?.replace(" ", "") == totpSha1("B33WS2ALPT34K4BNY24AYROE4M", atVector / 1000 / 30)) { "$totp" }
check(totp.secondsLeft.toLong() == 30 - (atVector / 1000) % 30) { "$totp" }

// ---- background 6 minutes → locked
shell.send(AppEvent.WentToBackground(atVector))
val back = atVector + 6 * 60_000L
shell.nowMs = back
shell.send(AppEvent.CameToForeground(back))
check(shell.core.isLocked()) { "locked after 6 minutes in the background" }
val unlock = shell.screen<Screen.Unlock>().view
check(unlock.methods.map { it.kind } == listOf(UnlockMethodKind.DEVICE_KEY, UnlockMethodKind.PASSWORD)) { "${unlock.methods}" }
try { shell.core.dispatch(AppEvent.CopyCode(tokenId, back)); check(false) { "copied while locked" } }
catch (e: AppCoreException.Locked) { check(e.message!!.isNotBlank() && !e.message!!.contains("message=")) { "${e.message}" } }

// ---- device-key unlock → cancelled
shell.send(AppEvent.UnlockWithDeviceKey(back))
val unwrap = shell.unwrapRequest!!.also { shell.unwrapRequest = null }
check(shell.screen<Screen.Unlock>().view.waitingForDeviceKey) { "the prompt is up" }
check(keystore.unwrap(unwrap.wrapped).contentEquals(vaultKey)) { "the wrapped key is the one enrolled" }
shell.send(AppEvent.DeviceKeyCancelled(unwrap.request, back))
val cancelled = shell.screen<Screen.Unlock>().view
check(!cancelled.waitingForDeviceKey && cancelled.error?.code == "device_key_cancelled") { "$cancelled" }
// A late answer to the cancelled request is ignored.
shell.send(AppEvent.DeviceKeyUnwrapped(unwrap.request, SensitiveBytes(vaultKey), back))
check(shell.core.isLocked()) { "a stale answer unlocked the vault" }

// ---- password unlock (a wrong one first)
shell.send(AppEvent.UnlockWithPassword(text("wrong"), back))
val wrong = shell.screen<Screen.Unlock>().view.error!!
check(wrong.field == InputField.PASSWORD && wrong.code == "wrong_password") { "$wrong" }
shell.send(AppEvent.UnlockWithPassword(text("correct horse battery"), back))
check(shell.list().rows[0].code == null) { "the PIN typed before the lock was wiped" }

// ---- a wrong PIN shows the typo guard (the code is still shown)
val flagged = (1000 until 1040).map { "%04d".format(it) }.firstOrNull { typo ->
    shell.send(AppEvent.PinEntered(tokenId, text(typo), back)); shell.list().rows[0].typoWarning != null
} ?: error("the guard catches 15 of 16 wrong PINs")
val guarded = shell.list().rows[0]
check(guarded.code != null && guarded.typoWarning!!.contains("does not match")) { "$flagged: $guarded" }
shell.send(AppEvent.PinEntered(tokenId, text(pin), back))
check(shell.list().rows[0].typoWarning == null) { "the right PIN clears the warning" }

// ---- edit: one atomic save
shell.send(AppEvent.Navigate(AppDestination.Detail(tokenId), back))
val sizeBefore = File(vaultPath).readBytes()
shell.send(AppEvent.SaveEdit(tokenId, TokenEditInput("Office VPN", null, "DrayTek at the office", null, null, null, null, null, null), back))
val detail = shell.screen<Screen.Detail>().view
check(detail.issuer == "Office VPN" && detail.note == "DrayTek at the office" && detail.error == null) { "$detail" }
check(detail.checkCode.length == 7) { detail.checkCode }
check(!File(vaultPath).readBytes().contentEquals(sizeBefore)) { "the edit was saved to the vault file" }

// ---- export (our encrypted backup, through the save dialog)
shell.send(AppEvent.Navigate(AppDestination.Backups, back))
check(shell.screen<Screen.Backups>().view.reminder != null) { "changes since the last backup" }
shell.send(AppEvent.Export(ExportFileFormat.MOTP_BACKUP, null, back))
check(shell.screen<Screen.Backups>().view.error?.field == InputField.PASSWORD) { "our backup needs a password" }
shell.send(AppEvent.Export(ExportFileFormat.MOTP_BACKUP, text("backup password"), back))
val save = shell.saveFileRequest!!.also { shell.saveFileRequest = null }
check(save.suggestedName.endsWith(".motp")) { save.suggestedName }
val exported = File(dir, save.suggestedName).also { it.writeBytes(save.bytes.expose()) }
shell.send(AppEvent.FileSaved(save.request, back))
check(shell.screen<Screen.Backups>().view.reminder == null && shell.persisted!!.lastBackupGeneration > 0uL) { "backed up" }

// ---- import preview: our backup (a duplicate), then Stratum's Aegis backup
shell.send(AppEvent.ChooseImportFile(back))
shell.send(AppEvent.FileOpened(shell.openFileRequest!!, exported.name, SensitiveBytes(exported.readBytes()), back))
check(shell.screen<Screen.Backups>().view.importPreview!!.needsPassword) { "encrypted backup" }
shell.send(AppEvent.ImportPassword(text("backup password"), back))
val own = shell.screen<Screen.Backups>().view.importPreview!!
check(own.tokens == 2u && own.duplicates == 2u && own.entries.all { it.status == ImportEntryStatus.DUPLICATE }) { "$own" }
shell.send(AppEvent.CloseImport)
shell.send(AppEvent.ChooseImportFile(back))
val aegis = File("$root/../shared/fixtures/stratum__aegis.encrypted.json")
shell.send(AppEvent.FileOpened(shell.openFileRequest!!, aegis.name, SensitiveBytes(aegis.readBytes()), back))
shell.send(AppEvent.ImportPassword(text("wrong"), back))
check(shell.screen<Screen.Backups>().view.importPreview!!.error?.code == "import_wrong_password") { "wrong backup password" }
shell.send(AppEvent.ImportPassword(text("test"), back))
val foreign = shell.screen<Screen.Backups>().view.importPreview!!
// Its mOTP token (with a PIN), TOTP and HOTP tokens; Steam, Yandex and a 9-digit code are not importable.
check(foreign.format == "Aegis" && foreign.tokens == 8u && foreign.withPin == 1u && foreign.duplicates == 0u && foreign.skipped == 3u) { "$foreign" }
check(foreign.entries.single { it.hasPin }.status == ImportEntryStatus.NEW) { "${foreign.entries}" }
shell.send(AppEvent.ConfirmImport(false, back))
check(shell.screen<Screen.Backups>().view.importReport!!.tokens == 8u) { "import report" }

// ---- clock check: this Android shell answers with network time 5 minutes ahead
shell.send(AppEvent.Navigate(AppDestination.Troubleshooting, back))
shell.send(AppEvent.CheckClock(back))
shell.send(AppEvent.NetworkTimeAnswered(shell.networkTimeRequest!!, back + 300_000L, back, 20uL, "Android network time"))
val clock = shell.screen<Screen.Troubleshooting>().view.clock!!
check(clock.verdict == ClockVerdictKind.CODES_WILL_FAIL && clock.suggestedCorrectionSeconds == 300L && clock.canApply) { "$clock" }
check(clock.summary.contains("5 min") && clock.summary.contains("behind")) { clock.summary }
shell.send(AppEvent.ApplyClockCorrection(back))
val corrected = shell.screen<Screen.Troubleshooting>().view
check(corrected.storedCorrectionSeconds == 300L && corrected.clock!!.verdict == ClockVerdictKind.FINE) { "$corrected" }

// ---- doctor
shell.send(AppEvent.RunDoctor(tokenId, text(pin), null, null, back))
val doctor = shell.screen<Screen.Troubleshooting>().view.doctor!!
check(doctor.steps.size == 4 && doctor.steps[0].kind == DoctorStepId.CLOCK && doctor.steps[0].status == DoctorStepStatus.OK && doctor.verdict.isNotBlank()) { "$doctor" }
shell.send(AppEvent.ShowCheckCode(tokenId, back))
check(shell.screen<Screen.Troubleshooting>().view.checkCode!!.code.length == 7) { "check code" }
println("journey: ${shell.jobsRun} jobs on the worker thread, ${shell.printed.size} events, effects and views printed")

// ---- nothing printed showed a secret, PIN, password or key
val secrets = listOf(secret, pin, "correct horse battery", "backup password")
for (p in shell.printed) for (s in secrets) check(!p.contains(s)) { "printed '$s': $p" }

// ---- the UI thread never waits behind slow work: while a real Argon2id job (64 MiB) runs on
// the worker, view() and Tick dispatches keep completing (each one finishes while the job is
// still running; a lock shared with the job would make them wait for its end).
val slow = AppCore(config.copy(vaultPath = File(dir, "slow.motp").path, kdf = KdfCost.DEFAULT))
slow.dispatch(AppEvent.Started(back)).forEach { if (it is AppEffect.RunJob) slow.dispatch(AppEvent.JobFinished(it.job.run(), back)) }
val create = slow.dispatch(AppEvent.CreateVault(text("a slow password"), text("a slow password"), false, back))
val job = create.filterIsInstance<AppEffect.RunJob>().single().job
check(job.kind() == AppJobKind.CREATE_VAULT) { "${job.kind()}" }
val slowWorker = Executors.newSingleThreadExecutor()
val running: Future<AppJobOutcome> = slowWorker.submit<AppJobOutcome> { job.run() }
var whileRunning = 0
var t = back
while (!running.isDone) {
    t += 1
    slow.dispatch(AppEvent.Tick(t))
    val busy = slow.view().busy
    if (!running.isDone) { whileRunning++; check(busy?.kind == AppJobKind.CREATE_VAULT) { "the view says busy: $busy" } }
}
check(whileRunning > 0) { "no view or tick completed while Argon2id ran" }
slow.dispatch(AppEvent.JobFinished(running.get(), t))
check(slow.view().screen is Screen.List) { "created: ${slow.view().screen}" }
try { job.run(); check(false) { "a job ran twice" } } catch (e: AppCoreException.NotAvailable) {}
println("while Argon2id ran on the worker: $whileRunning view + tick dispatches completed on this thread")

// ---- a device-key prompt left unanswered: codes keep coming on another thread
shell.send(AppEvent.Lock(back))
shell.send(AppEvent.UnlockWithDeviceKey(back))
val pending = shell.unwrapRequest!!
val uiThread = Executors.newSingleThreadExecutor()
val other = uiThread.submit<Int> {
    var frames = 0
    repeat(2_000) { i -> shell.core.dispatch(AppEvent.Tick(back + i)); shell.core.view(); frames++ }
    frames
}
check(other.get() == 2_000) { "ticks stopped while the prompt was up" }
check(shell.screen<Screen.Unlock>().view.waitingForDeviceKey) { "still waiting for the prompt" }
shell.send(AppEvent.DeviceKeyUnwrapped(pending.request, SensitiveBytes(keystore.unwrap(pending.wrapped)), back + 2_000))
val unlocked = shell.list()
check(unlocked.rows.size == 10) { "unlocked with the device key: ${unlocked.rows.size} tokens" }

for (pool in listOf(shell.worker, slowWorker, uiThread)) pool.shutdown()
dir.deleteRecursively()
println("app_journey.kts: all checks passed")
