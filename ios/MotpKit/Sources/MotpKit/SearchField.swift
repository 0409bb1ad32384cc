// The list's search field: the typed text is the field's value; the core only gets the filter.
//
// A `.searchable` binding whose getter read the core's `ListView.search` showed the filter of
// the last view the driver published, which lags behind typing (each query goes through the
// actor and comes back as a view on the main actor): a view for an older query arriving between
// two keys put the older text back, and the next key was applied to it. Here the text lives in
// the view's state; the core's search is read once, when the list is drawn anew (back from a
// token's details it shows the filter still in force), and never written over what was typed
// since. The core changes its search only when sent one; a new session is a new list screen.

/// What the search field shows, and which edits go to the core.
public struct SearchField: Sendable, Equatable {
    /// The user's text.
    public private(set) var text: String

    /// A field drawn anew starts from the core's filter.
    public init(coreSearch: String) {
        text = coreSearch
    }

    /// The field was set to `value` (a key, a paste, the clear button). Returns the query to
    /// send (`ListEvent.searchChanged`), or nil when the text did not change.
    public mutating func edited(_ value: String) -> String? {
        guard value != text else { return nil }
        text = value
        return value
    }
}
