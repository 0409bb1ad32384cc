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
                        NoticeBanner(notice: notice) { model.send(.dismissNotice) }
                    } else if let refusal = model.refusal {
                        Text(refusal).font(.footnote).padding(8).frame(maxWidth: .infinity).background(.yellow.opacity(0.2))
                    }
                }
        }
        .environment(\.locale, Locale(identifier: model.view.locale))
        .fileExporter(isPresented: Binding(get: { dialogs.export != nil }, set: { if !$0 { dialogs.dismissed() } }),
                      document: dialogs.export?.document, contentType: dialogs.export?.type ?? .data,
                      defaultFilename: dialogs.export?.name) { dialogs.exported($0) }
        .fileImporter(isPresented: Binding(get: { dialogs.import != nil }, set: { if !$0 { dialogs.dismissed() } }),
                      allowedContentTypes: dialogs.import?.types ?? [.data]) { dialogs.imported($0) }
    }

    @ViewBuilder private var screen: some View {
        switch model.view.screen {
        case .starting: ProgressView()
        case .firstRun(let v): FirstRunScreen(view: v, model: model)
        case .unlock(let v): UnlockScreen(view: v, model: model)
        case .list(let v): ListScreen(view: v, model: model)
        case .add(let v): AddScreen(view: v, model: model)
        case .detail(let v): DetailScreen(view: v, model: model)
        case .backups(let v): BackupsScreen(view: v, model: model)
        case .troubleshooting(let v): TroubleshootingScreen(view: v, model: model)
        case .settings(let v): SettingsScreen(view: v, model: model)
        }
    }
}

struct NoticeBanner: View {
    let notice: Notice
    let dismiss: () -> Void
    var body: some View {
        HStack {
            Text(notice.text).font(.callout)
            Spacer()
            Button(action: dismiss) { Image(systemName: "xmark") }.accessibilityLabel(Text("Dismiss"))
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
