// Signature stub of Apple's UniformTypeIdentifiers, only what ios/App uses (README.md here).
public struct UTType: Hashable, Sendable {
    public let identifier: String
    public init?(mimeType: String) { identifier = mimeType }
    init(_ identifier: String) { self.identifier = identifier }
    public static let data = UTType("public.data")
    public static let folder = UTType("public.folder")
}
