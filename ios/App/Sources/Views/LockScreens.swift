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
        }
        .navigationTitle(view.title)
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
