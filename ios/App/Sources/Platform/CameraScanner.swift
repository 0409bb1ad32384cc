// The QR scanner's camera: AVFoundation delivers 420f (bi-planar Y + CbCr) buffers; plane 0 is
// the luma, rows of bytesPerRow bytes. It is copied out as the camera gives it and offered to
// the driver, which keeps only the newest frame; decoding is the core's (decodeQrLuma).
import AVFoundation
import MotpKit

final class CameraScanner: NSObject, Camera, AVCaptureVideoDataOutputSampleBufferDelegate, @unchecked Sendable {
    static let shared = CameraScanner()
    /// The preview layer's session (ScannerPreview shows it).
    let session = AVCaptureSession()
    private let queue = DispatchQueue(label: "app.motp.camera")
    private let lock = NSLock()
    private var onFrame: (@Sendable (LumaFrame) -> Void)?
    private var configured = false

    func start(onFrame: @escaping @Sendable (LumaFrame) -> Void) async {
        guard await AVCaptureDevice.requestAccess(for: .video) else { return }
        lock.withLock { self.onFrame = onFrame }
        queue.async { [self] in
            if !configured { configure() }
            if !session.isRunning { session.startRunning() }
        }
    }

    func stop() async {
        lock.withLock { onFrame = nil }
        queue.async { [self] in if session.isRunning { session.stopRunning() } }
    }

    private func configure() {
        session.beginConfiguration()
        session.sessionPreset = .hd1280x720
        if let device = AVCaptureDevice.default(.builtInWideAngleCamera, for: .video, position: .back),
           let input = try? AVCaptureDeviceInput(device: device), session.canAddInput(input) {
            session.addInput(input)
        }
        let output = AVCaptureVideoDataOutput()
        output.videoSettings = [kCVPixelBufferPixelFormatTypeKey as String: kCVPixelFormatType_420YpCbCr8BiPlanarFullRange]
        output.alwaysDiscardsLateVideoFrames = true
        output.setSampleBufferDelegate(self, queue: queue)
        if session.canAddOutput(output) { session.addOutput(output) }
        session.commitConfiguration()
        configured = true
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
