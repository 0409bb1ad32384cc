package app.motp.shell

/**
 * The list's search field: the text the user typed is the field's value; the core only gets it
 * as the filter.
 *
 * Compose asks the field for its value at every recomposition and applies the keyboard's next
 * edit to that value. A field whose value was the core's `ListView.search` showed the filter of
 * the last event the loop had handled, which lags behind typing (events are handled one at a
 * time on the loop's thread, and the view is published after each): a key typed before the
 * previous one came back was applied to the older text and the previous key was lost. Here the
 * typed text is kept in the shell; the core's search is read once, when the field is created
 * (the list drawn again after Detail or Settings shows the filter still in force), and never
 * written over what the user typed after that. The core changes its search only when it is
 * sent one, and a new session (after a lock) draws a new list screen and so a new field.
 */
class SearchField(initial: String) {
    /** What the field shows: the user's text. */
    @Volatile
    var text: String = initial
        private set

    /**
     * The keyboard changed the field to [value]. Returns the query to send to the core
     * (`ListEvent.SearchChanged`), or `null` when the text did not change (a selection or
     * composition change only).
     */
    @Synchronized
    fun edited(value: String): String? {
        if (value == text) return null
        text = value
        return value
    }
}
