// The order SwiftUI's file dialogs call back in (the `isPresented` binding set to false first,
// then `onCompletion` or `onCancellation`), played against FileDialog: the answer is the
// completion's, exactly once, and the request is still known when the completion runs.
import Foundation
import Testing
@testable import MotpKit

@MainActor
@Suite struct FileDialogTests {
    private struct Open: Equatable { let types: [String]; var folder = false }

    /// Records every answer the dialog gives.
    private final class Answers { var all: [FileAnswer] = [] }

    private func describe(_ a: FileAnswer) -> String {
        switch a {
        case .saved: return "saved"
        case .opened(let name, let bytes): return "opened \(name) \(bytes.count)"
        case .cancelled: return "cancelled"
        case .failed(let why): return "failed \(why)"
        }
    }

    @Test func aChosenFileIsOpenedAlthoughTheDialogHidBeforeItsCompletion() {
        let dialog = FileDialog<Open>()
        let answers = Answers()
        dialog.present(Open(types: ["application/json"])) { answers.all.append($0) }
        #expect(dialog.shown != nil)
        dialog.hidden()                                   // Apple: isPresented = false first…
        #expect(dialog.shown == nil && answers.all.isEmpty, "hiding answered: \(answers.all.map(describe))")
        let request = dialog.waiting                      // …then onCompletion, which reads the file for this request
        #expect(request == Open(types: ["application/json"]))
        dialog.answer(.opened(name: "backup.json", bytes: Data([1, 2, 3])))
        #expect(answers.all.map(describe) == ["opened backup.json 3"])
        #expect(dialog.waiting == nil)
    }

    @Test func theBackupFolderRequestIsStillAFolderRequestWhenItsCompletionRuns() {
        let dialog = FileDialog<Open>()
        dialog.present(Open(types: ["public.folder"], folder: true)) { _ in }
        dialog.hidden()
        #expect(dialog.waiting?.folder == true, "the completion would read the folder as a file")
    }

    @Test func anExportHiddenThenCompletedIsSavedNotCancelled() {
        let dialog = FileDialog<String>()
        let answers = Answers()
        dialog.present("motp-backup.motp") { answers.all.append($0) }
        dialog.hidden()
        dialog.answer(.saved)
        #expect(answers.all.map(describe) == ["saved"])
    }

    @Test func aCancelIsAnsweredOnceWhateverComesAfter() {
        let dialog = FileDialog<String>()
        let answers = Answers()
        dialog.present("x") { answers.all.append($0) }
        dialog.hidden()
        dialog.cancelled()
        dialog.answer(.saved)                              // a late completion: ignored
        dialog.cancelled()
        #expect(answers.all.map(describe) == ["cancelled"])
    }

    @Test func aNewRequestCancelsTheOneStillWaiting() {
        let dialog = FileDialog<String>()
        let first = Answers(), second = Answers()
        dialog.present("first") { first.all.append($0) }
        dialog.present("second") { second.all.append($0) }
        #expect(first.all.map(describe) == ["cancelled"])
        #expect(dialog.waiting == "second" && second.all.isEmpty)
        dialog.answer(.failed("disk full"))
        #expect(second.all.map(describe) == ["failed disk full"])
    }

    /// The app settles a hidden dialog on the main actor's next turn: a completion that came
    /// first keeps its answer; without one the request is cancelled; a new dialog shown in
    /// between is not touched.
    @Test func settlingAfterTheHidingCancelsOnlyWhatNobodyAnswered() {
        let dialog = FileDialog<String>()
        let answers = Answers()
        dialog.present("completed") { answers.all.append($0) }
        dialog.hidden()
        dialog.answer(.saved)
        dialog.settle()
        dialog.present("swiped away") { answers.all.append($0) }
        dialog.hidden()
        dialog.settle()
        let third = Answers()
        dialog.present("shown again") { third.all.append($0) }
        dialog.settle()
        #expect(answers.all.map(describe) == ["saved", "cancelled"])
        #expect(third.all.isEmpty && dialog.waiting == "shown again")
    }

    /// The import's file is read off the main actor (a provider's file may take long): the
    /// completion claims the request, the settling turn that follows the hiding runs while the
    /// read is still going and must not answer "cancelled" (it did before `claim`: the only
    /// answer left then was the completion's `answer`, which had to read on the main actor),
    /// and the read's answer arrives later, once.
    @Test func anImportReadOffTheMainActorIsNotCancelledBySettling() {
        let dialog = FileDialog<Open>()
        let answers = Answers()
        dialog.present(Open(types: ["application/json"])) { answers.all.append($0) }
        dialog.hidden()
        let reply = dialog.claim()                         // onCompletion: reading starts elsewhere
        #expect(reply != nil && dialog.waiting == nil)
        dialog.settle()                                    // the next turn, the read still going
        dialog.answer(.cancelled)                          // a stray answer: nobody waits for it
        #expect(answers.all.isEmpty, "answered before the read: \(answers.all.map(describe))")
        reply?(.opened(name: "backup.json", bytes: Data([7])))
        #expect(answers.all.map(describe) == ["opened backup.json 1"])
        #expect(dialog.claim() == nil, "claimed once")
    }
}
