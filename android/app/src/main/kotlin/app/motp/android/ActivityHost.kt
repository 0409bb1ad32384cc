package app.motp.android

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
}
