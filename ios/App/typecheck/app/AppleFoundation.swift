// What Apple's Foundation has and swift-corelibs-foundation on Linux lacks, as ios/App uses it:
// security-scoped URLs and bookmarks.
import Foundation

extension URL {
    init(resolvingBookmarkData data: Data, bookmarkDataIsStale: inout Bool) throws { fatalError("stub") }
    func bookmarkData() throws -> Data { fatalError("stub") }
    func startAccessingSecurityScopedResource() -> Bool { fatalError("stub") }
    func stopAccessingSecurityScopedResource() {}
}
