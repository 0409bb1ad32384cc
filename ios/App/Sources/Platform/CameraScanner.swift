// The QR scanner's camera: AVFoundation delivers 420f (bi-planar Y + CbCr) buffers; plane 0 is
// the luma, rows of bytesPerRow bytes. It is copied out as the camera gives it and offered to
// the driver, which keeps only the newest frame; decoding is the core's (decodeQrLuma). When the
// camera cannot be used, `start` says why (the driver sends CameraUnavailable; the core words it).
//
// Two queues, as Apple's AVCam does: the session's (configuration, startRunning, stopRunning —
// calls that block) and the frames' (the sample-buffer delegate), so copying a frame never waits
// behind a start or stop, and a start never waits behind frames. The session's interruptions
// (a phone call, another app taking the camera in Split View or Slide Over, system pressure)
// stop the frames until `interruptionEnded`, when the session runs again if a scan is still on;
// after a media-services reset (a runtime error) the session is started again the same way.
import AVFoundation
import MotpCore
import MotpKit

final class CameraScanner: NSObject, Camera, AVCaptureVideoDataOutputSampleBufferDelegate, @unchecked Sendable {
    static let shared = CameraScanner()
    /// The preview layer's session (ScannerPreview shows it).
    let session = AVCaptureSession()
    /// Configuration, startRunning and stopRunning.
    private let sessionQueue = DispatchQueue(label: "app.motp.camera.session")
    /// The frames (the sample-buffer delegate's queue).
    private let frameQueue = DispatchQueue(label: "app.motp.camera.frames")
    private let lock = NSLock()
    /// Set while a scan is on (from `start` to `stop`); read on the frame queue.
    private var onFrame: (@Sendable (LumaFrame) -> Void)?
    /// The session is interrupted (under `lock`): a scan started meanwhile waits for its end.
    private var interrupted = false
    /// Touched on `sessionQueue` only.
    private var configured = false
    private var observers: [NSObjectProtocol] = []

    override init() {
        super.init()
        let center = NotificationCenter.default
        observers = [
            center.addObserver(forName: AVCaptureSession.wasInterruptedNotification, object: session, queue: nil) { [weak self] _ in
                // The system paused the session; frames stop until the interruption ends. The
                // scan stays on: the user sees the preview stop and come back.
                self?.lock.withLock { self?.interrupted = true }
            },
            center.addObserver(forName: AVCaptureSession.interruptionEndedNotification, object: session, queue: nil) { [weak self] _ in
                self?.lock.withLock { self?.interrupted = false }
                self?.runAgainIfScanning()
            },
            center.addObserver(forName: AVCaptureSession.runtimeErrorNotification, object: session, queue: nil) { [weak self] note in
                // Media services were reset: the session stopped and can be started again.
                let error = note.userInfo?[AVCaptureSessionErrorKey] as? AVError
                if error?.code == .mediaServicesWereReset { self?.runAgainIfScanning() }
            },
        ]
    }

    deinit {
        for observer in observers { NotificationCenter.default.removeObserver(observer) }
    }

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
            sessionQueue.async { [self] in done.resume(returning: startOnQueue()) }
        }
        if problem != nil { lock.withLock { self.onFrame = nil } }
        return problem
    }

    /// On `sessionQueue`: finds the camera, configures the session once, and starts it.
    private func startOnQueue() -> CameraProblem? {
        guard let device = AVCaptureDevice.default(.builtInWideAngleCamera, for: .video, position: .back)
            ?? AVCaptureDevice.default(for: .video) else { return .noCamera }
        if !configured { configured = configure(device) }
        guard configured else { return .failed }
        if !session.isRunning { session.startRunning() }
        // startRunning is synchronous; a session that could not start is not running. One
        // interrupted (the camera in use by another app in Split View) runs when that ends.
        return session.isRunning || session.isInterrupted || lock.withLock({ interrupted }) ? nil : .failed
    }

    /// After an interruption or a media-services reset: runs the session again if a scan is on.
    private func runAgainIfScanning() {
        sessionQueue.async { [self] in
            guard lock.withLock({ onFrame != nil }), configured, !session.isRunning else { return }
            session.startRunning()
        }
    }

    func stop() async {
        lock.withLock { onFrame = nil }
        sessionQueue.async { [self] in if session.isRunning { session.stopRunning() } }
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
        output.setSampleBufferDelegate(self, queue: frameQueue)
        guard let input = try? AVCaptureDeviceInput(device: device), session.canAddInput(input),
              session.canAddOutput(output) else {
            return false
        }
        session.addInput(input)
        session.addOutput(output)
        return true
    }

    /// On `frameQueue`.
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
