// The list of codes with their countdowns. The core schedules the redraws (ScheduleTick).
import MotpCore
import MotpKit
import SwiftUI

struct ListScreen: View {
    let view: ListView
    let model: AppModel

    var body: some View {
        List {
            if let reminder = view.backupReminder { Text(reminder).font(.footnote) }
            if let offer = view.offerDeviceKeyEnrolment {
                Button(offer) { model.send { .setDeviceKey(enabled: true, nowMs: $0) } }
            }
            if let empty = view.emptyText { Text(empty).foregroundStyle(.secondary) }
            ForEach(view.rows, id: \.id) { row in TokenRowView(row: row, model: model) }
        }
        .searchable(text: Binding(get: { view.search }, set: { q in model.send { .searchChanged(query: q, nowMs: $0) } }))
        .navigationTitle(view.title)
        .toolbar {
            ToolbarItem(placement: .primaryAction) {
                Button { model.send { .navigate(to: .add, nowMs: $0) } } label: { Image(systemName: "plus") }
            }
            ToolbarItem(placement: .secondaryAction) { Button("Backups") { model.send { .navigate(to: .backups, nowMs: $0) } } }
            ToolbarItem(placement: .secondaryAction) { Button("Troubleshooting") { model.send { .navigate(to: .troubleshooting, nowMs: $0) } } }
            ToolbarItem(placement: .secondaryAction) { Button("Settings") { model.send { .navigate(to: .settings, nowMs: $0) } } }
            ToolbarItem(placement: .secondaryAction) { Button("Lock") { model.send { .lock(nowMs: $0) } } }
        }
    }
}

struct TokenRowView: View {
    let row: TokenRow
    let model: AppModel
    @State private var pin = ""

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text([row.issuer, row.account].compactMap { $0 }.joined(separator: " · ")).font(.headline)
            if let unsupported = row.unsupported {
                Text(unsupported).foregroundStyle(.secondary)
            } else if let code = row.code {
                HStack {
                    Text(code).font(.system(.title, design: .monospaced))
                    Spacer()
                    ProgressView(value: Double(row.progress)).progressViewStyle(.circular)
                        .accessibilityValue(Text("\(row.secondsLeft)"))
                    Button(row.copyLabel) { model.send { .copyCode(tokenId: row.id, nowMs: $0) } }
                }
                if let warning = row.typoWarning { Text(warning).font(.footnote).foregroundStyle(.orange) }
                if let within = row.useWithin { Text(within).font(.footnote).foregroundStyle(.secondary) }
                if let next = row.nextCodeLabel { Button(next) { model.send { .nextHotpCode(tokenId: row.id, nowMs: $0) } } }
            } else if let prompt = row.pinPrompt {
                SecureField(prompt, text: $pin).keyboardType(.numberPad)
                    .onSubmit {
                        let p = SensitiveText(text: pin)
                        pin = ""
                        model.send { .pinEntered(tokenId: row.id, pin: p, nowMs: $0) }
                    }
            }
        }
        .contentShape(Rectangle())
        .onTapGesture { model.send { .navigate(to: .detail(tokenId: row.id), nowMs: $0) } }
    }
}
