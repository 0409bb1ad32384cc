// A test NTP server on loopback, for the path the iPhone really takes: iOS gives apps no network
// time, so the core runs an NTP exchange itself (motp-core's client) against the configured
// server. It answers every request with the 48-byte RFC 5905 header of a server whose clock runs
// `aheadMs` ahead of this machine's (the same reply as motp-core's
// tests/support/ntp_packet.rs), from its own thread; every wait is bounded by a 50 ms timeout.
import Foundation
#if canImport(Glibc)
import Glibc
private let datagram = Int32(SOCK_DGRAM.rawValue)
#elseif canImport(Darwin)
import Darwin
private let datagram = SOCK_DGRAM
#endif

struct SocketFailure: Error, CustomStringConvertible {
    let call: String
    let errno: Int32
    var description: String { "\(call) failed: \(String(cString: strerror(errno)))" }
}

final class LoopbackNtpServer: @unchecked Sendable {
    /// `127.0.0.1:PORT`, as a user would type it.
    let server: String
    /// Requests received so far.
    let requests = Locked(0)
    private let fd: Int32
    private let aheadMs: Int64
    private let stopping = Locked(false)
    private let stopped = DispatchSemaphore(value: 0)

    /// Seconds from 1900-01-01 (NTP era 0) to 1970-01-01.
    static let ntpUnixDelta: UInt64 = 2_208_988_800

    init(aheadMs: Int64) throws {
        self.aheadMs = aheadMs
        let fd = socket(AF_INET, datagram, 0)
        guard fd >= 0 else { throw SocketFailure(call: "socket", errno: errno) }
        var addr = sockaddr_in()
        #if canImport(Darwin)
        addr.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                bind(fd, sa, len) == 0 && getsockname(fd, sa, &len) == 0
            }
        }
        guard bound else {
            let e = errno
            close(fd)
            throw SocketFailure(call: "bind", errno: e)
        }
        var timeout = timeval(tv_sec: 0, tv_usec: 50_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        self.fd = fd
        server = "127.0.0.1:\(UInt16(bigEndian: addr.sin_port))"
        Thread { [self] in serve() }.start()
    }

    /// Stops answering and closes the port (later requests are refused by the system).
    func stop() {
        guard !stopping.with({ s in defer { s = true }; return s }) else { return }
        stopped.wait()
        close(fd)
    }

    private func serve() {
        var buf = [UInt8](repeating: 0, count: 512)
        var from = sockaddr_storage()
        while !stopping.get {
            var len = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let n = withUnsafeMutablePointer(to: &from) { p in
                p.withMemoryRebound(to: sockaddr.self, capacity: 1) { recvfrom(fd, &buf, 512, 0, $0, &len) }
            }
            guard n > 0 else { continue }
            requests.with { $0 += 1 }
            let reply = Self.reply(to: Array(buf[0..<n]), aheadMs: aheadMs)
            _ = reply.withUnsafeBytes { r in
                withUnsafePointer(to: &from) { p in
                    p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sendto(fd, r.baseAddress, r.count, 0, $0, len) }
                }
            }
        }
        stopped.signal()
    }

    /// The NTP 64-bit timestamp (32.32 fixed point since 1900) of this machine's clock now,
    /// moved `aheadMs` ahead.
    static func timestamp(aheadMs: Int64) -> UInt64 {
        let t = Date().timeIntervalSince1970 + Double(aheadMs) / 1000
        let secs = (UInt64(t.rounded(.down)) + ntpUnixDelta) & 0xffff_ffff
        let frac = UInt64((t - t.rounded(.down)) * 4_294_967_296) & 0xffff_ffff
        return secs << 32 | frac
    }

    /// A synchronised stratum-2 NTPv4 server's reply: the request's transmit timestamp echoed as
    /// the originate timestamp, received and sent at once.
    static func reply(to request: [UInt8], aheadMs: Int64) -> [UInt8] {
        let t = timestamp(aheadMs: aheadMs)
        var out = [UInt8](repeating: 0, count: 48)
        out[0] = 0 << 6 | 4 << 3 | 4 // no leap warning, version 4, mode 4 (server)
        out[1] = 2 // stratum
        out[2] = 6 // poll 2^6 s
        out[3] = 0xec // precision 2^-20 s
        put(0x0000_0100, at: 4, in: &out, bytes: 4) // root delay ~4 ms
        put(0x0000_0100, at: 8, in: &out, bytes: 4) // root dispersion ~4 ms
        out.replaceSubrange(12..<16, with: Array("TEST".utf8))
        put(t &- (1 << 32), at: 16, in: &out, bytes: 8) // reference: set a second ago
        if request.count >= 48 { out.replaceSubrange(24..<32, with: request[40..<48]) }
        put(t, at: 32, in: &out, bytes: 8) // receive
        put(t, at: 40, in: &out, bytes: 8) // transmit
        return out
    }

    private static func put(_ value: UInt64, at offset: Int, in out: inout [UInt8], bytes: Int) {
        for i in 0..<bytes { out[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * (bytes - 1 - i))) }
    }
}
