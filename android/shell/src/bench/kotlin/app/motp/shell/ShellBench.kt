// Figures for android/README.md (scripts/bench-android-shell.sh): through the shell, on the JVM,
// against the release library — the time from an unlock (test KDF) to the first list view with
// 200 tokens, and the cost of one tick of that list (Tick sent, handled, view published).
// A benchmark, not a test: it prints figures and checks only that it measured what it says.
package app.motp.shell

import app.motp.core.*
import java.io.File
import java.nio.file.Files as NioFiles
import java.security.SecureRandom
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout

private fun base32(bytes: ByteArray): String {
    val alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    val sb = StringBuilder()
    var buffer = 0
    var bits = 0
    for (b in bytes) {
        buffer = (buffer shl 8) or (b.toInt() and 0xff)
        bits += 8
        while (bits >= 5) { sb.append(alphabet[(buffer shr (bits - 5)) and 31]); bits -= 5 }
    }
    if (bits > 0) sb.append(alphabet[(buffer shl (5 - bits)) and 31])
    return sb.toString()
}

private fun median(xs: List<Long>) = xs.sorted()[xs.size / 2]

/**
 * A vault with [tokens] TOTP tokens, made through the app core itself (first run, then one import
 * of an `otpauth://` list: one save), with the core's jobs run in place.
 */
private fun makeVault(path: String, password: String, tokens: Int) {
    val random = SecureRandom()
    val list = (0 until tokens).joinToString("\n") { i ->
        "otpauth://totp/Bench:user$i?secret=${base32(ByteArray(20).also(random::nextBytes))}&issuer=Bench"
    }
    val config = AppCoreConfig(path, "en", null, defaultAppSettings(), KdfCost.INSECURE_FAST_FOR_TESTS, defaultTimeServer())
    AppCore(config).use { core ->
        fun send(event: AppEvent) {
            for (effect in core.dispatch(event)) {
                when (effect) {
                    is AppEffect.RunJob -> send(AppEvent.JobFinished(effect.job.run(), 0))
                    is AppEffect.OpenFile -> send(AppEvent.FileOpened(effect.request, "bench.txt", SensitiveBytes(list.toByteArray()), 0))
                    else -> {}
                }
            }
        }
        val secret = SensitiveText(password)
        send(AppEvent.Started(0))
        send(AppEvent.FirstRun(FirstRunEvent.CreateVault(secret, secret, false, 0)))
        send(AppEvent.Navigate(AppDestination.Backups, 0))
        send(AppEvent.Backups(BackupsEvent.ChooseImportFile(0)))
        send(AppEvent.Backups(BackupsEvent.ConfirmImport(false, 0)))
        send(AppEvent.Lock(0))
    }
}

fun main(): Unit = runBlocking {
    val dir = NioFiles.createTempDirectory("motp-shell-bench").toFile()
    val path = File(dir, "bench.motp").path
    val password = "bench password"
    // 200 TOTP tokens (codes without a PIN, so every row has a code to compute on each tick).
    makeVault(path, password, 200)
    val ticker = WallClockBenchTicker()
    val fakes = Fakes(dir, System.currentTimeMillis())
    val platform = Platform(fakes.deviceKeys, fakes.camera, fakes.clipboard, fakes.files, fakes.networkTime, ticker, fakes.settings, fakes.feedback)
    val config = AppCoreConfig(path, "en", null, defaultAppSettings(), KdfCost.INSECURE_FAST_FOR_TESTS, defaultTimeServer())
    MotpShell(config, platform).use { shell ->
        shell.send(AppEvent.Started(shell.nowMs()))
        shell.awaitIdle()
        val unlocks = mutableListOf<Long>()
        repeat(21) {
            val t0 = System.nanoTime()
            shell.send(AppEvent.Unlock(UnlockEvent.UnlockWithPassword(SensitiveText(password), shell.nowMs())))
            withTimeout(60_000) { shell.view.first { v -> (v.screen as? Screen.List)?.view?.rows?.size == 200 } }
            unlocks += System.nanoTime() - t0
            shell.send(AppEvent.Lock(shell.nowMs()))
            shell.awaitIdle()
            check(shell.view.value.screen is Screen.Unlock)
        }
        shell.send(AppEvent.Unlock(UnlockEvent.UnlockWithPassword(SensitiveText(password), shell.nowMs())))
        shell.awaitIdle()
        val rows = (shell.view.value.screen as Screen.List).view.rows
        check(rows.size == 200 && rows.all { it.code != null }) { "200 rows with codes" }
        val ticks = mutableListOf<Long>()
        var t = shell.nowMs()
        repeat(3_000) { i ->
            t += 10 // ticks are not user activity: 30 s in all, well inside the inactivity lock
            val t0 = System.nanoTime()
            shell.send(AppEvent.Tick(t))
            shell.awaitIdle()
            if (i >= 500) ticks += System.nanoTime() - t0 // the first 500: JIT warm-up
        }
        val after = shell.view.value.screen
        check(after is Screen.List && after.view.rows.size == 200) { "still the list after the ticks: $after" }
        println("unlock (test KDF) -> first list view of 200 tokens, through the shell: median ${"%.1f".format(median(unlocks.drop(1)) / 1e6)} ms (20 runs)")
        println("one tick of the 200-token list through the shell (send Tick, dispatch, view published): median ${"%.3f".format(median(ticks) / 1e6)} ms, mean ${"%.3f".format(ticks.average() / 1e6)} ms (2,500 ticks)")
    }
    dir.deleteRecursively()
}

/** The real clock; ticks are sent by the benchmark itself, so no timer needs to fire. */
private class WallClockBenchTicker : Ticker {
    override fun nowMs() = System.currentTimeMillis()
    override suspend fun sleepUntil(atMs: Long) = kotlinx.coroutines.delay(maxOf(0, atMs - nowMs()))
}
