// The list of codes with their countdowns. The core schedules the redraws (ScheduleTick).
import MotpCore
import MotpKit
import SwiftUI

struct ListScreen: View {
    let view: ListView
    let l: Labels
    let model: AppModel
    /// The typed text (MotpKit's SearchField, tested on Linux): the field's value is what the
    /// user typed, the core only gets the filter; its search is read once, when the list is
    /// drawn anew. Reading the core's `search` in the binding put older text back while typing.
    @State private var search: SearchField

    init(view: ListView, l: Labels, model: AppModel) {
        self.view = view
        self.l = l
        self.model = model
        _search = State(initialValue: SearchField(coreSearch: view.search))
    }

    var body: some View {
        List {
            if let changed = view.passwordChanged {
                Button(changed) { model.send { .navigate(to: .settings, nowMs: $0) } }
            }
            if let reminder = view.backupReminder { Text(reminder).font(.footnote) }
            if let offer = view.offerDeviceKeyEnrolment {
                Button(offer) { model.send { .settings(.setDeviceKey(enabled: true, nowMs: $0)) } }
            }
            if !view.groups.isEmpty {
                Picker(l.group, selection: Binding(get: { view.selectedGroup },
                                                   set: { g in model.send { .list(.groupSelected(group: g, nowMs: $0)) } })) {
                    Text(l.allGroups).tag(String?.none)
                    ForEach(view.groups, id: \.self) { Text($0).tag(String?.some($0)) }
                }
            }
            // The last deletion, with "Undo" (the core drops it after its time).
            if let undo = view.undo {
                HStack {
                    Text(undo.text)
                    Spacer()
                    Button(l.undo) { model.send { .list(.undoDelete(nowMs: $0)) } }.buttonStyle(.borderless)
                    Button(l.dismiss) { model.send(.list(.dismissUndo)) }.buttonStyle(.borderless)
                }
            }
            if let empty = view.emptyText { Text(empty).foregroundStyle(.secondary) }
            ForEach(view.rows, id: \.id) { row in
                TokenRowView(row: row, l: l, model: model)
                    .swipeActions {
                        Button(l.delete, role: .destructive) { model.send { .list(.deleteToken(tokenId: row.id, nowMs: $0)) } }
                    }
            }
            // Drag to reorder while the list is sorted by hand; the core maps the place on screen
            // to its order and saves it.
            .onMove(perform: view.reorder ? move : nil)
            if let trash = view.trashLink {
                Button(trash) { model.send { .navigate(to: .trash, nowMs: $0) } }
            }
        }
        .searchable(text: Binding(get: { search.text }, set: { typed in
                        if let query = search.edited(typed) { model.send { .list(.searchChanged(query: query, nowMs: $0)) } }
                    }),
                    prompt: Text(l.search))
        // A pull-down syncs with the server (the core does nothing when none is set up).
        .refreshable { model.send { .list(.refresh(nowMs: $0)) } }
        .navigationTitle(view.title)
        .toolbar {
            ToolbarItem(placement: .primaryAction) {
                Button { model.send { .navigate(to: .add, nowMs: $0) } } label: { Image(systemName: "plus") }
                    .accessibilityLabel(Text(l.addToken))
            }
            ToolbarItem(placement: .secondaryAction) { Button(l.backups) { model.send { .navigate(to: .backups, nowMs: $0) } } }
            ToolbarItem(placement: .secondaryAction) { Button(l.troubleshooting) { model.send { .navigate(to: .troubleshooting, nowMs: $0) } } }
            ToolbarItem(placement: .secondaryAction) { Button(l.settings) { model.send { .navigate(to: .settings, nowMs: $0) } } }
            ToolbarItem(placement: .secondaryAction) { Button(l.lock) { model.send { .lock(nowMs: $0) } } }
            ToolbarItem(placement: .secondaryAction) {
                // The core sorts; the menu offers its choices with its words.
                Picker(l.sortBy, selection: Binding(get: { view.sort },
                                                    set: { sort in model.send { .list(.sortChosen(sort: sort, nowMs: $0)) } })) {
                    ForEach(view.sortChoices, id: \.sort) { Text($0.label).tag($0.sort) }
                }
            }
        }
    }

    /// `.onMove`'s offsets as the core's `MoveToken`: the place on screen, counted after the
    /// moved row is taken out (SwiftUI's destination counts it).
    private func move(from source: IndexSet, to destination: Int) {
        guard let from = source.first else { return }
        let id = view.rows[from].id
        let to = destination > from ? destination - 1 : destination
        model.send { .list(.moveToken(tokenId: id, toIndex: UInt32(max(0, to)), nowMs: $0)) }
    }
}

struct TokenRowView: View {
    let row: TokenRow
    let l: Labels
    let model: AppModel
    @State private var pin = ""

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            HStack {
                TokenIconView(icon: row.icon)
                // The name opens the token's details (VoiceOver reads it as a button).
                Button([row.issuer, row.account].compactMap { $0 }.joined(separator: " · ")) {
                    model.send { .navigate(to: .detail(tokenId: row.id), nowMs: $0) }
                }
                .font(.headline)
                .buttonStyle(.plain)
            }
            if let unsupported = row.unsupported {
                Text(unsupported).foregroundStyle(.secondary)
            } else if let masked = row.maskedCode {
                // "Hide codes": the view holds no code; a tap asks the core to reveal it.
                HStack {
                    Button(masked) { model.send { .list(.revealCode(tokenId: row.id, nowMs: $0)) } }
                        .font(.system(.title, design: .monospaced))
                        .buttonStyle(.plain)
                        .accessibilityLabel(Text(l.revealCode))
                    Spacer()
                    CountdownRing(progress: row.progress, secondsLeftText: row.secondsLeftText)
                    Button(row.copyLabel) { model.send { .list(.copyCode(tokenId: row.id, nowMs: $0)) } }
                        .buttonStyle(.borderless)
                }
            } else if let code = row.code {
                HStack {
                    Text(code).font(.system(.title, design: .monospaced))
                    Spacer()
                    CountdownRing(progress: row.progress, secondsLeftText: row.secondsLeftText)
                    Button(row.copyLabel) { model.send { .list(.copyCode(tokenId: row.id, nowMs: $0)) } }
                        .buttonStyle(.borderless)
                }
                if let warning = row.typoWarning { Text(warning).font(.footnote).foregroundStyle(.orange) }
                if let within = row.useWithin { Text(within).font(.footnote).foregroundStyle(.secondary) }
                if let next = row.upcoming { Text(next).font(.footnote.monospaced()).foregroundStyle(.secondary) }
                if let next = row.nextCodeLabel {
                    Button(next) { model.send { .list(.nextHotpCode(tokenId: row.id, nowMs: $0)) } }.buttonStyle(.borderless)
                }
            } else if let prompt = row.pinPrompt {
                HStack {
                    SecureField(prompt, text: $pin).keyboardType(.numberPad).onSubmit(showCode)
                    Button(l.showCode, action: showCode).buttonStyle(.borderless)
                }
            }
        }
    }

    /// Sends the PIN typed (it leaves as a SensitiveText and the field is cleared).
    private func showCode() {
        let p = SensitiveText(text: pin)
        pin = ""
        model.send { .list(.pinEntered(tokenId: row.id, pin: p, nowMs: $0)) }
    }
}

/// The code's time left, as a ring that empties over the period (a circular ProgressView is an
/// endless spinner on iOS: it has no determinate style there). VoiceOver hears the core's words,
/// "12 seconds left", in the user's language; the core redraws it every second (ScheduleTick).
struct CountdownRing: View {
    /// How much of the code's time has passed, 0–1 (the core's `TokenRow.progress`).
    let progress: Float
    /// The core's `TokenRow.secondsLeftText`.
    let secondsLeftText: String?

    var body: some View {
        ZStack {
            Circle().stroke(.quaternary, lineWidth: 3)
            Circle()
                .trim(from: 0, to: CGFloat(max(0, min(1, 1 - progress))))
                .stroke(.tint, style: StrokeStyle(lineWidth: 3, lineCap: .round))
                .rotationEffect(.degrees(-90))
                .animation(.linear(duration: 1), value: progress)
        }
        .frame(width: 24, height: 24)
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(Text(verbatim: secondsLeftText ?? ""))
        .accessibilityHidden(secondsLeftText == nil)
    }
}
