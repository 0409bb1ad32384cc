// Draws the core's view as it is and sends events; decides nothing. Screens are in the files
// beside this one; the file dialogs the core asks for are presented here.
import MotpCore
import MotpKit
import SwiftUI

struct RootView: View {
    let model: AppModel
    @Bindable var dialogs: FileDialogs

    var body: some View {
        NavigationStack {
            screen
                .disabled(model.view.busy != nil)
                .overlay(alignment: .center) {
                    if let busy = model.view.busy { ProgressView(busy.text).padding().background(.regularMaterial, in: .rect(cornerRadius: 12)) }
                }
                .safeAreaInset(edge: .top) {
                    if let notice = model.view.notice {
                        NoticeBanner(notice: notice, dismissLabel: model.view.labels.dismiss) { model.send(.dismissNotice) }
                    } else if let refusal = model.refusal {
                        Text(refusal).font(.footnote).padding(8).frame(maxWidth: .infinity).background(.yellow.opacity(0.2))
                    }
                }
        }
        .environment(\.locale, Locale(identifier: model.view.locale))
        // Apple sets isPresented to false before it calls the completion: hiding answers nothing
        // (MotpKit's FileDialog keeps the request for the completion or the cancellation).
        .fileExporter(isPresented: Binding(get: { dialogs.export != nil }, set: { if !$0 { dialogs.exporterHidden() } }),
                      document: dialogs.export?.document, contentType: dialogs.export?.type ?? .data,
                      defaultFilename: dialogs.export?.name) { dialogs.exported($0) }
        // One importer for both uses (SwiftUI shows one per view): a backup to import, or the
        // folder for automatic backups, which the core stores as the bookmark it is given.
        .fileImporter(isPresented: Binding(get: { dialogs.importRequest != nil }, set: { if !$0 { dialogs.importerHidden() } }),
                      allowedContentTypes: dialogs.importRequest?.types ?? [.data], allowsMultipleSelection: false,
                      onCompletion: { result in
                          if let folder = dialogs.imported(result) { model.send { .backups(.setBackupFolder(folder: folder, nowMs: $0)) } }
                      },
                      onCancellation: { dialogs.importCancelled() })
    }

    /// Every screen draws the core's words: its own record's, and the control labels in
    /// `model.view.labels` (`l`).
    @ViewBuilder private var screen: some View {
        let l = model.view.labels
        switch model.view.screen {
        case .starting: ProgressView()
        case .firstRun(let v): FirstRunScreen(view: v, model: model)
        case .unlock(let v): UnlockScreen(view: v, model: model)
        case .list(let v): ListScreen(view: v, l: l, model: model)
        case .add(let v): AddScreen(view: v, l: l, model: model)
        case .detail(let v): DetailScreen(view: v, l: l, model: model)
        case .backups(let v): BackupsScreen(view: v, l: l, model: model, chooseFolder: { dialogs.chooseBackupFolder() })
        case .troubleshooting(let v): TroubleshootingScreen(view: v, l: l, model: model)
        case .settings(let v): SettingsScreen(view: v, l: l, model: model)
        case .trash(let v): TrashScreen(view: v, l: l, model: model)
        }
    }
}

struct NoticeBanner: View {
    let notice: Notice
    let dismissLabel: String
    let dismiss: @MainActor () -> Void
    var body: some View {
        HStack {
            Text(notice.text).font(.callout)
            Spacer()
            Button(action: dismiss) { Image(systemName: "xmark") }.accessibilityLabel(Text(dismissLabel))
        }
        .padding(10)
        .background(notice.kind == .error ? Color.red.opacity(0.15) : notice.kind == .warning ? Color.orange.opacity(0.15) : Color.blue.opacity(0.1))
    }
}

/// A field's error under it, when the core put one there.
struct FieldErrorText: View {
    let error: FieldError?
    let field: InputField?
    var body: some View {
        if let error, error.field == field { Text(error.text).font(.footnote).foregroundStyle(.red) }
    }
}

/// Password text kept only until it is sent: it leaves as a SensitiveText and is cleared.
struct SecretField: View {
    let label: String
    @Binding var text: String
    var body: some View { SecureField(label, text: $text).textContentType(.password) }
}
