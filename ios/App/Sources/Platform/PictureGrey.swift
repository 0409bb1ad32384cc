// "Import from a picture": the chosen picture drawn into an 8-bit grey bitmap (CoreGraphics,
// compiled only with the SDK) at MotpKit's GreyPlane.fittedSize, for AddEvent.pictureChosen.
import CoreGraphics
import Foundation
import ImageIO
import MotpCore
import MotpKit

enum PictureGrey {
    /// The picture's grey plane, or nil when the data is no picture ImageIO reads. The core
    /// reads its QR codes; a picture without one is said there.
    static func plane(of data: Data) -> (luma: [UInt8], width: Int, height: Int)? {
        guard let source = CGImageSourceCreateWithData(data as CFData, nil),
              let image = CGImageSourceCreateImageAtIndex(source, 0, [kCGImageSourceShouldCache: false] as CFDictionary)
        else { return nil }
        let (width, height) = GreyPlane.fittedSize(width: image.width, height: image.height)
        var luma = [UInt8](repeating: 255, count: width * height)
        let drawn = luma.withUnsafeMutableBytes { buffer -> Bool in
            guard let context = CGContext(data: buffer.baseAddress, width: width, height: height, bitsPerComponent: 8,
                                          bytesPerRow: width, space: CGColorSpaceCreateDeviceGray(),
                                          bitmapInfo: CGImageAlphaInfo.none.rawValue)
            else { return false }
            // A transparent screenshot margin stays white (the buffer starts white).
            context.interpolationQuality = .medium
            context.draw(image, in: CGRect(x: 0, y: 0, width: width, height: height))
            return true
        }
        return drawn ? (luma, width, height) : nil
    }

    /// The event for a chosen picture's plane (`plane(of:)`; an undecodable picture is a 1×1
    /// white plane, which the core answers with "no QR code found").
    static func event(for plane: (luma: [UInt8], width: Int, height: Int)?, nowMs: Int64) -> AppEvent {
        let p = plane ?? ([255], 1, 1)
        return .add(.pictureChosen(luma: SensitiveBytes(bytes: Data(p.luma)), width: UInt32(p.width), height: UInt32(p.height),
                                   rowStride: UInt32(p.width), nowMs: nowMs))
    }
}
