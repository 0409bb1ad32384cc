// A SwiftUI file dialog's request, in the order Apple documents its callbacks.
//
// `.fileImporter` / `.fileExporter` close themselves by setting their `isPresented` binding to
// false and only *then* call `onCompletion` (a file chosen, or a failure) or, from iOS 17,
// `onCancellation`. An app that answers "cancelled" when the binding goes false has answered
// before the completion ran: the import never succeeds, every export is reported cancelled, and
// the completion no longer knows which request it belongs to. Here, hiding the dialog answers
// nothing; the request stays until its completion or cancellation answers it, exactly once.
// The app (ios/App/Sources/Platform/FileDialogs.swift) only maps the SwiftUI callbacks onto
// these calls; the order itself is tested on Linux (FileDialogTests).

/// One file dialog and the request it is answering.
@MainActor
public final class FileDialog<Request> {
    /// What the dialog shows; `nil` hides it (the `isPresented` binding reads this).
    public private(set) var shown: Request?
    /// The request waiting for its answer: it outlives the dialog's hiding.
    public private(set) var waiting: Request?
    private var reply: ((FileAnswer) -> Void)?

    public init() {}

    /// Shows the dialog for `request`; `reply` gets its answer once. A request still waiting
    /// (one dialog at a time) is answered `cancelled` first.
    public func present(_ request: Request, reply: @escaping (FileAnswer) -> Void) {
        answer(.cancelled)
        waiting = request
        shown = request
        self.reply = reply
    }

    /// The `isPresented` binding set to false. Apple calls this before the completion: it hides
    /// the dialog and answers nothing.
    public func hidden() {
        shown = nil
    }

    /// The main actor's next turn after `hidden()`: a request that neither a completion nor a
    /// cancellation answered meanwhile (a dialog swiped away, an API without `onCancellation`) is
    /// answered `cancelled`, so nothing waits forever. A request shown again meanwhile is not.
    public func settle() {
        if shown == nil { answer(.cancelled) }
    }

    /// `onCancellation`: the user closed the dialog.
    public func cancelled() {
        answer(.cancelled)
    }

    /// `onCompletion` takes the waiting request to answer it later, off the main actor (a file
    /// read from a provider can take long): returns its reply (nil: none waits). From then on
    /// the dialog answers nothing for it — `settle()` on the next turn does not report it
    /// cancelled — and the caller calls the reply once, on the main actor.
    public func claim() -> ((FileAnswer) -> Void)? {
        guard let reply else { return nil }
        self.reply = nil
        waiting = nil
        shown = nil
        return reply
    }

    /// Answers the waiting request (from `onCompletion`, after reading or writing the file);
    /// a second answer, or one with no request waiting, is ignored.
    public func answer(_ answer: FileAnswer) {
        guard let reply else { return }
        self.reply = nil
        waiting = nil
        shown = nil
        reply(answer)
    }
}
