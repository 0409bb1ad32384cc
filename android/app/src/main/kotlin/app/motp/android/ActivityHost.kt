package app.motp.android

import android.net.Uri
import app.motp.shell.PendingAnswers
import java.lang.ref.WeakReference
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.filterNotNull
import kotlinx.coroutines.flow.first

/**
 * The activity on screen, for the platform calls that need one (BiometricPrompt, the SAF
 * dialogs, the camera's lifecycle, haptics). Held weakly: a rotated or finished activity is
 * never kept alive by a pending effect.
 */
class ActivityHost {
    private val current = MutableStateFlow<WeakReference<MainActivity>?>(null)

    fun attach(activity: MainActivity) {
        current.value = WeakReference(activity)
    }

    fun detach(activity: MainActivity) {
        if (current.value?.get() === activity) current.value = null
    }

    fun now(): MainActivity? = current.value?.get()

    /** Waits for an activity (the app may be starting or between a rotation's two activities). */
    suspend fun await(): MainActivity = current.filterNotNull().first { it.get() != null }.get()!!

    /**
     * The system dialogs' answers, kept here (as long as the application) and not in an
     * activity: an activity recreated while a dialog is up gets the result in its own callbacks,
     * which deliver it here to whoever asked (android/shell's PendingAnswers, tested there).
     */
    val answers = PendingAnswers()

    /** The SAF save dialog; `null` when the user closes it. */
    suspend fun createDocument(name: String, mime: String): Uri? {
        val activity = await()
        return answers.ask(MainActivity.CREATE) { activity.runOnUiThread { activity.launchCreate(name, mime) } }
    }

    /** The SAF open dialog; `null` when the user closes it. */
    suspend fun openDocument(mimeTypes: List<String>): Uri? {
        val activity = await()
        return answers.ask(MainActivity.OPEN) { activity.runOnUiThread { activity.launchOpen(mimeTypes) } }
    }

    /** The camera permission prompt; [answer] runs with the user's choice (false if none). */
    fun requestCameraPermission(answer: (Boolean) -> Unit) {
        answers.ask<Boolean>(MainActivity.CAMERA_PERMISSION, launch = {
            val activity = now()
            if (activity == null) answers.deliver(MainActivity.CAMERA_PERMISSION, false)
            else activity.runOnUiThread { activity.launchCameraPermission() }
        }) { granted -> answer(granted == true) }
    }
}
