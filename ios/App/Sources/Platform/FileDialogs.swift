// The Files app behind the core's SaveFile / OpenFile / SaveToFolder effects. Files in other
// apps' providers are read and written through NSFileCoordinator; imports are read off the main
// actor; a stale backup-folder bookmark is made again and handed back to the core. SwiftUI shows
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

    /// A bookmark that resolved as stale was made again: RootView sends it to the core as the
    /// new backup folder (SetBackupFolder), so the next backup resolves the fresh one.
    @ObservationIgnored nonisolated(unsafe) var folderBookmarkRefreshed: (@Sendable (String) -> Void)?

    nonisolated func saveToFolder(folder: String, fileName: String, bytes: Data) async -> FileAnswer {
        // The folder is a bookmark of the folder the user chose (base64, sent as SetBackupFolder).
        // Failures are the system's own localised sentences: the core puts them in its message.
        // Called off the main actor (the driver's task): the coordinated write may wait.
        guard let bookmark = Data(base64Encoded: folder) else { return .failed(CocoaError(.fileNoSuchFile).localizedDescription) }
        let url: URL
        var stale = false
        do {
            url = try URL(resolvingBookmarkData: bookmark, bookmarkDataIsStale: &stale)
        } catch {
            return .failed(error.localizedDescription)
        }
        guard url.startAccessingSecurityScopedResource() else { return .failed(CocoaError(.fileWriteNoPermission).localizedDescription) }
        defer { url.stopAccessingSecurityScopedResource() }
        // A stale bookmark still resolved (the folder was moved or renamed, or the provider
        // changed its identifiers): make it again while access is granted, and keep that one.
        if stale, let fresh = try? url.bookmarkData() {
            folderBookmarkRefreshed?(fresh.base64EncodedString())
        }
        // A provider's folder (iCloud Drive, a third-party File Provider) is written through
        // NSFileCoordinator, so the provider sees the write and no sync overwrites half a file.
        let target = url.appendingPathComponent(fileName)
        var coordination: NSError?
        var failure: Error?
        NSFileCoordinator(filePresenter: nil).coordinate(writingItemAt: target, options: .forReplacing, error: &coordination) { destination in
            do {
                try bytes.write(to: destination, options: [.atomic, .completeFileProtection])
            } catch {
                failure = error
            }
        }
        if let error = (coordination as Error?) ?? failure { return .failed(error.localizedDescription) }
        return .saved
    }

    /// The backup folder's URL from its bookmark, with access started (call `stop` when done).
    nonisolated private func backupFolder(_ folder: String) throws -> URL {
        guard let bookmark = Data(base64Encoded: folder) else { throw CocoaError(.fileNoSuchFile) }
        var stale = false
        let url = try URL(resolvingBookmarkData: bookmark, bookmarkDataIsStale: &stale)
        guard url.startAccessingSecurityScopedResource() else { throw CocoaError(.fileReadNoPermission) }
        if stale, let fresh = try? url.bookmarkData() {
            folderBookmarkRefreshed?(fresh.base64EncodedString())
        }
        return url
    }

    nonisolated func listFolder(folder: String) async throws -> [String] {
        let url = try backupFolder(folder)
        defer { url.stopAccessingSecurityScopedResource() }
        var coordination: NSError?
        var names: [String] = []
        var failure: Error?
        NSFileCoordinator(filePresenter: nil).coordinate(readingItemAt: url, options: [], error: &coordination) { dir in
            do { names = try FileManager.default.contentsOfDirectory(atPath: dir.path) } catch { failure = error }
        }
        if let error = (coordination as Error?) ?? failure { throw error }
        return names
    }

    nonisolated func readFromFolder(folder: String, fileName: String) async -> FileAnswer {
        do {
            let url = try backupFolder(folder)
            defer { url.stopAccessingSecurityScopedResource() }
            var coordination: NSError?
            var result: Result<Data, Error> = .failure(CocoaError(.fileReadUnknown))
            NSFileCoordinator(filePresenter: nil).coordinate(readingItemAt: url.appendingPathComponent(fileName), options: [], error: &coordination) { file in
                result = Result { try Data(contentsOf: file) }
            }
            if let error = coordination { return .failed(error.localizedDescription) }
            return .opened(name: fileName, bytes: try result.get())
        } catch {
            return .failed(error.localizedDescription)
        }
    }

    nonisolated func deleteFromFolder(folder: String, fileNames: [String]) async {
        guard let url = try? backupFolder(folder) else { return }
        defer { url.stopAccessingSecurityScopedResource() }
        for name in fileNames {
            // Left for the next rotation when the provider refuses.
            var coordination: NSError?
            NSFileCoordinator(filePresenter: nil).coordinate(writingItemAt: url.appendingPathComponent(name), options: .forDeleting, error: &coordination) { file in
                try? FileManager.default.removeItem(at: file)
            }
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
            // Read off the main actor (a provider may download the file first); the request is
            // claimed so the settling turn after the hiding does not report it cancelled
            // (MotpKit's FileDialog.claim, tested on Linux).
            guard let reply = importer.claim() else { return nil }
            Task { @MainActor in reply(await Self.read(url)) }
        case .failure(let e as CocoaError) where e.code == .userCancelled: importer.answer(.cancelled)
        case .failure(let e): importer.answer(.failed(e.localizedDescription))
        }
        return nil
    }
}

extension FileDialogs {
    /// Reads a file the importer gave (security-scoped, coordinated with its provider). A
    /// nonisolated async function: it runs on the cooperative pool, not the main actor.
    nonisolated static func read(_ url: URL) async -> FileAnswer {
        let scoped = url.startAccessingSecurityScopedResource()
        defer { if scoped { url.stopAccessingSecurityScopedResource() } }
        var coordination: NSError?
        var answer = FileAnswer.failed(CocoaError(.fileReadUnknown).localizedDescription)
        NSFileCoordinator(filePresenter: nil).coordinate(readingItemAt: url, options: [], error: &coordination) { readable in
            do { answer = .opened(name: url.lastPathComponent, bytes: try Data(contentsOf: readable)) }
            catch { answer = .failed(error.localizedDescription) }
        }
        if let coordination { return .failed(coordination.localizedDescription) }
        return answer
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
