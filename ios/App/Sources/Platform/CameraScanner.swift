// The QR scanner's camera: AVFoundation delivers 420f (bi-planar Y + CbCr) buffers; plane 0 is
// the luma, rows of bytesPerRow bytes. It is copied out as the camera gives it and offered to
// the driver, which keeps only the newest frame; decoding is the core's (decodeQrLuma). When the
// camera cannot be used, `start` says why (the driver sends CameraUnavailable; the core words it).
import AVFoundation
import MotpCore
import MotpKit

final class CameraScanner: NSObject, Camera, AVCaptureVideoDataOutputSampleBufferDelegate, @unchecked Sendable {
    static let shared = CameraScanner()
    /// The preview layer's session (ScannerPreview shows it).
    let session = AVCaptureSession()
    private let queue = DispatchQueue(label: "app.motp.camera")
    private let lock = NSLock()
    private var onFrame: (@Sendable (LumaFrame) -> Void)?
    /// Touched on `queue` only.
    private var configured = false

    func start(onFrame: @escaping @Sendable (LumaFrame) -> Void) async -> CameraProblem? {
        switch AVCaptureDevice.authorizationStatus(for: .video) {
        case .authorized: break
        case .notDetermined:
            // The system's prompt; the driver does not wait for it.
            guard await AVCaptureDevice.requestAccess(for: .video) else { return .permissionDenied }
        case .denied, .restricted: return .permissionDenied
        @unknown default: return .failed
        }
        lock.withLock { self.onFrame = onFrame }
        let problem = await withCheckedContinuation { (done: CheckedContinuation<CameraProblem?, Never>) in
            queue.async { [self] in done.resume(returning: startOnQueue()) }
        }
        if problem != nil { lock.withLock { self.onFrame = nil } }
        return problem
    }

    /// On `queue`: finds the camera, configures the session once, and starts it.
    private func startOnQueue() -> CameraProblem? {
        guard let device = AVCaptureDevice.default(.builtInWideAngleCamera, for: .video, position: .back)
            ?? AVCaptureDevice.default(for: .video) else { return .noCamera }
        if !configured { configured = configure(device) }
        guard configured else { return .failed }
        if !session.isRunning { session.startRunning() }
        // startRunning is synchronous; a session that could not start is not running.
        return session.isRunning ? nil : .failed
    }

    func stop() async {
        lock.withLock { onFrame = nil }
        queue.async { [self] in if session.isRunning { session.stopRunning() } }
    }

    /// Adds the camera and the frame output to the session; false (and the session left empty)
    /// if either cannot be added.
    private func configure(_ device: AVCaptureDevice) -> Bool {
        session.beginConfiguration()
        defer { session.commitConfiguration() }
        if session.canSetSessionPreset(.hd1280x720) { session.sessionPreset = .hd1280x720 }
        let output = AVCaptureVideoDataOutput()
        output.videoSettings = [kCVPixelBufferPixelFormatTypeKey as String: kCVPixelFormatType_420YpCbCr8BiPlanarFullRange]
        output.alwaysDiscardsLateVideoFrames = true
        output.setSampleBufferDelegate(self, queue: queue)
        guard let input = try? AVCaptureDeviceInput(device: device), session.canAddInput(input),
              session.canAddOutput(output) else {
            return false
        }
        session.addInput(input)
        session.addOutput(output)
        return true
    }

    func captureOutput(_ output: AVCaptureOutput, didOutput sampleBuffer: CMSampleBuffer, from connection: AVCaptureConnection) {
        guard let deliver = lock.withLock({ onFrame }), let pixels = CMSampleBufferGetImageBuffer(sampleBuffer) else { return }
        CVPixelBufferLockBaseAddress(pixels, .readOnly)
        defer { CVPixelBufferUnlockBaseAddress(pixels, .readOnly) }
        guard let base = CVPixelBufferGetBaseAddressOfPlane(pixels, 0) else { return }
        let width = CVPixelBufferGetWidthOfPlane(pixels, 0)
        let height = CVPixelBufferGetHeightOfPlane(pixels, 0)
        let bytesPerRow = CVPixelBufferGetBytesPerRowOfPlane(pixels, 0)
        let luma = Data(bytes: base, count: bytesPerRow * height)
        deliver(LumaFrame(luma: luma, width: width, height: height, bytesPerRow: bytesPerRow))
    }
}
