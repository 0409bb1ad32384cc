// The contract of AppCore's Kotlin API that only the bindings can break (the behaviour behind it
// is motp-app's, tested in Rust; the user's journey through a real shell is android/shell's):
//   1. the UI thread never waits behind slow work: while a real Argon2id job (64 MiB, the
//      default cost) runs on a worker, view() and Tick dispatches keep completing;
//   2. a job runs once and its outcome is handed back once: the second time is
//      AppCoreException.NotAvailable (the outcome's through a failed lift of JobFinished),
//      and nothing changes;
//   3. after a lock, an event that needs the vault throws AppCoreException.Locked whose message
//      is the localised sentence (no debug text), in the core's language;
//   4. a record the core returns is a data class of vals whose equals compares content;
//   5. on desktop Linux, a process that made an AppCore writes no core file (hard limit 0).
import app.motp.core.*
import java.io.File
import java.nio.file.Files
import java.util.concurrent.Executors
import java.util.concurrent.Future

fun check(cond: Boolean, msg: () -> String) { if (!cond) throw AssertionError(msg()) }
fun text(s: String) = SensitiveText(s)

val dir = Files.createTempDirectory("motp-app-core").toFile()
fun config(name: String, kdf: KdfCost, locale: String = "en") =
    AppCoreConfig(File(dir, name).path, locale, null, defaultAppSettings(), kdf, defaultTimeServer())

/// Dispatches and runs every job the event starts in place, as a shell's worker would.
fun AppCore.send(event: AppEvent) {
    for (effect in dispatch(event)) if (effect is AppEffect.RunJob) send(AppEvent.JobFinished(effect.job.run(), 0))
}

// ---- 1. a real Argon2id job on a worker; this thread keeps drawing and ticking
val slow = AppCore(config("slow.motp", KdfCost.DEFAULT))
slow.send(AppEvent.Started(0))
val create = slow.dispatch(AppEvent.FirstRun(FirstRunEvent.CreateVault(text("a slow password"), text("a slow password"), false, 0)))
val job = create.filterIsInstance<AppEffect.RunJob>().single().job
check(job.kind() == AppJobKind.CREATE_VAULT) { "${job.kind()}" }
val worker = Executors.newSingleThreadExecutor()
val running: Future<AppJobOutcome> = worker.submit<AppJobOutcome> { job.run() }
var whileRunning = 0
var t = 0L
while (!running.isDone) {
    t += 1
    slow.dispatch(AppEvent.Tick(t))
    val busy = slow.view().busy
    if (!running.isDone) { whileRunning++; check(busy?.kind == AppJobKind.CREATE_VAULT) { "the view says busy: $busy" } }
}
check(whileRunning > 0) { "no view or tick completed while Argon2id ran" }
val outcome = running.get()
check(outcome.id() == job.id()) { "the outcome carries its job's id" }
slow.dispatch(AppEvent.JobFinished(outcome, t))
check(slow.view().screen is Screen.List) { "created: ${slow.view().screen}" }
println("while Argon2id ran on the worker: $whileRunning view + tick dispatches completed on this thread")

// ---- 2. once only: a job, and its outcome
try { job.run(); check(false) { "a job ran twice" } }
catch (e: AppCoreException.NotAvailable) { check(e.message!!.contains("already run")) { "${e.message}" } }
val before = slow.view()
try { slow.dispatch(AppEvent.JobFinished(outcome, t)); check(false) { "an outcome was handed back twice" } }
catch (e: AppCoreException.NotAvailable) { check(e.message!!.contains("already handed back")) { "${e.message}" } }
check(slow.view() == before) { "a refused event changed the view" }

// ---- 3. Locked after a lock, with the sentence in the core's language
val fast = AppCore(config("fast.motp", KdfCost.INSECURE_FAST_FOR_TESTS, locale = "de-AT"))
fast.send(AppEvent.Started(0))
fast.send(AppEvent.FirstRun(FirstRunEvent.CreateVault(text("pw pw pw pw"), text("pw pw pw pw"), false, 0)))
check(!fast.isLocked()) { "unlocked after creation" }
fast.send(AppEvent.Lock(1))
check(fast.isLocked()) { "locked" }
try { fast.dispatch(AppEvent.List(ListEvent.PinEntered("00000000-0000-0000-0000-000000000000", text("1234"), 2))); check(false) { "a locked core took a PIN" } }
catch (e: AppCoreException.Locked) {
    val m = e.message!!
    check(m.isNotBlank() && !m.contains("message=") && !m.contains("Locked(")) { "debug text: $m" }
    check(m != AppCore(config("en.motp", KdfCost.INSECURE_FAST_FOR_TESTS)).let { en ->
        en.send(AppEvent.Started(0)); en.send(AppEvent.FirstRun(FirstRunEvent.CreateVault(text("pw pw pw pw"), text("pw pw pw pw"), false, 0))); en.send(AppEvent.Lock(1))
        try { en.dispatch(AppEvent.List(ListEvent.PinEntered("x", text("1"), 2))); "" } catch (l: AppCoreException.Locked) { l.message!! }
    }) { "the German core said the English sentence: $m" }
}

// ---- 5. (desktop Linux) the process that holds an AppCore writes no core file: its core limit
// is 0 and cannot be raised again (motp_core::harden, issue #23 §6)
val limits = File("/proc/self/limits").readLines().first { it.startsWith("Max core file size") }
check(limits.split(Regex("\\s{2,}"))[1].trim() == "0" && limits.split(Regex("\\s{2,}"))[2].trim() == "0") { "core dumps still on: $limits" }

// ---- 4. records are values
check(fast.view() == fast.view() && fast.settings() == defaultAppSettings()) { "records compare by content" }

worker.shutdown()
dir.deleteRecursively()
println("app_core.kts: all checks passed")
