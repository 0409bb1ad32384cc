// "Import from a picture": the size a chosen picture is drawn at before the core reads it.
// The app draws the picture (any format the photo library holds) into an 8-bit grey bitmap of
// this size with CoreGraphics (compiled only with the SDK: App/Sources/Platform/PictureGrey.swift)
// and hands the plane to the core as `AddEvent.pictureChosen`: the library carries no decoder.

/// The grey plane's size for a picture.
public enum GreyPlane {
    /// The longest side the core is handed: a photo's QR code is still many pixels a module.
    public static let maxSide = 4096

    /// `width`×`height` scaled down, keeping the shape, so neither side is above `maxSide` (and
    /// neither below 1); a picture that fits keeps its size.
    public static func fittedSize(width: Int, height: Int) -> (width: Int, height: Int) {
        let (w, h) = (max(width, 1), max(height, 1))
        let longest = max(w, h)
        guard longest > maxSide else { return (w, h) }
        let scale = Double(maxSide) / Double(longest)
        return (max(1, Int((Double(w) * scale).rounded(.down))), max(1, Int((Double(h) * scale).rounded(.down))))
    }
}
