// What the shell asks of the platform. The Android app implements these with the Keystore,
// CameraX, ClipboardManager, the Storage Access Framework and SystemClock; the JVM tests with
// fakes. Each one only carries out an effect of the app core and reports what happened: no
// decision about tokens, codes, locking or files is made behind these interfaces.
package app.motp.shell

/** The answer of the platform's key store to a wrap or unwrap request. */
sealed interface DeviceKeyAnswer {
    /** The unwrapped vault key, or the wrapped one (for `wrap`). */
    class Bytes(val bytes: ByteArray) : DeviceKeyAnswer {
        override fun toString() = "Bytes(<${bytes.size} bytes hidden>)"
    }

    /** The user dismissed the prompt. */
    data object Cancelled : DeviceKeyAnswer

    /** The key is gone for good (Android: `KeyPermanentlyInvalidatedException`, new fingerprint). */
    data object Invalidated : DeviceKeyAnswer

    /** Anything else, with a sentence for the log (never a secret). */
    data class Failed(val reason: String) : DeviceKeyAnswer
}

/**
 * The platform key store guarding the vault key (Android: an AES-GCM key in the Keystore,
 * released by BiometricPrompt). Suspends while the prompt is up; the shell's loop does not.
 * The prompt shows the core's [app.motp.core.DeviceKeyPrompt] (title, reason, cancel button) as
 * it is: its words are in the user's language, so the platform keeps none of its own.
 */
interface DeviceKeys {
    suspend fun wrap(protectorId: String, key: ByteArray, prompt: app.motp.core.DeviceKeyPrompt): DeviceKeyAnswer
    suspend fun unwrap(protectorId: String, wrapped: ByteArray, prompt: app.motp.core.DeviceKeyPrompt): DeviceKeyAnswer
    fun delete(protectorId: String)
}

/** One camera frame: the luma (Y) plane as the camera gives it, rows `rowStride` bytes apart. */
class LumaFrame(val luma: ByteArray, val width: Int, val height: Int, val rowStride: Int)

/**
 * The camera for scanning QR codes (Android: CameraX). Frames go to `onFrame` from any thread
 * until [stop]. When the camera cannot be used — the CAMERA permission refused, no camera on the
 * device, or starting it failed — the camera calls `onUnavailable` once, from any thread, and
 * delivers no frames: the shell turns that into `AppEvent.Add(AddEvent.CameraUnavailable)`, so the core stops
 * scanning and tells the user in their language (the camera shows no message of its own).
 */
interface Camera {
    fun start(onFrame: (LumaFrame) -> Unit, onUnavailable: (app.motp.core.CameraProblem) -> Unit)
    fun stop()
}

/** The system clipboard. */
interface Clipboard {
    /**
     * Copies [text]; [sensitive] hides it from clipboard previews (Android 13+). [clearAtMs]
     * (wall clock, Unix ms) is when the core wants it gone: the platform arranges a clear that
     * outlives the process (Android: an AlarmManager alarm), since the shell's own timer dies
     * with it. `null`: never cleared.
     */
    fun copy(text: String, sensitive: Boolean, clearAtMs: Long?)

    /** Clears what [copy] put there (and only that, where the platform can tell). */
    fun clear()
}

/** A file the user picked to open. */
class OpenedFile(val name: String, val bytes: ByteArray)

/** How a save dialog or a write into the backup folder ended. */
sealed interface FileOutcome {
    data object Done : FileOutcome

    /** The user closed the dialog. */
    data object Cancelled : FileOutcome

    data class Failed(val reason: String) : FileOutcome
}

/** Files the user picks (Android: the Storage Access Framework). Suspends while a dialog is up. */
interface Files {
    suspend fun save(suggestedName: String, mimeType: String, bytes: ByteArray): FileOutcome

    /** Writes into the backup folder the user granted earlier (automatic backups). */
    suspend fun saveToFolder(folder: String, fileName: String, bytes: ByteArray): FileOutcome

    /** `null` when the user closed the dialog; throws [java.io.IOException] when reading fails. */
    suspend fun open(mimeTypes: List<String>): OpenedFile?

    /** The names of the backup folder's files (versioned backups); throws when it cannot be listed. */
    suspend fun listFolder(folder: String): List<String>

    /** One file of the backup folder; `null` when it is not there; throws when reading fails. */
    suspend fun readFromFolder(folder: String, fileName: String): ByteArray?

    /** Deletes these files of the backup folder (versions past keeping); one it cannot delete stays. */
    suspend fun deleteFromFolder(folder: String, fileNames: List<String>)
}

/** A network time reading: the network's time and the device's clock at the same instant. */
data class NetworkTimeReading(val networkMs: Long, val deviceMs: Long, val uncertaintyMs: Long, val source: String)

/** The platform's network time (Android: `SystemClock.currentNetworkTimeClock()`), or none. */
interface NetworkTime {
    suspend fun read(): NetworkTimeReading?
}

/** The wall clock and the one timer. */
interface Ticker {
    /** The device's wall clock, Unix ms (the core reads no clock: every event carries this). */
    fun nowMs(): Long

    /** Returns once [nowMs] has reached [atMs]; cancelled when the timer is re-armed. */
    suspend fun sleepUntil(atMs: Long)
}

/** Where `PersistSettings` go (Android: DataStore/SharedPreferences); read back at start. */
fun interface SettingsStore {
    fun save(settings: app.motp.core.AppSettingsRecord)
}

/** Haptics and screen-reader announcements (Android: `View.performHapticFeedback`, TalkBack). */
interface Feedback {
    fun haptic(kind: app.motp.core.HapticFeedback)
    fun announce(text: String)
}

/** Everything the shell needs from the platform, in one place for the constructor. */
class Platform(
    val deviceKeys: DeviceKeys,
    val camera: Camera,
    val clipboard: Clipboard,
    val files: Files,
    val networkTime: NetworkTime,
    val ticker: Ticker,
    val settings: SettingsStore,
    val feedback: Feedback,
    /** The WebDAV sync's requests: the platform's own HTTP client unless a test says otherwise. */
    val http: Http = UrlConnectionHttp(),
)
