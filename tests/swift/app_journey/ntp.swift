// A loopback NTP server whose clock runs `offsetSeconds` ahead of this machine's: what the
// clock check meets when the phone's clock is behind (iOS has no platform network time, so the
// core runs an NTP exchange itself).
import Foundation
#if canImport(Glibc)
import Glibc
#endif

final class NtpResponder: @unchecked Sendable {
    private let fd: Int32
    let port: UInt16
    private let offsetSeconds: Double

    init(offsetSeconds: Double) {
        self.offsetSeconds = offsetSeconds
        let fd = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        precondition(fd >= 0, "socket")
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        precondition(bound == 0, "bind")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        self.fd = fd
        port = UInt16(bigEndian: addr.sin_port)
        let serve = Thread { [self] in self.serve() }
        serve.start()
    }

    var server: String { "127.0.0.1:\(port)" }

    private func timestamp(_ unix: Double) -> [UInt8] {
        let secs = UInt64(unix) + 2_208_988_800
        let frac = UInt64((unix - floor(unix)) * 4_294_967_296.0)
        let t = (secs << 32) | frac
        return (0..<8).map { UInt8((t >> (56 - 8 * UInt64($0))) & 0xff) }
    }

    private func serve() {
        var buf = [UInt8](repeating: 0, count: 512)
        while true {
            var from = sockaddr_storage()
            var fromLen = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let n = withUnsafeMutablePointer(to: &from) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { recvfrom(fd, &buf, buf.count, 0, $0, &fromLen) }
            }
            guard n >= 48 else { continue }
            let now = Date().timeIntervalSince1970 + offsetSeconds
            var out = [UInt8](repeating: 0, count: 48)
            out[0] = (4 << 3) | 4          // no leap warning, version 4, server mode
            out[1] = 2                     // stratum 2
            out[2] = 6; out[3] = 0xec      // poll 2^6 s, precision 2^-20 s
            out[6] = 1; out[10] = 1        // root delay and dispersion ~4 ms
            out.replaceSubrange(12..<16, with: Array("TEST".utf8))
            out.replaceSubrange(16..<24, with: timestamp(now - 1))
            out.replaceSubrange(24..<32, with: buf[40..<48])   // origin: the client's transmit time
            out.replaceSubrange(32..<40, with: timestamp(now))
            out.replaceSubrange(40..<48, with: timestamp(now))
            _ = withUnsafeMutablePointer(to: &from) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { sendto(fd, out, 48, 0, $0, fromLen) }
            }
        }
    }
}
