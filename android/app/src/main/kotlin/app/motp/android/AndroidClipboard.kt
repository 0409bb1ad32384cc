package app.motp.android

import android.app.AlarmManager
import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.ClipData
import android.content.ClipDescription
import android.content.ClipboardManager
import android.content.Context
import android.content.Intent
import android.os.Build
import android.os.Handler
import android.os.Looper
import android.os.PersistableBundle
import app.motp.shell.ClipOwnership
import app.motp.shell.Clipboard
import java.util.UUID

/**
 * The system clipboard. A code is marked sensitive (`ClipDescription.EXTRA_IS_SENSITIVE`:
 * Android 13+ shows no preview of it; the extra's name is used as a string below API 33, where
 * keyboards honour it too) and cleared when the core's clear-after time has passed, unless
 * another app's clip has replaced it.
 *
 * The clear outlives the process, as in Signal and Bitwarden: each copy arms an AlarmManager
 * alarm for the clear time, delivered to [ClipboardClearReceiver] (declared in the manifest, not
 * exported) even if the app was killed meanwhile; while the process lives, the shell's own timer
 * calls [clear] at the instant and the alarm is cancelled. Which clip is ours is told by a
 * random marker in the clip description's extras, kept in private preferences until the clear:
 * never the code itself, nor anything derived from it ([ClipOwnership], tested in the shell).
 */
class AndroidClipboard(context: Context) : Clipboard {
    private val app = context.applicationContext
    private val main = Handler(Looper.getMainLooper())

    override fun copy(text: String, sensitive: Boolean, clearAtMs: Long?) {
        val marker = UUID.randomUUID().toString()
        val clip = ClipData.newPlainText(LABEL, text)
        clip.description.extras = PersistableBundle().apply {
            putString(EXTRA_MARKER, marker)
            if (sensitive) {
                putBoolean(if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) ClipDescription.EXTRA_IS_SENSITIVE else EXTRA_IS_SENSITIVE, true)
            }
        }
        main.post {
            app.getSystemService(ClipboardManager::class.java).setPrimaryClip(clip)
            if (clearAtMs == null) {
                forget(app)
            } else {
                // commit(): the marker must be on disk before the process can die.
                prefs(app).edit().putString(KEY_MARKER, marker).commit()
                armAlarm(app, clearAtMs)
            }
        }
    }

    override fun clear() {
        main.post { clearIfOurs(app) }
    }

    companion object {
        /** The clip's label: the same in every language; Android's own UI does not show it. */
        private const val LABEL = "mOTP code"
        /** The value of ClipDescription.EXTRA_IS_SENSITIVE (API 33), honoured by keyboards before. */
        private const val EXTRA_IS_SENSITIVE = "android.content.extra.IS_SENSITIVE"
        /** The clip description's extra holding the copy's random marker. */
        private const val EXTRA_MARKER = "app.motp.token.CLIP_MARKER"
        private const val PREFS = "motp-clipboard"
        private const val KEY_MARKER = "waiting-marker"

        private fun prefs(context: Context) = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE)

        private fun alarmIntent(context: Context): PendingIntent =
            PendingIntent.getBroadcast(
                context, 0, Intent(context, ClipboardClearReceiver::class.java),
                PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
            )

        /**
         * One alarm (a newer copy replaces it). Exact where the app may set exact alarms (below
         * Android 12 always; the app does not ask for SCHEDULE_EXACT_ALARM), otherwise as close
         * as the system allows; RTC: a sleeping phone is woken for nobody, the clip is cleared
         * when it wakes, before anyone can paste it.
         */
        private fun armAlarm(context: Context, atMs: Long) {
            val alarms = context.getSystemService(AlarmManager::class.java)
            val pending = alarmIntent(context)
            try {
                if (Build.VERSION.SDK_INT < Build.VERSION_CODES.S || alarms.canScheduleExactAlarms()) {
                    alarms.setExactAndAllowWhileIdle(AlarmManager.RTC, atMs, pending)
                    return
                }
            } catch (_: SecurityException) {
                // The exact-alarm permission was withdrawn between the check and the call.
            }
            alarms.setAndAllowWhileIdle(AlarmManager.RTC, atMs, pending)
        }

        /** Nothing of ours waits to be cleared any more: the marker and the alarm go. */
        private fun forget(context: Context) {
            prefs(context).edit().remove(KEY_MARKER).commit()
            context.getSystemService(AlarmManager::class.java).cancel(alarmIntent(context))
        }

        /**
         * Main thread: clears the clipboard if the clip on it is still the one we copied last.
         * In the background (the alarm after the process died) Android 10+ hides the clipboard
         * from the app (the description reads null): it is cleared then, as the code is most
         * likely still there.
         */
        fun clearIfOurs(context: Context) {
            val waiting = prefs(context).getString(KEY_MARKER, null)
            val manager = context.getSystemService(ClipboardManager::class.java)
            val description = manager.primaryClipDescription
            val onClipboard = description?.extras?.getString(EXTRA_MARKER)
            val clear = ClipOwnership.shouldClear(waiting, onClipboard, readable = description != null)
            forget(context)
            if (!clear) return
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
                manager.clearPrimaryClip()
            } else {
                manager.setPrimaryClip(ClipData.newPlainText("", ""))
            }
        }
    }
}

/**
 * The clipboard's clear time came (AlarmManager), possibly in a new process: the app's was
 * killed after the copy. Declared in the manifest with `android:exported="false"`: only the
 * app's own PendingIntent reaches it.
 */
class ClipboardClearReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        AndroidClipboard.clearIfOurs(context.applicationContext)
    }
}
