package app.motp.android

import android.content.ClipData
import android.content.ClipDescription
import android.content.ClipboardManager
import android.content.Context
import android.os.Build
import android.os.Handler
import android.os.Looper
import android.os.PersistableBundle
import app.motp.shell.Clipboard

/**
 * The system clipboard. A code is marked sensitive (Android 13+ shows no preview of it; the
 * extra's name is used as a string so that older releases get it too) and cleared when the
 * core's clear-after time has passed, unless another app's clip has replaced it.
 */
class AndroidClipboard(context: Context) : Clipboard {
    private val manager = context.getSystemService(ClipboardManager::class.java)
    private val main = Handler(Looper.getMainLooper())

    override fun copy(text: String, sensitive: Boolean) {
        val clip = ClipData.newPlainText(LABEL, text)
        if (sensitive) {
            val key = if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) ClipDescription.EXTRA_IS_SENSITIVE else EXTRA_IS_SENSITIVE
            clip.description.extras = PersistableBundle().apply { putBoolean(key, true) }
        }
        main.post { manager.setPrimaryClip(clip) }
    }

    override fun clear() {
        main.post {
            // Another app's clip is left alone. In the background Android 10+ hides the clip's
            // description (null): then it is cleared, as the code is most likely still there.
            val label = manager.primaryClipDescription?.label
            if (label != null && label != LABEL) return@post
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
                manager.clearPrimaryClip()
            } else {
                manager.setPrimaryClip(ClipData.newPlainText("", ""))
            }
        }
    }

    private companion object {
        /**
         * The clip's label, also how [clear] recognises our clip: the same in every language (a
         * code copied before a language change is still ours). Android's own UI does not show it.
         */
        const val LABEL = "mOTP code"
        /** The value of ClipDescription.EXTRA_IS_SENSITIVE (API 33), honoured by keyboards before. */
        const val EXTRA_IS_SENSITIVE = "android.content.extra.IS_SENSITIVE"
    }
}
