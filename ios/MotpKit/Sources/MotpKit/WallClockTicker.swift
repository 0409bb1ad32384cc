// The phone's Ticker: the wall clock, and the one timer the core asks for (`ScheduleTick`). It
// is Foundation only, so it lives here, compiled and tested on Linux, rather than in the app.
import Foundation

/// The wall clock (Unix ms) and a timer that fires once the wall clock has reached its
/// instant. Sleeping runs on the monotonic clock while the instant is on the wall clock, which
/// the system may set back (an NTP or carrier time update) or which may lag the sleep by a
/// millisecond; so it sleeps again until the wall clock is there. Firing early would stall the
/// app: the core does not ask again for a tick it is still waiting for, so the countdown and the
/// inactivity lock would stop (Android's `sleepUntil` loops the same way).
public final class WallClockTicker: Ticker, @unchecked Sendable {
    private let clock: @Sendable () -> Int64
    private let sleep: @Sendable (Int64) async -> Void
    private let lock = NSLock()
    /// The armed timer; replaced (and cancelled) by `rearm`.
    private var timer: Task<Void, Never>?

    /// The system's wall clock and `Task.sleep`.
    public convenience init() {
        self.init(clock: { Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)) },
                  sleep: { ms in try? await Task.sleep(for: .milliseconds(ms)) })
    }

    /// `clock` reads the wall clock; `sleep` waits about that many milliseconds, or less if the
    /// task is cancelled. For tests, which drive both.
    init(clock: @escaping @Sendable () -> Int64, sleep: @escaping @Sendable (Int64) async -> Void) {
        self.clock = clock
        self.sleep = sleep
    }

    public func nowMs() -> Int64 { clock() }

    public func rearm(atMs: Int64, fire: @escaping @Sendable () -> Void) {
        lock.withLock {
            timer?.cancel()
            timer = Task { [clock, sleep] in
                while !Task.isCancelled {
                    let left = atMs - clock()
                    if left <= 0 {
                        fire()
                        return
                    }
                    await sleep(left)
                }
            }
        }
    }

    /// The timer armed last (for tests: awaiting it shows it has ended).
    var armed: Task<Void, Never>? { lock.withLock { timer } }

    deinit { timer?.cancel() }
}
