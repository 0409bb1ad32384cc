// First run and unlock.
import MotpCore
import MotpKit
import SwiftUI

struct FirstRunScreen: View {
    let view: FirstRunView
    let model: AppModel
    @State private var password = ""
    @State private var confirmation = ""
    @State private var useDeviceKey = true

    var body: some View {
        Form {
            Section { Text(view.explanation) }
            Section {
                SecretField(label: view.passwordLabel, text: $password)
                    .onChange(of: password) { _, p in model.send(.firstRun(.firstRunPasswordChanged(password: SensitiveText(text: p)))) }
                FieldErrorText(error: view.error, field: .password)
                Text(view.strengthText).font(.footnote)
                SecretField(label: view.confirmationLabel, text: $confirmation)
                FieldErrorText(error: view.error, field: .passwordConfirmation)
            }
            if view.deviceKeyAvailable, let label = view.deviceKeyLabel { Toggle(label, isOn: $useDeviceKey) }
            Button(view.createLabel) {
                let p = SensitiveText(text: password), c = SensitiveText(text: confirmation)
                password = ""; confirmation = ""
                model.send { .firstRun(.createVault(password: p, confirmation: c, useDeviceKey: useDeviceKey, nowMs: $0)) }
            }
            JoinSection(view: view.join, error: view.error, model: model)
        }
        .navigationTitle(view.title)
    }
}

/// First run's other way in: the vault another device keeps on the sync server.
struct JoinSection: View {
    let view: JoinView
    let error: FieldError?
    let model: AppModel
    @State private var url = ""
    @State private var user = ""
    @State private var serverPassword = ""
    @State private var vaultPassword = ""

    var body: some View {
        Section(view.title) {
            Text(view.explanation).font(.footnote)
            TextField(view.urlLabel, text: $url, prompt: Text(view.urlPlaceholder))
                .keyboardType(.URL).textInputAutocapitalization(.never).autocorrectionDisabled()
            FieldErrorText(error: error, field: .syncAddress)
            TextField(view.userLabel, text: $user).textInputAutocapitalization(.never).autocorrectionDisabled()
            SecretField(label: view.serverPasswordLabel, text: $serverPassword)
            SecretField(label: view.vaultPasswordLabel, text: $vaultPassword)
            if view.joining { ProgressView() }
            Button(view.joinLabel) {
                let server = SensitiveText(text: serverPassword), vault = SensitiveText(text: vaultPassword)
                vaultPassword = ""
                model.send { .firstRun(.joinSync(url: url, user: user, serverPassword: server, vaultPassword: vault, nowMs: $0)) }
            }.disabled(view.joining)
        }
    }
}

struct UnlockScreen: View {
    let view: UnlockView
    let model: AppModel
    @State private var password = ""

    var body: some View {
        Form {
            if let hint = view.hint { Section { Text(hint) } }
            ForEach(view.methods, id: \.label) { method in
                switch method.kind {
                case .deviceKey:
                    Button(method.label) { model.send { .unlock(.unlockWithDeviceKey(nowMs: $0)) } }
                        .disabled(view.waitingForDeviceKey || view.deviceKeyInvalidated)
                case .password:
                    Section {
                        SecretField(label: view.passwordLabel, text: $password)
                        FieldErrorText(error: view.error, field: .password)
                        Button(view.unlockLabel) {
                            let p = SensitiveText(text: password)
                            password = ""
                            model.send { .unlock(.unlockWithPassword(password: p, nowMs: $0)) }
                        }
                    }
                }
            }
            FieldErrorText(error: view.error, field: nil)
        }
        .navigationTitle(view.title)
        // No prompt from here: the model asks for Face ID once the scene is active (AppModel's
        // scenePhaseChanged / AutoUnlock), never while the app is in the background.
    }
}
