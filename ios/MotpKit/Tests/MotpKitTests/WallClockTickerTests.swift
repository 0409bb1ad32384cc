// The app's Ticker (WallClockTicker) with its wall clock and its sleep driven by the test: it
// fires once the wall clock has reached the instant, however early the sleeps come back, and
// re-arming replaces the timer. Nothing here waits for real time.
import Foundation
import Testing
@testable import MotpKit

@Suite struct WallClockTickerTests {
    /// Every sleep comes back with the wall clock only half-way to the instant (it was set back
    /// meanwhile): the timer sleeps again each time, and fires once, at the instant.
    @Test func firesOnceTheWallClockIsThereNotWhenTheSleepEnds() async {
        let now = Locked<Int64>(1_000)
        let sleeps = Locked<[Int64]>([])
        let ticker = WallClockTicker(clock: { now.get }, sleep: { ms in
            sleeps.with { $0.append(ms) }
            now.with { $0 += max(1, ms / 2) }
        })
        let fired = Locked<[Int64]>([])
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            ticker.rearm(atMs: 2_000) {
                fired.with { $0.append(now.get) }
                done.resume()
            }
        }
        await ticker.armed?.value
        #expect(fired.get == [2_000])
        #expect(sleeps.get.first == 1_000 && sleeps.get.count == 11, "\(sleeps.get)")
        #expect(ticker.nowMs() == 2_000)
    }

    /// A timer re-armed while the first one sleeps: only the new one fires.
    @Test func rearmingReplacesTheTimer() async throws {
        let now = Locked<Int64>(1_000)
        let gate = Gate()
        let ticker = WallClockTicker(clock: { now.get }, sleep: { _ in await gate.wait() })
        let fired = Locked<[String]>([])
        ticker.rearm(atMs: 1_500) { fired.with { $0.append("first") } }
        let first = try #require(ticker.armed)
        while gate.count == 0 { await Task.yield() }
        ticker.rearm(atMs: 1_800) { fired.with { $0.append("second") } }
        let second = try #require(ticker.armed)
        now.with { $0 = 2_000 }
        gate.open()
        await first.value
        while fired.get.isEmpty {
            gate.open()
            await Task.yield()
        }
        await second.value
        #expect(fired.get == ["second"])
    }
}
