// Adding a token: scan, paste or type; then the core's preview, PIN policy and confirmation.
import AVFoundation
import MotpCore
import MotpKit
import PhotosUI
import SwiftUI

struct AddScreen: View {
    let view: AddView
    let l: Labels
    let model: AppModel
    @State private var uri = ""
    @State private var issuer = ""
    @State private var account = ""
    @State private var secret = ""
    @State private var pin = ""
    @State private var policy: PinPolicyOption = .askWithTypoGuard
    /// The photo picker's choice ("Import from a picture"): read, made grey off the main
    /// actor, handed to the core, then cleared.
    @State private var picture: PhotosPickerItem?

    var body: some View {
        form.onChange(of: picture) { _, item in
            guard let item else { return }
            picture = nil
            // Decoding and drawing a large photo take a while: off the main actor.
            Task.detached {
                let data = (try? await item.loadTransferable(type: Data.self)) ?? Data()
                let plane = PictureGrey.plane(of: data)
                await MainActor.run { model.send { PictureGrey.event(for: plane, nowMs: $0) } }
            }
        }
    }

    private var form: some View {
        Form {
            switch view.step {
            case .choose:
                // A camera that could not start says why here, above the other ways in.
                FieldErrorText(error: view.error, field: nil)
                Button(l.scanQr) { model.send { .add(.scanQr(nowMs: $0)) } }
                PhotosPicker(l.choosePicture, selection: $picture, matching: .images)
                if let scan = view.exportScan {
                    Section { ExportScanRows(scan: scan, model: model) }
                }
                Section {
                    TextField(l.uri, text: $uri).textInputAutocapitalization(.never).autocorrectionDisabled()
                    Button(l.addFromUri) {
                        let u = SensitiveText(text: uri)
                        uri = ""
                        model.send { .add(.uriPasted(uri: u, nowMs: $0)) }
                    }
                    .disabled(uri.isEmpty)
                    FieldErrorText(error: view.error, field: .uri)
                }
                Section {
                    TextField(l.issuer, text: $issuer)
                    TextField(l.account, text: $account).textInputAutocapitalization(.never)
                    FieldErrorText(error: view.error, field: .name)
                    SecureField(l.secret, text: $secret)
                    FieldErrorText(error: view.error, field: .secret)
                    Button(l.addTypedSecret) {
                        let s = SensitiveText(text: secret)
                        secret = ""
                        model.send { .add(.manualEntry(issuer: issuer.isEmpty ? nil : issuer, account: account, secret: s, nowMs: $0)) }
                    }
                    Button(l.generateSecret) {
                        model.send { .add(.generateSecret(issuer: issuer.isEmpty ? nil : issuer, account: account, long: false, nowMs: $0)) }
                    }
                }
            case .scanning:
                ScannerPreview().frame(height: 320).listRowInsets(EdgeInsets())
                Text(l.scanningHint)
                if let scan = view.exportScan { ExportScanRows(scan: scan, model: model) }
                // The core stops the camera and returns to the choose step (paste or type instead).
                Button(l.stopScanning) { model.send { .add(.stopScanning(nowMs: $0)) } }
            case .preview:
                if let p = view.preview {
                    Section {
                        Text([p.issuer, p.account].compactMap { $0 }.joined(separator: " · ")).font(.headline)
                        if let kind = p.kindText { Text(kind) }
                        ForEach(p.warnings, id: \.self) { Text($0).foregroundStyle(.orange) }
                    }
                    if let g = view.generated {
                        Section {
                            Text(g.instructions)
                            Text(g.grouped.expose()).font(.system(.body, design: .monospaced))
                            QrCodeView(qr: g.qr)
                        }
                    }
                    Button(l.next) { model.send { .add(.previewAccepted(nowMs: $0)) } }
                }
            case .pinPolicy:
                // The core names the options in the enum's order.
                Picker(l.pin, selection: $policy) {
                    ForEach(Array([PinPolicyOption.ask, .askWithTypoGuard, .remember].enumerated()), id: \.offset) { i, option in
                        Text(i < view.pinPolicyLabels.count ? view.pinPolicyLabels[i] : "").tag(option)
                    }
                }
                .pickerStyle(.inline)
                if policy != .ask { SecureField(l.pin, text: $pin).keyboardType(.numberPad) }
                FieldErrorText(error: view.error, field: .pin)
                Button(l.next) {
                    let p = policy == .ask ? nil : SensitiveText(text: pin)
                    pin = ""
                    model.send { .add(.pinPolicyChosen(policy: policy, pin: p, keepUriPin: false, nowMs: $0)) }
                }
            case .confirm:
                Button(l.confirmAdd) { model.send { .add(.confirmAdd(nowMs: $0)) } }
            case .duplicate:
                ForEach(view.duplicates, id: \.tokenId) { d in
                    VStack(alignment: .leading) {
                        Text(d.name).font(.headline)
                        Text(d.reason)
                    }
                }
                if let label = view.addAnywayLabel { Button(label) { model.send { .add(.addAnyway(nowMs: $0)) } } }
            }
            if view.step != .choose { FieldErrorText(error: view.error, field: nil) }
        }
        .navigationTitle(view.title)
        .toolbar { Button(l.cancel) { model.send { .back(nowMs: $0) } } }
        // The core's suggested PIN policy for this token, once its step is reached.
        .onChange(of: view.step) { _, step in if step == .pinPolicy { policy = view.pinPolicy } }
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

/// A Google Authenticator export split over several codes, being collected (on the choice and
/// while scanning): its progress, another export's code refused, "Import the scanned codes".
private struct ExportScanRows: View {
    let scan: ExportScanView
    let model: AppModel

    var body: some View {
        Text(scan.progress)
        if let other = scan.otherExport { Text(other).foregroundStyle(.red) }
        Button(scan.importLabel) { model.send { .add(.importScannedCodes(nowMs: $0)) } }
    }
}
