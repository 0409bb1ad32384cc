// The picture beside a token: the icon pack's file the core chose for the issuer
// (`RowIcon.image`), or the core's initials in a circle when there is none, while it loads, and
// for SVG icons. PNG and JPEG are read with ImageIO as a thumbnail of at most 128 pixels (a
// picture with huge dimensions cannot take the memory), off the main thread. UIKit has no
// public renderer for an SVG file (only for SVGs compiled into an asset catalog), and a web view
// per row would be far heavier than the list: SVG icons show the initials on the iPhone.
import ImageIO
import MotpCore
import SwiftUI
import UIKit

struct TokenIconView: View {
    let icon: RowIcon
    @State private var picture: UIImage?

    var body: some View {
        ZStack {
            if let picture {
                Image(uiImage: picture).resizable().scaledToFill()
            } else {
                Circle().fill(.tint.opacity(0.2))
                Text(icon.initials).font(.headline).foregroundStyle(.tint)
            }
        }
        .frame(width: 40, height: 40)
        .clipShape(Circle())
        // Decorative: the row's name beside it is what VoiceOver reads.
        .accessibilityHidden(true)
        .task(id: icon.image?.path) { picture = await Self.load(icon.image) }
    }

    /// The picture, or nil (the initials stay): no picture, SVG, or a file that cannot be read.
    private static func load(_ image: IconImage?) async -> UIImage? {
        guard let image, image.format != .svg else { return nil }
        return await Task.detached(priority: .utility) { () -> UIImage? in
            let url = URL(fileURLWithPath: image.path) as CFURL
            guard let source = CGImageSourceCreateWithURL(url, nil) else { return nil }
            let options: [CFString: Any] = [
                kCGImageSourceCreateThumbnailFromImageAlways: true,
                kCGImageSourceCreateThumbnailWithTransform: true,
                kCGImageSourceThumbnailMaxPixelSize: 128,
            ]
            guard let thumbnail = CGImageSourceCreateThumbnailAtIndex(source, 0, options as CFDictionary) else { return nil }
            return UIImage(cgImage: thumbnail)
        }.value
    }
}
