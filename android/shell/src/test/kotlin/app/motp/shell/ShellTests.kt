// The shell's tests on the JVM against the real host library (scripts/test-android-shell.sh):
// the issue's journey driven only through `send` and the `view` StateFlow with fake platform
// implementations, then the loop's own promises: an event sent during a slow unlock is handled,
// never lost; no stale screen after a lock; the clipboard is cleared when its timer fires;
// closing releases the native objects (RSS bounded over 10,000 create/close cycles).
//
// A plain `main` (the kotlinc distribution has kotlin-test but no JUnit runner): each test runs
// in turn, failures are reported by name, and the exit status is nonzero if any failed.
package app.motp.shell

import app.motp.core.*
import java.io.File
import java.nio.file.Files as NioFiles
import java.util.zip.GZIPInputStream
import kotlin.system.exitProcess
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlin.test.fail
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout

val repoRoot: String = System.getenv("MOTP_REPO_ROOT") ?: error("MOTP_REPO_ROOT is not set")

/** privacyIDEA's first published mOTP vector (tests/vectors/motp-public.json). */
object Vector {
    private val json = File("$repoRoot/tests/vectors/motp-public.json").readText()
    private val m = Regex(""""secret":\s*"([^"]+)"[^{}]*"pin":\s*"([^"]+)"[^{}]*"counter":\s*(\d+)[^{}]*"code":\s*"([0-9a-f]{6})"""").find(json)!!
    val secret = m.groupValues[1]
    val pin = m.groupValues[2]
    val atMs = m.groupValues[3].toLong() * 10_000L
    val code = m.groupValues[4]
}

/** RFC 6238 TOTP with SHA-1, computed with the JVM's HMAC, independently of the library. */
fun totpSha1(base32: String, counter: Long): String {
    val alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    var bits = 0L
    var n = 0
    val key = java.io.ByteArrayOutputStream()
    for (ch in base32) {
        bits = (bits shl 5) or alphabet.indexOf(ch).toLong()
        n += 5
        if (n >= 8) { key.write(((bits shr (n - 8)) and 0xff).toInt()); n -= 8 }
    }
    val mac = javax.crypto.Mac.getInstance("HmacSHA1").apply { init(javax.crypto.spec.SecretKeySpec(key.toByteArray(), "HmacSHA1")) }
    val h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(counter).array())
    val o = h[19].toInt() and 0xf
    val v = ((h[o].toInt() and 0x7f) shl 24) or ((h[o + 1].toInt() and 0xff) shl 16) or ((h[o + 2].toInt() and 0xff) shl 8) or (h[o + 3].toInt() and 0xff)
    return "%06d".format(v % 1_000_000)
}

fun text(s: String) = SensitiveText(s)

fun config(path: String, kdf: KdfCost = KdfCost.INSECURE_FAST_FOR_TESTS) =
    AppCoreConfig(path, "en", DeviceKeyInfo("android-keystore:motp-vault", "Test phone (fingerprint)"), defaultAppSettings(), kdf, defaultTimeServer())

/** Sends [e] and waits until it and everything it started are done. */
suspend fun MotpShell.sendIdle(e: AppEvent): AppView {
    send(e)
    withTimeout(60_000) { awaitIdle() }
    return view.value
}

suspend fun MotpShell.until(what: String, pred: (AppView) -> Boolean): AppView =
    try { withTimeout(60_000) { view.first(pred) } } catch (e: kotlinx.coroutines.TimeoutCancellationException) { fail("timed out waiting for $what; view: ${view.value.screen}") }

/** Waits (up to 10 s) for something a timer or another thread does. */
suspend fun eventually(what: String, cond: () -> Boolean) {
    try { withTimeout(10_000) { while (!cond()) kotlinx.coroutines.delay(5) } } catch (e: kotlinx.coroutines.TimeoutCancellationException) { fail("timed out: $what") }
}

inline fun <reified S : Screen> AppView.screen(): S = screen as? S ?: fail("expected ${S::class.simpleName}, got $screen")

fun AppView.list(): ListView = screen<Screen.List>().view

/**
 * A message of the core's Fluent catalog (rust/motp-text/locales), read here so the tests check
 * that the core's words reach the StateFlow without keeping a second copy of them. [variant]
 * picks one branch of a select expression (`[denied] ...`).
 */
fun catalog(locale: String, id: String, variant: String? = null): String {
    val lines = File("$repoRoot/rust/motp-text/locales/$locale.ftl").readLines()
    val start = lines.indexOfFirst { it.startsWith("$id =") }
    assertTrue(start >= 0, "$id is in $locale.ftl")
    if (variant == null) return lines[start].substringAfter("=").trim()
    val branch = lines.drop(start + 1).takeWhile { !it.startsWith("}") }.single { it.trim().removePrefix("*").startsWith("[$variant]") }
    return branch.substringAfter("]").trim()
}

fun AppView.add(): AddView = screen<Screen.Add>().view

fun tempDir(name: String): File = NioFiles.createTempDirectory("motp-shell-$name").toFile()

/** Creates a vault through the shell with [password] and the device key enrolled. */
suspend fun MotpShell.createVault(password: String) {
    sendIdle(AppEvent.Started(nowMs()))
    sendIdle(AppEvent.FirstRun(FirstRunEvent.CreateVault(text(password), text(password), true, nowMs()))).screen<Screen.List>()
}

/** Adds the published vector's token by pasting its URI, with the PIN asked and typo-guarded. */
suspend fun MotpShell.addVectorToken(): String {
    sendIdle(AppEvent.Navigate(AppDestination.Add, nowMs()))
    sendIdle(AppEvent.Add(AddEvent.UriPasted(text("motp://privacyIDEA:alice?secret=${Vector.secret}"), nowMs())))
    sendIdle(AppEvent.Add(AddEvent.PreviewAccepted(nowMs())))
    sendIdle(AppEvent.Add(AddEvent.PinPolicyChosen(PinPolicyOption.ASK_WITH_TYPO_GUARD, text(Vector.pin), false, nowMs())))
    return sendIdle(AppEvent.Add(AddEvent.ConfirmAdd(nowMs()))).list().rows.single { it.account == "alice" }.id
}

// ---------------------------------------------------------------------------------------------

fun journey(): Unit = runBlocking {
    val dir = tempDir("journey")
    val fakes = Fakes(dir, Vector.atMs - 60_000L)
    val password = "correct horse battery"
    MotpShell(config(File(dir, "tokens.motp").path), fakes.platform).use { shell ->
        // first run
        assertTrue(shell.sendIdle(AppEvent.Started(shell.nowMs())).screen is Screen.FirstRun)
        shell.sendIdle(AppEvent.FirstRun(FirstRunEvent.CreateVault(text(password), text(password), true, shell.nowMs()))).screen<Screen.List>()
        assertEquals(1, fakes.deviceKeys.wraps, "the vault key was wrapped with the device key")

        // a real Android camera frame (Aegis's test data; rows padded to a stride wider than the image)
        shell.sendIdle(AppEvent.Navigate(AppDestination.Add, shell.nowMs()))
        shell.sendIdle(AppEvent.Add(AddEvent.ScanQr(shell.nowMs())))
        assertNotNull(fakes.camera.sink, "the camera runs")
        val frame = GZIPInputStream(File("$repoRoot/../shared/fixtures/aegis__helpers__qr.strided.y.gz").inputStream()).use { it.readBytes() }
        fakes.camera.deliver(LumaFrame(frame, 1840, 1380, 1856))
        val preview = shell.until("the scanned preview") { (it.screen as? Screen.Add)?.view?.preview != null }.screen<Screen.Add>().view.preview!!
        assertEquals(TokenKindView.TOTP, preview.kind)
        assertEquals("neo4j", preview.issuer)
        assertEquals("Charlotte", preview.account)
        assertNull(fakes.camera.sink, "the camera stops once a token is read")
        shell.sendIdle(AppEvent.Add(AddEvent.PreviewAccepted(shell.nowMs())))
        shell.sendIdle(AppEvent.Add(AddEvent.ConfirmAdd(shell.nowMs()))).list()

        // the mOTP token of the published vector; its code at the vector's instant
        val id = shell.addVectorToken()
        fakes.ticker.advanceTo(Vector.atMs)
        val list = shell.sendIdle(AppEvent.List(ListEvent.PinEntered(id, text(Vector.pin), Vector.atMs))).list()
        val row = list.rows.single { it.id == id }
        assertEquals(Vector.code.substring(0, 3) + " " + Vector.code.substring(3), row.code, "the published vector")
        val totp = list.rows.single { it.account == "Charlotte" }
        assertEquals(totpSha1("B33WS2ALPT34K4BNY24AYROE4M", Vector.atMs / 30_000), totp.code?.replace(" ", ""), "RFC 6238 from the JVM's HMAC")
        // the ticker drives the countdown: one second later the view has moved on by itself
        fakes.ticker.advanceTo(Vector.atMs + 1_000)
        shell.until("the next tick") { v -> (v.screen as? Screen.List)?.view?.rows?.single { it.id == id }?.secondsLeft == 9u }

        // copy → the clipboard holds the code, flagged sensitive; cleared when its timer fires
        shell.sendIdle(AppEvent.List(ListEvent.CopyCode(id, shell.nowMs())))
        assertEquals(Vector.code, fakes.clipboard.content)
        assertTrue(fakes.clipboard.sensitive)

        // background → six minutes → foreground: locked, nothing of the list left in the view
        shell.sendIdle(AppEvent.WentToBackground(shell.nowMs()))
        val back = Vector.atMs + 6 * 60_000L
        fakes.ticker.advanceTo(back)
        eventually("the clipboard was cleared when its timer fired") { fakes.clipboard.content == null }
        val unlock = shell.sendIdle(AppEvent.CameToForeground(back)).screen<Screen.Unlock>().view
        assertEquals(listOf(UnlockMethodKind.DEVICE_KEY, UnlockMethodKind.PASSWORD), unlock.methods.map { it.kind })

        // device-key unlock, the prompt cancelled
        fakes.deviceKeys.promptAnswer = DeviceKeyAnswer.Cancelled
        val cancelled = shell.sendIdle(AppEvent.Unlock(UnlockEvent.UnlockWithDeviceKey(back))).screen<Screen.Unlock>().view
        assertEquals("device_key_cancelled", cancelled.error?.code)
        assertTrue(!cancelled.waitingForDeviceKey)

        // password
        shell.sendIdle(AppEvent.Unlock(UnlockEvent.UnlockWithPassword(text("wrong"), back))).screen<Screen.Unlock>().view.error!!.also { assertEquals("wrong_password", it.code) }
        val unlocked = shell.sendIdle(AppEvent.Unlock(UnlockEvent.UnlockWithPassword(text(password), back))).list()
        assertNull(unlocked.rows.single { it.id == id }.code, "the PIN typed before the lock was wiped")

        // edit
        shell.sendIdle(AppEvent.Navigate(AppDestination.Detail(id), back))
        val detail = shell.sendIdle(AppEvent.Detail(DetailEvent.SaveEdit(id, TokenEditInput("Office VPN", null, "DrayTek at the office", null, null, null, null, null, null), back))).screen<Screen.Detail>().view
        assertEquals("Office VPN", detail.issuer)
        assertNull(detail.error)

        // export through the save dialog
        shell.sendIdle(AppEvent.Navigate(AppDestination.Backups, back))
        shell.sendIdle(AppEvent.Backups(BackupsEvent.Export(ExportFileFormat.MOTP_BACKUP, text("backup password"), back)))
        val exported = fakes.files.saved.single()
        assertTrue(exported.name.endsWith(".motp") && exported.length() > 0)
        assertNull(shell.view.value.screen<Screen.Backups>().view.reminder, "backed up")
        assertTrue(fakes.settings.last!!.lastBackupGeneration > 0uL, "the settings were persisted")

        // import preview: our backup (both tokens duplicates), then Stratum's Aegis backup
        fakes.files.toOpen = exported
        shell.sendIdle(AppEvent.Backups(BackupsEvent.ChooseImportFile(back)))
        shell.sendIdle(AppEvent.Backups(BackupsEvent.ImportPassword(text("backup password"), back)))
        val own = shell.view.value.screen<Screen.Backups>().view.importPreview!!
        assertEquals(2u, own.tokens)
        assertEquals(2u, own.duplicates)
        shell.sendIdle(AppEvent.Backups(BackupsEvent.CloseImport))
        fakes.files.toOpen = File("$repoRoot/../shared/fixtures/stratum__aegis.encrypted.json")
        shell.sendIdle(AppEvent.Backups(BackupsEvent.ChooseImportFile(back)))
        shell.sendIdle(AppEvent.Backups(BackupsEvent.ImportPassword(text("test"), back)))
        val foreign = shell.view.value.screen<Screen.Backups>().view.importPreview!!
        assertEquals("Aegis", foreign.format)
        assertEquals(9u, foreign.tokens, "one mOTP, seven TOTP/HOTP and one Steam token")

        // clock check (network time 5 minutes ahead) and the doctor
        shell.sendIdle(AppEvent.Backups(BackupsEvent.CloseImport))
        shell.sendIdle(AppEvent.Navigate(AppDestination.Troubleshooting, back))
        fakes.networkTime.offsetMs = 300_000L
        val clock = shell.sendIdle(AppEvent.Troubleshooting(TroubleshootingEvent.CheckClock(back))).screen<Screen.Troubleshooting>().view.clock!!
        assertEquals(ClockVerdictKind.CODES_WILL_FAIL, clock.verdict)
        assertEquals(300L, clock.suggestedCorrectionSeconds)
        val choices = shell.view.value.screen<Screen.Troubleshooting>().view.tokens
        assertEquals(2, choices.size, "the doctor's picker lists both tokens: $choices")
        assertTrue(choices.any { it.id == id }, "the doctor's picker offers the mOTP token: $choices")
        val checkCode = shell.sendIdle(AppEvent.Troubleshooting(TroubleshootingEvent.ShowCheckCode(id, back))).screen<Screen.Troubleshooting>().view.checkCode!!
        assertTrue(Regex("[0-9a-f]{3} [0-9a-f]{3}").matches(checkCode.code), "a check code: ${checkCode.code}")
        val doctor = shell.sendIdle(AppEvent.Troubleshooting(TroubleshootingEvent.RunDoctor(id, text(Vector.pin), null, null, back))).screen<Screen.Troubleshooting>().view.doctor!!
        assertEquals(4, doctor.steps.size)
        assertTrue(doctor.verdict.isNotBlank())
        assertTrue("Token added" in fakes.feedback.announced, "announcements reach TalkBack: ${fakes.feedback.announced}")
    }
    dir.deleteRecursively()
}

/** While a real Argon2id unlock (64 MiB) runs on the job dispatcher, events sent are handled. */
fun eventDuringSlowUnlockIsQueued(): Unit = runBlocking {
    val dir = tempDir("slow")
    val fakes = Fakes(dir, Vector.atMs)
    MotpShell(config(File(dir, "slow.motp").path, KdfCost.DEFAULT), fakes.platform).use { shell ->
        shell.createVault("a slow password")
        shell.sendIdle(AppEvent.Lock(shell.nowMs())).screen<Screen.Unlock>()
        val rejected = mutableListOf<AppCoreException>()
        // Subscribed before the events below are sent (UNDISPATCHED runs up to `collect` now):
        // `rejected` keeps no replay, so a watcher started later could miss the refusal.
        val watcher = launch(Dispatchers.Default, start = CoroutineStart.UNDISPATCHED) { shell.rejected.collect { synchronized(rejected) { rejected += it } } }
        shell.send(AppEvent.Unlock(UnlockEvent.UnlockWithPassword(text("a slow password"), shell.nowMs())))
        // The user switches the language and taps "unlock" again while Argon2id runs.
        shell.send(AppEvent.LocaleChanged("de"))
        shell.send(AppEvent.Unlock(UnlockEvent.UnlockWithPassword(text("a slow password"), shell.nowMs())))
        val duringJob = shell.until("the locale change") { it.locale == "de" }
        assertNotNull(duringJob.busy, "the locale change was handled while the unlock still ran")
        withTimeout(60_000) { shell.awaitIdle() }
        val done = shell.view.value
        assertEquals("de", done.locale, "the event sent during the unlock was not lost")
        done.list()
        withTimeout(5_000) { while (synchronized(rejected) { rejected.isEmpty() }) kotlinx.coroutines.delay(10) }
        assertTrue(synchronized(rejected) { rejected.single() } is AppCoreException.Busy, "the second unlock is refused as Busy, and said so: $rejected")
        watcher.cancel()
    }
    dir.deleteRecursively()
}

/** After a lock, the flow never again shows the list: not from ticks, nor from a save finishing late. */
fun noStaleScreenAfterLock(): Unit = runBlocking {
    val dir = tempDir("stale")
    val fakes = Fakes(dir, Vector.atMs)
    MotpShell(config(File(dir, "t.motp").path), fakes.platform).use { shell ->
        shell.createVault("pw for the stale test")
        val id = shell.addVectorToken()
        shell.sendIdle(AppEvent.List(ListEvent.PinEntered(id, text(Vector.pin), shell.nowMs()))).list()
        shell.sendIdle(AppEvent.Navigate(AppDestination.Detail(id), shell.nowMs()))
        shell.sendIdle(AppEvent.Back(shell.nowMs())).list()
        val seen = java.util.concurrent.CopyOnWriteArrayList<AppView>()
        val recorder = launch(Dispatchers.Unconfined) { shell.view.collect { seen += it } }
        // Ticks fire from the clock's side while the user saves an edit and the phone locks
        // before the save's job has come back.
        val ticks = launch(Dispatchers.Default) {
            for (i in 1..200) { fakes.ticker.advanceTo(Vector.atMs + i * 1_000L); shell.send(AppEvent.Tick(fakes.ticker.nowMs())) }
        }
        shell.send(AppEvent.Navigate(AppDestination.Detail(id), shell.nowMs()))
        shell.send(AppEvent.Detail(DetailEvent.SaveEdit(id, TokenEditInput("Renamed", null, null, null, null, null, null, null, null), shell.nowMs())))
        shell.send(AppEvent.Lock(shell.nowMs()))
        ticks.join()
        withTimeout(60_000) { shell.awaitIdle() }
        recorder.cancel()
        val firstLocked = seen.indexOfFirst { it.screen is Screen.Unlock }
        assertTrue(firstLocked >= 0, "the lock was seen")
        val after = seen.drop(firstLocked)
        assertTrue(after.all { it.screen is Screen.Unlock }, "a screen of the unlocked vault after the lock: ${after.map { it.screen::class.simpleName }}")
        assertTrue(shell.view.value.screen is Screen.Unlock)
        assertTrue(seen.size > 2, "views were recorded: ${seen.size}")
    }
    dir.deleteRecursively()
}

/** The clipboard is cleared exactly when the core's clear-after time is reached, and re-armed by a new copy. */
fun clipboardClearedWhenTimerFires(): Unit = runBlocking {
    val dir = tempDir("clip")
    val fakes = Fakes(dir, Vector.atMs)
    MotpShell(config(File(dir, "c.motp").path), fakes.platform).use { shell ->
        shell.createVault("pw for the clipboard")
        val id = shell.addVectorToken()
        shell.sendIdle(AppEvent.List(ListEvent.PinEntered(id, text(Vector.pin), shell.nowMs())))
        val t0 = shell.nowMs()
        shell.sendIdle(AppEvent.List(ListEvent.CopyCode(id, t0)))
        val clearAfter = defaultAppSettings().clipboardClearSeconds.toLong() * 1000
        assertTrue(clearAfter > 20_000, "the default clear time: $clearAfter ms")
        assertEquals(t0 + clearAfter, fakes.clipboard.clearAtMs, "the platform is told when to clear, should the process die")
        fakes.ticker.advanceTo(t0 + 20_000)
        shell.sendIdle(AppEvent.List(ListEvent.CopyCode(id, t0 + 20_000))) // a second copy re-arms the timer
        assertEquals(t0 + 20_000 + clearAfter, fakes.clipboard.clearAtMs, "the second copy moves the platform's clear too")
        fakes.ticker.advanceTo(t0 + clearAfter)
        withTimeout(60_000) { shell.awaitIdle() }
        assertNotNull(fakes.clipboard.content, "still there: the timer was re-armed by the second copy")
        fakes.ticker.advanceTo(t0 + 20_000 + clearAfter - 1)
        assertNotNull(fakes.clipboard.content, "not before its time")
        fakes.ticker.advanceTo(t0 + 20_000 + clearAfter)
        eventually("the clipboard was cleared when its timer fired") { fakes.clipboard.content == null }
    }
    dir.deleteRecursively()
}

/**
 * A camera that cannot be used: refused (answered from another thread, as CameraX does), broken
 * while running, or throwing from `start`. Each time the add screen goes back to its Choose step
 * with the core's sentence, in English and after a language change in German; a late answer of
 * an earlier run changes nothing; and the next scan starts the camera again.
 */
fun cameraUnavailable(): Unit = runBlocking {
    val dir = tempDir("camera")
    val fakes = Fakes(dir, Vector.atMs)
    MotpShell(config(File(dir, "cam.motp").path), fakes.platform).use { shell ->
        shell.createVault("pw for the camera")
        shell.sendIdle(AppEvent.Navigate(AppDestination.Add, shell.nowMs()))

        // the permission refused: the answer comes from another thread, after StartCamera
        fakes.camera.refuse = CameraProblem.PERMISSION_DENIED
        shell.send(AppEvent.Add(AddEvent.ScanQr(shell.nowMs())))
        val denied = shell.until("the refusal") { (it.screen as? Screen.Add)?.view?.error != null }.add()
        assertEquals(1, fakes.camera.starts)
        assertEquals(AddStep.CHOOSE, denied.step)
        assertTrue(!denied.cameraOn, "scanning stopped")
        assertEquals("camera_unavailable", denied.error!!.code)
        assertNull(denied.error!!.field)
        assertEquals(catalog("en", "error-camera-unavailable", "denied"), denied.error!!.text)
        // the user switches to German: the error on screen is said again in German
        val reworded = shell.sendIdle(AppEvent.LocaleChanged("de")).add()
        assertEquals("camera_unavailable", reworded.error?.code)
        assertEquals(catalog("de", "error-camera-unavailable", "denied"), reworded.error!!.text, "the error on screen in the new language")
        // and tries again: the refusal in German
        shell.sendIdle(AppEvent.Add(AddEvent.ScanQr(shell.nowMs()))) // scanning, until the refusal comes in
        shell.until("the second refusal") { (it.screen as? Screen.Add)?.view?.let { v -> !v.cameraOn && v.error != null } == true }
        val deDenied = shell.view.value.add()
        assertEquals(2, fakes.camera.starts)
        assertEquals(AddStep.CHOOSE, deDenied.step)
        assertEquals(catalog("de", "error-camera-unavailable", "denied"), deDenied.error!!.text, "the error in the user's new language")

        // allowed now: the camera starts again (the refused run is over in the shell too)
        fakes.camera.refuse = null
        val scanning = shell.sendIdle(AppEvent.Add(AddEvent.ScanQr(shell.nowMs()))).add()
        assertEquals(3, fakes.camera.starts, "the next scan starts the camera again")
        assertEquals(AddStep.SCANNING, scanning.step)
        assertTrue(scanning.cameraOn)
        assertNull(scanning.error)
        assertNotNull(fakes.camera.sink)

        // the running camera breaks (no camera any more)
        fakes.camera.fail(CameraProblem.NO_CAMERA)
        val missing = shell.until("the broken camera") { (it.screen as? Screen.Add)?.view?.error != null }.add()
        assertEquals(AddStep.CHOOSE, missing.step)
        assertEquals(catalog("de", "error-camera-unavailable", "missing"), missing.error!!.text)
        shell.sendIdle(AppEvent.LocaleChanged("en"))

        // a camera whose start throws is one that failed
        fakes.camera.throwOnStart = true
        val failed = shell.sendIdle(AppEvent.Add(AddEvent.ScanQr(shell.nowMs())))
        withTimeout(60_000) { shell.awaitIdle() }
        val thrown = shell.view.value.add()
        assertEquals(AddStep.CHOOSE, thrown.step)
        assertEquals(catalog("en", "error-camera-unavailable", "failed"), thrown.error!!.text, "after ${failed.screen}")
        fakes.camera.throwOnStart = false

        // late answers of the earlier runs while a new one scans: ignored
        shell.sendIdle(AppEvent.Add(AddEvent.ScanQr(shell.nowMs()))).add().also { assertTrue(it.cameraOn) }
        val runs = fakes.camera.reports.toList()
        assertEquals(5, runs.size)
        for (late in runs.dropLast(1)) late(CameraProblem.FAILED)
        withTimeout(60_000) { shell.awaitIdle() }
        val still = shell.view.value.add()
        assertEquals(AddStep.SCANNING, still.step, "a late failure of an ended run stops nothing")
        assertTrue(still.cameraOn)
        assertNull(still.error)

        // the system's Back while scanning: the camera stops and the list shows
        val stopsBefore = fakes.camera.stops
        shell.sendIdle(AppEvent.Back(shell.nowMs())).list()
        assertEquals(stopsBefore + 1, fakes.camera.stops, "Back stopped the camera")
        assertNull(fakes.camera.sink)
        // its failure reported after the stop is late too: the list stays, nothing is sent
        runs.last()(CameraProblem.FAILED)
        withTimeout(60_000) { shell.awaitIdle() }
        shell.view.value.list()
    }
    dir.deleteRecursively()
}

/**
 * The "Stop scanning" button's event: the camera stops and the add screen stays, back at its
 * Choose step; a frame or a failure of the stopped run arriving late changes nothing, and the
 * next scan starts the camera again.
 */
fun stopScanning(): Unit = runBlocking {
    val dir = tempDir("stop")
    val fakes = Fakes(dir, Vector.atMs)
    MotpShell(config(File(dir, "stop.motp").path), fakes.platform).use { shell ->
        shell.createVault("pw for stop scanning")
        shell.sendIdle(AppEvent.Navigate(AppDestination.Add, shell.nowMs()))
        val scanning = shell.sendIdle(AppEvent.Add(AddEvent.ScanQr(shell.nowMs()))).add()
        assertEquals(AddStep.SCANNING, scanning.step)
        assertTrue(scanning.cameraOn)
        assertEquals(1, fakes.camera.starts)
        val frameSink = assertNotNull(fakes.camera.sink, "the camera runs")

        val stopped = shell.sendIdle(AppEvent.Add(AddEvent.StopScanning(shell.nowMs()))).add()
        assertEquals(1, fakes.camera.stops, "StopScanning stopped the camera")
        assertNull(fakes.camera.sink)
        assertEquals(AddStep.CHOOSE, stopped.step, "still on the add screen, at its first step")
        assertTrue(!stopped.cameraOn)
        assertNull(stopped.error)
        assertNull(stopped.preview)

        // what the stopped run still delivers is dropped: a frame (of a real QR code) and a failure
        val frame = GZIPInputStream(File("$repoRoot/../shared/fixtures/aegis__helpers__qr.strided.y.gz").inputStream()).use { it.readBytes() }
        frameSink(LumaFrame(frame, 1840, 1380, 1856))
        fakes.camera.reports.single()(CameraProblem.FAILED)
        withTimeout(60_000) { shell.awaitIdle() }
        val after = shell.view.value.add()
        assertEquals(AddStep.CHOOSE, after.step)
        assertNull(after.preview, "a frame of the stopped run was not scanned")
        assertNull(after.error, "a failure of the stopped run is not reported")
        assertEquals(1, fakes.camera.stops)

        // the next scan starts the camera again
        shell.sendIdle(AppEvent.Add(AddEvent.ScanQr(shell.nowMs()))).add().also { assertTrue(it.cameraOn) }
        assertEquals(2, fakes.camera.starts)
        assertNotNull(fakes.camera.sink)
    }
    dir.deleteRecursively()
}

/**
 * The biometric prompt's words come from the core with each wrap and unwrap request and reach
 * the platform's DeviceKeys as they are: in English, then in German after `LocaleChanged("de")`
 * (enrolling again in Settings, and unlocking). The expected words are read from the core's
 * Fluent catalog and its labels.
 */
fun deviceKeyPromptInTheUsersLanguage(): Unit = runBlocking {
    val dir = tempDir("prompt")
    val fakes = Fakes(dir, Vector.atMs)
    val cfg = config(File(dir, "prompt.motp").path)
    val device = cfg.deviceKey!!.label
    fun enrol(locale: String) = DeviceKeyPrompt(
        catalog(locale, "device-key-enrol-title").replace("{ \$label }", device),
        catalog(locale, "device-key-enrol-reason"),
        catalog(locale, "label-cancel"),
    )
    fun unlock(locale: String) = DeviceKeyPrompt(
        catalog(locale, "device-key-unlock-title"),
        catalog(locale, "device-key-unlock-reason"),
        catalog(locale, "device-key-use-password"),
    )
    MotpShell(cfg, fakes.platform).use { shell ->
        // English: enrolled when the vault is created, then unlocked with it
        shell.createVault("pw for the prompt")
        assertEquals(listOf(enrol("en")), fakes.deviceKeys.wrapPrompts.toList())
        assertEquals(shell.view.value.labels.cancel, fakes.deviceKeys.wrapPrompts.single().cancel)
        shell.sendIdle(AppEvent.Lock(shell.nowMs())).screen<Screen.Unlock>()
        shell.sendIdle(AppEvent.Unlock(UnlockEvent.UnlockWithDeviceKey(shell.nowMs()))).list()
        assertEquals(listOf(unlock("en")), fakes.deviceKeys.unwrapPrompts.toList())

        // German: the device key turned off and on again in Settings, then an unlock
        val de = shell.sendIdle(AppEvent.LocaleChanged("de"))
        assertEquals("de", de.locale)
        shell.sendIdle(AppEvent.Navigate(AppDestination.Settings, shell.nowMs()))
        shell.sendIdle(AppEvent.Settings(SettingsEvent.SetDeviceKey(false, shell.nowMs()))).screen<Screen.Settings>().view.also { assertTrue(!it.deviceKeyEnabled, "turned off: ${it.error}") }
        shell.sendIdle(AppEvent.Settings(SettingsEvent.SetDeviceKey(true, shell.nowMs()))).screen<Screen.Settings>().view.also { assertTrue(it.deviceKeyEnabled, "turned on: ${it.error}") }
        assertEquals(2, fakes.deviceKeys.wrapPrompts.size, "enrolling again showed the prompt")
        val deEnrol = fakes.deviceKeys.wrapPrompts.last()
        assertEquals(enrol("de"), deEnrol)
        assertEquals(shell.view.value.labels.cancel, deEnrol.cancel, "the cancel button is the screens' own Cancel")
        shell.sendIdle(AppEvent.Lock(shell.nowMs())).screen<Screen.Unlock>()
        shell.sendIdle(AppEvent.Unlock(UnlockEvent.UnlockWithDeviceKey(shell.nowMs()))).list()
        assertEquals(2, fakes.deviceKeys.unwrapPrompts.size)
        val deUnlock = fakes.deviceKeys.unwrapPrompts.last()
        assertEquals(unlock("de"), deUnlock)
        for ((en, ger) in listOf(enrol("en") to deEnrol, unlock("en") to deUnlock)) {
            assertTrue(en.title != ger.title && en.reason != ger.reason && en.cancel != ger.cancel, "German, not English: $ger")
        }
        assertTrue(device in deEnrol.title, "the enrol title names the device key: ${deEnrol.title}")
    }
    dir.deleteRecursively()
}

/** The controls' words reach the StateFlow in the user's language, and follow a language change. */
fun labelsInTheUsersLanguage(): Unit = runBlocking {
    val dir = tempDir("labels")
    val fakes = Fakes(dir, Vector.atMs)
    MotpShell(config(File(dir, "l.motp").path), fakes.platform).use { shell ->
        shell.createVault("pw for the labels")
        val en = shell.view.value.labels
        assertEquals(catalog("en", "label-lock"), en.lock)
        assertEquals(catalog("en", "settings-change-password"), en.changePassword)
        val de = shell.sendIdle(AppEvent.LocaleChanged("de"))
        assertEquals("de", de.locale)
        assertEquals("Sperren", de.labels.lock)
        assertEquals(catalog("de", "label-lock"), de.labels.lock)
        for ((name, pick) in listOf<Pair<String, (Labels) -> String>>(
            "allGroups" to { it.allGroups }, "stopScanning" to { it.stopScanning }, "scanningHint" to { it.scanningHint },
            "runDoctor" to { it.runDoctor }, "doctorPin" to { it.doctorPin }, "currentPassword" to { it.currentPassword },
            "newPasswordConfirmation" to { it.newPasswordConfirmation },
        )) {
            assertTrue(pick(de.labels).isNotBlank() && pick(de.labels) != pick(en), "$name is German: ${pick(de.labels)} vs ${pick(en)}")
        }
        // the import entries' status in words, in German too
        fakes.files.toOpen = File("$repoRoot/../shared/fixtures/stratum__aegis.encrypted.json")
        shell.sendIdle(AppEvent.Navigate(AppDestination.Backups, shell.nowMs()))
        shell.sendIdle(AppEvent.Backups(BackupsEvent.ChooseImportFile(shell.nowMs())))
        val preview = shell.sendIdle(AppEvent.Backups(BackupsEvent.ImportPassword(text("test"), shell.nowMs()))).screen<Screen.Backups>().view.importPreview!!
        assertTrue(preview.entries.isNotEmpty())
        for (e in preview.entries) {
            val id = when (e.status) {
                ImportEntryStatus.NEW -> "import-status-new"
                ImportEntryStatus.DUPLICATE -> "import-status-duplicate"
                ImportEntryStatus.SKIPPED -> "import-status-skipped"
            }
            assertEquals(catalog("de", id), e.statusText)
        }
    }
    dir.deleteRecursively()
}

/**
 * A password change through the shell: a wrong current password is refused under its field and
 * the old password still opens the vault; the right one changes it, and only the new one opens it.
 */
fun changePassword(): Unit = runBlocking {
    val dir = tempDir("password")
    val fakes = Fakes(dir, Vector.atMs)
    val old = "the old password"
    val new = "the new password"
    MotpShell(config(File(dir, "p.motp").path), fakes.platform).use { shell ->
        shell.createVault(old)
        shell.sendIdle(AppEvent.Navigate(AppDestination.Settings, shell.nowMs()))
        val wrong = shell.sendIdle(AppEvent.Settings(SettingsEvent.ChangePassword(text("not the password"), text(new), text(new), shell.nowMs()))).screen<Screen.Settings>().view
        assertEquals(InputField.CURRENT_PASSWORD, wrong.error?.field, "the wrong current password is shown under its field: ${wrong.error}")
        assertEquals("wrong_password", wrong.error!!.code)
        val differ = shell.sendIdle(AppEvent.Settings(SettingsEvent.ChangePassword(text(old), text(new), text("$new!"), shell.nowMs()))).screen<Screen.Settings>().view
        assertEquals(InputField.PASSWORD_CONFIRMATION, differ.error?.field)
        val empty = shell.sendIdle(AppEvent.Settings(SettingsEvent.ChangePassword(text(old), text(""), text(""), shell.nowMs()))).screen<Screen.Settings>().view
        assertEquals(InputField.PASSWORD, empty.error?.field)

        shell.sendIdle(AppEvent.Lock(shell.nowMs())).screen<Screen.Unlock>()
        shell.sendIdle(AppEvent.Unlock(UnlockEvent.UnlockWithPassword(text(new), shell.nowMs()))).screen<Screen.Unlock>().view.also { assertEquals("wrong_password", it.error?.code, "the refused change did not set the new one") }
        shell.sendIdle(AppEvent.Unlock(UnlockEvent.UnlockWithPassword(text(old), shell.nowMs()))).list()

        shell.sendIdle(AppEvent.Navigate(AppDestination.Settings, shell.nowMs()))
        val changed = shell.sendIdle(AppEvent.Settings(SettingsEvent.ChangePassword(text(old), text(new), text(new), shell.nowMs()))).screen<Screen.Settings>().view
        assertNull(changed.error)
        shell.sendIdle(AppEvent.Lock(shell.nowMs()))
        shell.sendIdle(AppEvent.Unlock(UnlockEvent.UnlockWithPassword(text(old), shell.nowMs()))).screen<Screen.Unlock>().view.also { assertEquals("wrong_password", it.error?.code) }
        shell.sendIdle(AppEvent.Unlock(UnlockEvent.UnlockWithPassword(text(new), shell.nowMs()))).list()
    }
    // and on disk: a new shell opens the saved vault with the new password only
    MotpShell(config(File(dir, "p.motp").path), fakes.platform).use { shell ->
        shell.sendIdle(AppEvent.Started(shell.nowMs())).screen<Screen.Unlock>()
        shell.sendIdle(AppEvent.Unlock(UnlockEvent.UnlockWithPassword(text(new), shell.nowMs()))).list()
    }
    dir.deleteRecursively()
}

/** The test WebDAV server (Apache mod_dav on loopback) the test script started: base URL, user, password. */
fun webDav(): Triple<String, String, String> {
    val line = System.getenv("MOTP_WEBDAV") ?: fail("MOTP_WEBDAV is not set: scripts/test-android-shell.sh starts the WebDAV server")
    val (url, user, password) = line.trim().split(" ")
    return Triple(url, user, password)
}

fun AppView.sync(): SyncView = screen<Screen.Settings>().view.sync

/**
 * Two phones keep one vault through a real WebDAV server, every request sent by the shell's own
 * HttpURLConnection client: A links (the folder made with MKCOL, the vault uploaded), B — a copy
 * of A's file — links and merges, B's new token goes up two seconds after it is saved, and A's
 * pull-down brings it in. An unreachable server is said in the user's words.
 */
fun syncThroughWebDav(): Unit = runBlocking {
    val (base, user, serverPassword) = webDav()
    val url = "${base}android-${System.nanoTime()}/vault.motp"
    val password = "correct horse battery"
    val dirA = tempDir("sync-a")
    val dirB = tempDir("sync-b")
    val fakesA = Fakes(dirA, Vector.atMs)
    val fakesB = Fakes(dirB, Vector.atMs)
    MotpShell(config(File(dirA, "a.motp").path), fakesA.platform).use { a ->
        a.createVault(password)
        a.addVectorToken()
        a.sendIdle(AppEvent.Navigate(AppDestination.Settings, a.nowMs()))
        val linked = a.sendIdle(AppEvent.Settings(SettingsEvent.SetUpSync(url, user, text(serverPassword), a.nowMs()))).sync()
        assertTrue(linked.linked, "A is linked")
        assertEquals(catalog("en", "sync-last-ok", "0"), linked.lastResult, "A's first sync (MKCOL, PUT) succeeded")

        File(dirA, "a.motp").copyTo(File(dirB, "b.motp"))
        MotpShell(config(File(dirB, "b.motp").path), fakesB.platform).use { b ->
            b.sendIdle(AppEvent.Started(b.nowMs())).screen<Screen.Unlock>()
            b.sendIdle(AppEvent.Unlock(UnlockEvent.UnlockWithPassword(text(password), b.nowMs()))).list()
            b.sendIdle(AppEvent.Navigate(AppDestination.Settings, b.nowMs()))
            val bLinked = b.sendIdle(AppEvent.Settings(SettingsEvent.SetUpSync(url, user, text(serverPassword), b.nowMs()))).sync()
            assertEquals(catalog("en", "sync-last-ok", "0"), bLinked.lastResult)
            b.sendIdle(AppEvent.Navigate(AppDestination.Add, b.nowMs()))
            b.sendIdle(AppEvent.Add(AddEvent.UriPasted(text("otpauth://totp/VPN:bob?secret=GEZDGNBVGY3TQOJQ&issuer=VPN"), b.nowMs())))
            b.sendIdle(AppEvent.Add(AddEvent.PreviewAccepted(b.nowMs())))
            b.sendIdle(AppEvent.Add(AddEvent.ConfirmAdd(b.nowMs()))).list()
            // The sync after a change runs two seconds later, on the shell's one timer; A's
            // pull-down brings the token in once B has uploaded it.
            fakesB.ticker.advanceTo(b.nowMs() + 2_000)
            a.sendIdle(AppEvent.Navigate(AppDestination.List, a.nowMs())).list()
            withTimeout(30_000) {
                while (a.sendIdle(AppEvent.List(ListEvent.Refresh(a.nowMs()))).list().rows.size < 2) kotlinx.coroutines.delay(50)
            }
            assertEquals(listOf("alice", "bob"), a.view.value.list().rows.map { it.account }.sorted(), "B's token reached A")
            withTimeout(60_000) { b.awaitIdle() }
        }

        // An unreachable server: the user's words, the vault untouched.
        a.sendIdle(AppEvent.Navigate(AppDestination.Settings, a.nowMs()))
        a.sendIdle(AppEvent.Settings(SettingsEvent.TurnOffSync(a.nowMs())))
        val refused = a.sendIdle(AppEvent.Settings(SettingsEvent.SetUpSync("http://127.0.0.1:1/dav/vault.motp", "", text(""), a.nowMs()))).sync()
        val said = refused.lastResult ?: fail("the failure is said")
        assertTrue(said.contains(catalog("en", "error-sync-failed", "unreachable")), said)
        assertEquals(2, a.sendIdle(AppEvent.Back(a.nowMs())).list().rows.size, "nothing was lost")
    }
    dirA.deleteRecursively()
    dirB.deleteRecursively()
}

/** A backup version's file name as the core writes it (`motp_core::vault::backup_name`). */
fun backupName(atMs: Long): String =
    "mOTP-Token-backup-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
        .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.ofEpochMilli(atMs)) + ".motp"

/**
 * Versioned automatic backups through the shell's Files: after a backup the folder is listed and
 * the versions past keeping deleted (12 old ones → the latest 10 kept, the user's own file
 * untouched); "Restore" lists the versions, each read through Files for its token count.
 */
fun versionedBackups(): Unit = runBlocking {
    val dir = tempDir("versions")
    val folder = File(dir, "backups").apply { mkdirs() }
    val fakes = Fakes(folder, Vector.atMs)
    val day = 86_400_000L
    MotpShell(config(File(dir, "v.motp").path), fakes.platform).use { shell ->
        shell.createVault("correct horse battery")
        shell.sendIdle(AppEvent.Navigate(AppDestination.Backups, shell.nowMs()))
        shell.sendIdle(AppEvent.Backups(BackupsEvent.SetBackupFolder("content://tree/backups", shell.nowMs())))
        for (k in 0 until 12) File(folder, backupName(Vector.atMs - (40 + k) * day)).writeBytes(byteArrayOf(1))
        File(folder, "notes.txt").writeText("mine")
        shell.addVectorToken()
        withTimeout(60_000) { shell.awaitIdle() }
        val ours = folder.list()!!.filter { it.startsWith("mOTP-Token-backup-") }
        assertEquals(10, ours.size, "the latest ten kept: ${ours.sorted()}")
        assertTrue(File(folder, "notes.txt").isFile, "the user's own file is never touched")
        assertTrue(backupName(Vector.atMs) in ours, "the new backup is named with its time")

        shell.sendIdle(AppEvent.Navigate(AppDestination.Backups, shell.nowMs()))
        val view = shell.sendIdle(AppEvent.Backups(BackupsEvent.ShowBackupVersions(shell.nowMs()))).screen<Screen.Backups>().view
        val versions = view.versions ?: fail("the versions are listed")
        assertEquals(10, versions.size)
        assertTrue(versions[0].readable && versions[0].text.endsWith("1 token"), versions[0].text)
        assertTrue(versions.drop(1).none { it.readable }, "the fake old files are not vaults")
    }
    dir.deleteRecursively()
}

fun rssKiB(): Long = File("/proc/self/status").readLines().first { it.startsWith("VmRSS:") }.split(Regex("\\s+"))[1].toLong()

/** 10,000 shells created, started, given a secret, and closed: resident memory stays bounded. */
fun closingReleasesNativeObjects() {
    val dir = tempDir("rss")
    val fakes = Fakes(dir, Vector.atMs)
    val path = File(dir, "none.motp").path
    fun cycle(): Unit = runBlocking {
        val shell = MotpShell(config(path), fakes.platform)
        shell.sendIdle(AppEvent.Started(shell.nowMs())).screen<Screen.FirstRun>()
        shell.sendIdle(AppEvent.FirstRun(FirstRunEvent.FirstRunPasswordChanged(text("a password that is typed"))))
        shell.close()
        shell.send(AppEvent.Tick(shell.nowMs())) // after close: released, ignored
    }
    repeat(1_000) { cycle() }
    System.gc()
    Thread.sleep(200)
    val before = rssKiB()
    val t0 = System.nanoTime()
    repeat(10_000) { cycle() }
    System.gc()
    Thread.sleep(200)
    val after = rssKiB()
    val growth = after - before
    println("  10,000 create/close cycles in ${(System.nanoTime() - t0) / 1_000_000} ms; RSS $before KiB -> $after KiB (${growth} KiB)")
    // The heap is fixed and pre-touched by the test JVM (-Xms = -Xmx, AlwaysPreTouch), so growth
    // is native (malloc arenas, JIT code, metaspace: 6-16 MiB measured here). The bound is
    // 4 KiB per cycle on average.
    assertTrue(growth < 40 * 1024, "RSS grew by $growth KiB over 10,000 cycles")
    dir.deleteRecursively()
}

/**
 * Platform calls that throw instead of answering — a `ProviderException` from the key store, a
 * `SecurityException` from a document provider — become the core's failure events: the screen
 * says what failed, in the user's language, and the shell goes on (today's shell let the
 * exception end its coroutine scope, and with it the app).
 */
fun platformExceptionsBecomeSentences(): Unit = runBlocking {
    val dir = tempDir("throws")
    val fakes = Fakes(dir, Vector.atMs)
    MotpShell(config(File(dir, "throws.motp").path), fakes.platform).use { shell ->
        shell.createVault("pw for the throwing platform")
        shell.sendIdle(AppEvent.Lock(shell.nowMs())).screen<Screen.Unlock>()
        fakes.deviceKeys.throwOnUnwrap = java.security.ProviderException("Keystore operation failed")
        val refused = shell.sendIdle(AppEvent.Unlock(UnlockEvent.UnlockWithDeviceKey(shell.nowMs()))).screen<Screen.Unlock>().view
        assertEquals("device_key_failed", refused.error?.code, "the unlock screen says the key store failed: $refused")
        assertTrue(refused.error!!.text.isNotBlank())
        // The shell still runs: the password opens the vault.
        shell.sendIdle(AppEvent.Unlock(UnlockEvent.UnlockWithPassword(text("pw for the throwing platform"), shell.nowMs()))).list()

        shell.sendIdle(AppEvent.Navigate(AppDestination.Backups, shell.nowMs()))
        fakes.files.throwOnOpen = SecurityException("Permission Denial: opening provider com.example.docs")
        val notice = shell.sendIdle(AppEvent.Backups(BackupsEvent.ChooseImportFile(shell.nowMs()))).notice
        assertEquals("file_failed", notice?.code, "the open dialog's failure is said: $notice")
        assertTrue("Permission Denial" in notice!!.text, "the provider's reason is quoted: ${notice.text}")
        shell.sendIdle(AppEvent.Tick(shell.nowMs())).screen<Screen.Backups>()
    }
    dir.deleteRecursively()
}

/** An activity as Android runs one: its result callbacks, registered when it is created, deliver to the application's answers. */
class ActivityModel(private val answers: PendingAnswers) {
    val launched = java.util.concurrent.CopyOnWriteArrayList<String>()
    fun launch(dialog: String) { launched += dialog }
    fun onResult(dialog: String, value: Any?) = answers.deliver(dialog, value)
}

/**
 * Android's documented order for a dialog open across a configuration change: the request is
 * launched from one activity, that activity is destroyed and created again (dark mode, a
 * multi-window resize), and the result arrives at the new activity's callback. The answer must
 * reach whoever asked (today's app kept the continuation in the old activity: it was never
 * resumed). A newer request for the same dialog answers the older one null.
 */
fun dialogAnswersSurviveActivityRecreation(): Unit = runBlocking {
    val answers = PendingAnswers()
    var activity = ActivityModel(answers)
    val asked = activity
    val file = async(Dispatchers.Default) { answers.ask<String>("open") { asked.launch("open") } }
    withTimeout(5_000) { while (!answers.isWaiting("open") || asked.launched.isEmpty()) kotlinx.coroutines.yield() }
    activity = ActivityModel(answers)  // recreated while the picker is up; the first one is gone
    activity.onResult("open", "content://docs/backup.json")
    assertEquals("content://docs/backup.json", withTimeout(5_000) { file.await() })
    assertTrue(!answers.isWaiting("open"))

    // The camera permission asked, the activity recreated, the answer given to the new one.
    val permission = async(Dispatchers.Default) { answers.ask<Boolean>("camera-permission") { activity.launch("camera-permission") } }
    withTimeout(5_000) { while (!answers.isWaiting("camera-permission")) kotlinx.coroutines.yield() }
    activity = ActivityModel(answers)
    activity.onResult("camera-permission", true)
    assertEquals(true, withTimeout(5_000) { permission.await() })

    // Two saves in a row: the first dialog is gone, its request answered null; a late result
    // for it goes to the second request, the one on screen.
    val first = async(Dispatchers.Default) { answers.ask<String>("create") { activity.launch("create") } }
    withTimeout(5_000) { while (!answers.isWaiting("create")) kotlinx.coroutines.yield() }
    val second = async(Dispatchers.Default) { answers.ask<String>("create") { activity.launch("create") } }
    assertNull(withTimeout(5_000) { first.await() })
    withTimeout(5_000) { while (!answers.isWaiting("create")) kotlinx.coroutines.yield() }
    activity.onResult("create", "content://docs/export.motp")
    assertEquals("content://docs/export.motp", withTimeout(5_000) { second.await() })
    // A result nobody waits for is dropped.
    activity.onResult("open", "content://docs/late")
    assertTrue(!answers.isWaiting("open"))
}

/**
 * A clear that comes due (the shell's timer, or Android's alarm in a later process) clears the
 * clipboard only while the clip is still ours: compared by the random marker the clip carries,
 * never by its text; when Android hides the clipboard from a background app, it clears.
 */
fun clipClearedOnlyWhileOurs() {
    assertTrue(ClipOwnership.shouldClear(waiting = "m1", onClipboard = "m1", readable = true), "our clip")
    assertTrue(!ClipOwnership.shouldClear(waiting = "m1", onClipboard = null, readable = true), "another app's clip (no marker)")
    assertTrue(!ClipOwnership.shouldClear(waiting = "m2", onClipboard = "m1", readable = true), "an older clip of ours: the newer copy's clear is due later")
    assertTrue(ClipOwnership.shouldClear(waiting = "m1", onClipboard = null, readable = false), "hidden in the background: most likely still ours")
    assertTrue(!ClipOwnership.shouldClear(waiting = null, onClipboard = "m1", readable = true), "nothing waits to be cleared (cleared already)")
}

/**
 * The camera preview draws into the preview view on screen at each bind. CameraX binds when
 * `ProcessCameraProvider` is ready, on the main thread, before or after Compose has created the
 * Add screen's `PreviewView`; a second scan has a new view, and the first view's release may
 * come late. The old camera read one field, set by the first view's factory and never cleared:
 * at the second bind it handed CameraX the first, detached view (a black preview, the old
 * activity kept alive) — the second assertion below.
 */
fun previewFollowsTheViewOnScreen() {
    val surface = PreviewSurface<Any>()
    val given = mutableListOf<Any?>()
    // Scan 1: Compose creates the view, then CameraX binds.
    val first = Any()
    surface.attached(first)
    surface.bound { given += it }
    assertEquals(listOf<Any?>(first), given)
    // The scan stops: the view is released and the camera unbound.
    surface.detached(first)
    surface.unbound()
    given.clear()
    // Scan 2: CameraX is ready before Compose has created the new view.
    surface.bound { given += it }
    assertEquals(listOf<Any?>(null), given, "the second bind must not get the first, detached view")
    val second = Any()
    surface.attached(second)
    assertEquals(listOf<Any?>(null, second), given, "the new view is handed to the bound preview when it appears")
    // The first view's release, delivered late, changes nothing.
    surface.detached(first)
    assertEquals(second, surface.current())
    assertEquals(listOf<Any?>(null, second), given)
    // The screen leaves while the camera is still bound: the preview stops drawing into it.
    surface.detached(second)
    assertEquals(listOf<Any?>(null, second, null), given)
    surface.unbound()
    surface.attached(Any())
    assertEquals(3, given.size, "an unbound preview is not handed anything")
}

/**
 * The search field keeps every keystroke while the loop is behind. The keyboard applies each
 * key to the value the field shows; the loop is held (its one thread busy) while three keys are
 * typed, as it is on a phone when a tick or a job's answer is being handled. A field showing
 * the core's `search` (the old app) gives "c" — two keys lost; the shell's [SearchField] gives
 * "abc", on screen and, once the loop has caught up, in the core's filter.
 */
fun searchKeepsEveryKeystroke(): Unit = runBlocking {
    val dir = tempDir("search")
    val fakes = Fakes(dir, Vector.atMs)
    val loop = java.util.concurrent.Executors.newSingleThreadExecutor()
    val dispatcher = loop.asCoroutineDispatcher()
    MotpShell(config(File(dir, "s.motp").path), fakes.platform, loopDispatcher = dispatcher).use { shell ->
        shell.createVault("pw for the search")
        shell.addVectorToken()

        /** Types [keys] while the loop is held, each applied to what the field [shows]. */
        suspend fun typeWhileLoopBusy(keys: String, shows: () -> String, changed: (String) -> Unit) {
            val held = java.util.concurrent.CountDownLatch(1)
            loop.execute { held.await() }
            for (key in keys) changed(shows() + key)
            held.countDown()
            withTimeout(60_000) { shell.awaitIdle() }
        }
        val send = { q: String -> shell.send(AppEvent.List(ListEvent.SearchChanged(q, shell.nowMs()))) }

        typeWhileLoopBusy("abc", shows = { shell.view.value.list().search }, changed = send)
        assertEquals("c", shell.view.value.list().search, "the core's view as the field's value drops keys (the old app)")
        shell.sendIdle(AppEvent.List(ListEvent.SearchChanged("", shell.nowMs())))

        val field = SearchField(shell.view.value.list().search)
        val edited = { value: String -> field.edited(value)?.let(send); Unit }
        typeWhileLoopBusy("ali", shows = { field.text }, changed = edited)
        assertEquals("ali", field.text)
        assertEquals("ali", shell.view.value.list().search, "every key reached the core")
        assertEquals(listOf("alice"), shell.view.value.list().rows.map { it.account })
        // Views published for the older keys ("a", "al") changed nothing on screen; the next key
        // goes on from what the user sees.
        typeWhileLoopBusy("x", shows = { field.text }, changed = edited)
        assertEquals("alix", shell.view.value.list().search)
        assertTrue(shell.view.value.list().rows.isEmpty())
        assertEquals(null, field.edited("alix"), "an unchanged text (a selection change) sends nothing")
        // A list drawn again (back from a token's details) starts from the filter in force.
        assertEquals("alix", SearchField(shell.view.value.list().search).text)
    }
    loop.shutdown()
    dir.deleteRecursively()
}


/**
 * "Import from a picture": the platform decodes the chosen file into ARGB pixels
 * (Bitmap.getPixels); [GreyPlanes] turns them into the grey plane the core reads. Here the
 * pixels are those of a real camera frame of a QR code (Aegis's test data), made opaque ARGB
 * as a bitmap holds them: the core finds the same token in the plane as in the camera frame.
 */
fun pictureIsReadLikeAScan(): Unit = runBlocking {
    assertEquals(1, GreyPlanes.sampleSize(4096, 10))
    assertEquals(4, GreyPlanes.sampleSize(9000, 3000), "9000 / 2 is still above 4096")
    val colours = intArrayOf(0xFFFFFFFF.toInt(), 0xFF000000.toInt(), 0x00000000, 0xFFFF0000.toInt())
    val grey = GreyPlanes.fromArgb(colours, 4, 1).luma.map { it.toInt() and 0xff }
    assertEquals(listOf(255, 0, 255, 76), grey, "white, black, transparent (white), red")

    val (w, h, stride) = Triple(1840, 1380, 1856)
    val frame = GZIPInputStream(File("$repoRoot/../shared/fixtures/aegis__helpers__qr.strided.y.gz").inputStream()).use { it.readBytes() }
    val pixels = IntArray(w * h) { i ->
        val y = frame[(i / w) * stride + i % w].toInt() and 0xff
        (0xff shl 24) or (y shl 16) or (y shl 8) or y
    }
    val plane = GreyPlanes.fromArgb(pixels, w, h)
    val dir = tempDir("picture")
    val fakes = Fakes(dir, Vector.atMs)
    MotpShell(config(File(dir, "tokens.motp").path), fakes.platform).use { shell ->
        shell.sendIdle(AppEvent.Started(shell.nowMs()))
        shell.sendIdle(AppEvent.FirstRun(FirstRunEvent.CreateVault(text("pw"), text("pw"), false, shell.nowMs()))).list()
        shell.sendIdle(AppEvent.Navigate(AppDestination.Add, shell.nowMs()))
        shell.sendIdle(AppEvent.Add(AddEvent.PictureChosen(SensitiveBytes(plane.luma), w.toUInt(), h.toUInt(), w.toUInt(), shell.nowMs())))
        val preview = shell.until("the picture's preview") { (it.screen as? Screen.Add)?.view?.preview != null }.screen<Screen.Add>().view.preview!!
        assertEquals("neo4j", preview.issuer)
        assertEquals("Charlotte", preview.account)
        assertNull(fakes.camera.sink, "no camera was started for a picture")
    }
}

fun main(args: Array<String>) {
    val tests = linkedMapOf<String, () -> Unit>(
        "journey through the StateFlow" to ::journey,
        "an event sent during a slow unlock is queued, not lost" to ::eventDuringSlowUnlockIsQueued,
        "no stale screen after a lock" to ::noStaleScreenAfterLock,
        "a camera that cannot be used returns to the add screen's choice, in the user's language" to ::cameraUnavailable,
        "stop scanning stops the camera and stays on the add screen's choice" to ::stopScanning,
        "the biometric prompt's words reach DeviceKeys in the user's language" to ::deviceKeyPromptInTheUsersLanguage,
        "the labels reach the StateFlow in the user's language" to ::labelsInTheUsersLanguage,
        "a password change with a wrong current password leaves the old one working" to ::changePassword,
        "the clipboard is cleared when its timer fires" to ::clipboardClearedWhenTimerFires,
        "a due clear clears the clipboard only while the clip is ours" to ::clipClearedOnlyWhileOurs,
        "the camera preview draws into the view on screen at each bind" to ::previewFollowsTheViewOnScreen,
        "the search field keeps every keystroke while the loop is behind" to ::searchKeepsEveryKeystroke,
        "a chosen picture is read like a scan (its pixels made grey in the shell)" to ::pictureIsReadLikeAScan,
        "platform exceptions become the core's failure events, and the shell goes on" to ::platformExceptionsBecomeSentences,
        "a dialog's answer reaches whoever asked across an activity's recreation" to ::dialogAnswersSurviveActivityRecreation,
        "two phones sync through a real WebDAV server with HttpURLConnection" to ::syncThroughWebDav,
        "automatic backups are versioned, rotated and listed through Files" to ::versionedBackups,
        "closing releases native objects (RSS over 10,000 cycles)" to ::closingReleasesNativeObjects,
    )
    var failed = 0
    var ran = 0
    for ((name, test) in tests) {
        if (args.isNotEmpty() && args.none { name.contains(it) }) continue
        ran++
        val t0 = System.nanoTime()
        try {
            test()
            println("PASS $name (${(System.nanoTime() - t0) / 1_000_000} ms)")
        } catch (e: Throwable) {
            failed++
            println("FAIL $name: $e")
            e.printStackTrace()
        }
    }
    println("android shell: ${ran - failed} passed, $failed failed")
    exitProcess(if (failed == 0 && ran > 0) 0 else 1)
}
