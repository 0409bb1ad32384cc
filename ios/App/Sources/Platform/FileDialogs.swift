// The Files app behind the core's SaveFile / OpenFile / SaveToFolder effects. SwiftUI shows
// file dialogs as view modifiers (.fileExporter / .fileImporter in RootView), so a request
// waits here, observable, until the dialog's completion answers it. The order SwiftUI calls
// back in (the isPresented binding set to false *before* onCompletion) is MotpKit's
// FileDialog's, tested on Linux: hiding a dialog answers nothing.
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

    /// What the exporter and the importer show (their isPresented bindings read these).
    private(set) var export: Export?
    private(set) var importRequest: Import?
    @ObservationIgnored private let exporter = FileDialog<Export>()
    @ObservationIgnored private let importer = FileDialog<Import>()

    /// Copies what the dialogs show into the observed properties.
    private func sync() {
        export = exporter.shown
        importRequest = importer.shown
    }

    nonisolated func save(suggestedName: String, mimeType: String, bytes: Data) async -> FileAnswer {
        let export = Export(name: suggestedName, type: UTType(mimeType: mimeType) ?? .data, document: BytesDocument(bytes))
        return await withCheckedContinuation { c in
            Task { @MainActor in
                self.exporter.present(export) { c.resume(returning: $0) }
                self.sync()
            }
        }
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
        importer.present(Import(types: [.folder], folder: true)) { _ in }
        sync()
    }

    /// The name the Files app shows for a backup folder's bookmark, if it still resolves.
    nonisolated static func folderName(_ bookmark: String) -> String? {
        guard let data = Data(base64Encoded: bookmark) else { return nil }
        var stale = false
        return (try? URL(resolvingBookmarkData: data, bookmarkDataIsStale: &stale))?.lastPathComponent
    }

    nonisolated func open(mimeTypes: [String]) async -> FileAnswer {
        let types = mimeTypes.compactMap { UTType(mimeType: $0) }
        let request = Import(types: types.isEmpty ? [.data] : types)
        return await withCheckedContinuation { c in
            Task { @MainActor in
                self.importer.present(request) { c.resume(returning: $0) }
                self.sync()
            }
        }
    }

    /// The exporter's isPresented binding set to false (before its completion runs).
    func exporterHidden() {
        exporter.hidden()
        sync()
        Task { @MainActor in self.exporter.settle() }
    }

    /// The importer's isPresented binding set to false (before its completion runs).
    func importerHidden() {
        importer.hidden()
        sync()
        Task { @MainActor in self.importer.settle() }
    }

    /// The importer's onCancellation.
    func importCancelled() {
        importer.cancelled()
        sync()
    }

    /// Called by RootView's .fileExporter completion.
    func exported(_ result: Result<URL, Error>) {
        switch result {
        case .success: exporter.answer(.saved)
        case .failure(let e as CocoaError) where e.code == .userCancelled: exporter.answer(.cancelled)
        case .failure(let e): exporter.answer(.failed(e.localizedDescription))
        }
        sync()
    }

    /// Called by RootView's .fileImporter completion: reads the chosen file (security-scoped)
    /// and answers the open request; or, for the backup folder, returns its bookmark (base64)
    /// for RootView to send as SetBackupFolder. The request is still known here although the
    /// dialog was hidden first (FileDialog.waiting).
    func imported(_ result: Result<[URL], Error>) -> String? {
        defer { sync() }
        let folder = importer.waiting?.folder == true
        let chosen = result.flatMap { urls in
            urls.first.map { Result<URL, Error>.success($0) } ?? .failure(CocoaError(.userCancelled))
        }
        if folder {
            importer.answer(.cancelled)  // the folder request has no effect waiting for it
            guard case .success(let url) = chosen else { return nil }
            let scoped = url.startAccessingSecurityScopedResource()
            defer { if scoped { url.stopAccessingSecurityScopedResource() } }
            return (try? url.bookmarkData())?.base64EncodedString()
        }
        switch chosen {
        case .success(let url):
            let scoped = url.startAccessingSecurityScopedResource()
            defer { if scoped { url.stopAccessingSecurityScopedResource() } }
            do { importer.answer(.opened(name: url.lastPathComponent, bytes: try Data(contentsOf: url))) }
            catch { importer.answer(.failed(error.localizedDescription)) }
        case .failure(let e as CocoaError) where e.code == .userCancelled: importer.answer(.cancelled)
        case .failure(let e): importer.answer(.failed(e.localizedDescription))
        }
        return nil
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
