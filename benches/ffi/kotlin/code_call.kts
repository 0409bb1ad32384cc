// Benchmark (not a test): a Kotlin → Rust TokenVault.codeAt() call on a warm JVM.
// Prints the median per-call time over batches; scripts/bench-ffi.sh runs it.
import app.motp.core.*
import java.nio.file.Files

val dir = Files.createTempDirectory("motp-bench").toFile()
val v = TokenVault.createWithKdf(dir.resolve("b.motp").path, "pw", KdfSettings(8u, 1u, 1u))
val id = v.addFromUri("motp://bench:alice?secret=0123456789abcdef", PinChoice.Ask, false)
val token = v.token(id)
val batch = 10_000
var sink = 0
fun measure(name: String, call: (Int) -> TokenCodeInfo) {
    fun run(n: Int) { repeat(n) { i -> sink += call(i).code.length } }
    repeat(30) { run(batch) } // warm-up: JIT, JNA
    val perCallNs = (1..41).map {
        val t0 = System.nanoTime(); run(batch); (System.nanoTime() - t0).toDouble() / batch
    }.sorted()
    println("kotlin %s: median %.2f µs per call (p10 %.2f, p90 %.2f; %d batches of %d)".format(
        name, perCallNs[20] / 1000, perCallNs[4] / 1000, perCallNs[36] / 1000, perCallNs.size, batch))
}
measure("TokenVault.codeAt(id, pin, ms)") { i -> v.codeAt(id, "1234", 1_700_000_000_000L + i) }
measure("TokenHandle.codeAt(pin, ms)") { i -> token.codeAt("1234", 1_700_000_000_000L + i) }
val session = token.session("1234")
measure("CodeSession.codeAt(ms)") { i -> session.codeAt(1_700_000_000_000L + i) }
check(sink > 0)
v.close(); dir.deleteRecursively()
