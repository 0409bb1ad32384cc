// Signature stub of Apple's AVFoundation (with the Core Media and Core Video calls the scanner
// makes), only what ios/App uses (README.md here).
@_exported import Foundation
import UIKit

public enum AVMediaType: Sendable { case video }

public enum AVAuthorizationStatus: Int, Sendable {
    case notDetermined, restricted, denied, authorized
}

public class AVCaptureDevice {
    public enum DeviceType: Sendable { case builtInWideAngleCamera }
    public enum Position: Sendable { case unspecified, back, front }
    public class func authorizationStatus(for mediaType: AVMediaType) -> AVAuthorizationStatus { .notDetermined }
    public class func requestAccess(for mediaType: AVMediaType) async -> Bool { false }
    public class func `default`(_ deviceType: DeviceType, for mediaType: AVMediaType?, position: Position) -> AVCaptureDevice? { nil }
    public class func `default`(for mediaType: AVMediaType) -> AVCaptureDevice? { nil }
}

public class AVCaptureInput {}
public class AVCaptureDeviceInput: AVCaptureInput {
    public init(device: AVCaptureDevice) throws {}
}

public class AVCaptureOutput {}
public class AVCaptureConnection {}

public struct CMSampleBuffer {}
public struct CVPixelBuffer {}
public struct CVPixelBufferLockFlags: OptionSet, Sendable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }
    public static let readOnly = CVPixelBufferLockFlags(rawValue: 1)
}
public let kCVPixelBufferPixelFormatTypeKey = "PixelFormatType"
public let kCVPixelFormatType_420YpCbCr8BiPlanarFullRange: UInt32 = 0x3432_3066
@discardableResult public func CMSampleBufferGetImageBuffer(_ sbuf: CMSampleBuffer) -> CVPixelBuffer? { nil }
@discardableResult public func CVPixelBufferLockBaseAddress(_ pixelBuffer: CVPixelBuffer, _ lockFlags: CVPixelBufferLockFlags) -> Int32 { 0 }
@discardableResult public func CVPixelBufferUnlockBaseAddress(_ pixelBuffer: CVPixelBuffer, _ unlockFlags: CVPixelBufferLockFlags) -> Int32 { 0 }
public func CVPixelBufferGetBaseAddressOfPlane(_ pixelBuffer: CVPixelBuffer, _ planeIndex: Int) -> UnsafeMutableRawPointer? { nil }
public func CVPixelBufferGetWidthOfPlane(_ pixelBuffer: CVPixelBuffer, _ planeIndex: Int) -> Int { 0 }
public func CVPixelBufferGetHeightOfPlane(_ pixelBuffer: CVPixelBuffer, _ planeIndex: Int) -> Int { 0 }
public func CVPixelBufferGetBytesPerRowOfPlane(_ pixelBuffer: CVPixelBuffer, _ planeIndex: Int) -> Int { 0 }

public protocol AVCaptureVideoDataOutputSampleBufferDelegate: NSObjectProtocol {
    func captureOutput(_ output: AVCaptureOutput, didOutput sampleBuffer: CMSampleBuffer, from connection: AVCaptureConnection)
}

public class AVCaptureVideoDataOutput: AVCaptureOutput {
    public override init() {}
    public var videoSettings: [String: Any]! = [:]
    public var alwaysDiscardsLateVideoFrames = true
    public func setSampleBufferDelegate(_ delegate: (any AVCaptureVideoDataOutputSampleBufferDelegate)?, queue: DispatchQueue?) {}
}

public class AVCaptureSession {
    public struct Preset: Hashable, Sendable {
        public static let hd1280x720 = Preset()
    }
    public init() {}
    public var sessionPreset = Preset.hd1280x720
    public var isRunning: Bool { false }
    public func canSetSessionPreset(_ preset: Preset) -> Bool { true }
    public func beginConfiguration() {}
    public func commitConfiguration() {}
    public func canAddInput(_ input: AVCaptureInput) -> Bool { true }
    public func addInput(_ input: AVCaptureInput) {}
    public func canAddOutput(_ output: AVCaptureOutput) -> Bool { true }
    public func addOutput(_ output: AVCaptureOutput) {}
    public func startRunning() {}
    public func stopRunning() {}
}

public enum AVLayerVideoGravity: Sendable { case resizeAspect, resizeAspectFill }

public class AVCaptureVideoPreviewLayer: CALayer {
    public var session: AVCaptureSession?
    public var videoGravity = AVLayerVideoGravity.resizeAspect
}
