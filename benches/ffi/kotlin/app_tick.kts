// Benchmark (not a test): what the Android shell pays per tick of the token list — one
// AppCore.dispatch(Tick) plus one AppCore.view() — with 200 tokens on screen, each showing its
// code (PINs typed), from Kotlin on a warm JVM. scripts/bench-ffi.sh runs it.
import app.motp.core.*
import java.nio.file.Files

val dir = Files.createTempDirectory("motp-bench-app").toFile()
val core = AppCore(AppCoreConfig(dir.resolve("b.motp").path, "en", null, defaultAppSettings(), KdfCost.INSECURE_FAST_FOR_TESTS, defaultTimeServer()))
var now = 1_700_000_000_000L
/// Dispatches and runs every job the core hands out (on this thread: set-up only).
fun send(e: AppEvent) {
    val queue = ArrayDeque(core.dispatch(e))
    while (queue.isNotEmpty()) {
        val fx = queue.removeFirst()
        if (fx is AppEffect.RunJob) queue.addAll(core.dispatch(AppEvent.JobFinished(fx.job.run(), now)))
        if (fx is AppEffect.OpenFile) openRequest = fx.request
    }
}
var openRequest = 0uL
send(AppEvent.Started(now))
send(AppEvent.FirstRun(FirstRunEvent.CreateVault(SensitiveText("bench password"), SensitiveText("bench password"), false, now)))
send(AppEvent.Settings(SettingsEvent.SetAutoLock(5u, 0u, now))) // no inactivity lock while the clock runs on
val rnd = java.util.Random(1)
val uris = (0 until 200).joinToString("\n") { i -> "motp://Bench:user$i?secret=" + (0 until 16).map { "0123456789abcdef"[rnd.nextInt(16)] }.joinToString("") }
send(AppEvent.Navigate(AppDestination.Backups, now))
send(AppEvent.Backups(BackupsEvent.ChooseImportFile(now)))
send(AppEvent.FileOpened(openRequest, "bench.txt", SensitiveBytes(uris.toByteArray()), now))
send(AppEvent.Backups(BackupsEvent.ConfirmImport(false, now)))
send(AppEvent.Back(now))
val ids = ((core.view().screen as Screen.List).view.rows).map { it.id }
check(ids.size == 200) { "${ids.size} tokens" }
for (id in ids) send(AppEvent.List(ListEvent.PinEntered(id, SensitiveText("1234"), now)))
check((core.view().screen as Screen.List).view.rows.all { it.code != null }) { "every row shows a code" }

var sink = 0
fun tick() { now += 1_000; core.dispatch(AppEvent.Tick(now)); sink += (core.view().screen as Screen.List).view.rows.size }
fun viewOnly() { sink += (core.view().screen as Screen.List).view.rows.size }
fun measure(name: String, batch: Int, call: () -> Unit) {
    repeat(20) { repeat(batch) { call() } } // warm-up: JIT, JNA
    val perCall = (1..31).map { val t0 = System.nanoTime(); repeat(batch) { call() }; (System.nanoTime() - t0).toDouble() / batch }.sorted()
    println("kotlin %s: median %.3f ms (p10 %.3f, p90 %.3f; %d batches of %d)".format(
        name, perCall[15] / 1e6, perCall[3] / 1e6, perCall[27] / 1e6, perCall.size, batch))
}
measure("AppCore tick, 200 tokens: dispatch(Tick) + view()", 50) { tick() }
measure("AppCore view(), 200 tokens", 50) { viewOnly() }
check(sink > 0)
dir.deleteRecursively()
