// Benchmark (not a test): a Swift → Rust TokenVault.codeAt() call.
// Prints the median per-call time over batches; scripts/bench-ffi.sh runs it.
import Foundation
import MotpCore

let dir = FileManager.default.temporaryDirectory.appendingPathComponent("motp-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: dir) }
let v = try TokenVault.createWithKdf(path: dir.appendingPathComponent("b.motp").path, password: "pw",
                                     kdf: KdfSettings(memoryKib: 8, iterations: 1, parallelism: 1))
let id = try v.addFromUri(uri: "motp://bench:alice?secret=0123456789abcdef", pin: .ask, keepUriPin: false)
let token = try v.token(id: id)
let batch = 10_000
var sink = 0
func measure(_ name: String, _ call: (Int) throws -> TokenCodeInfo) throws {
    func run(_ n: Int) throws { for i in 0..<n { sink += try call(i).code.count } }
    for _ in 0..<5 { try run(batch) }
    var perCall: [Double] = []
    for _ in 0..<41 {
        let t0 = DispatchTime.now().uptimeNanoseconds
        try run(batch)
        perCall.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / Double(batch))
    }
    perCall.sort()
    print(String(format: "swift %@: median %.2f µs per call (p10 %.2f, p90 %.2f; %d batches of %d)",
                 name, perCall[20] / 1000, perCall[4] / 1000, perCall[36] / 1000, perCall.count, batch))
}
try measure("TokenVault.codeAt(id, pin, ms)") { i in try v.codeAt(id: id, pin: "1234", unixMs: 1_700_000_000_000 + Int64(i)) }
try measure("TokenHandle.codeAt(pin, ms)") { i in try token.codeAt(pin: "1234", unixMs: 1_700_000_000_000 + Int64(i)) }
let session = try token.session(pin: "1234")
try measure("CodeSession.codeAt(ms)") { i in try session.codeAt(unixMs: 1_700_000_000_000 + Int64(i)) }
precondition(sink > 0)
