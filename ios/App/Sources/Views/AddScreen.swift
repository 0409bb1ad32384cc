// Adding a token: scan, paste or type; then the core's preview, PIN policy and confirmation.
import AVFoundation
import MotpCore
import MotpKit
import SwiftUI

struct AddScreen: View {
    let view: AddView
    let model: AppModel
    @State private var uri = ""
    @State private var issuer = ""
    @State private var account = ""
    @State private var secret = ""
    @State private var pin = ""
    @State private var policy: PinPolicyOption = .askWithTypoGuard

    var body: some View {
        Form {
            switch view.step {
            case .choose:
                Button("Scan QR code") { model.send { .scanQr(nowMs: $0) } }
                Section {
                    TextField("otpauth:// or motp://", text: $uri).textInputAutocapitalization(.never)
                    Button("Add from link") {
                        let u = SensitiveText(text: uri)
                        uri = ""
                        model.send { .uriPasted(uri: u, nowMs: $0) }
                    }
                    FieldErrorText(error: view.error, field: .uri)
                }
                Section {
                    TextField("Issuer", text: $issuer)
                    TextField("Account", text: $account)
                    SecureField("Secret", text: $secret)
                    FieldErrorText(error: view.error, field: .secret)
                    Button("Add") {
                        let s = SensitiveText(text: secret)
                        secret = ""
                        model.send { .manualEntry(issuer: issuer.isEmpty ? nil : issuer, account: account, secret: s, nowMs: $0) }
                    }
                }
            case .scanning:
                ScannerPreview().frame(height: 320).listRowInsets(EdgeInsets())
            case .preview:
                if let p = view.preview {
                    Section {
                        Text([p.issuer, p.account].compactMap { $0 }.joined(separator: " · ")).font(.headline)
                        if let kind = p.kindText { Text(kind) }
                        ForEach(p.warnings, id: \.self) { Text($0).foregroundStyle(.orange) }
                    }
                    Button("Continue") { model.send { .previewAccepted(nowMs: $0) } }
                }
            case .pinPolicy:
                Picker("PIN", selection: $policy) {
                    ForEach(Array([PinPolicyOption.ask, .askWithTypoGuard, .remember].enumerated()), id: \.offset) { i, option in
                        Text(i < view.pinPolicyLabels.count ? view.pinPolicyLabels[i] : "").tag(option)
                    }
                }
                .pickerStyle(.inline)
                if policy != .ask { SecureField("PIN", text: $pin).keyboardType(.numberPad) }
                FieldErrorText(error: view.error, field: .pin)
                Button("Continue") {
                    let p = policy == .ask ? nil : SensitiveText(text: pin)
                    pin = ""
                    model.send { .pinPolicyChosen(policy: policy, pin: p, keepUriPin: false, nowMs: $0) }
                }
            case .confirm:
                Button("Add") { model.send { .confirmAdd(nowMs: $0) } }
            case .duplicate:
                ForEach(view.duplicates, id: \.tokenId) { Text("\($0.name): \($0.reason)") }
                if let label = view.addAnywayLabel { Button(label) { model.send { .addAnyway(nowMs: $0) } } }
            }
            FieldErrorText(error: view.error, field: nil)
        }
        .navigationTitle(view.title)
        .toolbar { Button("Cancel") { model.send { .back(nowMs: $0) } } }
    }
}

/// The camera's picture while scanning (the frames go to the core from CameraScanner).
struct ScannerPreview: UIViewRepresentable {
    func makeUIView(context: Context) -> PreviewView {
        let v = PreviewView()
        v.previewLayer.session = CameraScanner.shared.session
        v.previewLayer.videoGravity = .resizeAspectFill
        return v
    }
    func updateUIView(_ uiView: PreviewView, context: Context) {}

    final class PreviewView: UIView {
        override class var layerClass: AnyClass { AVCaptureVideoPreviewLayer.self }
        var previewLayer: AVCaptureVideoPreviewLayer { layer as! AVCaptureVideoPreviewLayer }  // layerClass above
    }
}
