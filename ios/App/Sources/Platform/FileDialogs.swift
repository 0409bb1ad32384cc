// The Files app behind the core's SaveFile / OpenFile / SaveToFolder effects. SwiftUI shows
// file dialogs as view modifiers (.fileExporter / .fileImporter in RootView), so a request
// waits here, observable, until the dialog's completion answers it.
import Foundation
import MotpKit
import Observation
import SwiftUI
import UniformTypeIdentifiers

@MainActor
@Observable
final class FileDialogs: Files {
    struct Export { let name: String; let type: UTType; let document: BytesDocument }
    /// The importer's request: files of these types, or (`folder`) the automatic-backup folder.
    struct Import { let types: [UTType]; var folder = false }

    private(set) var export: Export?
    private(set) var importRequest: Import?
    @ObservationIgnored private var pending: CheckedContinuation<FileAnswer, Never>?

    nonisolated func save(suggestedName: String, mimeType: String, bytes: Data) async -> FileAnswer {
        await present { $0.export = Export(name: suggestedName, type: UTType(mimeType: mimeType) ?? .data, document: BytesDocument(bytes)) }
    }

    nonisolated func saveToFolder(folder: String, fileName: String, bytes: Data) async -> FileAnswer {
        // The folder is a bookmark of the folder the user chose (base64, sent as SetBackupFolder).
        // Failures are the system's own localised sentences: the core puts them in its message.
        guard let bookmark = Data(base64Encoded: folder) else { return .failed(CocoaError(.fileNoSuchFile).localizedDescription) }
        let url: URL
        do {
            var stale = false
            url = try URL(resolvingBookmarkData: bookmark, bookmarkDataIsStale: &stale)
        } catch {
            return .failed(error.localizedDescription)
        }
        guard url.startAccessingSecurityScopedResource() else { return .failed(CocoaError(.fileWriteNoPermission).localizedDescription) }
        defer { url.stopAccessingSecurityScopedResource() }
        do {
            try bytes.write(to: url.appendingPathComponent(fileName), options: [.atomic, .completeFileProtection])
            return .saved
        } catch {
            return .failed(error.localizedDescription)
        }
    }

    /// Shows the folder picker for automatic backups (no effect asks for it: the user does).
    func chooseBackupFolder() {
        importRequest = Import(types: [.folder], folder: true)
    }

    /// The name the Files app shows for a backup folder's bookmark, if it still resolves.
    nonisolated static func folderName(_ bookmark: String) -> String? {
        guard let data = Data(base64Encoded: bookmark) else { return nil }
        var stale = false
        return (try? URL(resolvingBookmarkData: data, bookmarkDataIsStale: &stale))?.lastPathComponent
    }

    nonisolated func open(mimeTypes: [String]) async -> FileAnswer {
        let types = mimeTypes.compactMap { UTType(mimeType: $0) }
        return await present { $0.importRequest = Import(types: types.isEmpty ? [.data] : types) }
    }

    private nonisolated func present(_ show: @escaping @MainActor @Sendable (FileDialogs) -> Void) async -> FileAnswer {
        await withCheckedContinuation { c in
            Task { @MainActor in
                self.pending?.resume(returning: .cancelled)
                self.pending = c
                show(self)
            }
        }
    }

    /// Called by RootView's .fileExporter completion.
    func exported(_ result: Result<URL, Error>) {
        export = nil
        switch result {
        case .success: answer(.saved)
        case .failure(let e as CocoaError) where e.code == .userCancelled: answer(.cancelled)
        case .failure(let e): answer(.failed(e.localizedDescription))
        }
    }

    /// Called by RootView's .fileImporter completion: reads the chosen file (security-scoped)
    /// and answers the open request; or, for the backup folder, returns its bookmark (base64)
    /// for RootView to send as SetBackupFolder.
    func imported(_ result: Result<URL, Error>) -> String? {
        let folder = importRequest?.folder == true
        importRequest = nil
        if folder {
            guard case .success(let url) = result else { return nil }
            let scoped = url.startAccessingSecurityScopedResource()
            defer { if scoped { url.stopAccessingSecurityScopedResource() } }
            return (try? url.bookmarkData())?.base64EncodedString()
        }
        switch result {
        case .success(let url):
            let scoped = url.startAccessingSecurityScopedResource()
            defer { if scoped { url.stopAccessingSecurityScopedResource() } }
            do { answer(.opened(name: url.lastPathComponent, bytes: try Data(contentsOf: url))) }
            catch { answer(.failed(error.localizedDescription)) }
        case .failure(let e as CocoaError) where e.code == .userCancelled: answer(.cancelled)
        case .failure(let e): answer(.failed(e.localizedDescription))
        }
        return nil
    }

    /// A dialog dismissed without a completion (swiped away).
    func dismissed() { export = nil; importRequest = nil; answer(.cancelled) }

    private func answer(_ a: FileAnswer) {
        pending?.resume(returning: a)
        pending = nil
    }
}

/// The bytes of an export, as SwiftUI's exporter wants them.
struct BytesDocument: FileDocument {
    static let readableContentTypes: [UTType] = [.data]
    let data: Data
    init(_ data: Data) { self.data = data }
    init(configuration: ReadConfiguration) throws { data = configuration.file.regularFileContents ?? Data() }
    func fileWrapper(configuration: WriteConfiguration) throws -> FileWrapper { FileWrapper(regularFileWithContents: data) }
}
