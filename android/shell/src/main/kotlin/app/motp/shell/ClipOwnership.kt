package app.motp.shell

/**
 * Whether a clipboard clear that comes due may clear the clipboard: only a clip that is still
 * ours. The app marks each clip it copies with a random marker (in the clip description's
 * extras, never derived from the code) and keeps the marker of the clip waiting to be cleared;
 * the clear, which may run in a later process (Android: an AlarmManager alarm delivered to a
 * BroadcastReceiver after the app's process was killed), compares the two.
 */
object ClipOwnership {
    /**
     * [waiting]: the marker of our clip still to be cleared (`null`: none, it was cleared or never
     * copied). [onClipboard]: the marker of the clip on the clipboard now, `null` if it has none.
     * [readable]: whether the clipboard could be read: Android 10+ hides the clipboard from apps
     * in the background (its description reads `null`), and then our clip is most likely still
     * there, so it is cleared.
     */
    fun shouldClear(waiting: String?, onClipboard: String?, readable: Boolean): Boolean = when {
        waiting == null -> false
        !readable -> true
        else -> onClipboard == waiting
    }
}
