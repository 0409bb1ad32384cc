package app.motp.shell

import java.util.concurrent.ConcurrentHashMap
import kotlinx.coroutines.CompletableDeferred

/**
 * The answers of the system's dialogs (the SAF save and open dialogs, the camera permission),
 * kept outside the Activity.
 *
 * Android documents that an activity is destroyed and created again while such a dialog is up
 * (a dark-mode switch, a multi-window resize, a rotation), and that the result is then delivered
 * to the *new* activity's `registerForActivityResult` callback, registered again in its
 * `onCreate`. A continuation stored in a field of the old activity is lost with it: the shell
 * waits forever for a file or a permission the user already gave. Here the waiting side lives as
 * long as the application: every activity's callbacks [deliver] to it by the dialog's key, and
 * whoever [ask]ed gets the answer, whichever activity received it.
 */
class PendingAnswers {
    private val waiting = ConcurrentHashMap<String, CompletableDeferred<Any?>>()

    /**
     * Runs [launch] (which shows the dialog through the current activity) and waits for the
     * answer delivered under [key]. A newer request under the same key answers the older one
     * `null` (the dialog it waited for is gone), as does [cancelAll].
     */
    @Suppress("UNCHECKED_CAST")
    suspend fun <T> ask(key: String, launch: () -> Unit): T? {
        val answer = CompletableDeferred<Any?>()
        waiting.put(key, answer)?.complete(null)
        try {
            launch()
            return answer.await() as T?
        } finally {
            waiting.remove(key, answer)
        }
    }

    /** [ask] for callers that are not coroutines: [answer] gets the answer (`null`: none). */
    @Suppress("UNCHECKED_CAST")
    fun <T> ask(key: String, launch: () -> Unit, answer: (T?) -> Unit) {
        val deferred = CompletableDeferred<Any?>()
        waiting.put(key, deferred)?.complete(null)
        deferred.invokeOnCompletion { failure ->
            waiting.remove(key, deferred)
            answer(if (failure == null) deferred.getCompleted() as T? else null)
        }
        launch()
    }

    /** The dialog under [key] answered (called from any activity's result callback). */
    fun deliver(key: String, value: Any?) {
        waiting.remove(key)?.complete(value)
    }

    /** Whether a request under [key] waits for its answer. */
    fun isWaiting(key: String): Boolean = waiting.containsKey(key)

    /** Answers every waiting request `null` (the app is closing). */
    fun cancelAll() {
        for (key in waiting.keys) deliver(key, null)
    }
}
