// The Android app's loop around the app core, in plain Kotlin (no android.*, no androidx), so that
// it is compiled and tested on a JVM against the real library (scripts/test-android-shell.sh).
//
// Events go into one queue and are handed to `AppCore.dispatch` one at a time on one background
// dispatcher; the effects that come back are carried out through [Platform]; after every event the
// core's view is published to [view] (a StateFlow Compose collects). Slow work (`RunJob`) runs on
// the job dispatcher and comes back as `JobFinished`; platform prompts and dialogs suspend in their
// own coroutines and come back as answer events. Nothing here decides anything about the vault,
// tokens, codes or locking: that is the core's (rust/motp-app); see docs/mobile-api.md.
package app.motp.shell

import app.motp.core.AppCore
import app.motp.core.AppCoreConfig
import app.motp.core.AppCoreException
import app.motp.core.AppEffect
import app.motp.core.AppEvent
import app.motp.core.AddEvent
import app.motp.core.AppView
import app.motp.core.CameraProblem
import app.motp.core.FolderListing
import app.motp.core.HttpFailure
import app.motp.core.SensitiveBytes
import java.util.concurrent.atomic.AtomicBoolean
import java.util.concurrent.atomic.AtomicReference
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.ExperimentalCoroutinesApi
import kotlinx.coroutines.Job
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.delay
import kotlinx.coroutines.channels.BufferOverflow
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.flow.MutableSharedFlow
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.SharedFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asSharedFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext

/**
 * One app core and the loop that drives it. Create one per process (the Android app keeps it in
 * a ViewModel); [close] it to release the core and every native object it holds.
 *
 * [send] may be called from any thread (Compose callbacks, the camera's analyzer, lifecycle
 * observers): it never blocks and never drops an event; events are handled in the order sent.
 */
@OptIn(ExperimentalCoroutinesApi::class)
class MotpShell(
    config: AppCoreConfig,
    private val platform: Platform,
    /** Where `RunJob` work (Argon2id, fsync, imports, NTP) runs: never the loop's dispatcher. */
    private val jobDispatcher: CoroutineDispatcher = Dispatchers.IO,
    /** The loop's one background dispatcher: events are handled strictly one at a time. */
    loopDispatcher: CoroutineDispatcher = Dispatchers.Default.limitedParallelism(1),
) : AutoCloseable {
    private val core = AppCore(config)
    private val scope = CoroutineScope(SupervisorJob() + loopDispatcher)
    private val queue = Channel<AppEvent>(Channel.UNLIMITED)
    private val inFlight = MutableStateFlow(0)
    private val mutableView = MutableStateFlow(core.view())
    private val mutableRejected = MutableSharedFlow<AppCoreException>(extraBufferCapacity = 16, onBufferOverflow = BufferOverflow.DROP_OLDEST)
    /** The camera run in progress (one token per `StartCamera`), or `null` while it is off. */
    private val cameraRun = AtomicReference<Any?>(null)
    private val frameQueued = AtomicBoolean(false)
    private val closed = AtomicBoolean(false)
    private var tickTimer: Job? = null
    private var clipboardTimer: Job? = null

    /** The screen to draw, as of the last event handled. Compose draws it as it is. */
    val view: StateFlow<AppView> = mutableView.asStateFlow()

    /**
     * Events the core refused (`Locked` after a lock, `Busy` while the vault saves,
     * `NotAvailable` for an event that does not fit the screen): the message is the localised
     * sentence, for a snackbar. The view is unchanged by a refused event.
     */
    val rejected: SharedFlow<AppCoreException> = mutableRejected.asSharedFlow()

    init {
        scope.launch {
            for (event in queue) handle(event)
        }
    }

    /** The device's wall clock, for the `nowMs` of the events the app sends. */
    fun nowMs(): Long = platform.ticker.nowMs()

    /** Queues [event]. After [close], the event is released and ignored. */
    fun send(event: AppEvent) {
        inFlight.update { it + 1 }
        if (closed.get() || queue.trySend(event).isFailure) {
            inFlight.update { it - 1 }
            event.destroy()
        }
    }

    /**
     * Suspends until every event sent so far is handled and no job, prompt, dialog or network
     * request is outstanding (armed timers and a running camera do not count).
     */
    suspend fun awaitIdle() {
        inFlight.first { it == 0 }
    }

    private fun handle(event: AppEvent) {
        try {
            val effects = try {
                core.dispatch(event)
            } catch (e: AppCoreException) {
                mutableRejected.tryEmit(e)
                emptyList()
            } finally {
                if ((event as? AppEvent.Add)?.v1 is AddEvent.CameraFrame) frameQueued.set(false)
                event.destroy()
            }
            for (fx in effects) {
                // A synchronous platform call that throws (the clipboard, the settings store,
                // haptics) loses that one effect, never the loop.
                try { carryOut(fx) } catch (e: CancellationException) { throw e } catch (_: Exception) { fx.destroy() }
            }
            mutableView.value = core.view()
        } finally {
            inFlight.update { it - 1 }
        }
    }

    /**
     * Starts [work] in its own coroutine; it counts as outstanding until it has sent its answer.
     * A platform call that throws instead of answering (a `ProviderException` from key
     * generation, a `SecurityException` from a document provider, a `KeyStoreException`) is
     * answered with [failed]'s event, whose reason the core words in the user's language: a
     * platform failure is a sentence on the screen, never the end of the app.
     */
    private fun outstanding(
        dispatcher: CoroutineDispatcher? = null,
        failed: ((String) -> AppEvent?)? = null,
        work: suspend () -> AppEvent?,
    ) {
        inFlight.update { it + 1 }
        val guarded: suspend () -> Unit = {
            val answer = try {
                work()
            } catch (e: CancellationException) {
                throw e
            } catch (e: Exception) {
                failed?.invoke(reason(e))
            }
            answer?.let(::send)
        }
        val job = if (dispatcher == null) scope.launch { guarded() } else scope.launch(dispatcher) { guarded() }
        job.invokeOnCompletion { inFlight.update { it - 1 } }
    }

    /** A platform exception's own message (the system's, usually localised), or its class. */
    private fun reason(e: Exception): String = e.message?.takeIf { it.isNotBlank() } ?: e.javaClass.simpleName

    private fun carryOut(fx: AppEffect) {
        when (fx) {
            is AppEffect.RunJob -> {
                val job = fx.job // owned by the coroutine from here: released once it has run
                outstanding(jobDispatcher) {
                    try {
                        AppEvent.JobFinished(job.run(), nowMs())
                    } catch (e: AppCoreException) {
                        mutableRejected.tryEmit(e)
                        null
                    } finally {
                        job.destroy()
                    }
                }
                return
            }
            is AppEffect.ScheduleTick -> {
                val at = fx.atMs
                tickTimer?.cancel()
                tickTimer = scope.launch {
                    platform.ticker.sleepUntil(at)
                    send(AppEvent.Tick(nowMs()))
                }
            }
            is AppEffect.UnwrapWithDeviceKey -> {
                val request = fx.request
                val id = fx.protectorId
                val wrapped = fx.wrapped
                val prompt = fx.prompt
                outstanding(failed = { AppEvent.DeviceKeyFailed(request, it, nowMs()) }) {
                    when (val answer = platform.deviceKeys.unwrap(id, wrapped, prompt)) {
                        is DeviceKeyAnswer.Bytes -> AppEvent.DeviceKeyUnwrapped(request, SensitiveBytes(answer.bytes), nowMs()).also { answer.bytes.fill(0) }
                        DeviceKeyAnswer.Cancelled -> AppEvent.DeviceKeyCancelled(request, nowMs())
                        DeviceKeyAnswer.Invalidated -> AppEvent.DeviceKeyInvalidated(request, nowMs())
                        is DeviceKeyAnswer.Failed -> AppEvent.DeviceKeyFailed(request, answer.reason, nowMs())
                    }
                }
            }
            is AppEffect.WrapWithDeviceKey -> {
                val request = fx.request
                val id = fx.protectorId
                val key = fx.key.expose()
                val prompt = fx.prompt
                outstanding(failed = { AppEvent.DeviceKeyFailed(request, it, nowMs()) }) {
                    val answer = try {
                        platform.deviceKeys.wrap(id, key, prompt)
                    } finally {
                        key.fill(0)
                    }
                    when (answer) {
                        is DeviceKeyAnswer.Bytes -> AppEvent.DeviceKeyWrapped(request, answer.bytes, nowMs())
                        DeviceKeyAnswer.Cancelled -> AppEvent.DeviceKeyCancelled(request, nowMs())
                        DeviceKeyAnswer.Invalidated -> AppEvent.DeviceKeyInvalidated(request, nowMs())
                        is DeviceKeyAnswer.Failed -> AppEvent.DeviceKeyFailed(request, answer.reason, nowMs())
                    }
                }
            }
            // The vault's slot is gone already; a key store that fails to delete its key leaves
            // a key nothing can use, which is no reason to stop the app.
            is AppEffect.DeleteDeviceKey -> try { platform.deviceKeys.delete(fx.protectorId) } catch (_: Exception) {}
            AppEffect.StartCamera -> if (cameraRun.get() == null) startCamera()
            AppEffect.StopCamera -> if (cameraRun.getAndSet(null) != null) platform.camera.stop()
            is AppEffect.CopyToClipboard -> {
                val text = fx.text.expose()
                val clearAt = fx.clearAfterMs?.let { after -> nowMs() + after.toLong() }
                platform.clipboard.copy(text, fx.sensitive, clearAt)
                // While the process lives, the shell's timer clears at the instant; the
                // platform's own clear (armed by `copy`) covers a process killed before it.
                clipboardTimer?.cancel()
                clipboardTimer = clearAt?.let { at ->
                    scope.launch {
                        platform.ticker.sleepUntil(at)
                        platform.clipboard.clear()
                        clipboardTimer = null
                    }
                }
            }
            is AppEffect.SaveFile -> {
                val request = fx.request
                val name = fx.suggestedName
                val mime = fx.mimeType
                val bytes = fx.bytes.expose()
                outstanding(failed = { AppEvent.FileFailed(request, it, nowMs()) }) {
                    fileAnswer(request, try { platform.files.save(name, mime, bytes) } finally { bytes.fill(0) })
                }
            }
            is AppEffect.SaveToFolder -> {
                val request = fx.request
                val folder = fx.folder
                val name = fx.fileName
                val bytes = fx.bytes.expose()
                outstanding(failed = { AppEvent.FileFailed(request, it, nowMs()) }) {
                    fileAnswer(request, try { platform.files.saveToFolder(folder, name, bytes) } finally { bytes.fill(0) })
                }
            }
            is AppEffect.OpenFile -> {
                val request = fx.request
                val types = fx.mimeTypes
                outstanding(failed = { AppEvent.FileFailed(request, it, nowMs()) }) {
                    val file = platform.files.open(types)
                    if (file == null) {
                        AppEvent.FileFailed(request, null, nowMs())
                    } else {
                        AppEvent.FileOpened(request, file.name, SensitiveBytes(file.bytes), nowMs()).also { file.bytes.fill(0) }
                    }
                }
            }
            is AppEffect.ListFolder -> {
                val request = fx.request
                val folder = fx.folder
                outstanding(failed = { AppEvent.FileFailed(request, it, nowMs()) }) {
                    AppEvent.FolderListed(request, FolderListing(platform.files.listFolder(folder)), nowMs())
                }
            }
            is AppEffect.ReadFromFolder -> {
                val request = fx.request
                val folder = fx.folder
                val name = fx.fileName
                outstanding(failed = { AppEvent.FileFailed(request, it, nowMs()) }) {
                    val bytes = platform.files.readFromFolder(folder, name)
                    if (bytes == null) {
                        AppEvent.FileFailed(request, null, nowMs())
                    } else {
                        AppEvent.FileOpened(request, name, SensitiveBytes(bytes), nowMs()).also { bytes.fill(0) }
                    }
                }
            }
            is AppEffect.DeleteFromFolder -> {
                val folder = fx.folder
                val names = fx.fileNames
                // No answer: a version left behind goes with the next rotation.
                outstanding(failed = { null }) {
                    platform.files.deleteFromFolder(folder, names)
                    null
                }
            }
            is AppEffect.AskNetworkTime -> {
                val request = fx.request
                // No network time (or a platform that throws): the core asks an NTP server itself.
                outstanding(failed = { AppEvent.NetworkTimeUnavailable(request, nowMs()) }) {
                    val reading = platform.networkTime.read()
                    if (reading == null) {
                        AppEvent.NetworkTimeUnavailable(request, nowMs())
                    } else {
                        AppEvent.NetworkTimeAnswered(request, reading.networkMs, reading.deviceMs, reading.uncertaintyMs.toULong(), reading.source)
                    }
                }
            }
            is AppEffect.PersistSettings -> platform.settings.save(fx.settings)
            is AppEffect.Haptic -> platform.feedback.haptic(fx.kind)
            is AppEffect.Announce -> platform.feedback.announce(fx.text)
            is AppEffect.SendHttp -> {
                val request = fx.request
                val call = fx.call
                val out = OutgoingRequest(
                    method = call.method,
                    url = call.url,
                    headers = call.headers.map { it.name to it.value },
                    authorization = call.authorization?.expose(),
                    body = call.body.expose(),
                    delayMs = call.delayMs.toLong(),
                    timeoutMs = call.timeoutMs.toLong(),
                    maxBodyBytes = call.maxBodyBytes.toLong(),
                )
                // Network I/O off the loop; a client that throws instead of answering is a
                // failure the core words, never a sync left waiting.
                outstanding(jobDispatcher, failed = { AppEvent.HttpFailed(request, HttpFailure.OTHER, it, nowMs()) }) {
                    if (out.delayMs > 0) delay(out.delayMs)
                    when (val outcome = platform.http.send(out)) {
                        is HttpOutcome.Answered ->
                            AppEvent.HttpAnswered(request, outcome.status.toUShort(), outcome.etag, SensitiveBytes(outcome.body), nowMs())
                        is HttpOutcome.Failed -> AppEvent.HttpFailed(request, outcome.failure, outcome.detail, nowMs())
                    }
                }
            }
        }
        // Everything this effect carried has been copied out: release its native objects now
        // rather than when the garbage collector gets to them.
        fx.destroy()
    }

    /**
     * Starts a camera run. Its frames and its "unavailable" answer count only while it is the
     * current run: after a `StopCamera` (or a newer run) they are dropped, so a late failure of an
     * earlier run never stops the one on screen. An unavailable camera ends the run here (the
     * core answers `CameraUnavailable` with no `StopCamera`), so the next `StartCamera` starts it
     * again.
     */
    private fun startCamera() {
        val run = Any()
        cameraRun.set(run)
        val unavailable = { problem: CameraProblem ->
            if (cameraRun.compareAndSet(run, null)) send(AppEvent.Add(AddEvent.CameraUnavailable(problem, nowMs())))
        }
        try {
            platform.camera.start(
                onFrame = { frame ->
                    // A frame is worth nothing once a newer one exists: while one waits in the
                    // queue, later ones are dropped (user events are never dropped).
                    if (cameraRun.get() === run && !frameQueued.getAndSet(true)) {
                        send(AppEvent.Add(AddEvent.CameraFrame(SensitiveBytes(frame.luma), frame.width.toUInt(), frame.height.toUInt(), frame.rowStride.toUInt(), nowMs())))
                    }
                },
                onUnavailable = unavailable,
            )
        } catch (e: RuntimeException) {
            // A platform camera that throws instead of answering: the same as one that failed.
            unavailable(CameraProblem.FAILED)
        }
    }

    private fun fileAnswer(request: ULong, outcome: FileOutcome): AppEvent =
        when (outcome) {
            FileOutcome.Done -> AppEvent.FileSaved(request, nowMs())
            FileOutcome.Cancelled -> AppEvent.FileFailed(request, null, nowMs())
            is FileOutcome.Failed -> AppEvent.FileFailed(request, outcome.reason, nowMs())
        }

    /**
     * Stops the loop, waits for a job in flight to end (a running Argon2id cannot be cut short),
     * stops the camera, clears a code still waiting on the clipboard timer, and releases the core
     * and the events never handled. Blocks: call it where waiting up to one job is acceptable
     * (ViewModel.onCleared), never from the loop itself.
     */
    override fun close() {
        if (closed.getAndSet(true)) return
        queue.close()
        runBlocking {
            withContext(Dispatchers.Default) { scope.coroutineContext[Job]!!.cancelAndJoin() }
        }
        if (cameraRun.getAndSet(null) != null) platform.camera.stop()
        if (clipboardTimer != null) platform.clipboard.clear()
        while (true) queue.tryReceive().getOrNull()?.destroy() ?: break
        core.close()
    }
}
