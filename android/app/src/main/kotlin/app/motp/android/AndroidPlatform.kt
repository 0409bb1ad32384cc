package app.motp.android

import android.content.Context
import android.os.Build
import android.os.SystemClock
import android.view.HapticFeedbackConstants
import app.motp.core.AppSettingsRecord
import app.motp.core.HapticFeedback
import app.motp.core.TokenSort
import app.motp.core.defaultAppSettings
import app.motp.shell.Feedback
import app.motp.shell.NetworkTime
import app.motp.shell.NetworkTimeReading
import app.motp.shell.SettingsStore
import app.motp.shell.Ticker
import java.time.DateTimeException
import kotlinx.coroutines.delay

/** The wall clock and a coroutine timer (re-checked after waking: the clock may have been set). */
class WallClockTicker : Ticker {
    override fun nowMs() = System.currentTimeMillis()

    override suspend fun sleepUntil(atMs: Long) {
        while (true) {
            val left = atMs - nowMs()
            if (left <= 0) return
            delay(left)
        }
    }
}

/**
 * Android's network time (API 33+: `SystemClock.currentNetworkTimeClock()`, from NITZ/NTP);
 * `null` where there is none, and the core then asks its NTP server itself.
 */
class AndroidNetworkTime(private val context: Context) : NetworkTime {
    override suspend fun read(): NetworkTimeReading? {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.TIRAMISU) return null
        return try {
            val network = SystemClock.currentNetworkTimeClock().millis()
            // The platform states no uncertainty; its network time is kept to about a second.
            NetworkTimeReading(network, System.currentTimeMillis(), 1_000, context.getString(R.string.network_time_source))
        } catch (e: DateTimeException) {
            null
        }
    }
}

/** `PersistSettings` in the app's private SharedPreferences, read back for the next start. */
class PrefsSettingsStore(context: Context) : SettingsStore {
    private val prefs = context.getSharedPreferences("motp-settings", Context.MODE_PRIVATE)

    override fun save(settings: AppSettingsRecord) {
        prefs.edit()
            .putInt("lockAfterBackgroundMinutes", settings.lockAfterBackgroundMinutes.toInt())
            .putInt("lockAfterInactivityMinutes", settings.lockAfterInactivityMinutes.toInt())
            .putInt("clipboardClearSeconds", settings.clipboardClearSeconds.toInt())
            .putString("backupFolder", settings.backupFolder)
            .putLong("lastBackupGeneration", settings.lastBackupGeneration.toLong())
            .putLong("lastBackupMs", settings.lastBackupMs ?: -1L)
            .putString("sort", settings.sort.name)
            .putBoolean("hideCodes", settings.hideCodes)
            .apply()
    }

    fun load(): AppSettingsRecord {
        val d = defaultAppSettings()
        if (!prefs.contains("clipboardClearSeconds")) return d
        return AppSettingsRecord(
            prefs.getInt("lockAfterBackgroundMinutes", d.lockAfterBackgroundMinutes.toInt()).toUInt(),
            prefs.getInt("lockAfterInactivityMinutes", d.lockAfterInactivityMinutes.toInt()).toUInt(),
            prefs.getInt("clipboardClearSeconds", d.clipboardClearSeconds.toInt()).toUInt(),
            prefs.getString("backupFolder", null),
            prefs.getLong("lastBackupGeneration", 0L).toULong(),
            prefs.getLong("lastBackupMs", -1L).takeIf { it >= 0 },
            TokenSort.entries.firstOrNull { it.name == prefs.getString("sort", null) } ?: d.sort,
            prefs.getBoolean("hideCodes", d.hideCodes),
        )
    }
}

/** Haptics on the activity's window and TalkBack announcements. */
class AndroidFeedback(private val host: ActivityHost) : Feedback {
    override fun haptic(kind: HapticFeedback) {
        val view = host.now()?.window?.decorView ?: return
        val constant = when (kind) {
            HapticFeedback.SUCCESS -> if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) HapticFeedbackConstants.CONFIRM else HapticFeedbackConstants.VIRTUAL_KEY
            HapticFeedback.WARNING, HapticFeedback.ERROR -> if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) HapticFeedbackConstants.REJECT else HapticFeedbackConstants.LONG_PRESS
        }
        view.post { view.performHapticFeedback(constant) }
    }

    override fun announce(text: String) {
        val view = host.now()?.window?.decorView ?: return
        view.post { view.announceForAccessibility(text) }
    }
}
