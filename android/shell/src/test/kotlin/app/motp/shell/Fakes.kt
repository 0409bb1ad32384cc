// Fake platform implementations for the shell's JVM tests: what the Android app does with the
// Keystore, CameraX, the clipboard, SAF and network time, done with the JVM's own means, and a
// hand-driven clock so timers fire when the test says.
package app.motp.shell

import app.motp.core.AppSettingsRecord
import app.motp.core.CameraProblem
import app.motp.core.DeviceKeyPrompt
import app.motp.core.HapticFeedback
import java.io.File
import java.security.SecureRandom
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.atomic.AtomicLong
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.spec.GCMParameterSpec
import kotlin.concurrent.thread
import kotlinx.coroutines.CompletableDeferred

/** A clock the test moves: `sleepUntil` returns once [advanceTo] has passed its instant. */
class FakeTicker(start: Long) : Ticker {
    private val now = AtomicLong(start)
    private val sleepers = CopyOnWriteArrayList<Pair<Long, CompletableDeferred<Unit>>>()

    override fun nowMs() = now.get()

    override suspend fun sleepUntil(atMs: Long) {
        if (now.get() >= atMs) return
        val wake = CompletableDeferred<Unit>()
        val entry = atMs to wake
        sleepers += entry
        try {
            if (now.get() >= atMs) return
            wake.await()
        } finally {
            sleepers -= entry
        }
    }

    fun advanceTo(ms: Long) {
        now.set(ms)
        for ((at, wake) in sleepers) if (at <= ms) wake.complete(Unit)
    }

    /** How many timers are armed (the tick and, after a copy, the clipboard's). */
    fun armed() = sleepers.size
}

/**
 * An AES-GCM key standing in for the Keystore's; unwrap answers are set by the test. Every
 * prompt it is asked to show is recorded, as a biometric prompt would draw it.
 */
class FakeDeviceKeys : DeviceKeys {
    private val key = KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()
    var wraps = 0
    var deleted = mutableListOf<String>()

    /** The prompts shown for wrapping (enrolling the device key), oldest first. */
    val wrapPrompts = CopyOnWriteArrayList<DeviceKeyPrompt>()

    /** The prompts shown for unwrapping (unlocking), oldest first. */
    val unwrapPrompts = CopyOnWriteArrayList<DeviceKeyPrompt>()

    /** What the prompt answers; `null`: really unwrap (the user touched the sensor). */
    @Volatile var promptAnswer: DeviceKeyAnswer? = null

    /** When set, the prompt stays up until the test completes it. */
    @Volatile var gate: CompletableDeferred<Unit>? = null

    /** When set, unwrapping throws it, as a broken key store does. */
    @Volatile var throwOnUnwrap: Exception? = null

    override suspend fun wrap(protectorId: String, key: ByteArray, prompt: DeviceKeyPrompt): DeviceKeyAnswer {
        wraps++
        wrapPrompts += prompt
        val iv = ByteArray(12).also { SecureRandom().nextBytes(it) }
        val c = Cipher.getInstance("AES/GCM/NoPadding").apply { init(Cipher.ENCRYPT_MODE, this@FakeDeviceKeys.key, GCMParameterSpec(128, iv)) }
        return DeviceKeyAnswer.Bytes(iv + c.doFinal(key))
    }

    override suspend fun unwrap(protectorId: String, wrapped: ByteArray, prompt: DeviceKeyPrompt): DeviceKeyAnswer {
        unwrapPrompts += prompt
        throwOnUnwrap?.let { throw it }
        gate?.await()
        promptAnswer?.let { return it }
        val c = Cipher.getInstance("AES/GCM/NoPadding").apply { init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(128, wrapped, 0, 12)) }
        return DeviceKeyAnswer.Bytes(c.doFinal(wrapped, 12, wrapped.size - 12))
    }

    override fun delete(protectorId: String) {
        deleted += protectorId
    }
}

/**
 * The camera. Starts and delivers the frames the test hands it, or, with [refuse] set, answers
 * "unavailable" from another thread as CameraX's callbacks do; [fail] breaks a running camera.
 */
class FakeCamera : Camera {
    @Volatile var sink: ((LumaFrame) -> Unit)? = null
    /** Every start's "unavailable" callback, oldest first (a test may answer an old run late). */
    val reports = CopyOnWriteArrayList<(CameraProblem) -> Unit>()
    @Volatile var starts = 0
    @Volatile var stops = 0

    /** What the next starts answer instead of starting; `null`: the camera starts. */
    @Volatile var refuse: CameraProblem? = null

    /** When set, `start` throws, as a broken platform implementation might. */
    @Volatile var throwOnStart = false

    override fun start(onFrame: (LumaFrame) -> Unit, onUnavailable: (CameraProblem) -> Unit) {
        starts++
        reports += onUnavailable
        if (throwOnStart) throw IllegalStateException("the camera is in use")
        val problem = refuse
        if (problem != null) {
            thread(name = "fake-camera-refusal") { onUnavailable(problem) }
            return
        }
        sink = onFrame
    }

    override fun stop() {
        stops++
        sink = null
    }

    /** The camera delivers a frame (dropped if the camera is off, as CameraX would not call). */
    fun deliver(frame: LumaFrame) {
        sink?.invoke(frame)
    }

    /** The running camera breaks (another app took it): it reports and delivers no more. */
    fun fail(problem: CameraProblem) {
        sink = null
        reports.last()(problem)
    }
}

class FakeClipboard : Clipboard {
    @Volatile var content: String? = null
    @Volatile var sensitive = false
    /** When the platform was asked to clear the clip, even if the process dies first. */
    @Volatile var clearAtMs: Long? = null

    override fun copy(text: String, sensitive: Boolean, clearAtMs: Long?) {
        content = text
        this.sensitive = sensitive
        this.clearAtMs = clearAtMs
    }

    override fun clear() {
        content = null
    }
}

/** The save and open dialogs, in a temporary folder; the test picks the file to open. */
class FakeFiles(private val dir: File) : Files {
    val saved = mutableListOf<File>()

    @Volatile var toOpen: File? = null

    /** When set, the open dialog throws it, as a document provider that refuses does. */
    @Volatile var throwOnOpen: Exception? = null

    override suspend fun save(suggestedName: String, mimeType: String, bytes: ByteArray): FileOutcome {
        val f = File(dir, suggestedName)
        f.writeBytes(bytes)
        saved += f
        return FileOutcome.Done
    }

    override suspend fun saveToFolder(folder: String, fileName: String, bytes: ByteArray): FileOutcome = save(fileName, "", bytes)

    override suspend fun open(mimeTypes: List<String>): OpenedFile? {
        throwOnOpen?.let { throw it }
        return toOpen?.let { OpenedFile(it.name, it.readBytes()) }
    }

    // The backup folder is this temporary folder, whatever the core names it.
    override suspend fun listFolder(folder: String): List<String> = dir.list()?.toList() ?: throw java.io.IOException("cannot list $dir")

    override suspend fun readFromFolder(folder: String, fileName: String): ByteArray? = File(dir, fileName).takeIf { it.isFile }?.readBytes()

    override suspend fun deleteFromFolder(folder: String, fileNames: List<String>) {
        for (name in fileNames) File(dir, name).delete()
    }
}

/** Network time [offsetMs] ahead of the fake clock. */
class FakeNetworkTime(private val ticker: Ticker, var offsetMs: Long) : NetworkTime {
    override suspend fun read() = NetworkTimeReading(ticker.nowMs() + offsetMs, ticker.nowMs(), 20, "Android network time")
}

class FakeSettings : SettingsStore {
    @Volatile var last: AppSettingsRecord? = null

    override fun save(settings: AppSettingsRecord) {
        last = settings
    }
}

class FakeFeedback : Feedback {
    val announced = CopyOnWriteArrayList<String>()
    val haptics = CopyOnWriteArrayList<HapticFeedback>()

    override fun haptic(kind: HapticFeedback) {
        haptics += kind
    }

    override fun announce(text: String) {
        announced += text
    }
}

/** One set of fakes, and the platform made of them. */
class Fakes(dir: File, start: Long) {
    val ticker = FakeTicker(start)
    val deviceKeys = FakeDeviceKeys()
    val camera = FakeCamera()
    val clipboard = FakeClipboard()
    val files = FakeFiles(dir)
    val networkTime = FakeNetworkTime(ticker, 0)
    val settings = FakeSettings()
    val feedback = FakeFeedback()
    val platform = Platform(deviceKeys, camera, clipboard, files, networkTime, ticker, settings, feedback)
}
